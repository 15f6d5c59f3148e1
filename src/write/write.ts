// The write stage, the only one that writes to disk: each output lands whole or not at all.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

export interface Output {
  /** Path inside the output folder, "/"-separated, from safe ids only. */
  path: string;
  bytes: Uint8Array | string;
}

/** True when `target` is a file holding exactly `bytes` already. */
function holds(target: string, bytes: Uint8Array): boolean {
  const st = statSync(target, { throwIfNoEntry: false });
  if (!st?.isFile() || st.size !== bytes.length) return false;
  try {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(readFileSync(target));
  } catch {
    return false;
  }
}

/**
 * Writes each output to a temporary file beside its target, then renames it into place, so a
 * reader (or a killed build) sees either the old complete file or the new complete one. A target
 * that holds the same bytes already is left as it is (and keeps its time): a forced rebuild of
 * unchanged documents writes nothing, and renaming over a file, which makes ext4 flush the new
 * one to disk there and then, is left for files that changed.
 */
/** Returns the files it wrote (not those that held their bytes already). */
export function writeOutputs(outDir: string, outputs: readonly Output[]): string[] {
  const root = resolve(outDir);
  const written: string[] = [];
  for (const o of outputs) {
    const target = resolve(join(root, o.path));
    if (!target.startsWith(root + sep)) throw new Error(`output path leaves the output folder: ${o.path}`);
    const bytes = typeof o.bytes === 'string' ? Buffer.from(o.bytes, 'utf8') : o.bytes;
    if (holds(target, bytes)) continue;
    mkdirSync(dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
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
