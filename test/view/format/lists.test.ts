// Vietnamese lists: "A, B và C" and "A; B; C", never an empty item or a doubled separator.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanItems, joinSemicolon, joinVi } from '../../../src/view/format/lists.js';

/** Separator faults that must never appear in a joined list. */
function expectCleanJoin(out: string) {
  for (const bad of ['undefined', 'null', ', và', ' và và', 'và ,', '  ', ',,', ', ,', '; ;', ';;'])
    expect(out, JSON.stringify(out)).not.toContain(bad);
  expect(out).not.toMatch(/^[\s,;]|[\s,;]$/);
  expect(out).not.toMatch(/^và(\s|$)|\svà$/);
}

const nullish = fc.constantFrom(undefined, null);
/** Words from letters and any whitespace (no "v", so "và" never comes from an item). */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'ế', 'Đ', 'ử', 'n', ' ', '\t', '\n', '\u00a0', '\u3000'), maxLength: 12 });
/** Items that are nothing but separators and whitespace. */
const junk = fc.string({ unit: fc.constantFrom(',', ';', ' ', '\t'), maxLength: 4 });

describe('joinVi', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A và B'],
    [['A', 'B', 'C'], 'A, B và C'],
    [['A', '', 'B', '  ', 'C'], 'A, B và C'],
    [['', 'A', undefined, null], 'A'],
    [['  Ban Tổ chức ', 'Văn phòng'], 'Ban Tổ chức và Văn phòng'],
    [['A,', ' B ;', 'C'], 'A, B và C'],
    [['Hà  Nội', 'Huế'], 'Hà Nội và Huế'],
    [['', ' ', '\t'], ''],
  ] as Array<[Array<string | null | undefined>, string]>)('%j → "%s"', (items, text) => {
    expect(joinVi(items)).toBe(text);
  });

  it('takes another conjunction', () => {
    expect(joinVi(['A', 'B', 'C'], 'hoặc')).toBe('A, B hoặc C');
    expect(joinVi(['A', 'B'], ' cùng ')).toBe('A cùng B');
    expect(joinVi(['A', 'B'], '')).toBe('A, B');
  });

  it('normalises items to NFC', () => {
    expect(joinVi(['Đắk Lắk'.normalize('NFD'), 'Huế'.normalize('NFD')])).toBe('Đắk Lắk và Huế');
  });

  it('never makes a bad separator from empty, blank, junk or missing items', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(word, junk, nullish), { maxLength: 8 }), (items) => {
        const out = joinVi(items);
        expectCleanJoin(out);
        const kept = cleanItems(items);
        expect(out.split(' và ').length).toBe(kept.length >= 2 ? 2 : 1);
        expect(out === '').toBe(kept.length === 0);
      }),
    );
  });

  it('never makes a bad separator from arbitrary Unicode strings', () => {
    const text = fc.string({ unit: 'binary', maxLength: 16 }).filter((s) => !/undefined|null|và|,|;/.test(s.normalize('NFC')));
    fc.assert(
      fc.property(fc.array(fc.oneof(text, nullish), { maxLength: 8 }), (items) => {
        const out = joinVi(items);
        expectCleanJoin(out);
        const kept = cleanItems(items);
        const expected = kept.length < 2 ? (kept[0] ?? '') : `${kept.slice(0, -1).join(', ')} và ${kept.at(-1)}`;
        expect(out).toBe(expected);
      }),
    );
  });
});

describe('cleanItems', () => {
  it('keeps each non-blank item once, trimmed, single-spaced and NFC', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), nullish)), (items) => {
        const kept = cleanItems(items);
        const nonBlank = items.filter((s): s is string => typeof s === 'string' && s.replace(/[\s,;]/g, '') !== '');
        expect(kept.length).toBe(nonBlank.length);
        for (const item of kept) {
          expect(item).not.toBe('');
          expect(item).not.toMatch(/^[\s,;]|[\s,;]$|\s\s/);
          expect(item.normalize('NFC')).toBe(item);
        }
      }),
    );
  });
});

describe('joinSemicolon', () => {
  it('joins clauses with "; "', () => {
    expect(joinSemicolon(['A', 'B', 'C'])).toBe('A; B; C');
    expect(joinSemicolon(['A'])).toBe('A');
    expect(joinSemicolon([])).toBe('');
    expect(joinSemicolon(['A;', '', undefined, ' B ', null, ';'])).toBe('A; B');
  });

  it('never doubles a separator', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(word, junk, nullish), { maxLength: 8 }), (items) => {
        const out = joinSemicolon(items);
        expectCleanJoin(out);
        expect(out === '' ? 0 : out.split('; ').length).toBe(cleanItems(items).length);
      }),
    );
  });
});
