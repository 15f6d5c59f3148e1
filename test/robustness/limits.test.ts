// Sizes no real document needs are refused with a positioned message (issue 18): a pledge with 300
// signatories, a cluster of 300 units, 10,000 originals, a text field of a million characters.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJson, runCli } from '../support/cli.js';
import { SIGNED, signedProject } from '../support/signed.js';

const CONF = join('data', 'conferences', 'ky-thu.yaml');

function withConference(text: string): string {
  const dir = signedProject();
  writeFileSync(join(dir, CONF), text);
  return dir;
}

const signatories = (n: number) =>
  Array.from({ length: n }, (_, i) => `    - unit: btctu-da-nang\n      name: Người ký ${i + 1}\n`).join('');

describe('limits where a real document cannot need more', () => {
  it('300 signatories: VK207 at pledge.signatories, at once; the other conferences build', async () => {
    const dir = withConference(SIGNED.replace(/ {2}signatories:\n[\s\S]*$/, `  signatories:\n${signatories(300)}`));
    const started = Date.now();
    const check = await checkJson(dir, '--project', dir);
    const limit = check.diagnostics.find((d) => d.code === 'VK207');
    expect(limit).toMatchObject({ file: 'data/conferences/ky-thu.yaml', line: 11 });
    expect(String(limit?.message)).toContain('có quá 100 mục');
    const build = await runCli(['build', '--project', dir, '--out', 'out'], dir);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain('✓ cum-3-tong-ket-2023');
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('10,000 originals of the pledge: VK207 on pledge.originals', async () => {
    const dir = withConference(
      SIGNED.replace('  period: { year: 2024 }\n  signatories:', '  period: { year: 2024 }\n  originals: 10000\n  signatories:'),
    );
    const check = await checkJson(dir, '--project', dir);
    const limit = check.diagnostics.find((d) => d.code === 'VK207');
    expect(limit).toMatchObject({ file: 'data/conferences/ky-thu.yaml', line: 10 });
    expect(String(limit?.message)).toContain('10000 không được lớn hơn 101');
  });

  it('a cluster of 300 units: VK207 on its members', async () => {
    const dir = signedProject();
    const file = join(dir, 'data', 'clusters', 'cum-3-mien-trung-tay-nguyen.yaml');
    const text = readFileSync(file, 'utf8');
    const extra = Array.from({ length: 300 }, (_, i) => `  - don-vi-${i + 1}\n`).join('');
    writeFileSync(file, text.replace(/members:\n/, `members:\n${extra}`));
    const check = await checkJson(dir, '--project', dir);
    expect(
      check.diagnostics.some(
        (d) =>
          d.code === 'VK207' && d.file === 'data/clusters/cum-3-mien-trung-tay-nguyen.yaml' && String(d.message).includes('có quá 100 mục'),
      ),
    ).toBe(true);
  });

  it('a text of a million characters: VK207 with its place, not a hung layout', async () => {
    const long = 'Nội dung rất dài '.repeat(60_000);
    const dir = withConference(
      SIGNED.replace('  period: { year: 2024 }\n  signatories:', `  period: { year: 2024 }\n  theme: "${long}"\n  signatories:`),
    );
    const started = Date.now();
    const check = await checkJson(dir, '--project', dir);
    const limit = check.diagnostics.find((d) => d.code === 'VK207');
    expect(limit).toMatchObject({ file: 'data/conferences/ky-thu.yaml', line: 10, column: 10 });
    expect(String(limit?.message)).toContain('dài quá 1000 ký tự');
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
