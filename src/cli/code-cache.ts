// Runs a bundle of the command (dist/bundle/<name>.cjs, made by src/tools/bundle.ts) with V8's code
// cache: the bytecode of every function a run compiled is saved beside the bundle, and the next start
// reads it instead of parsing and compiling ~4 MB of JavaScript again (Node 22 has
// module.enableCompileCache for this; Node 20 has only vm.Script's cachedData). The cache is checked by
// V8 against its version and flags, and named after the bundle's size and time and the flags; a cache
// that cannot be read or written (a read-only install) only means a slower start. A run that had to
// compile much more than the cache held (a first build that only checked, then one that renders) saves
// it again, with both.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapCodeStatistics } from 'node:v8';
import vm from 'node:vm';
import { threadId } from 'node:worker_threads';

export const BUNDLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'bundle');

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** Whether V8 took the saved cache. */
  cached: boolean;
  /**
   * Saves the cache if it was missing or refused, or if the run compiled much that it lacked: call after
   * a run, when the code that ran is compiled (a few ms: it measures the heap's bytecode).
   */
  saveCache(): void;
}

/** The cache file for a bundle: its size and modification time, Node's version and V8's flags pick it. */
export function cacheFileOf(file: string): string {
  const st = statSync(file);
  const flags = createHash('sha256')
    .update(`${process.version}\0${process.execArgv.join('\0')}`)
    .digest('hex')
    .slice(0, 12);
  return `${file}.${st.size}-${Math.floor(st.mtimeMs)}-${flags}.v8cache`;
}

/** Bytecode compiled beyond the cache, over which a run saves the cache again: this share of what it held, and at least MIN. */
const GROWTH = 0.25;
const GROWTH_MIN = 200_000;

const bytecodeSize = () => getHeapCodeStatistics().bytecode_and_metadata_size;

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

export function loadBundle(name: 'main' | 'worker', dir = BUNDLE_DIR): LoadedBundle {
  const file = join(dir, `${name}.cjs`);
  const source = readFileSync(file, 'utf8');
  const cacheFile = cacheFileOf(file);
  const cachedData = readOrUndefined(cacheFile);
  // The CommonJS wrapper on the bundle's first line, so that its line numbers stay those of the file.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const cached = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dir);
  // What the cache on disk holds (all of its functions are compiled once it is read), to tell what a run adds.
  let onDisk = cached ? bytecodeSize() : undefined;
  return {
    exports: module.exports,
    cached,
    saveCache() {
      const now = onDisk === undefined ? 0 : bytecodeSize();
      if (onDisk !== undefined && now - onDisk < Math.max(GROWTH_MIN, onDisk * GROWTH)) return;
      const tmp = `${cacheFile}.${process.pid}-${threadId}.tmp`;
      try {
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
        onDisk = now || bytecodeSize();
      } catch {
        try {
          unlinkSync(tmp);
        } catch {
          // Nothing was written.
        }
      }
    },
  };
}
