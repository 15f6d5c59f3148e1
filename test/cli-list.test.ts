// `vankien list units`: the shipped registry and data/units, searched without diacritics, by date, as text or JSON.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { REPO } from './support/fixtures.js';

async function run(argv: string[], cwd: string) {
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

/** A project with no data/units of its own: only the registry shipped with vankien. */
function emptyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-list-'));
  mkdirSync(join(dir, 'data'));
  return dir;
}

describe('vankien list units', () => {
  it('finds Vĩnh Phúc without diacritics and says when and into what it merged', async () => {
    const r = await run(['list', 'units', 'vinh phuc'], emptyProject());
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'btctu-vinh-phuc  Ban Tổ chức Tỉnh ủy Vĩnh Phúc  đến 30-6-2025, sáp nhập vào btctu-phu-tho  ban\n' +
        'tu-vinh-phuc     Tỉnh ủy Vĩnh Phúc              đến 30-6-2025, sáp nhập vào tu-phu-tho     cap-uy\n',
    );
  });

  it('matches ids too, and keeps only the units in force on --date', async () => {
    const dir = emptyProject();
    const before = await run(['list', 'units', 'btctu-vinh-phuc', '--date', '2025-06-30'], dir);
    expect(before.code).toBe(0);
    expect(before.stdout.split('\n')[0]).toMatch(/^btctu-vinh-phuc\s/);
    const after = await run(['list', 'units', 'VĨNH PHÚC', '--date', '2025-07-01'], dir);
    expect(after.code).toBe(1);
    expect(after.stdout).toBe('');
    expect(after.stderr).toBe(
      'Không có đơn vị nào khớp "VĨNH PHÚC" còn hoạt động vào ngày 01-7-2025. Thử bớt từ cần tìm hoặc bỏ --date; tìm không cần gõ dấu ("vinh phuc").\n',
    );
    const phuTho = await run(['list', 'units', 'ban to chuc phu tho', '--date', '2025-07-01'], dir);
    expect(phuTho.stdout).toBe('btctu-phu-tho  Ban Tổ chức Tỉnh ủy Phú Thọ  không thời hạn  ban\n');
  });

  it('lists 69 units in force on 2025-07-01 (34 committees, their Bans, the central Ban) and 127 the day before', async () => {
    const dir = emptyProject();
    const lines = async (date: string) => (await run(['list', 'units', '--date', date], dir)).stdout.trim().split('\n');
    expect(await lines('2025-07-01')).toHaveLength(69);
    expect(await lines('2025-06-30')).toHaveLength(127);
  });

  it("prints JSON with --format json, the user's units replacing the shipped ones by id", async () => {
    const dir = emptyProject();
    mkdirSync(join(dir, 'data', 'units'));
    writeFileSync(
      join(dir, 'data', 'units', 'rieng.yaml'),
      'kind: units\nunits:\n  - id: btctu-long-an\n    name: Ban Tổ chức Tỉnh ủy Long An\n    kind: ban\n    committee: Tỉnh ủy Long An\n    code: BTC\n    province: Long An\n    until: 2025-06-30\n',
    );
    const r = await run(['list', 'units', 'long an', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        id: 'btctu-long-an',
        name: 'Ban Tổ chức Tỉnh ủy Long An',
        kind: 'ban',
        committee: 'Tỉnh ủy Long An',
        code: 'BTC',
        province: 'Long An',
        until: '2025-06-30',
        validity: 'đến 30-6-2025',
        source: 'data/units/rieng.yaml',
      },
      {
        id: 'tu-long-an',
        name: 'Tỉnh ủy Long An',
        kind: 'cap-uy',
        code: 'TU',
        province: 'Long An',
        until: '2025-06-30',
        successor: 'tu-tay-ninh',
        validity: 'đến 30-6-2025, sáp nhập vào tu-tay-ninh',
        source: 'vankien',
      },
    ]);
  });

  it('speaks English with --lang en, and refuses a bad date or an unknown list', async () => {
    const dir = emptyProject();
    const en = await run(['list', 'units', 'hue', '--date', '2025-01-01', '--lang', 'en'], dir);
    expect(en.stdout).toBe(
      'btctu-hue  Ban Tổ chức Thành ủy Huế  from 2025-01-01  ban\ntu-hue     Thành ủy Huế              from 2025-01-01  cap-uy\n',
    );
    const bad = await run(['list', 'units', '--date', '2025-02-30'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('--date "2025-02-30" không phải một ngày YYYY-MM-DD (tháng 2 năm 2025 chỉ có 28 ngày).\n');
    const what = await run(['list', 'cums'], dir);
    expect(what.code).toBe(2);
    expect(what.stderr).toContain('Không liệt kê được "cums"');
  });

  it("lists the sample project's units, its own data/units standing for the shipped entries", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-list-'));
    cpSync(join(REPO, 'examples', 'data', 'units'), join(dir, 'data', 'units'), { recursive: true });
    const r = await run(['list', 'units', 'dak nong', '--format', 'json'], dir);
    const out = JSON.parse(r.stdout) as Array<{ id: string; source: string }>;
    expect(out.map((u) => [u.id, u.source])).toEqual([
      ['btctu-dak-nong', 'data/units/mien-trung-tay-nguyen.yaml'],
      ['tu-dak-nong', 'vankien'],
    ]);
  });
});
