// The registry of Party bodies shipped with vankien: what the generator makes, valid, and right on both sides of 01-7-2025.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unitActive } from '../../src/model/registry.js';
import { loadPartyBodies, PARTY_BODIES } from '../../src/reference/party-bodies.js';
import type { Unit } from '../../src/schema/units.js';
import { partyBodiesYaml } from '../../src/tools/party-bodies.js';
import { checkProject } from '../../src/validate/project.js';
import { envFor, provinces, REPO } from '../support/fixtures.js';

const bytes = readFileSync(join(REPO, PARTY_BODIES));
const units: Unit[] = loadPartyBodies(PARTY_BODIES, bytes).map((l) => l.value);
const byId = new Map(units.map((u) => [u.id, u]));
const activeOn = (date: string) => units.filter((u) => unitActive(u, date));

describe('reference/party-bodies.yaml', () => {
  it('is exactly what "npm run party-bodies" makes from reference/provinces.yaml', () => {
    expect(bytes.toString('utf8')).toBe(partyBodiesYaml(provinces.all));
  });

  it('passes every check as a units file, with no warning, and its ids are unique', () => {
    const { diagnostics, project } = checkProject([{ file: PARTY_BODIES, bytes }], envFor(REPO));
    expect(diagnostics).toEqual([]);
    expect(project.units.size).toBe(units.length);
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
  });

  it('has Vĩnh Phúc\'s Ban Tổ chức on 2025-06-30 and not on 2025-07-01; Phú Thọ\'s on both', () => {
    const vinhPhuc = byId.get('btctu-vinh-phuc');
    const phuTho = byId.get('btctu-phu-tho');
    expect(vinhPhuc?.name).toBe('Ban Tổ chức Tỉnh ủy Vĩnh Phúc');
    expect(vinhPhuc && unitActive(vinhPhuc, '2025-06-30')).toBe(true);
    expect(vinhPhuc && unitActive(vinhPhuc, '2025-07-01')).toBe(false);
    expect(vinhPhuc?.successor).toBe('btctu-phu-tho');
    expect(phuTho && unitActive(phuTho, '2025-06-30')).toBe(true);
    expect(phuTho && unitActive(phuTho, '2025-07-01')).toBe(true);
  });

  it('points every unit merged before 2025-07-01 to a unit of the same kind in force from 2025-07-01', () => {
    const ended = units.filter((u) => u.until && u.until < '2025-07-01');
    expect(ended.length).toBe(2 * (29 + 1)); // 29 provinces merged into others, and Thừa Thiên Huế renamed Huế
    for (const u of ended) {
      const next = u.successor ? byId.get(u.successor) : undefined;
      expect(next, u.id).toBeDefined();
      expect(next && unitActive(next, '2025-07-01'), `${u.id} → ${u.successor}`).toBe(true);
      expect(next?.kind).toBe(u.kind);
    }
    expect(byId.get('btctu-thua-thien-hue')?.successor).toBe('btctu-hue');
    expect(byId.get('btctu-long-an')?.successor).toBe('btctu-tay-ninh');
    expect(byId.get('tu-binh-duong')?.successor).toBe('tu-ho-chi-minh');
  });

  it('has 63 provincial committees on 2025-06-30 (Huế as of that date) and 34 on 2025-07-01, each with its Ban Tổ chức', () => {
    for (const [date, count] of [['2025-06-30', 63], ['2025-07-01', 34]] as const) {
      const committees = activeOn(date).filter((u) => u.kind === 'cap-uy');
      expect(committees, date).toHaveLength(count);
      const bans = activeOn(date).filter((u) => u.kind === 'ban' && u.code === 'BTCTU');
      expect(bans, date).toHaveLength(count);
      for (const c of committees) {
        expect(c.code).toBe('TU');
        const ban = bans.find((b) => b.committee === c.name);
        expect(ban?.id, c.name).toBe(c.id.replace(/^tu-/, 'btctu-'));
        expect(ban?.name).toBe(`Ban Tổ chức ${c.name}`);
      }
    }
    const onJune30 = activeOn('2025-06-30').map((u) => u.name);
    expect(onJune30).toContain('Thành ủy Huế');
    expect(onJune30).not.toContain('Tỉnh ủy Thừa Thiên Huế');
    expect(activeOn('2024-12-31').map((u) => u.name)).toContain('Tỉnh ủy Thừa Thiên Huế');
  });

  it('names committees as written: Tỉnh ủy, Thành ủy, Thành ủy Thành phố Hồ Chí Minh; the central Ban serves the Ban Chấp hành Trung ương', () => {
    expect(byId.get('tu-long-an')?.name).toBe('Tỉnh ủy Long An');
    expect(byId.get('tu-ha-noi')?.name).toBe('Thành ủy Hà Nội');
    expect(byId.get('btctu-ho-chi-minh')).toMatchObject({ name: 'Ban Tổ chức Thành ủy Thành phố Hồ Chí Minh', committee: 'Thành ủy Thành phố Hồ Chí Minh', province: 'Thành phố Hồ Chí Minh' });
    expect(byId.get('btctu-ba-ria-vung-tau')?.name).toBe('Ban Tổ chức Tỉnh ủy Bà Rịa - Vũng Tàu');
    expect(byId.get('btctw')).toMatchObject({ name: 'Ban Tổ chức Trung ương', kind: 'ban', committee: 'Ban Chấp hành Trung ương', code: 'BTCTW' });
  });

  it('has every id the sample data/units use, with the same name', () => {
    const { project } = checkProject(
      ['mien-bac', 'mien-nam', 'mien-trung-tay-nguyen'].map((n) => ({ file: `data/units/${n}.yaml`, bytes: readFileSync(join(REPO, 'examples', 'data', 'units', `${n}.yaml`)) })),
      envFor(REPO),
    );
    expect(project.units.size).toBe(28);
    for (const [id, { value }] of project.units) expect(byId.get(id)?.name, id).toBe(value.name);
  });
});
