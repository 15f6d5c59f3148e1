// The write stage, the only one that writes to disk: each output lands whole or not at all.
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

export interface Output {
  /** Path inside the output folder, "/"-separated, from safe ids only. */
  path: string;
  bytes: Uint8Array | string;
}

/**
 * An output's absolute target and bytes; a path that leaves the output folder throws, and so does one
 * that passes through a symbolic link inside it (code ELINK, the link as path): nothing is written
 * through a link, which could lead out of the folder.
 */
function planned(root: string, o: Output): { target: string; bytes: Uint8Array } {
  const target = resolve(join(root, o.path));
  if (!target.startsWith(root + sep)) throw new Error(`output path leaves the output folder: ${o.path}`);
  let at = root;
  for (const part of target.slice(root.length + 1).split(sep)) {
    at = join(at, part);
    const st = lstatSync(at, { throwIfNoEntry: false });
    if (!st) break;
    if (st.isSymbolicLink())
      throw Object.assign(new Error(`the output path passes through a symbolic link: ${at}`), { code: 'ELINK', path: at });
  }
  return { target, bytes: typeof o.bytes === 'string' ? Buffer.from(o.bytes, 'utf8') : o.bytes };
}

const sameBytes = (bytes: Uint8Array, file: Buffer) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(file);
/** The temporary file beside a target (a killed build leaves it; the next build removes it). */
const tmpOf = (target: string) => `${target}.${process.pid}.tmp`;

/** True when `target` is a file holding exactly `bytes` already. */
function holds(target: string, bytes: Uint8Array): boolean {
  const st = statSync(target, { throwIfNoEntry: false });
  if (!st?.isFile() || st.size !== bytes.length) return false;
  try {
    return sameBytes(bytes, readFileSync(target));
  } catch {
    return false;
  }
}

/**
 * Writes each output to a temporary file beside its target, then renames it into place, so a
 * reader (or a killed build) sees either the old complete file or the new complete one. A target
 * that holds the same bytes already is left as it is (and keeps its time): a forced rebuild of
 * unchanged documents writes nothing, and renaming over a file, which makes ext4 flush the new
 * one to disk there and then, is left for files that changed. Returns the files it wrote (not
 * those that held their bytes already).
 */
export function writeOutputs(outDir: string, outputs: readonly Output[]): string[] {
  const root = resolve(outDir);
  const written: string[] = [];
  for (const o of outputs) {
    const { target, bytes } = planned(root, o);
    if (holds(target, bytes)) continue;
    mkdirSync(dirname(target), { recursive: true });
    const tmp = tmpOf(target);
    try {
      writeFileSync(tmp, bytes);
      renameSync(tmp, target);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
    written.push(target);
  }
  return written;
}

async function holdsAsync(target: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const st = await stat(target);
    return st.isFile() && st.size === bytes.length && sameBytes(bytes, await readFile(target));
  } catch {
    return false;
  }
}

async function replace(target: string, bytes: Uint8Array): Promise<void> {
  const tmp = tmpOf(target);
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * writeOutputs on libuv's threads, the outputs side by side: the same files, each landing whole,
 * while the calling thread goes on (renaming over a file blocks while ext4 flushes the new one).
 * Every output is attempted; the first failure is thrown once all have settled. Two calls must not
 * write the same path at once (they would share its temporary file). Returns the files it wrote.
 */
export async function writeOutputsAsync(outDir: string, outputs: readonly Output[]): Promise<string[]> {
  const root = resolve(outDir);
  const all = outputs.map((o) => planned(root, o));
  const kept = await Promise.all(all.map((p) => holdsAsync(p.target, p.bytes)));
  const fresh = all.filter((_, i) => !kept[i]);
  for (const dir of new Set(fresh.map((p) => dirname(p.target)))) await mkdir(dir, { recursive: true });
  const settled = await Promise.allSettled(fresh.map((p) => replace(p.target, p.bytes)));
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return fresh.map((p) => p.target);
}
