// The command line: check output (text and JSON), exit codes, languages, and `new`.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { EXAMPLES } from './support/fixtures.js';

/** Runs the command in the repository's folder; the sample project is examples/ (named with --project). */
const run = runCli;

function tempProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-'));
  cpSync(join(EXAMPLES, 'data', 'units'), join(dir, 'data', 'units'), { recursive: true });
  cpSync(join(EXAMPLES, 'data', 'clusters'), join(dir, 'data', 'clusters'), { recursive: true });
  return dir;
}

describe('vankien check', () => {
  it('checks all of data/ and exits 0 when there are only warnings', async () => {
    const r = await run(['check'], EXAMPLES);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Đã kiểm tra 9 tệp: 0 lỗi, \d+ cảnh báo\./);
  });

  it('prints machine-readable diagnostics with --format json', async () => {
    const r = await run(['check', '--project', 'examples', '--format', 'json']);
    const out = JSON.parse(r.stdout) as { errors: number; warnings: number; diagnostics: Array<Record<string, unknown>> };
    expect(out.errors).toBe(0);
    expect(out.diagnostics.length).toBe(out.warnings);
    for (const d of out.diagnostics) {
      expect(d).toMatchObject({ severity: 'warning', code: 'VK501' });
      expect(typeof d.line).toBe('number');
      expect(typeof d.column).toBe('number');
      expect(String(d.file)).toMatch(/^data\//);
      expect(String(d.message).length).toBeGreaterThan(10);
      expect(String(d.hint).length).toBeGreaterThan(10);
    }
  });

  it('shows a code frame, a hint and exits 1 for an error', async () => {
    const r = await run(['check', '--project', 'examples', 'test/fixtures/invalid/vk301-unknown-host.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '../test/fixtures/invalid/vk301-unknown-host.yaml:8:7: lỗi VK301: Không có đơn vị mã "btctu-dak-lac" trong data/units.',
    );
    expect(r.stdout).toContain('  > 8 | host: btctu-dak-lac\n');
    expect(r.stdout).toContain('\n      |       ^^^^^^^^^^^^^\n');
    expect(r.stdout).toContain('Gợi ý: Có phải ý bạn là "btctu-dak-lak"?');
    expect(r.stdout).toContain('1 lỗi');
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['check', '--project', 'examples', '--lang', 'en', 'test/fixtures/invalid/vk301-unknown-host.yaml']);
    expect(r.stdout).toContain('error VK301: No unit with id "btctu-dak-lac" in data/units.');
    expect(r.stdout).toContain('Hint: Did you mean "btctu-dak-lak"?');
  });

  it('reports a file that does not exist as a diagnostic, not a crash', async () => {
    const r = await run(['check', 'data/conferences/khong-co.yaml'], EXAMPLES);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('VK101');
    expect(r.stderr).toBe('');
  });

  it('reports binary garbage with a message, never a stack trace', async () => {
    const dir = tempProject();
    writeFileSync(join(dir, 'data', 'rac.yaml'), Buffer.from([0x00, 0xff, 0x10, 0x80, 0x00]));
    const r = await run(['check', 'data/rac.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('VK107');
    expect(r.stdout + r.stderr).not.toMatch(/\bat .+:\d+:\d+\)/);
  });

  it('says so when there is no data to check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-empty-'));
    const r = await run(['check'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có tệp dữ liệu nào');
  });

  it('refuses a --project folder that does not exist', async () => {
    const r = await run(['check', '--project', 'khong-co-thu-muc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có thư mục dự án khong-co-thu-muc. Tạo dự án mới bằng "vankien init khong-co-thu-muc".');
  });

  it('exits 2 for usage errors', async () => {
    expect((await run(['lam-gi'])).code).toBe(2);
    expect((await run(['check', '--format', 'xml'])).code).toBe(2);
    expect((await run(['check', '--khong-co'])).code).toBe(2);
  });
});

describe('vankien new', () => {
  it.each(['conference', 'cluster', 'units'])('writes a %s file that passes check with no errors', async (kind) => {
    const dir = tempProject();
    const r = await run(['new', kind, 'mau-moi'], dir);
    expect(r.code).toBe(0);
    const folder = { conference: 'conferences', cluster: 'clusters', units: 'units' }[kind] ?? '';
    const file = join(dir, 'data', folder, 'mau-moi.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('mau-moi');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    const check = await run(['check', '--format', 'json', `data/${folder}/mau-moi.yaml`], dir);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).errors).toBe(0);
  });

  it('refuses to overwrite an existing file and leaves it unchanged', async () => {
    const dir = tempProject();
    expect((await run(['new', 'conference', 'hn-1'], dir)).code).toBe(0);
    const file = join(dir, 'data', 'conferences', 'hn-1.yaml');
    writeFileSync(file, 'kind: conference\n# sửa tay\n');
    const again = await run(['new', 'conference', 'hn-1'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('không ghi đè');
    expect(readFileSync(file, 'utf8')).toBe('kind: conference\n# sửa tay\n');
    expect(readdirSync(join(dir, 'data', 'conferences'))).toEqual(['hn-1.yaml']);
  });

  it('refuses an id outside the safe character set', async () => {
    const dir = tempProject();
    const r = await run(['new', 'conference', '../ngoai'], dir);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'ngoai.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'data', 'conferences'))).toBe(false);
  });
});
