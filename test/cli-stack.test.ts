// The bundle users run carries source maps: an internal error's stack, printed with VANKIEN_DEBUG, names src/ lines.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceMappedStack } from '../src/cli/stack.js';
import { REPO } from './support/fixtures.js';

describe('stack traces of the bundled command', () => {
  it('has a source map beside each bundle', () => {
    for (const name of ['main', 'worker']) expect(existsSync(join(REPO, 'dist', 'bundle', `${name}.cjs.map`))).toBe(true);
  });

  it('names the src/ files of an internal error (the bundle run through its code cache, as bin/vankien.js runs it)', () => {
    // The working folder throws: an error inside the command, reported as internal, its stack printed under VANKIEN_DEBUG.
    const script = `
      const { loadBundle } = await import(${JSON.stringify(join(REPO, 'dist', 'cli', 'code-cache.js'))});
      const bundle = loadBundle('main');
      let stderr = '';
      const code = await bundle.exports.main(['check'], { stdout: { write() {} }, stderr: { write: (s) => (stderr += s) }, cwd: () => { throw new Error('probe'); }, env: { VANKIEN_DEBUG: '1' } });
      process.stdout.write(JSON.stringify({ code, stderr }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' })) as {
      code: number;
      stderr: string;
    };
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('Error: probe');
    const frames = out.stderr.split('\n').filter((l) => /^\s+at /.test(l));
    expect(frames.some((l) => l.includes(join(REPO, 'src', 'cli', 'main.ts')))).toBe(true);
    expect(frames.some((l) => l.includes('.cjs:'))).toBe(false);
  }, 60_000);

  it('leaves frames with no map as they are', () => {
    const stack = 'Error: x\n    at f (/nowhere/x.cjs:1:2)\n    at g (/a/b.ts:3:4)';
    expect(sourceMappedStack(stack)).toBe(stack);
  });
});
