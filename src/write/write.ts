// The write stage, the only one that writes to disk: each output lands whole or not at all.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

export interface Output {
  /** Path inside the output folder, "/"-separated, from safe ids only. */
  path: string;
  bytes: Uint8Array | string;
}

/**
 * Writes each output to a temporary file beside its target, then renames it into place, so a
 * reader (or a killed build) sees either the old complete file or the new complete one.
 */
export function writeOutputs(outDir: string, outputs: readonly Output[]): string[] {
  const root = resolve(outDir);
  const written: string[] = [];
  for (const o of outputs) {
    const target = resolve(join(root, o.path));
    if (!target.startsWith(root + sep)) throw new Error(`output path leaves the output folder: ${o.path}`);
    mkdirSync(dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, o.bytes);
      renameSync(tmp, target);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
    written.push(target);
  }
  return written;
}
