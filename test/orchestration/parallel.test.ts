// Parallel builds (worker threads) give byte-identical output to a serial build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateProject } from '../../src/tools/generate.js';
import { REPO } from '../support/fixtures.js';

const files = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => !f.startsWith('.vankien') && f.includes('.'))
    .sort();

describe('parallel build', () => {
  it('writes the same bytes with 2 worker threads as with one thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-parallel-'));
    generateProject(dir, { conferences: 8, seed: 7 });
    // Past 100 data files a build checks them on its worker threads too: more unit files take it there.
    for (let i = 0; i < 100; i++) {
      const unit = `  - id: so-noi-vu-${i}\n    name: Sở Nội vụ số ${i}\n    superior: Đảng bộ tỉnh Lạng Sơn\n    code: SNV\n    province: Lạng Sơn\n`;
      writeFileSync(join(dir, 'data', 'units', `them-${String(i).padStart(3, '0')}.yaml`), `kind: units\nunits:\n${unit}`);
    }
    const cli = (args: string[]) =>
      execFileSync(process.execPath, [join(REPO, 'bin', 'vankien.js'), 'build', '--quiet', ...args], {
        cwd: dir,
        stdio: 'pipe',
        timeout: 300000,
      });
    cli(['--jobs', '1', '--out', 'serial']);
    cli(['--jobs', '2', '--out', 'parallel']);
    const serial = files(join(dir, 'serial'));
    expect(serial.length).toBeGreaterThanOrEqual(8 * 7);
    expect(files(join(dir, 'parallel'))).toEqual(serial);
    for (const f of serial) expect(readFileSync(join(dir, 'parallel', f)).equals(readFileSync(join(dir, 'serial', f))), f).toBe(true);
  }, 300000);
});
