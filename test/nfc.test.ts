// Decomposed (NFD) input validates exactly like precomposed (NFC) input.
import { describe, expect, it } from 'vitest';
import { checkSamples } from './support/fixtures.js';
import { checkProject } from '../src/validate/project.js';
import { envFor, EXAMPLES, REPO, input, yamlFiles } from './support/fixtures.js';
import { join } from 'node:path';

const files = ['units', 'clusters', 'conferences'].flatMap((d) => yamlFiles(join(EXAMPLES, 'data', d))).map((f) => input(EXAMPLES, f));
const toNfd = (bytes: Uint8Array) => new TextEncoder().encode(new TextDecoder().decode(bytes).normalize('NFD'));

describe('Unicode normalisation', () => {
  const nfd = files.map((f) => ({ ...f, bytes: toNfd(f.bytes) }));

  it('the NFD copy really differs from the NFC files', () => {
    expect(nfd.some((f, i) => f.bytes.length !== files[i]?.bytes.length)).toBe(true);
  });

  it('gives identical diagnostics and identical data', () => {
    const a = checkSamples();
    const b = checkProject(nfd, envFor(EXAMPLES));
    expect(b.diagnostics).toEqual(a.diagnostics);
    expect(b.project.conferences.map((c) => c.value)).toEqual(a.project.conferences.map((c) => c.value));
    expect([...b.project.units.keys()]).toEqual([...a.project.units.keys()]);
  });

  it('normalises strings written with escapes too', () => {
    const text =
      'kind: units\nunits:\n  - id: btctu-dak-lak-2\n    name: "Ban To\\u0302\\u0309 chức"\n    superior: Đảng bộ tỉnh Đắk Lắk\n    code: BTCTU\n    province: Đắk Lắk\n';
    const result = checkProject([{ file: 'x.yaml', bytes: new TextEncoder().encode(text) }], envFor(REPO));
    expect(result.project.units.get('btctu-dak-lak-2')?.value.name).toBe('Ban Tổ chức'.normalize('NFC'));
  });
});
