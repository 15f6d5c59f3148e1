// Property test: mutated Word templates end in template diagnostics or in a document the PDF engine reads, never in a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTemplateCase, templateBases, templateCaseArb } from '../../src/tools/fuzz-templates.js';

const bases = templateBases();

describe('fuzzing templates', () => {
  it('renders the unchanged templates', async () => {
    expect(bases.length).toBeGreaterThanOrEqual(2);
    for (let base = 0; base < bases.length; base++)
      expect(await checkTemplateCase(bases, { base, ops: [{ kind: 'entry-remove', name: '../evil.xml' }] })).toBe('rendered');
  });

  it('a template whose rendered XML breaks (XML inside the text of a tag) is refused as a fault of the template, not thrown', async () => {
    const ops = [{ kind: 'xml-insert' as const, at: 355_315, text: '<w:sectPr><w:pgSz w:w="0" w:h="0"/></w:sectPr>' }];
    expect(await checkTemplateCase(bases, { base: 0, ops })).toBe('refused');
  });

  it('never throws: every mutated template is refused with diagnostics or renders and lays out', async () => {
    await fc.assert(
      fc.asyncProperty(templateCaseArb(bases.length), async (c) => {
        expect(['refused', 'rendered']).toContain(await checkTemplateCase(bases, c));
      }),
      { numRuns: 150, seed: 5 },
    );
  }, 180_000);
});
