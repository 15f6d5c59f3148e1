// A unit's attendance line with a blank to fill by hand fits one printed line: the blank never wraps
// onto a line of its own, which would leave the line above justified into gaps (formats §6).
import fc from 'fast-check';
import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BLANK, blankAfter, emWidthAtMost } from '../../../src/view/format/index.js';

const require = createRequire(import.meta.url);
const tinos = fontkit.create(readFileSync(require.resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf'))) as fontkit.Font;
/** Printed width in em of Tinos (Times New Roman's metric twin). */
const em = (text: string) => tinos.layout(text.normalize('NFC')).advanceWidth / tinos.unitsPerEm;

// A4, margins 30 and 15 mm, first-line indent 12.7 mm (profiles/hd36-2018.yaml), body at 14 pt.
const LINE_EM = (((210 - 30 - 15 - 12.7) / 25.4) * 72) / 14;

const syllables = [
  'Ban',
  'Tổ',
  'chức',
  'Tỉnh',
  'ủy',
  'Thành',
  'Huyện',
  'Quảng',
  'Ninh',
  'Hưng',
  'Yên',
  'Mường',
  'Wừng',
  'Đắk',
  'Lắk',
  'Bà',
  'Rịa',
  '-',
  'Vũng',
  'Tàu',
  'Minh',
  'Hồ',
  'Chí',
  'MƯỜNG',
];
const names = fc.array(fc.constantFrom(...syllables), { minLength: 2, maxLength: 10 }).map((w) => w.join(' '));

describe('blankAfter: a blank completing a line', () => {
  it('never estimates a text narrower than it prints', () => {
    fc.assert(
      fc.property(names, (name) => {
        expect(emWidthAtMost(name)).toBeGreaterThanOrEqual(em(name));
      }),
    );
  });

  it('fits "- name: ……;" on one line, for any unit name', () => {
    fc.assert(
      fc.property(names, (name) => {
        // A name too long to leave room for a short blank wraps whatever the blank.
        fc.pre(blankAfter(`- ${name}: `) !== BLANK || em(`- ${name}: ${BLANK};`) <= LINE_EM);
        const line = `- ${name}: ${blankAfter(`- ${name}: `)};`;
        expect(em(line)).toBeLessThanOrEqual(LINE_EM);
      }),
    );
  });

  it('fills most of the line after a usual name, and is never shorter than a short blank', () => {
    const line = `- Ban Tổ chức Tỉnh ủy Tuyên Quang: `;
    expect(em(line + blankAfter(line))).toBeGreaterThan(LINE_EM - 6);
    expect(blankAfter('x'.repeat(200))).toBe(BLANK);
  });
});
