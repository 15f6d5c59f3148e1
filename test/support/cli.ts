// Running the command line in a test: its exit code and output, in a folder of the test's choosing.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { main as Main } from '../../src/cli/main.js';
import { REPO } from './fixtures.js';

// The command as users run it: the bundle (dist/bundle/main.cjs, made by `npm run compile`, which npm test
// runs first) through its code cache, as bin/vankien.js loads it, not src/ compiled on the fly.
const { loadBundle } = (await import(join(REPO, 'dist', 'cli', 'code-cache.js'))) as {
  loadBundle(name: 'main'): { exports: Record<string, unknown> };
};
const main = loadBundle('main').exports.main as typeof Main;

export async function runCli(argv: string[], cwd = REPO) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: () => cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

/** A project folder in the temp dir with the sample units and clusters, and `files` (path → text) added. */
export function projectWith(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-'));
  cpSync(join(REPO, 'examples', 'data', 'units'), join(dir, 'data', 'units'), { recursive: true });
  cpSync(join(REPO, 'examples', 'data', 'clusters'), join(dir, 'data', 'clusters'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The diagnostics of `vankien check --format json` as plain records. */
export async function checkJson(cwd: string, ...args: string[]) {
  const r = await runCli(['check', '--format', 'json', ...args], cwd);
  const out = JSON.parse(r.stdout) as { errors: number; warnings: number; diagnostics: Array<Record<string, unknown>> };
  return { ...r, ...out };
}
