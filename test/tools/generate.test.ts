// The synthetic project generator: valid for the checker, realistic sizes, deterministic per seed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ClusterFile } from '../../src/schema/cluster.js';
import type { ConferenceFile } from '../../src/schema/conference.js';
import type { UnitsFile } from '../../src/schema/units.js';
import { generateProject, mulberry32 } from '../../src/tools/generate.js';
import { checkProject } from '../../src/validate/project.js';
import { envFor, input, yamlFiles } from '../support/fixtures.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function generated(conferences: number, seed?: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-gen-'));
  dirs.push(dir);
  generateProject(dir, seed === undefined ? { conferences } : { conferences, seed });
  return dir;
}

const dataFiles = (dir: string) => ['units', 'clusters', 'conferences'].flatMap((d) => yamlFiles(join(dir, 'data', d)));
const check = (dir: string) =>
  checkProject(
    dataFiles(dir).map((f) => input(dir, f)),
    envFor(dir),
  );
const read = <T>(file: string) => parse(readFileSync(file, 'utf8')) as T;

/** Every file under `dir` as relative path → content. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(relative(dir, full), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('generateProject', () => {
  const dir = generated(3);
  const conferences = yamlFiles(join(dir, 'data', 'conferences')).map((f) => read<ConferenceFile>(f));
  const clusters = new Map(
    yamlFiles(join(dir, 'data', 'clusters'))
      .map((f) => read<ClusterFile>(f))
      .map((c) => [c.id, c]),
  );

  it('writes units, two clusters and N conferences with unique ids', () => {
    const units = yamlFiles(join(dir, 'data', 'units')).flatMap((f) => read<UnitsFile>(f).units);
    expect(units).toHaveLength(28);
    expect(new Set(units.map((u) => u.id)).size).toBe(28);
    expect(units.every((u) => /^Ban Tổ chức (Tỉnh|Thành) ủy /.test(u.name))).toBe(true);
    expect(clusters.size).toBe(2);
    expect(conferences.map((c) => c.id)).toEqual(['hn-0001', 'hn-0002', 'hn-0003']);
  });

  it('passes the checker with no errors and no draft warnings', () => {
    const { diagnostics, project } = check(dir);
    expect(diagnostics.map((d) => `${d.file} ${d.code} ${d.path.join('.')}`)).toEqual([]);
    expect(project.conferences).toHaveLength(3);
  });

  it('has realistic sizes: 14 members, 60 attendees, 10 directives, 8 pledge groups, every member signs', () => {
    for (const c of conferences) {
      const members = clusters.get(c.cluster ?? '')?.members ?? [];
      expect(members).toHaveLength(14);
      const p = c.participants!;
      const delegates = (p.delegations ?? []).reduce((n, d) => n + (d.count ?? 0), 0);
      const listed = (p.delegations ?? []).reduce((n, d) => n + (d.members?.length ?? 0), 0);
      expect((p.guests?.length ?? 0) + delegates).toBe(60);
      expect((p.guests?.length ?? 0) + listed).toBe(60);
      expect(p.delegations?.map((d) => d.unit).sort()).toEqual([...members].sort());
      const directives = (c.speeches ?? []).filter((d) => d.kind !== 'thao-luan');
      expect(directives).toHaveLength(10);
      expect(directives.every((d) => (d.points?.length ?? 0) >= 3)).toBe(true);
      expect(c.pledge?.groups).toHaveLength(8);
      expect(c.pledge!.groups!.every((g) => (g.items?.length ?? 0) >= 2)).toBe(true);
      expect(c.pledge?.signatories?.map((s) => s.unit).sort()).toEqual([...members].sort());
      expect(c.pledge!.signatories!.every((s) => s.name && s.name.split(' ').length >= 3)).toBe(true);
      expect(c.documents?.minutes?.number).toBeGreaterThan(0);
      expect(c.date! >= '2023-01-01' && c.date! <= '2024-12-31').toBe(true);
      expect(c.press?.agencyCode).toBeTruthy();
      expect(c.press?.photos?.every((ph) => ph.file === undefined && ph.caption.length > 0)).toBe(true);
    }
  });

  it('writes NFC text only', () => {
    for (const [, text] of snapshot(dir)) expect(text).toBe(text.normalize('NFC'));
  });

  it('is deterministic for a seed, and different seeds differ', () => {
    const a = snapshot(generated(3, 42));
    expect(snapshot(generated(3, 42))).toEqual(a);
    const b = snapshot(generated(3, 43));
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(b).not.toEqual(a);
    expect(snapshot(generated(3))).toEqual(snapshot(dir)); // the default seed is fixed too
  });

  it('keeps the first conferences the same whatever the total', () => {
    const small = snapshot(generated(2, 5));
    const large = snapshot(generated(6, 5));
    for (const [file, text] of small) expect(large.get(file)).toBe(text);
  });

  it('stays valid over many seeds and larger sets', () => {
    for (const seed of [2, 3, 99, 123456]) {
      const errors = check(generated(12, seed)).diagnostics;
      expect(errors.map((d) => `seed ${seed}: ${d.file} ${d.code} ${d.path.join('.')}`)).toEqual([]);
    }
  });
});

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const xs = Array.from({ length: 1000 }, mulberry32(7));
    expect(Array.from({ length: 1000 }, mulberry32(7))).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});
