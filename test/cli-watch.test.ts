// `vankien watch`: a save triggers the changed file's diagnostics and a rebuild of what changed.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
    const child = spawn(process.execPath, [join(REPO, 'bin', 'vankien.js'), 'watch', '--jobs', '1'], {
      cwd: dir,
      env: { ...process.env, VANKIEN_LANG: 'vi' },
    });
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
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace('host: btctu-long-ann', 'host: btctu-long-an')
          .replace('title: Hội nghị tổng kết', 'title: Hội nghị tổng kết '),
      );
      expect(await until(out, /✓ long-an-tong-ket-2023[\s\S]*✓ long-an-tong-ket-2023/, 30000)).toBe(true);
      expect(out.text.match(/✓ cum-3-tong-ket-2023/g)).toHaveLength(1);
    } finally {
      child.kill('SIGINT');
    }
  }, 120000);

  it('keeps watching a file replaced on save (sed -i, a rename over it), ignores editor temporary files, and a deleted template is no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-watch-'));
    execFileSync(process.execPath, [join(REPO, 'bin', 'vankien.js'), 'init', join(dir, 'p'), '--templates']);
    const project = join(dir, 'p');
    const child = spawn(process.execPath, [join(REPO, 'bin', 'vankien.js'), 'watch', '--jobs', '1', '--pdf-engine', 'none'], {
      cwd: project,
      env: { ...process.env, VANKIEN_LANG: 'vi' },
    });
    const out = { text: '' };
    child.stdout.on('data', (b: Buffer) => (out.text += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out.text += b.toString()));
    const changes = () => out.text.match(/Đã thay đổi: .*/g) ?? [];
    try {
      expect(await until(out, /Đang theo dõi/, 60000)).toBe(true);
      const file = join(project, 'data', 'conferences', 'hoi-nghi-mau.yaml');
      // sed -i writes a temporary file and renames it over the old one, twice: both saves are seen.
      execFileSync('sed', ['-i', 's/^title: /title: Một /', file]);
      expect(await until(out, /Đã thay đổi: data\/conferences\/hoi-nghi-mau\.yaml[\s\S]*Thời gian/, 30000)).toBe(true);
      execFileSync('sed', ['-i', 's/^title: Một /title: /', file]);
      expect(await until(out, /(Đã thay đổi: data\/conferences\/hoi-nghi-mau\.yaml[\s\S]*){2}/, 30000)).toBe(true);
      // A VS Code-like save: write beside, rename over.
      writeFileSync(`${file}.tmp`, readFileSync(file, 'utf8'));
      renameSync(`${file}.tmp`, file);
      expect(await until(out, /(Đã thay đổi: data\/conferences\/hoi-nghi-mau\.yaml[\s\S]*){3}/, 30000)).toBe(true);
      expect(changes().every((c) => c === 'Đã thay đổi: data/conferences/hoi-nghi-mau.yaml')).toBe(true);
      // Files editors leave beside the one they save: no rebuild.
      const seen = changes().length;
      for (const name of ['.hoi-nghi-mau.yaml.swp', 'hoi-nghi-mau.yaml~', '4913', '.#hoi-nghi-mau.yaml', '#hoi-nghi-mau.yaml#'])
        writeFileSync(join(project, 'data', 'conferences', name), 'x');
      await new Promise((r) => setTimeout(r, 1500));
      expect(changes()).toHaveLength(seen);
      // A template deleted while watching: a rebuild with a message, no stack trace, and still watching.
      rmSync(join(project, 'templates', 'bien-ban.docx'));
      expect(await until(out, /Đã thay đổi: templates\/bien-ban\.docx[\s\S]*(Thời gian|Lần tạo lại)/, 30000)).toBe(true);
      expect(out.text).not.toMatch(/^\s+at /m);
      execFileSync('sed', ['-i', 's/^title: /title: Hai /', file]);
      expect(
        await until(out, /Đã thay đổi: templates\/bien-ban\.docx[\s\S]*Đã thay đổi: data\/conferences\/hoi-nghi-mau\.yaml/, 30000),
      ).toBe(true);
    } finally {
      child.kill('SIGINT');
    }
  }, 180000);
});
