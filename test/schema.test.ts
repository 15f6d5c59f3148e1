// The published JSON Schema is the one the code checks with, and every data file points editors at it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../src/schema/index.js';
import { defPointer, SCHEMA_ID } from '../src/schema/kinds.js';
import { SCHEMA_MODULE_FILE, schemaModule } from '../src/schema/published.js';
import { publishedSchema } from '../src/schema/schema.generated.js';
import { GENERATED_FILE, validatorsModule } from '../src/validate/standalone.js';
import * as generated from '../src/validate/validators.generated.js';
import { EXAMPLES, REPO, yamlFiles } from './support/fixtures.js';

describe('published schema', () => {
  it('schema/vankien.schema.json is up to date (npm run schema regenerates it)', () => {
    const published = JSON.parse(readFileSync(join(REPO, 'schema', 'vankien.schema.json'), 'utf8'));
    expect(published).toEqual(buildSchema());
  });

  it('the schema the runtime reads is generated from TypeBox and up to date (npm run schema regenerates it)', () => {
    expect(readFileSync(join(REPO, SCHEMA_MODULE_FILE), 'utf8')).toBe(schemaModule());
    expect(publishedSchema).toEqual(buildSchema());
  });

  it('the generated checks are up to date (npm run schema regenerates them) and judge as a freshly compiled schema does', async () => {
    expect(readFileSync(join(REPO, GENERATED_FILE), 'utf8')).toBe(validatorsModule());
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
    ajv.addSchema(buildSchema());
    const fresh = ajv.getSchema(`${SCHEMA_ID}${defPointer('conference')}`)!;
    const samples: unknown[] = [
      {},
      { kind: 'conference', id: 'a', kinds: ['tong-ket'] },
      { kind: 'conference', id: 'A B', kinds: [], extra: 1, date: '2023-13-40' },
    ];
    const check = generated.conference as unknown as ValidateFunction;
    for (const value of samples) {
      const ok = check(value);
      expect(ok).toBe(fresh(value));
      expect(check.errors?.map((e) => [e.keyword, e.instancePath])).toEqual(fresh.errors?.map((e) => [e.keyword, e.instancePath]));
    }
  });

  it('is draft 2020-12 with a definition per kind of file', () => {
    const s = buildSchema() as { $schema: string; $defs: Record<string, unknown> };
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(s.$defs).sort()).toEqual(['cluster', 'conference', 'units']);
  });

  it('every sample and template file names the schema for editors', () => {
    const files = [
      ...['units', 'clusters', 'conferences'].flatMap((d) => yamlFiles(join(EXAMPLES, 'data', d))),
      ...yamlFiles(join(REPO, 'templates', 'new')),
    ];
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const f of files)
      expect(readFileSync(f, 'utf8').split('\n')[0], f).toBe('# yaml-language-server: $schema=../../schema/vankien.schema.json');
    // The path resolves from the samples' folders too (examples/schema links to the published schema).
    for (const f of files) expect(existsSync(join(dirname(f), '../../schema/vankien.schema.json')), f).toBe(true);
  });
});
