// Property test: mutated sample data never crashes the check and always gives located, renderable diagnostics.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCase, harness } from '../../src/tools/fuzz.js';
import { applyBytes, applyText, caseArb, MAX_MUTATED, mutatedProject } from '../../src/tools/mutate.js';

const h = harness();

describe('fuzzing the data stage', () => {
  it('reads every sample file', () => {
    expect(h.originals.map((o) => o.file.split('/')[1])).toEqual(expect.arrayContaining(['units', 'clusters', 'conferences']));
  });

  it('checks the unchanged samples without errors and renders one of them', () => {
    expect(checkCase(h, { files: [{ file: 0, drop: false, ops: [], bytes: [] }], render: true, pick: 0 })).toMatchObject({
      errors: 0,
      rendered: true,
    });
  });

  it('mutates text and bytes as described', () => {
    const text = 'kind: units\nunits:\n  - id: a\n    name: B';
    expect(applyText(text, [{ kind: 'delete', at: 1 }])).toBe('kind: units\n  - id: a\n    name: B');
    expect(applyText(text, [{ kind: 'swap', at: 0, to: 3 }])).toBe('    name: B\nunits:\n  - id: a\nkind: units');
    expect(applyText(text, [{ kind: 'retype', at: 3, value: { shape: 'list', items: ['1', 'x'] } }])).toBe(
      'kind: units\nunits:\n  - id: a\n    name:\n      - 1\n      - x',
    );
    expect(applyText(text, [{ kind: 'nest', at: 2, depth: 3, style: 'flowSeq' }])).toBe(
      'kind: units\nunits:\n  - id: [[[x]]]\n    name: B',
    );
    expect(applyText(text, [{ kind: 'anchor', at: 2, to: 3, name: 'a', style: 'alias' }])).toBe(
      'kind: units\nunits:\n  - id: &a a\n    name: *a',
    );
    expect(applyText(text, [{ kind: 'setValue', at: 2, text: 'x"', length: 0 }])).toBe('kind: units\nunits:\n  - id: a\n    name: "x\\""');
    expect(applyText(text, [{ kind: 'long', at: 3, length: 100_000, chunk: 'ễ', quote: 'plain' }])).toHaveLength(text.length - 1 + 100_000);
    expect([...applyBytes(new Uint8Array([0x61]), [{ kind: 'encoding', to: 'utf16be' }])]).toEqual([0xfe, 0xff, 0x00, 0x61]);
    // A 2.2-million-character line copied 3,000 times stops at the cap instead of exhausting memory.
    const huge = applyText(text, [
      { kind: 'long', at: 3, length: 2_200_000, chunk: 'ab', quote: 'plain' },
      { kind: 'duplicate', at: 3, times: 3000 },
    ]);
    expect(huge.length).toBe(MAX_MUTATED);
    expect(huge.startsWith('kind: units\nunits:\n  - id: a\n    name: abab')).toBe(true);
    const inputs = mutatedProject(h.originals, { files: [{ file: 1, drop: true, ops: [], bytes: [] }], render: false, pick: 0 });
    expect(inputs.map((i) => i.file)).toEqual(h.originals.filter((_, k) => k !== 1).map((o) => o.file));
  });

  it('never throws, and every diagnostic is catalogued, located and readable', () => {
    fc.assert(
      fc.property(caseArb(h.originals), (c) => {
        checkCase(h, c);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
