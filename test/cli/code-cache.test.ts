// Running a bundle through V8's code cache: saved after a first run, taken on the next, refused and
// replaced when it does not fit, never in the way when it cannot be written.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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

  it('saves the cache again after a run that compiled much more than it held, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vk-code-cache-'));
    // Many functions that only a "big" run calls: a first run without them saves a small cache.
    const many = Array.from(
      { length: 3000 },
      (_, i) =>
        `function f${i}(x) { const a = [x, ${i}]; return a.map((v) => v * 2 + ${i}).join('-') + String(x).padStart(${i % 7}, '0'); }`,
    ).join('\n');
    writeFileSync(
      join(dir, 'main.cjs'),
      `${many}\nexports.main = (big) => { let s = 0; if (big) { ${Array.from({ length: 3000 }, (_, i) => `s += f${i}(1).length;`).join(' ')} } return s; };\n`,
    );
    const cacheFile = cacheFileOf(join(dir, 'main.cjs'));
    const small = loadBundle('main', dir);
    expect((small.exports.main as (big: boolean) => number)(false)).toBe(0);
    small.saveCache();
    const smallSize = statSync(cacheFile).size;
    const big = loadBundle('main', dir);
    expect(big.cached).toBe(true);
    expect((big.exports.main as (big: boolean) => number)(true)).toBeGreaterThan(0);
    big.saveCache();
    const bigSize = statSync(cacheFile).size;
    expect(bigSize).toBeGreaterThan(smallSize * 2);
    // The same big run again compiles nothing new: the cache stays as it is.
    const again = loadBundle('main', dir);
    expect(again.cached).toBe(true);
    (again.exports.main as (big: boolean) => number)(true);
    const before = statSync(cacheFile).mtimeMs;
    again.saveCache();
    expect(statSync(cacheFile).mtimeMs).toBe(before);
    expect(statSync(cacheFile).size).toBe(bigSize);
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
