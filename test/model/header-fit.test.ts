// The header's columns and sizes for header lines of any length (property): widths expected here come
// from the bundled fonts' advance widths read with fontkit directly, not from the code under test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fitHeader, headerColumns, PARTY_LINE, SLACK_PT, type HeaderBlock } from '../../src/model/header-fit.js';
import { fontMeasure } from '../../src/model/header-measure.js';
import { parseProfile } from '../../src/profile/profile.js';
import { REPO } from '../support/fixtures.js';

const profile = parseProfile(readFileSync(join(REPO, 'profiles', 'hd36-2018.yaml'), 'utf8'), 'profile');
// Tinos, the metric clone of Times New Roman (the profile's family), as the npm package ships it.
const open = (dir: string) =>
  fontkit.create(readFileSync(join(REPO, 'node_modules/@expo-google-fonts/tinos', dir, `Tinos_${dir}.ttf`))) as Font;
const FACES = { regular: open('400Regular'), bold: open('700Bold'), italic: open('400Regular_Italic') };

/** Width in points from the font's advance widths (hmtx), character by character, a no-break space as a space. */
function expected(text: string, face: keyof typeof FACES, size: number): number {
  const f = FACES[face];
  let units = 0;
  for (const ch of text.normalize('NFC')) units += f.glyphForCodePoint(ch === '\u00a0' ? 32 : ch.codePointAt(0)!).advanceWidth;
  return (units * size) / f.unitsPerEm;
}

const sz = profile.sizes_pt;
const { total, left: usualLeft } = headerColumns(profile);
const minPt = profile.header.min_pt.value;
const gap = Math.round((profile.header.gap_mm.value / 25.4) * 1440);

const WORDS = [
  'BAN',
  'TỔ',
  'CHỨC',
  'CÁC',
  'TỈNH',
  'ỦY,',
  'THÀNH',
  'ỦY',
  'CỤM',
  'THI',
  'ĐUA',
  'SỐ',
  'III',
  'KHU',
  'VỰC',
  'MIỀN',
  'TRUNG',
  '-',
  'TÂY',
  'NGUYÊN',
  'ĐẮK',
  'LẮK',
  'BẮC',
  'TRUNG',
  'BỘ',
  'XÂY',
  'DỰNG',
  'ĐẢNG',
];
const line = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const block: fc.Arbitrary<HeaderBlock> = fc.record({
  superior: fc.oneof(fc.constant(''), line),
  issuer: fc.array(line, { minLength: 1, maxLength: 4 }),
  number: fc.constantFrom('', 'Số 01-BB/BTCTU', 'Số ……-BB/……'),
  placeDate: fc.constantFrom(
    'Đắk Lắk, ngày 08 tháng 12 năm 2023',
    '……, ngày …… tháng …… năm ……',
    'Thừa Thiên Huế, ngày 28 tháng 12 năm 2024',
  ),
});

/** The widest name line of `b` at the sizes given, from the font. */
function widest(b: HeaderBlock, sizes: { superior: number; issuer: number }): number {
  const names = [
    ...(b.superior ? [expected(b.superior, 'regular', sizes.superior)] : []),
    ...b.issuer.map((l) => expected(l, 'bold', sizes.issuer)),
  ];
  return Math.max(b.number ? expected(b.number, 'regular', sz.number.value) : 0, ...names);
}

const rightNeed = (b: HeaderBlock) =>
  Math.max(expected(PARTY_LINE, 'bold', sz.party_line.value), expected(b.placeDate, 'italic', sz.place_date.value));

describe('header fit (property, widths from the font files)', () => {
  const measure = fontMeasure(profile.font.family);

  it('measures a line as the sum of the font advance widths', () => {
    fc.assert(
      fc.property(line, fc.constantFrom(12, 13, 13.5, 14, 15), (text, size) => {
        expect(measure(text, { size, bold: true, italic: false })).toBeCloseTo(expected(text, 'bold', size), 6);
        expect(measure(text, { size, bold: false, italic: true })).toBeCloseTo(expected(text, 'italic', size), 6);
      }),
      { numRuns: 200 },
    );
  });

  it('every line prints whole when it can: the columns fill the table, the right keeps its room, sizes only shrink as needed', () => {
    fc.assert(
      fc.property(block, (b) => {
        const fit = fitHeader(b, profile, measure);
        const [left, right] = fit.columns;
        expect(left + right).toBe(total);
        expect(left).toBeGreaterThanOrEqual(usualLeft);
        expect(fit.sizes.issuer).toBeGreaterThanOrEqual(Math.min(minPt, sz.issuer.value));
        expect(fit.sizes.issuer).toBeLessThanOrEqual(sz.issuer.value);
        const full = { superior: sz.superior.value, issuer: sz.issuer.value };
        const room = (twips: number) => twips / 20 - SLACK_PT;
        // The widest left column the right block allows (its longest line, the slack and the gap).
        const widestLeft = Math.max(usualLeft, total - Math.ceil((rightNeed(b) + SLACK_PT) * 20) - gap);
        if (widest(b, full) <= room(usualLeft)) {
          // Lines that fit the usual column change nothing.
          expect(fit.columns).toEqual(fit.usual.columns);
          expect(fit.sizes).toEqual(full);
        } else if (left > usualLeft) {
          // Widened: no wider than the lines need, and never into the right block's room.
          expect(left).toBeLessThanOrEqual(widestLeft);
          if (fit.overflow.length === 0) expect(left).toBe(Math.max(usualLeft, Math.ceil((widest(b, fit.sizes) + SLACK_PT) * 20)));
        }
        if (fit.overflow.length === 0) expect(widest(b, fit.sizes)).toBeLessThanOrEqual(room(left) + 1e-6);
        // Shrunk only when the next half point up would not fit even the widest column.
        if (fit.sizes.issuer < sz.issuer.value && fit.overflow.length === 0) {
          const up = { superior: Math.min(sz.superior.value, fit.sizes.issuer + 0.5), issuer: fit.sizes.issuer + 0.5 };
          expect(widest(b, up)).toBeGreaterThan(room(widestLeft) - 1e-6);
        }
        // What overflows is exactly the lines too wide at the smallest size in the widest column.
        const at = { superior: Math.min(sz.superior.value, minPt), issuer: Math.min(sz.issuer.value, minPt) };
        if (fit.overflow.length > 0) {
          expect(fit.sizes).toEqual(at);
          expect(left).toBe(widestLeft);
          const too = [
            ...(b.superior && expected(b.superior, 'regular', at.superior) > room(widestLeft) ? [b.superior] : []),
            ...b.issuer.filter((l) => expected(l, 'bold', at.issuer) > room(widestLeft)),
          ];
          expect(fit.overflow.map((o) => o.text)).toEqual(too);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('prints the cluster III header (formats.md §1) whole: widened left column, 14 pt or the first half point below that fits', () => {
    const b = {
      superior: '',
      issuer: ['CỤM THI ĐUA SỐ III', 'BAN TỔ CHỨC CÁC TỈNH ỦY, THÀNH ỦY', 'KHU VỰC MIỀN TRUNG - TÂY NGUYÊN'],
      number: 'Số ……-BB/……',
      placeDate: 'Đắk Lắk, ngày 08 tháng 12 năm 2023',
    };
    const fit = fitHeader(b, profile, measure);
    const longest = (size: number) => expected('BAN TỔ CHỨC CÁC TỈNH ỦY, THÀNH ỦY', 'bold', size);
    // About 278 pt at 14 pt: more than the usual 45 % column (223 pt).
    expect(longest(14)).toBeGreaterThan(usualLeft / 20);
    const widestLeft = total - Math.ceil((rightNeed(b) + SLACK_PT) * 20) - gap;
    const size = [14, 13.5, 13].find((s) => longest(s) + SLACK_PT <= widestLeft / 20);
    expect(fit.sizes.issuer).toBe(size);
    expect(fit.overflow).toEqual([]);
    expect(fit.columns[0]).toBe(Math.ceil((longest(size!) + SLACK_PT) * 20));
  });
});
