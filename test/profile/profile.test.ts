// The format profile: its generated check is up to date with the TypeBox schema, agrees with it, and
// names what is wrong in a bad profile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { profile as generatedCheck } from '../../src/profile/check.generated.js';
import { parseProfile } from '../../src/profile/profile.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { PROFILE_CHECK_FILE, profileCheckModule } from '../../src/profile/standalone.js';
import { REPO } from '../support/fixtures.js';

const SHIPPED = readFileSync(join(REPO, 'profiles', 'hd36-2018.yaml'), 'utf8');
type Data = Record<string, Record<string, Record<string, unknown>>>;
const shipped = () => parse(SHIPPED) as Data;

/** The shipped profile with one change. */
const changed = (edit: (d: Data) => void): unknown => {
  const d = shipped();
  edit(d);
  return d;
};

const samples: Array<[string, unknown]> = [
  ['shipped', shipped()],
  ['not a mapping', ['id']],
  ['empty', null],
  ['zero width', changed((d) => void (d.page!.width_mm!.value = 0))],
  ['size as text', changed((d) => void (d.sizes_pt!.body!.value = '14'))],
  ['infinite size', changed((d) => void (d.sizes_pt!.body!.value = Infinity))],
  ['empty source', changed((d) => void (d.margins_mm!.top!.source = ''))],
  ['missing margin', changed((d) => void delete d.margins_mm!.left)],
  ['bad id', changed((d) => void ((d as Record<string, unknown>).id = 'HD 36'))],
  ['extra field', changed((d) => void ((d as Record<string, unknown>).note = 'x'))],
];

describe('format profile', () => {
  it('the generated check is up to date (npm run schema regenerates it)', () => {
    expect(readFileSync(join(REPO, PROFILE_CHECK_FILE), 'utf8')).toBe(profileCheckModule());
  });

  it.each(samples)('the generated check judges as TypeBox does: %s', (_name, value) => {
    expect((generatedCheck as (v: unknown) => boolean)(value)).toBe(Value.Check(ProfileSchema, value));
  });

  it('parses the shipped profile', () => {
    const p = parseProfile(SHIPPED, 'profiles/hd36-2018.yaml');
    expect(p.id).toBe('hd36-2018');
    expect(p.page.width_mm.value).toBe(210);
  });

  it('names the file and the first three fields that do not fit', () => {
    const bad = changed((d) => {
      (d as Record<string, unknown>).id = 'HD 36';
      d.page!.width_mm!.value = 0;
      delete d.margins_mm!.top;
      d.sizes_pt!.body!.value = '14';
    });
    const thrown = (() => {
      try {
        parseProfile(stringify(bad), 'profiles/bad.yaml');
      } catch (e) {
        return (e as Error).message;
      }
      return 'no error';
    })();
    expect(thrown).toBe(
      'profiles/bad.yaml: hồ sơ định dạng không hợp lệ (/id: must match pattern "^[a-z0-9-]+$"; /page/width_mm/value: must be > 0; /margins_mm/top: must have required property \'top\')',
    );
  });

  it('a profile that is not a mapping is refused at the root', () => {
    expect(() => parseProfile('- a\n- b\n', 'p.yaml')).toThrow('p.yaml: hồ sơ định dạng không hợp lệ (/: must be object)');
  });
});
