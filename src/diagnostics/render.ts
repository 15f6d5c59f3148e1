// Diagnostics for people (message, code frame, hint) and for machines (JSON).
import { CATALOGUE } from './catalogue.js';
import { visible } from '../text/visible.js';
import { listItems } from './lists.js';
import { formatPath, type Diagnostic, type Lang, type Params } from './types.js';

export interface Sources {
  /** The text of a file as it was checked, for code frames. */
  lineOf(file: string, line: number): string | undefined;
}

const WORDS = {
  vi: { error: 'lỗi', warning: 'cảnh báo', hint: 'Gợi ý', field: 'Trường' },
  en: { error: 'error', warning: 'warning', hint: 'Hint', field: 'Field' },
};

/** Longest text quoted from the data in a message: a pasted page shows as its start and "…". */
export const MAX_PARAM = 200;

/** Text cut to MAX_PARAM characters, after the last space when there is one near the end: never inside a word. */
export function clipText(v: string): string {
  if (v.length <= MAX_PARAM) return v;
  const space = v.lastIndexOf(' ', MAX_PARAM);
  return `${v.slice(0, space > MAX_PARAM * 0.75 ? space : MAX_PARAM).trimEnd()}…`;
}

/** The params with long texts clipped; list params are left whole, the message shortens them itself (lists.ts). */
const clipParams = (params: Params, lists: Record<string, string> = {}): Params =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' && !(k in lists) ? clipText(v) : v]));

export function messageOf(d: Diagnostic, lang: Lang): { message: string; hint?: string } {
  const entry = CATALOGUE[d.code];
  const params = clipParams(d.params, entry.lists);
  const message = entry.message[lang](params);
  const hint = entry.hint?.[lang](params);
  return hint ? { message, hint } : { message };
}

/** Columns of a source line shown in a code frame; longer lines are cut around the column. */
export const FRAME_WIDTH = 100;

/** The part of a line shown from `start`, with "…" where it was cut. */
function clip(line: string, start: number): string {
  const end = start + FRAME_WIDTH;
  return `${start > 0 ? '…' : ''}${line.slice(start, end)}${line.length > end ? '…' : ''}`;
}

function codeFrame(d: Diagnostic, sources: Sources): string[] {
  const line = sources.lineOf(d.file, d.start.line);
  if (line === undefined) return [];
  const width = String(d.start.line).length;
  const gutter = (n: number | '') => `${String(n).padStart(width)} | `;
  const from = Math.max(0, d.start.column - 1);
  const to = d.end && d.end.line === d.start.line ? Math.max(from + 1, d.end.column - 1) : Math.max(from + 1, line.trimEnd().length);
  // A long line is shown from a little before the column, so the caret stays on screen.
  const start = line.length > FRAME_WIDTH ? Math.max(0, Math.min(from - 20, line.length - FRAME_WIDTH)) : 0;
  const out: string[] = [];
  const before = d.start.line > 1 ? sources.lineOf(d.file, d.start.line - 1) : undefined;
  if (before !== undefined && before.trim() !== '') out.push(`    ${gutter(d.start.line - 1)}${clip(before, start)}`);
  out.push(`  > ${gutter(d.start.line)}${clip(line, start)}`);
  const caretAt = from - start + (start > 0 ? 1 : 0);
  const carets = Math.max(1, Math.min(to - from, FRAME_WIDTH - (from - start)));
  out.push(`    ${gutter('')}${' '.repeat(caretAt)}${'^'.repeat(carets)}`);
  return out;
}

export function renderText(d: Diagnostic, lang: Lang, sources: Sources): string {
  return visible(renderRaw(d, lang, sources));
}

function renderRaw(d: Diagnostic, lang: Lang, sources: Sources): string {
  const w = WORDS[lang];
  const { message, hint } = messageOf(d, lang);
  const lines = [`${d.file}:${d.start.line}:${d.start.column}: ${w[d.severity]} ${d.code}: ${message}`, ...codeFrame(d, sources)];
  const path = formatPath(d.path);
  if (path !== '') {
    lines.push(`    ${w.field}: ${path.length > MAX_PARAM ? `${path.slice(0, MAX_PARAM)}…` : path}`);
  }
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
    // Each list in whole, in a field of its own (the message shows its first items).
    ...Object.fromEntries(
      Object.entries(CATALOGUE[d.code].lists ?? {})
        .filter(([param]) => d.params[param] !== undefined)
        .map(([param, field]) => [field, listItems(d.params, param)]),
    ),
  };
}
