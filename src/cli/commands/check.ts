// `vankien check [paths]`: validate data files and print diagnostics with code frames.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderText, toJson, type Sources } from '../../diagnostics/render.js';
import { hasErrors, sortDiagnostics, type Diagnostic, type Lang } from '../../diagnostics/types.js';
import { decodeLossy, decodeSource } from '../../load/decode.js';
import { LineIndex } from '../../load/lines.js';
import { diagnosticInRange } from '../../load/source.js';
import { checkProject, type InputFile } from '../../validate/project.js';
import { EXIT, type Command, type Io } from '../io.js';
import { findRoot, listYaml, makeEnv, readInput, shown } from '../workspace.js';

const SUMMARY = {
  vi: (files: number, errors: number, warnings: number) => `Đã kiểm tra ${files} tệp: ${errors} lỗi, ${warnings} cảnh báo.`,
  en: (files: number, errors: number, warnings: number) => `Checked ${files} file${files === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
};

const NO_DATA = {
  vi: (root: string) => `Không có tệp dữ liệu nào trong ${root}/data. Chạy lệnh trong thư mục dự án, hoặc tạo tệp bằng "npx vankien new conference <mã>".`,
  en: (root: string) => `No data files in ${root}/data. Run the command in the project folder, or create one with "npx vankien new conference <id>".`,
};

export function sourcesOf(inputs: readonly InputFile[]): Sources {
  const cache = new Map<string, LineIndex | null>();
  return {
    lineOf(file, line) {
      if (!cache.has(file)) {
        const input = inputs.find((i) => i.file === file);
        const decoded = input ? decodeSource(input.bytes) : undefined;
        // A file that is not UTF-8 is still shown, with unreadable bytes as "�".
        const text = decoded?.ok ? decoded.text : decoded?.code === 'VK107' && input ? decodeLossy(input.bytes) : undefined;
        cache.set(file, text === undefined ? null : new LineIndex(text));
      }
      const index = cache.get(file);
      return index && line <= index.lineCount ? index.lineText(line) : undefined;
    },
  };
}

/** Reads the named files (or all of data/), always with the unit and cluster files they refer to. */
export function gather(root: string, cwd: string, paths: string[]): { inputs: InputFile[]; targets: Set<string>; unreadable: Diagnostic[] } {
  const registry = [...listYaml(join(root, 'data', 'units')), ...listYaml(join(root, 'data', 'clusters'))];
  const wanted: string[] = [];
  const unreadable: Diagnostic[] = [];
  if (paths.length === 0) wanted.push(...listYaml(join(root, 'data')));
  for (const p of paths) {
    const full = resolve(cwd, p);
    if (existsSync(full) && statSync(full).isDirectory()) wanted.push(...listYaml(full));
    else wanted.push(full);
  }
  const inputs: InputFile[] = [];
  const seen = new Set<string>();
  for (const file of [...registry, ...wanted]) {
    if (seen.has(file)) continue;
    seen.add(file);
    try {
      inputs.push(readInput(root, file));
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp này' : String((e as Error).message);
      const where = { file: shown(root, file), lines: new LineIndex('') };
      unreadable.push(diagnosticInRange(where, [0, 0], 'VK101', { reason }));
    }
  }
  return { inputs, targets: new Set(wanted.map((f) => shown(root, f))), unreadable };
}

export function runCheck(paths: string[], format: 'text' | 'json', lang: Lang, io: Io): number {
  const cwd = io.cwd();
  const root = findRoot(cwd);
  const { inputs, targets, unreadable } = gather(root, cwd, paths);
  if (paths.length === 0 && inputs.length === 0) {
    io.stderr.write(NO_DATA[lang](root) + '\n');
    return EXIT.usage;
  }
  const result = checkProject(inputs, makeEnv(root));
  // Named files report everything; the unit and cluster files read alongside report only errors.
  const shownDiags = sortDiagnostics([...unreadable, ...result.diagnostics].filter((d) => targets.has(d.file) || d.severity === 'error'));
  const errors = shownDiags.filter((d) => d.severity === 'error').length;
  const warnings = shownDiags.length - errors;
  const files = new Set([...targets, ...shownDiags.map((d) => d.file)]).size;
  if (format === 'json') {
    io.stdout.write(JSON.stringify({ files, errors, warnings, diagnostics: shownDiags.map((d) => toJson(d, lang)) }, null, 2) + '\n');
  } else {
    const sources = sourcesOf(inputs);
    for (const d of shownDiags) io.stdout.write(renderText(d, lang, sources) + '\n\n');
    io.stdout.write(SUMMARY[lang](files, errors, warnings) + '\n');
  }
  return hasErrors(shownDiags) ? EXIT.dataErrors : EXIT.ok;
}

export const checkCommand: Command = {
  name: 'check',
  aliases: ['kiem-tra'],
  usage: { vi: 'vankien check [tệp hoặc thư mục ...] [--format text|json]', en: 'vankien check [files or folders ...] [--format text|json]' },
  summary: { vi: 'Kiểm tra dữ liệu (mặc định: toàn bộ data/).', en: 'Check the data (default: all of data/).' },
  options: { format: { type: 'string' } },
  run({ positionals, values, lang, io }) {
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') {
      io.stderr.write(lang === 'vi' ? `--format chỉ nhận "text" hoặc "json".\n` : `--format takes "text" or "json".\n`);
      return EXIT.usage;
    }
    return runCheck(positionals, format, lang, io);
  },
};
