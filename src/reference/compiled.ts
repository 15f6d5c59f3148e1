// The reference files shipped with vankien (reference/*.yaml) are YAML, for people to read and to
// override in a project; parsing them costs every command ~100 ms of a cold start (the YAML parser,
// with positions, is not yet compiled by then). `npm run compile` stores their parsed values as JSON
// beside the compiled code, and a command takes that JSON only for the very bytes it was made from.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/reference/ both for dist/reference/compiled.js and for the bundles in dist/bundle/. */
export const COMPILED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'reference');

interface Compiled {
  sha256: string;
  value: unknown;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The stored value of reference file `name` if it was made from these bytes, else undefined. */
export function readCompiled(name: string, bytes: Uint8Array | string, dir = COMPILED_DIR): unknown {
  let compiled: Compiled;
  try {
    compiled = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Compiled;
  } catch {
    return undefined;
  }
  return compiled.sha256 === sha256(bytes) ? compiled.value : undefined;
}

export function writeCompiled(name: string, bytes: Uint8Array | string, value: unknown, dir = COMPILED_DIR): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ sha256: sha256(bytes), value } satisfies Compiled)}\n`);
}
