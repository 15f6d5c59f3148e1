// Legacy font pastes (TCVN3, VNI) are recognised; ordinary Vietnamese and foreign names are not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectLegacy, scanLegacy } from '../src/text/legacy.js';
import { EXAMPLES } from './support/fixtures.js';

describe('detectLegacy', () => {
  it.each([
    ['Uû ban nh©n d©n', 'tcvn3'],
    ['Héi nghÞ tæng kÕt c«ng t¸c thi ®ua', 'tcvn3'],
    ['Ban Tæ chøc TØnh ñy', 'tcvn3'],
    ['Vieät Nam', 'vni'],
    ['Xin chaøo caùc baïn', 'vni'],
    ['Nhaân daân', 'vni'],
    ['Ñaïi hoäi Ñaûng', 'vni'],
  ])('%s is %s', (text, encoding) => {
    expect(detectLegacy(text)?.encoding).toBe(encoding);
  });

  it.each([
    'Ủy ban nhân dân tỉnh Đắk Lắk',
    'Hội nghị tổng kết ô tô',
    'Müller',
    'Noël Loïc',
    'Bjørn Søren',
    '© 2024 Báo Long An',
    'Khánh Hoà, Thanh Hóa',
  ])('%s is ordinary text', (text) => {
    expect(detectLegacy(text)).toBeUndefined();
  });

  it('skips only text the full scan finds nothing in (property, over legacy signs, vowels and Vietnamese letters)', () => {
    const alphabet = [...'aeiouyAEIOUY âêôăơưđĐ qxuntìàạãẫậốờưự©ª«¬®µ¶·¸¹»¼½¾×÷\u00adÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïñöøûüþøüåäöûØÜÅÄÖÛïëÏËùõâÂêÙ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        expect(detectLegacy(text)).toEqual(scanLegacy(text));
      }),
      { numRuns: 3000 },
    );
    // Unicode Vietnamese with u before â no longer needs the full scan, and still passes.
    expect(detectLegacy('Mùa xuân, quân và dân tuần tra')).toBeUndefined();
  });

  it('names the word it found', () => {
    expect(detectLegacy('Hội nghị Vieät Nam')?.sample).toBe('Vieät');
  });

  it('finds nothing in the sample data (real Unicode Vietnamese drawn from the seed articles)', () => {
    const dirs = ['units', 'clusters', 'conferences'].map((d) => join(EXAMPLES, 'data', d));
    let lines = 0;
    for (const dir of dirs) {
      for (const file of readdirSync(dir)) {
        for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
          lines++;
          expect(detectLegacy(line), line).toBeUndefined();
        }
      }
    }
    expect(lines).toBeGreaterThan(300);
  });
});
