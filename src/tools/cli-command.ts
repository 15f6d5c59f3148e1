// The command line that runs bin/vankien.js as a shell does: node with the flags of the file's shebang.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(REPO, 'bin', 'vankien.js');

/** Node's flags on a `#!/usr/bin/env -S node …` line (none for `#!/usr/bin/env node` or another first line). */
export function shebangFlags(firstLine: string): string[] {
  const m = /^#!\s*\/usr\/bin\/env\s+(?:-S\s+)?node((?:\s+\S+)*)\s*$/.exec(firstLine);
  return m?.[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
}

/** Arguments for process.execPath that run the CLI with `args`, as `vankien …` would. */
export function cliArgs(args: readonly string[]): string[] {
  const firstLine = readFileSync(CLI, 'utf8').split('\n', 1)[0] ?? '';
  return [...shebangFlags(firstLine), CLI, ...args];
}
