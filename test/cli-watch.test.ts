// `vankien watch`: a save triggers the changed file's diagnostics and a rebuild of what changed.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, REPO } from './support/fixtures.js';

/** Output of a process until `pattern` appears (or the time runs out). */
function until(out: { text: string }, pattern: RegExp, ms: number): Promise<boolean> {
  return new Promise((done) => {
    const start = Date.now();
    const tick = () => (pattern.test(out.text) ? done(true) : Date.now() - start > ms ? done(false) : setTimeout(tick, 50));
    tick();
  });
}

describe('vankien watch', () => {
  it('shows the diagnostics of a saved file and rebuilds only its conference', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-watch-'));
    cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
    // The compiled CLI (npm install compiles it): a real process, as a user runs it.
    const child = spawn(process.execPath, [join(REPO, 'bin', 'vankien.js'), 'watch', '--jobs', '1'], { cwd: dir, env: { ...process.env, VANKIEN_LANG: 'vi' } });
    const out = { text: '' };
    child.stdout.on('data', (b: Buffer) => (out.text += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out.text += b.toString()));
    try {
      expect(await until(out, /Đang theo dõi/, 60000)).toBe(true);
      expect(out.text).toMatch(/Hội nghị tạo mới\s+4/);
      const file = join(dir, 'data', 'conferences', 'long-an-tong-ket-2023.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('host: btctu-long-an', 'host: btctu-long-ann'));
      expect(await until(out, /VK301[\s\S]*btctu-long-ann/, 30000)).toBe(true);
      expect(out.text).toContain('Đã thay đổi: data/conferences/long-an-tong-ket-2023.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('host: btctu-long-ann', 'host: btctu-long-an').replace('title: Hội nghị tổng kết', 'title: Hội nghị tổng kết '));
      expect(await until(out, /✓ long-an-tong-ket-2023[\s\S]*✓ long-an-tong-ket-2023/, 30000)).toBe(true);
      expect(out.text.match(/✓ cum-3-tong-ket-2023/g)).toHaveLength(1);
    } finally {
      child.kill('SIGINT');
    }
  }, 120000);
});
