import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryProblems, PINS } from '../../src/cli/libraries.js';
import { installedVersion } from '../../src/util/library-pin.js';
import { REPO } from '../support/fixtures.js';

describe('libraries whose internals vankien uses', () => {
  it('are pinned exactly in package.json, at the versions their adapters name', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(PINS.map((p) => p.name).sort()).toEqual(['@cantoo/pdf-lib', 'docxtemplater', 'fontkit']);
    for (const pin of PINS) expect(pkg.dependencies[pin.name], pin.name).toBe(pin.tested);
  });

  it('are installed at those versions here (npm ci), so the start-up check is silent', () => {
    for (const pin of PINS) expect(installedVersion(pin.name), pin.name).toBe(pin.tested);
    expect(libraryProblems('vi')).toEqual([]);
  });

  it('at another version give a message with the library, both versions and the fix', () => {
    const installed = (name: string) => (name === 'docxtemplater' ? '3.72.1' : PINS.find((p) => p.name === name)?.tested);
    const [vi, ...rest] = libraryProblems('vi', installed);
    expect(rest).toEqual([]);
    expect(vi).toContain('docxtemplater 3.71.0');
    expect(vi).toContain('máy đang có 3.72.1');
    expect(vi).toContain('npm ci');
    const [en] = libraryProblems('en', () => undefined);
    expect(en).toContain('but none is installed');
  });

  it('are recorded in the bundle at the versions bundled (npm test compiles first)', () => {
    const bundle = readFileSync(join(REPO, 'dist', 'bundle', 'main.cjs'), 'utf8');
    expect(bundle).toContain('{ docxtemplater: "3.71.0", "@cantoo/pdf-lib": "2.11.1", fontkit: "2.0.4" }');
  });
});
