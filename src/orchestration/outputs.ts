// The outputs a build has written, and the only ways it removes or moves them: paths of the shape it
// writes, inside out/, never through a symbolic link (a crafted out/.vankien/cache.json or a link
// placed in out/ must not make it touch anything else).
import { lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { STATE_DIR, type CacheEntry } from './cache.js';

/** Where a failed conference's earlier documents are moved: out/<id>/ban-cu/ ("old copy"). */
export const STALE_DIR = 'ban-cu';

/** Every path the build writes for a conference: <id>/<name>.<ext>, or <id>/ban-cu/<name>.<ext> once stale. */
const OUTPUT_PATH = new RegExp(`^[a-z0-9]+(?:-[a-z0-9]+)*/(?:${STALE_DIR}/)?[a-z0-9]+(?:-[a-z0-9]+)*\\.(?:docx|pdf|html|txt)$`);

export const isOutputPath = (rel: unknown): rel is string => typeof rel === 'string' && OUTPUT_PATH.test(rel);

/**
 * The absolute path of output `rel` in `outDir` when the build may touch it: a path of the shape it
 * writes, whose folders inside out/ are real folders (not links), and which is a regular file or absent.
 */
export function ownedOutput(outDir: string, rel: unknown): string | undefined {
  if (!isOutputPath(rel)) return undefined;
  const parts = rel.split('/');
  const full = join(resolve(outDir), ...parts);
  let at = resolve(outDir);
  for (const [i, part] of parts.entries()) {
    at = join(at, part);
    const st = lstatSync(at, { throwIfNoEntry: false });
    if (!st) return full;
    if (i < parts.length - 1 ? !st.isDirectory() : !st.isFile()) return undefined;
  }
  return at;
}

/** Removes an output the build wrote (nothing else); an empty stale folder goes with it. */
export function removeOutput(outDir: string, rel: string): void {
  const full = ownedOutput(outDir, rel);
  if (!full) return;
  rmSync(full, { force: true });
  const parts = rel.split('/');
  if (parts.length === 3) removeEmptyDir(join(resolve(outDir), parts[0]!, STALE_DIR));
}

function removeEmptyDir(dir: string): void {
  try {
    if (lstatSync(dir).isDirectory() && readdirSync(dir).length === 0) rmdirSync(dir);
  } catch {
    // Not there, or not empty: left as it is.
  }
}

/**
 * A failed conference's earlier documents, moved into out/<id>/ban-cu/ so that none of them stands
 * where a current one would: the cache entry then lists them there, marked stale (its key matches
 * nothing, so the next build of the conference renders it and removes them).
 */
export function retire(outDir: string, id: string, entry: CacheEntry): CacheEntry {
  if (entry.stale) return entry;
  const outputs: CacheEntry['outputs'] = [];
  for (const o of entry.outputs) {
    const name = o.path.split('/').pop() ?? '';
    const rel = `${id}/${STALE_DIR}/${name}`;
    const from = ownedOutput(outDir, o.path);
    const to = ownedOutput(outDir, rel);
    if (!from || !to || from === to || !lstatSync(from, { throwIfNoEntry: false })) continue;
    mkdirSync(join(resolve(outDir), id, STALE_DIR), { recursive: true });
    renameSync(from, to);
    outputs.push({ ...o, path: rel });
  }
  return { ...entry, key: '', outputs, stale: true };
}

/**
 * Every output of a conference no longer in the data (its file deleted, or its id changed): removed
 * through removeOutput (only paths the build wrote, never through a link), then its folder when empty.
 */
export function removeConference(outDir: string, id: string, entry: CacheEntry): void {
  for (const o of entry.outputs) removeOutput(outDir, o.path);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return;
  removeEmptyDir(join(resolve(outDir), id, STALE_DIR));
  removeEmptyDir(join(resolve(outDir), id));
}

/** Temporary files of a build that was killed before it could rename them into place; links are not followed. */
export function removeLeftovers(outDir: string): void {
  const walk = (dir: string, depth: number): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory() && depth < 3) walk(full, depth + 1);
      else if (e.isFile() && /\.\d+\.tmp$/.test(e.name)) rmSync(full, { force: true });
    }
  };
  walk(resolve(outDir), 0);
}

/** Folders of a project that an output folder may neither be nor lie inside. */
const PROJECT_DIRS = ['data', 'templates', 'profiles', 'reference'];

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
};
const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer + sep);

/**
 * Why `outDir` cannot take a build's documents, or undefined: the project folder or one holding it, a
 * folder of the project's data or templates (or inside one), a folder holding data/ or templates/, or
 * a folder that is not empty and not a previous output of vankien (it has no .vankien/).
 */
export function outDirProblem(root: string, outDir: string): { vi: string; en: string } | undefined {
  const out = real(outDir);
  const project = real(root);
  if (out === project) return { vi: 'đó là thư mục dự án', en: 'it is the project folder' };
  if (within(project, out)) return { vi: 'nó chứa thư mục dự án', en: 'it holds the project folder' };
  for (const d of PROJECT_DIRS)
    if (within(out, join(project, d)))
      return { vi: `nó là hoặc nằm trong thư mục ${d}/ của dự án`, en: `it is or lies inside the project's ${d}/ folder` };
  let names: string[];
  try {
    names = readdirSync(out);
  } catch {
    return undefined; // not there yet: it will be made
  }
  if (names.includes('data') || names.includes('templates'))
    return { vi: 'nó chứa thư mục data/ hoặc templates/ (một dự án?)', en: 'it holds a data/ or templates/ folder (a project?)' };
  if (names.length > 0 && !names.includes(STATE_DIR)) {
    return {
      vi: 'thư mục không trống và không phải kết quả của một lần build trước (không có .vankien/)',
      en: 'it is not empty and not the output of an earlier build (it has no .vankien/)',
    };
  }
  return undefined;
}
