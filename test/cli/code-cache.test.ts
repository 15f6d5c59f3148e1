// Running a bundle through V8's code cache: saved after a first run, taken on the next, refused and
// replaced when it does not fit, never in the way when it cannot be written.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFileOf, loadBundle } from '../../src/cli/code-cache.js';

function fakeBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vk-code-cache-'));
  writeFileSync(
    join(dir, 'main.cjs'),
    `const { basename } = require('node:path');\nfunction greet(name) { return 'Xin chào ' + name; }\nexports.main = () => greet(basename(__filename)) + ' ' + __dirname.length;\n`,
  );
  return dir;
}

const call = (exports: Record<string, unknown>) => (exports.main as () => string)();

describe('loadBundle', () => {
  it('runs the bundle as CommonJS (require, __filename, __dirname), saves the cache once, and takes it next time', () => {
    const dir = fakeBundle();
    const first = loadBundle('main', dir);
    expect(call(first.exports)).toBe(`Xin chào main.cjs ${dir.length}`);
    expect(first.cached).toBe(false);
    const cacheFile = cacheFileOf(join(dir, 'main.cjs'));
    expect(existsSync(cacheFile)).toBe(false);
    first.saveCache();
    first.saveCache();
    expect(readdirSync(dir).sort()).toEqual(['main.cjs', cacheFile.slice(dir.length + 1)].sort());
    const second = loadBundle('main', dir);
    expect(second.cached).toBe(true);
    expect(call(second.exports)).toBe(`Xin chào main.cjs ${dir.length}`);
  });

  it('refuses a cache that does not belong to the bundle, and replaces it', () => {
    const dir = fakeBundle();
    writeFileSync(cacheFileOf(join(dir, 'main.cjs')), Buffer.from('not a V8 code cache'));
    const run = loadBundle('main', dir);
    expect(run.cached).toBe(false);
    expect(call(run.exports)).toContain('Xin chào');
    run.saveCache();
    expect(loadBundle('main', dir).cached).toBe(true);
  });

  it('names the cache after the bundle: a changed bundle does not find the old one', () => {
    const dir = fakeBundle();
    const before = cacheFileOf(join(dir, 'main.cjs'));
    writeFileSync(join(dir, 'main.cjs'), `exports.main = () => 'đã đổi';\n`);
    expect(cacheFileOf(join(dir, 'main.cjs'))).not.toBe(before);
    expect(call(loadBundle('main', dir).exports)).toBe('đã đổi');
  });

  it('runs on without a cache when it cannot be saved, and leaves no temporary file', () => {
    const dir = fakeBundle();
    // A folder where the cache file should go: the rename fails, for root too.
    mkdirSync(cacheFileOf(join(dir, 'main.cjs')));
    const run = loadBundle('main', dir);
    expect(run.cached).toBe(false);
    expect(() => run.saveCache()).not.toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(call(loadBundle('main', dir).exports)).toContain('Xin chào');
  });
});
