// The program's identity: a hash of the bytes of the code that runs, so that any change to the engine,
// the templates' code or the view model moves every cache key (a hand-bumped version string did not:
// commits changed the PDFs' bytes and old PDFs stayed as "unchanged").
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync, type Dirent } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Code files: what Node (or vitest) loads. Type declarations, maps and V8 code caches are left out. */
const CODE = /\.(c?js|mjs|ts)$/;
const NOT_CODE = /\.d\.ts$/;

/** Every code file under `dir`, as sorted relative paths. */
function codeFiles(dir: string, prefix = ''): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...codeFiles(join(dir, e.name), rel));
    else if (CODE.test(e.name) && !NOT_CODE.test(e.name)) out.push(rel);
  }
  return out;
}

/**
 * The code that runs for a module at `file`: bundled (dist/bundle/*.cjs), the bundle files beside it
 * (the command's and the worker's); otherwise every code file of the tree it belongs to (dist/ or, in
 * the tests, src/), two folders up from src/orchestration/.
 */
export function codeOf(file: string): { dir: string; files: string[] } {
  if (file.endsWith('.cjs')) {
    const dir = dirname(file);
    return { dir, files: codeFiles(dir).filter((f) => !f.includes('/')) };
  }
  const dir = dirname(dirname(file));
  return { dir, files: codeFiles(dir) };
}

/**
 * The stamp the bundler writes beside the bundles: their identity with each file's size and time, so
 * that a start does not hash ~10 MB of code (tens of ms on every command). A stamp is taken only while
 * the same files have the same sizes and times; otherwise the code is hashed again.
 */
export const STAMP = 'identity.json';

interface Stamp {
  identity: string;
  files: Array<[name: string, size: number, mtimeMs: number]>;
}

function statsOf(dir: string, files: string[]): Stamp['files'] | undefined {
  try {
    return files.map((f) => {
      const st = statSync(join(dir, f));
      return [f, st.size, st.mtimeMs];
    });
  } catch {
    return undefined;
  }
}

function stamped(dir: string, files: string[]): string | undefined {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(join(dir, STAMP), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
  const now = statsOf(dir, files);
  return now && typeof stamp.identity === 'string' && JSON.stringify(now) === JSON.stringify(stamp.files) ? stamp.identity : undefined;
}

/** Writes the stamp of the code at `file` (the bundler calls it once the bundles are written). */
export function writeStamp(file: string): void {
  const { dir, files } = codeOf(file);
  const identity = hashOf(dir, files);
  const stamp: Stamp = { identity, files: statsOf(dir, files) ?? [] };
  writeFileSync(join(dir, STAMP), `${JSON.stringify(stamp)}\n`);
}

/** The identity of the code at `file`: from a matching stamp, or by hashing its code files. */
export function identityOf(file: string): string {
  const { dir, files } = codeOf(file);
  return stamped(dir, files) ?? hashOf(dir, files);
}

/** Hash of the code files' names and bytes. */
function hashOf(dir: string, files: string[]): string {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(`${f}\u0000`);
    try {
      h.update(readFileSync(join(dir, f)));
    } catch {
      h.update('\u0001');
    }
    h.update('\u0000');
  }
  return `${basename(dir)}:${h.digest('hex')}`;
}

let identity: string | undefined;

/** The running program's identity, computed once per process. */
export function programIdentity(): string {
  return (identity ??= identityOf(fileURLToPath(import.meta.url)));
}
