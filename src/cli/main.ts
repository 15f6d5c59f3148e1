// The `vankien` command line: global options, the command table, and exit codes.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../diagnostics/types.js';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { initCommand } from './commands/init.js';
import { listCommand } from './commands/list.js';
import { newCommand } from './commands/new.js';
import { pdfCommand } from './commands/pdf.js';
import { watchCommand } from './commands/watch.js';
import { EXIT, type Command, type Io } from '../workspace/io.js';
import { libraryProblems } from './libraries.js';
import { sourceMappedStack } from './stack.js';

/** Every command; a new one is a file in commands/ and a line here. */
export const COMMANDS: Command[] = [initCommand, checkCommand, buildCommand, watchCommand, newCommand, listCommand, pdfCommand];

const GLOBAL_OPTIONS = {
  lang: { type: 'string' },
  project: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const TEXT = {
  vi: {
    title: 'vankien — biên bản, giao ước thi đua và tin bài hội nghị từ tệp YAML',
    usage: 'Cách dùng: vankien <lệnh> [tùy chọn]',
    commands: 'Lệnh:',
    options:
      'Tùy chọn chung: --project thư-mục (thư mục dự án; mặc định: thư mục hiện tại, hoặc thư mục cha gần nhất có data/), --lang vi|en (ngôn ngữ thông báo), --help',
    noProject: (d: string) => `Không có thư mục dự án ${d}. Tạo dự án mới bằng "vankien init ${d}".`,
    unknown: (c: string) => `Không có lệnh "${c}".`,
    badOption: (m: string) => `Tùy chọn không hợp lệ: ${m}`,
    internal: (m: string) => `Lỗi nội bộ của vankien (không phải lỗi dữ liệu): ${m}\nHãy báo lỗi này kèm tệp dữ liệu đang dùng.`,
  },
  en: {
    title: 'vankien — conference minutes, emulation pledges and press items from YAML',
    usage: 'Usage: vankien <command> [options]',
    commands: 'Commands:',
    options:
      'Global options: --project folder (the project folder; default: the current folder, or the nearest parent with data/), --lang vi|en (message language), --help',
    noProject: (d: string) => `No project folder ${d}. Create a new project with "vankien init ${d}".`,
    unknown: (c: string) => `No command "${c}".`,
    badOption: (m: string) => `Invalid option: ${m}`,
    internal: (m: string) => `Internal vankien error (not a data error): ${m}\nPlease report it with the data file in use.`,
  },
};

function help(lang: Lang): string {
  const t = TEXT[lang];
  const rows = COMMANDS.map((c) => `  ${c.usage[lang]}\n      ${c.summary[lang]}`);
  return [t.title, '', t.usage, '', t.commands, ...rows, '', t.options, ''].join('\n');
}

function langOf(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? env.VANKIEN_LANG : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

export async function main(argv: string[], io: Io): Promise<number> {
  const lang = langOf(argv, io.env ?? {});
  const t = TEXT[lang];
  const name = argv.find((a) => !a.startsWith('-'));
  const command = COMMANDS.find((c) => c.name === name || c.aliases?.includes(name ?? ''));
  if (!command) {
    if (name) io.stderr.write(t.unknown(name) + '\n\n');
    (name ? io.stderr : io.stdout).write(help(lang));
    return name ? EXIT.usage : EXIT.ok;
  }
  const libraries = libraryProblems(lang);
  if (libraries.length > 0) {
    io.stderr.write(`${libraries.join('\n\n')}\n`);
    return EXIT.usage;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.filter((a) => a !== name),
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    io.stderr.write(`${t.badOption((e as Error).message)}\n${command.usage[lang]}\n`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    io.stdout.write(`${command.usage[lang]}\n${command.summary[lang]}\n`);
    return EXIT.ok;
  }
  const project = parsed.values.project;
  if (typeof project === 'string') {
    const dir = resolve(io.cwd(), project);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      io.stderr.write(t.noProject(project) + '\n');
      return EXIT.usage;
    }
    io = { ...io, project: dir };
  }
  try {
    return await command.run({
      positionals: parsed.positionals,
      values: parsed.values as Record<string, string | boolean | string[] | undefined>,
      lang,
      io,
    });
  } catch (e) {
    io.stderr.write(t.internal(e instanceof Error ? e.message : String(e)) + '\n');
    if (io.env?.VANKIEN_DEBUG && e instanceof Error) io.stderr.write(`${sourceMappedStack(e.stack ?? '')}\n`);
    return EXIT.usage;
  }
}
