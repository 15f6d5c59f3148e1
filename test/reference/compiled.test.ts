import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCompiled, writeCompiled } from '../../src/reference/compiled.js';
import { loadPartyBodies, PARTY_BODIES } from '../../src/reference/party-bodies.js';
import { compileReference } from '../../src/tools/compile-reference.js';
import { REPO } from '../support/fixtures.js';

describe('compiled reference files', () => {
  it('are taken only for the bytes they were made from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-compiled-'));
    writeCompiled('x', 'a: 1\n', { a: 1 }, dir);
    expect(readCompiled('x', 'a: 1\n', dir)).toEqual({ a: 1 });
    expect(readCompiled('x', 'a: 2\n', dir)).toBeUndefined();
    expect(readCompiled('missing', 'a: 1\n', dir)).toBeUndefined();
  });

  it('give the registry units that parsing the YAML gives, and parsing takes over when the file changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-compiled-'));
    compileReference(REPO, dir);
    const bytes = readFileSync(join(REPO, PARTY_BODIES));
    const parsed = loadPartyBodies(PARTY_BODIES, bytes, join(dir, 'none'));
    const compiled = loadPartyBodies(PARTY_BODIES, bytes, dir);
    expect(parsed.length).toBeGreaterThan(90);
    expect(compiled.map((u) => [u.value, u.path, u.reference])).toEqual(parsed.map((u) => [u.value, u.path, u.reference]));
    expect(compiled[0]?.source.file).toBe(PARTY_BODIES);
    // Compiled copies are read from JSON; a unit renamed in the YAML must come from the YAML.
    const edited = Buffer.from(bytes.toString('utf8').replace('name: Ban Tổ chức Trung ương', 'name: Ban Tổ chức Trung ương (sửa)'));
    const fromEdited = loadPartyBodies(PARTY_BODIES, edited, dir);
    expect(fromEdited.find((u) => u.value.id === 'btctw')?.value.name).toBe('Ban Tổ chức Trung ương (sửa)');
  });

  it('shipped in dist/ are current (npm test compiles first)', () => {
    for (const name of ['provinces', 'party-bodies']) {
      const bytes = readFileSync(join(REPO, 'reference', `${name}.yaml`));
      expect(readCompiled(name, bytes, join(REPO, 'dist', 'reference')), name).toBeDefined();
    }
  });
});
