// `vankien watch`: build, then rebuild what changed on every save, showing the changed file's diagnostics.
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runBuild } from '../../orchestration/run.js';
import { visible } from '../../text/visible.js';
import { EXIT, type Command } from '../../workspace/io.js';
import { watchTree } from './watch-tree.js';
import { rootOf } from '../../workspace/workspace.js';
import { BUILD_OPTIONS, buildOptions } from './build.js';
import { runCheck } from './check.js';

const TEXT = {
  vi: {
    watching: (dirs: string[]) => `Đang theo dõi ${dirs.join(', ')}. Lưu tệp để tạo lại văn bản; Ctrl+C để dừng.`,
    changed: (files: string[]) => `Đã thay đổi: ${files.join(', ')}`,
    failed: (m: string) => `Lần tạo lại này không xong (${m}); vẫn đang theo dõi, lưu tệp để thử lại.`,
  },
  en: {
    watching: (dirs: string[]) => `Watching ${dirs.join(', ')}. Save a file to rebuild; Ctrl+C to stop.`,
    changed: (files: string[]) => `Changed: ${files.join(', ')}`,
    failed: (m: string) => `This rebuild did not finish (${m}); still watching, save a file to try again.`,
  },
};

/** Folders whose files the documents depend on. */
const WATCHED = ['data', 'templates', 'profiles', 'reference'];
/** Saves arrive in bursts (a temporary file, a rename, a change of mode): wait this long after the last event. */
const SETTLE_MS = 250;

export const watchCommand: Command = {
  name: 'watch',
  aliases: ['theo-doi'],
  usage: { vi: 'vankien watch [tùy chọn như build]', en: 'vankien watch [build options]' },
  summary: {
    vi: 'Tạo văn bản rồi tự tạo lại mỗi khi lưu tệp dữ liệu hoặc mẫu.',
    en: 'Build, then rebuild on every save of a data file or template.',
  },
  options: BUILD_OPTIONS,
  async run({ positionals, values, lang, io }) {
    const opts = buildOptions(values, lang, io);
    if (typeof opts === 'string') {
      io.stderr.write(opts + '\n');
      return EXIT.usage;
    }
    const t = TEXT[lang];
    const root = rootOf(io);
    let generation = 0;
    await runBuild(positionals, { ...opts, generation }, lang, io);
    const dirs = WATCHED.map((d) => join(root, d)).filter((d) => existsSync(d));
    io.stdout.write(t.watching(dirs.map((d) => relative(io.cwd(), d) || '.')) + '\n');
    const pending = new Set<string>();
    let timer: NodeJS.Timeout | undefined;
    let running: Promise<unknown> = Promise.resolve();
    const flush = () => {
      const files = [...pending].sort();
      pending.clear();
      running = running
        .then(async () => {
          io.stdout.write(`\n${visible(t.changed(files.map((f) => relative(io.cwd(), f))))}\n`);
          const yaml = files.filter((f) => /\.ya?ml$/i.test(f) && f.startsWith(join(root, 'data') + sep) && existsSync(f));
          if (yaml.length)
            await runCheck(
              yaml.map((f) => relative(io.cwd(), f)),
              'text',
              lang,
              io,
            );
          generation++;
          await runBuild(positionals, { ...opts, generation }, lang, io);
        })
        .catch((e: unknown) => {
          // A file removed or replaced while it was read (a template deleted mid-build): one line, and the
          // next save tries again; never a stack trace, never a watcher that has silently stopped.
          io.stderr.write(visible(t.failed(e instanceof Error ? e.message : String(e))) + '\n');
        });
    };
    const watcher = watchTree(dirs, (path) => {
      pending.add(path);
      clearTimeout(timer);
      timer = setTimeout(flush, SETTLE_MS);
    });
    await new Promise<void>((done) => {
      process.once('SIGINT', () => {
        watcher.close();
        done();
      });
    });
    await running;
    return EXIT.ok;
  },
};
