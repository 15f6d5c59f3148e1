// `vankien check [paths]`: validate data files and print diagnostics with code frames.
import { kindsSource, loadKinds } from '../../kinds/load.js';
import { renderText, toJson } from '../../diagnostics/render.js';
import { formatNumber } from '../../view/format/numbers.js';
import { limitPerFile } from '../../diagnostics/limit.js';
import { hasErrors, sortDiagnostics, type Lang } from '../../diagnostics/types.js';
import { checkProject } from '../../validate/project.js';
import { SyntaxTrees } from '../../load/source.js';
import { gather, loadTemplates, sourcesOf } from '../../workspace/inputs.js';
import { skippedDiagnostics, skippedFiles } from '../../workspace/skipped.js';
import { EXIT, type Command, type Io } from '../../workspace/io.js';
import { makeEnv, rootOf } from '../../workspace/workspace.js';

const SUMMARY = {
  vi: (files: number, errors: number, warnings: number) =>
    `Đã kiểm tra ${formatNumber(files)} tệp: ${formatNumber(errors)} lỗi, ${formatNumber(warnings)} cảnh báo.`,
  en: (files: number, errors: number, warnings: number) =>
    `Checked ${files.toLocaleString('en-US')} file${files === 1 ? '' : 's'}: ${errors.toLocaleString('en-US')} error${errors === 1 ? '' : 's'}, ${warnings.toLocaleString('en-US')} warning${warnings === 1 ? '' : 's'}.`,
};

const NO_DATA = {
  vi: (root: string) =>
    `Không có tệp dữ liệu nào trong ${root}/data. Chạy lệnh trong thư mục dự án (hoặc chỉ ra nó bằng --project), tạo dự án mới bằng "vankien init <thư-mục>", hoặc tạo tệp bằng "vankien new conference <mã>".`,
  en: (root: string) =>
    `No data files in ${root}/data. Run the command in the project folder (or name it with --project), create a new project with "vankien init <folder>", or create a file with "vankien new conference <id>".`,
};

export async function runCheck(paths: string[], format: 'text' | 'json', lang: Lang, io: Io): Promise<number> {
  const cwd = io.cwd();
  const root = rootOf(io);
  const { inputs, targets, unreadable, skipped, skippedInData } = gather(root, cwd, paths);
  if (paths.length === 0 && inputs.length === 0) {
    io.stderr.write(NO_DATA[lang](root) + '\n');
    return EXIT.usage;
  }
  const declared = loadKinds(root);
  const env = { ...makeEnv(root), skipped: skippedFiles(root, skippedInData), kinds: () => declared.kinds };
  const result = checkProject(inputs, env, { trees: new SyntaxTrees() });
  const { lintAll } = await import('../../workspace/lint.js');
  // The kinds file's own mistakes, then its templates linted like the others (vankien's kinds stand in while it has mistakes).
  const templateDiags = [...declared.diagnostics, ...lintAll(root, loadTemplates(root, declared.kinds), env.provinces, declared.kinds)];
  // Named files report everything; the unit and cluster files read alongside report only errors.
  // A file skipped in any folder read is always said (its units may be what a conference misses).
  const skippedDiags = skippedDiagnostics(root, skipped);
  const shownDiags = sortDiagnostics([
    ...[...unreadable, ...templateDiags, ...result.diagnostics].filter(
      (d) => targets.has(d.file) || d.severity === 'error' || d.file === declared.file,
    ),
    ...skippedDiags,
  ]);
  const errors = shownDiags.filter((d) => d.severity === 'error').length;
  const warnings = shownDiags.length - errors;
  // Skipped files were not checked: they are not counted.
  const files = new Set([...targets, ...shownDiags.filter((d) => !skippedDiags.includes(d)).map((d) => d.file)]).size;
  // The counts are of every diagnostic; the list stops at a screenful per file.
  const listed = limitPerFile(shownDiags);
  if (format === 'json') {
    io.stdout.write(JSON.stringify({ files, errors, warnings, diagnostics: listed.map((d) => toJson(d, lang)) }, null, 2) + '\n');
  } else {
    const sources = sourcesOf([...inputs, ...kindsSource(root, declared)]);
    for (const d of listed) io.stdout.write(renderText(d, lang, sources) + '\n\n');
    io.stdout.write(SUMMARY[lang](files, errors, warnings) + '\n');
  }
  return hasErrors(shownDiags) ? EXIT.dataErrors : EXIT.ok;
}

export const checkCommand: Command = {
  name: 'check',
  aliases: ['kiem-tra'],
  usage: {
    vi: 'vankien check [tệp hoặc thư mục ...] [--format text|json]',
    en: 'vankien check [files or folders ...] [--format text|json]',
  },
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
