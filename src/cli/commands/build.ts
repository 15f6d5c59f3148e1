// `vankien build [paths]`: the options of a build; the work is in src/orchestration/run.ts.
import { delimiter } from 'node:path';
import { defaultJobs, runBuild, type RunOptions } from '../../orchestration/run.js';
import type { Lang } from '../../diagnostics/types.js';
import { EXIT, type Command, type Io } from '../../workspace/io.js';

const TEXT = {
  vi: {
    badEngine: '--pdf-engine chỉ nhận "builtin", "libreoffice" hoặc "none".',
    badJobs: '--jobs cần một số nguyên dương.',
    badFormat: '--format chỉ nhận "text" hoặc "json".',
  },
  en: {
    badEngine: '--pdf-engine takes "builtin", "libreoffice" or "none".',
    badJobs: '--jobs takes a positive whole number.',
    badFormat: '--format takes "text" or "json".',
  },
};

type Values = Record<string, string | boolean | string[] | undefined>;

/** Font folders: --font-dir, then VANKIEN_FONT_DIR (several joined by the platform's path delimiter). */
export function fontDirsOf(values: Values, io: Io): string[] {
  const fromFlag = (values['font-dir'] as string[] | undefined) ?? [];
  const fromEnv = (io.env?.VANKIEN_FONT_DIR ?? '').split(delimiter).filter(Boolean);
  return [...fromFlag, ...fromEnv];
}

/** Build options from command-line values; a string is a usage error to print. */
export function buildOptions(values: Values, lang: Lang, io: Io): RunOptions | string {
  const t = TEXT[lang];
  const engine = (values['pdf-engine'] as string | undefined) ?? 'builtin';
  if (engine !== 'builtin' && engine !== 'libreoffice' && engine !== 'none') return t.badEngine;
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return t.badJobs;
  const format = (values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') return t.badFormat;
  return {
    ...(typeof values.out === 'string' ? { out: values.out } : {}),
    pdfEngine: engine,
    fontDirs: fontDirsOf(values, io),
    force: values.force === true,
    jobs,
    format,
    quiet: values.quiet === true,
  };
}

export const BUILD_OPTIONS = {
  out: { type: 'string' },
  'pdf-engine': { type: 'string' },
  'font-dir': { type: 'string', multiple: true },
  force: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  format: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

export const buildCommand: Command = {
  name: 'build',
  aliases: ['tao-van-ban'],
  usage: {
    vi: 'vankien build [tệp hoặc thư mục ...] [--out thư-mục] [--force] [--jobs N] [--quiet] [--format text|json] [--pdf-engine builtin|libreoffice|none] [--font-dir thư-mục]',
    en: 'vankien build [files or folders ...] [--out folder] [--force] [--jobs N] [--quiet] [--format text|json] [--pdf-engine builtin|libreoffice|none] [--font-dir folder]',
  },
  summary: {
    vi: 'Tạo mọi văn bản (.docx, .pdf, tin bài) cho các hội nghị không có lỗi, chỉ làm lại những gì đã thay đổi.',
    en: 'Render every document (.docx, .pdf, bulletin) of the conferences without errors, redoing only what changed.',
  },
  options: BUILD_OPTIONS,
  run: ({ positionals, values, lang, io }) => {
    const opts = buildOptions(values, lang, io);
    if (typeof opts === 'string') {
      io.stderr.write(opts + '\n');
      return EXIT.usage;
    }
    return runBuild(positionals, opts, lang, io);
  },
};
