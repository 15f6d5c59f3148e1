// The shipped registry under the user's units: overrides by id, duplicates among the user's own files,
// findings that never point into the registry, and the checks of the new unit fields.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registryPairs } from '../../src/model/registry.js';
import { loadPartyBodies, PARTY_BODIES } from '../../src/reference/party-bodies.js';
import type { Env } from '../../src/validate/context.js';
import { checkProject } from '../../src/validate/project.js';
import { resolveIssuer } from '../../src/view/header.js';
import type { ConferenceFile } from '../../src/schema/conference.js';
import { envFor, REPO } from '../support/fixtures.js';

const bodies = loadPartyBodies(PARTY_BODIES, readFileSync(join(REPO, PARTY_BODIES)));
const env: Env = { ...envFor(REPO), partyBodies: () => bodies };
const file = (name: string, text: string) => ({ file: `data/units/${name}.yaml`, bytes: new TextEncoder().encode(text) });
const codes = (ds: Array<{ code: string }>) => ds.map((d) => d.code);

describe("the shipped registry with the user's units", () => {
  it('gives every registry unit without any user file', () => {
    const { project, diagnostics } = checkProject([], env);
    expect(diagnostics).toEqual([]);
    expect(project.units.get('btctu-vinh-phuc')?.value.name).toBe('Ban Tổ chức Tỉnh ủy Vĩnh Phúc');
    expect(project.units.get('btctu-vinh-phuc')?.reference).toBe(true);
    // What worker threads get: the registry's units with the user's.
    expect(registryPairs(project).units.find(([id]) => id === 'btctw')?.[1].committee).toBe('Ban Chấp hành Trung ương');
  });

  it('lets a user unit with a registry id replace the registry entry, without VK305', () => {
    const mine = file(
      'mine',
      'kind: units\nunits:\n  - id: btctu-long-an\n    name: Ban Tổ chức Tỉnh ủy Long An\n    kind: ban\n    committee: Tỉnh ủy Long An\n    shortName: Ban Tổ chức Tỉnh ủy\n    code: BTC\n    province: Long An\n',
    );
    const { project, diagnostics } = checkProject([mine], env);
    expect(diagnostics).toEqual([]);
    const unit = project.units.get('btctu-long-an');
    expect(unit?.reference).toBeUndefined();
    expect(unit?.source.file).toBe('data/units/mine.yaml');
    expect(unit?.value.code).toBe('BTC');
    const conf = { kind: 'conference', id: 'c', title: 't' } as unknown as ConferenceFile;
    expect(resolveIssuer('btctu-long-an', conf, project)?.lines).toEqual({ superior: 'TỈNH ỦY LONG AN', issuer: ['BAN TỔ CHỨC TỈNH ỦY'] });
  });

  it("still reports the same id twice in the user's own files (VK305), in the user's file", () => {
    const unit =
      '  - id: btctu-long-an\n    name: Ban Tổ chức Tỉnh ủy Long An\n    kind: ban\n    committee: Tỉnh ủy Long An\n    code: BTCTU\n    province: Long An\n';
    const { diagnostics } = checkProject([file('a', `kind: units\nunits:\n${unit}`), file('b', `kind: units\nunits:\n${unit}`)], env);
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([['VK305', 'data/units/b.yaml']]);
  });

  it("drops the registry entry when the user's replacement is broken, so nothing silently stands in", () => {
    const { project, diagnostics } = checkProject(
      [
        file(
          'bad',
          'kind: units\nunits:\n  - id: btctu-long-an\n    name: Ban Tổ chức Tỉnh ủy Long An\n    kind: ban\n    province: Long An\n',
        ),
      ],
      env,
    );
    expect(codes(diagnostics)).toContain('VK201'); // code is missing
    expect(project.units.has('btctu-long-an')).toBe(false);
    expect(project.broken.has('btctu-long-an')).toBe(true);
  });

  it('never points a finding into the registry file', () => {
    const conf = file(
      'c',
      'kind: units\nunits:\n  - id: so-1\n    name: Sở Nội vụ\n    kind: khac\n    code: SNV\n    province: Vĩnh Phúc\n    successor: btctu-vinh-phuk\n',
    );
    const { diagnostics } = checkProject([conf], env);
    expect(diagnostics.map((d) => d.file)).toEqual(['data/units/c.yaml']);
    expect(codes(diagnostics)).toEqual(['VK324']);
    expect(diagnostics[0]?.params.suggestion).toBe('"btctu-vinh-phuc"');
  });
});

describe('checks of the unit kinds', () => {
  it('warns about the old form (superior, no kind) and names kind and committee in the hint (VK322)', () => {
    const { diagnostics } = checkProject(
      [
        file(
          'old',
          'kind: units\nunits:\n  - id: btctu-x\n    name: Ban Tổ chức Tỉnh ủy Long An\n    superior: Đảng bộ tỉnh Long An\n    code: BTCTU\n    province: Long An\n',
        ),
      ],
      env,
    );
    expect(diagnostics.map((d) => [d.code, d.severity, d.start.line, d.start.column, d.path.join('.')])).toEqual([
      ['VK322', 'warning', 5, 15, 'units.0.superior'],
    ]);
    expect(diagnostics[0]?.params).toMatchObject({ id: 'btctu-x', committee: 'Tỉnh ủy Long An', lines: 'TỈNH ỦY LONG AN / BAN TỔ CHỨC' });
  });

  it('reports a ban whose committee or short name cannot be told (VK323)', () => {
    const noCommittee = file(
      'a',
      'kind: units\nunits:\n  - id: bt-x\n    name: Ban Tổ chức\n    kind: ban\n    code: BTC\n    province: Long An\n',
    );
    const noShort = file(
      'b',
      'kind: units\nunits:\n  - id: bt-y\n    name: Ban Tuyên giáo và Dân vận\n    kind: ban\n    committee: Tỉnh ủy Long An\n    code: BTG\n    province: Long An\n',
    );
    const { diagnostics } = checkProject([noCommittee, noShort], env);
    expect(diagnostics.map((d) => [d.code, d.file, d.params.field])).toEqual([
      ['VK323', 'data/units/a.yaml', 'committee'],
      ['VK323', 'data/units/b.yaml', 'shortName'],
    ]);
  });
});
