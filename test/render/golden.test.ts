// Golden files: the rendered word/document.xml, compared tag by tag. UPDATE_GOLDEN=1 rewrites them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/fixtures.js';
import { canonicalXml, part, renderFor, sample, samples } from '../support/docx.js';

const cases = [
  ['cum-3-tong-ket-2023', 'minutes'],
  ['cum-3-tong-ket-2023', 'pledge'],
  ['long-an-tong-ket-2023', 'minutes'],
] as const;

describe('golden documents', () => {
  for (const [id, doc] of cases) {
    it(`${id} ${doc}`, () => {
      const rendered = renderFor(samples.project, sample(id))[doc];
      const actual = canonicalXml(part(rendered ?? new Uint8Array(), 'word/document.xml'));
      const file = join(REPO, 'test', 'golden', `${id}.${doc}.xml`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
      expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts`).toBe(true);
      const expected = readFileSync(file, 'utf8');
      // On a difference, leave the actual output beside the golden file for a diff tool.
      if (actual !== expected) writeFileSync(file.replace(/\.xml$/, '.actual.xml'), actual);
      expect(actual).toBe(expected);
    });
  }
});
