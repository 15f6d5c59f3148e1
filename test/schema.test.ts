// The published JSON Schema is the one the code checks with, and every data file points editors at it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../src/schema/index.js';
import { REPO, yamlFiles } from './support/fixtures.js';

describe('published schema', () => {
  it('schema/vankien.schema.json is up to date (npm run schema regenerates it)', () => {
    const published = JSON.parse(readFileSync(join(REPO, 'schema', 'vankien.schema.json'), 'utf8'));
    expect(published).toEqual(buildSchema());
  });

  it('is draft 2020-12 with a definition per kind of file', () => {
    const s = buildSchema() as { $schema: string; $defs: Record<string, unknown> };
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(s.$defs).sort()).toEqual(['cluster', 'conference', 'units']);
  });

  it('every sample and template file names the schema for editors', () => {
    const files = [
      ...['units', 'clusters', 'conferences'].flatMap((d) => yamlFiles(join(REPO, 'data', d))),
      ...yamlFiles(join(REPO, 'templates', 'new')),
    ];
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const f of files) expect(readFileSync(f, 'utf8').split('\n')[0], f).toBe('# yaml-language-server: $schema=../../schema/vankien.schema.json');
  });
});
