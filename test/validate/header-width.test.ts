// VK326: a header line that cannot print whole even in the widened column at the smallest size is reported
// once, at the line of data it comes from, with a hint; lines that fit (widened or not) are not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/profile/profile.js';
import type { Env } from '../../src/validate/context.js';
import { checkProject } from '../../src/validate/project.js';
import { messageOf } from '../../src/diagnostics/render.js';
import { envFor, REPO } from '../support/fixtures.js';

const profile = parseProfile(readFileSync(join(REPO, 'profiles', 'hd36-2018.yaml'), 'utf8'), 'profile');
const env: Env = { ...envFor(REPO), profile: () => profile };
const file = (name: string, text: string) => ({ file: name, bytes: new TextEncoder().encode(text) });

const UNITS = file(
  'data/units/u.yaml',
  'kind: units\nunits:\n  - id: u1\n    name: Ban Tổ chức Tỉnh ủy Đắk Lắk\n    kind: ban\n    committee: Tỉnh ủy Đắk Lắk\n    code: BTCTU\n    province: Đắk Lắk\n',
);
const LONG = 'Ban Tổ chức các Tỉnh ủy, Thành ủy khu vực miền Trung - Tây Nguyên và Nam Trung Bộ';
const cluster = (issuer: string[]) =>
  file(
    'data/clusters/c.yaml',
    `kind: cluster\nid: c1\nname: Cụm thi đua số III\nnumber: III\nmembers: [u1]\nheader:\n  issuer:\n${issuer.map((l) => `    - ${l}\n`).join('')}`,
  );
const conference = (id: string) =>
  file(
    `data/conferences/${id}.yaml`,
    `kind: conference\nid: ${id}\nkinds: [tong-ket]\ncluster: c1\ndate: 2023-12-08\nplace:\n  province: Đắk Lắk\n`,
  );

describe('VK326: a header line too wide for the header column', () => {
  it('is not reported for lines that fit, widened or not (the cluster III header)', () => {
    const { diagnostics } = checkProject(
      [UNITS, cluster(['Cụm thi đua số III', 'Ban Tổ chức các Tỉnh ủy, Thành ủy', 'khu vực miền Trung - Tây Nguyên']), conference('a')],
      env,
    );
    expect(diagnostics.filter((d) => d.code === 'VK326')).toEqual([]);
  });

  it('names the line, where it is written and how to break it, once for all conferences it heads', () => {
    const { diagnostics } = checkProject([UNITS, cluster(['Cụm thi đua số III', LONG]), conference('a'), conference('b')], env);
    const found = diagnostics.filter((d) => d.code === 'VK326');
    expect(found).toHaveLength(1);
    const d = found[0]!;
    expect(d.severity).toBe('warning');
    expect(d.file).toBe('data/clusters/c.yaml');
    // "    - Ban Tổ chức…": line 9 of the cluster file, the value after "- ".
    expect(d.start).toEqual({ line: 9, column: 7 });
    expect(d.path).toEqual(['header', 'issuer', 1]);
    const { message, hint } = messageOf(d, 'vi');
    expect(message).toContain(`"${LONG.toLocaleUpperCase('vi')}"`);
    expect(message).toMatch(/rộng \d+ pt, cột tiêu đề chỉ có \d+ pt dù đã thu nhỏ chữ đến 13 pt \(hội nghị a\)/u);
    expect(hint).toContain('header.issuer');
  });

  it('is silent without a profile (a project whose profile cannot be read: the build reports that)', () => {
    const { diagnostics } = checkProject([UNITS, cluster(['Cụm thi đua số III', LONG]), conference('a')], envFor(REPO));
    expect(diagnostics.filter((d) => d.code === 'VK326')).toEqual([]);
  });
});
