// Diagnostics for people (message, code frame, hint) and for machines (JSON).
import { CATALOGUE } from './catalogue.js';
import { formatPath, type Diagnostic, type Lang } from './types.js';

export interface Sources {
  /** The text of a file as it was checked, for code frames. */
  lineOf(file: string, line: number): string | undefined;
}

const WORDS = {
  vi: { error: 'lỗi', warning: 'cảnh báo', hint: 'Gợi ý', field: 'Trường' },
  en: { error: 'error', warning: 'warning', hint: 'Hint', field: 'Field' },
};

export function messageOf(d: Diagnostic, lang: Lang): { message: string; hint?: string } {
  const entry = CATALOGUE[d.code];
  const message = entry.message[lang](d.params);
  const hint = entry.hint?.[lang](d.params);
  return hint ? { message, hint } : { message };
}

function codeFrame(d: Diagnostic, sources: Sources): string[] {
  const line = sources.lineOf(d.file, d.start.line);
  if (line === undefined) return [];
  const width = String(d.start.line).length;
  const gutter = (n: number | '') => `${String(n).padStart(width)} | `;
  const out: string[] = [];
  const before = d.start.line > 1 ? sources.lineOf(d.file, d.start.line - 1) : undefined;
  if (before !== undefined && before.trim() !== '') out.push(`    ${gutter(d.start.line - 1)}${before}`);
  out.push(`  > ${gutter(d.start.line)}${line}`);
  const from = Math.max(0, d.start.column - 1);
  const to = d.end && d.end.line === d.start.line ? Math.max(from + 1, d.end.column - 1) : Math.max(from + 1, line.trimEnd().length);
  out.push(`    ${gutter('')}${' '.repeat(from)}${'^'.repeat(Math.min(to - from, 80))}`);
  return out;
}

export function renderText(d: Diagnostic, lang: Lang, sources: Sources): string {
  const w = WORDS[lang];
  const { message, hint } = messageOf(d, lang);
  const lines = [`${d.file}:${d.start.line}:${d.start.column}: ${w[d.severity]} ${d.code}: ${message}`, ...codeFrame(d, sources)];
  if (d.path.length > 0) lines.push(`    ${w.field}: ${formatPath(d.path)}`);
  if (hint) lines.push(`    ${w.hint}: ${hint}`);
  return lines.join('\n');
}

export function toJson(d: Diagnostic, lang: Lang) {
  const { message, hint } = messageOf(d, lang);
  return {
    severity: d.severity,
    code: d.code,
    message,
    ...(hint ? { hint } : {}),
    file: d.file,
    line: d.start.line,
    column: d.start.column,
    ...(d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}),
    path: formatPath(d.path),
  };
}
