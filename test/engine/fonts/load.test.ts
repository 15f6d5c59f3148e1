// Font faces: metrics from the font's tables, cached glyph ids and advances, GPOS pair kerning.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { faceTraits, fontProgram, loadFace, parseFont, type FontPrograms } from '../../../src/engine/fonts/load.js';

const require = createRequire(import.meta.url);
const file = (p: string): Uint8Array => readFileSync(require.resolve(`@expo-google-fonts/${p}`));
const tinos = loadFace(file('tinos/400Regular/Tinos_400Regular.ttf'), 'Tinos-Regular');
const cp = (c: string): number => c.codePointAt(0)!;

describe('loadFace', () => {
  it('reads Word line metrics: win ascent/descent, hhea line gap, post underline', () => {
    expect(tinos.key).toBe('Tinos-Regular');
    expect(tinos.postscriptName).toBe('Tinos-Regular');
    expect(tinos.unitsPerEm).toBe(2048);
    expect([tinos.ascent, tinos.descent, tinos.lineGap]).toEqual([1825, 443, 87]);
    expect(tinos.underlinePosition).toBeLessThan(0);
    expect(tinos.underlineThickness).toBeGreaterThan(0);
  });

  it('maps every Vietnamese letter to a real glyph and a missing character to 0', () => {
    const letters = 'ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
    for (const ch of letters + letters.toUpperCase()) expect(tinos.glyphId(cp(ch)), ch).toBeGreaterThan(0);
    expect(tinos.glyphId(0x4e00)).toBe(0);
    expect(tinos.glyphId(0x1f600)).toBe(0);
    expect(tinos.glyphId(cp('A'))).toBe(tinos.glyphId(cp('A')));
  });

  it('gives the advances of the hmtx table, and 0 for an id out of range', () => {
    const programs: FontPrograms = new WeakMap();
    const font = fontProgram(tinos, programs);
    expect(fontProgram(tinos, programs)).toBe(font);
    for (const ch of 'AWiệ ') expect(tinos.advance(tinos.glyphId(cp(ch)))).toBe(font.glyphForCodePoint(cp(ch)).advanceWidth);
    expect(tinos.advance(1e6)).toBe(0);
    expect(tinos.advance(-1)).toBe(0);
  });

  it('kerns pairs exactly as fontkit shaping with the kern feature does', () => {
    const font = fontProgram(tinos);
    const chars = 'AVTWYLPFaeoyvw.,ĐƯỜ';
    let kerned = 0;
    for (const a of chars) {
      for (const b of chars) {
        const run = font.layout(a + b, ['kern']);
        const expected = run.positions[0]!.xAdvance - font.glyphForCodePoint(cp(a)).advanceWidth;
        const got = tinos.kern(tinos.glyphId(cp(a)), tinos.glyphId(cp(b)));
        expect(got, `${a}${b}`).toBe(expected);
        if (got !== 0) kerned++;
      }
    }
    expect(kerned).toBeGreaterThan(10);
    expect(tinos.kern(tinos.glyphId(cp('A')), tinos.glyphId(cp('V')))).toBeLessThan(0);
  });

  it('measures 100k characters quickly once warm', () => {
    const text = 'Đảng Cộng sản Việt Nam, Hội nghị tổng kết, Quảng Bình, Khánh Hòa. '.repeat(1500).slice(0, 100_000);
    let width = 0;
    for (let i = 0; i < text.length; i++) width += tinos.advance(tinos.glyphId(text.charCodeAt(i)));
    const start = performance.now();
    width = 0;
    for (let i = 0; i < text.length; i++) width += tinos.advance(tinos.glyphId(text.charCodeAt(i)));
    expect(performance.now() - start).toBeLessThan(200);
    expect(width).toBeGreaterThan(0);
  });

  it('refuses bytes that are not a font', () => {
    expect(() => loadFace(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 'x')).toThrow();
    expect(() => parseFont(new Uint8Array(64))).toThrow();
    expect(() => loadFace(file('tinos/400Regular/Tinos_400Regular.ttf').subarray(0, 6000), 'cut')).toThrow(/truncated/);
  });

  it('reads weight and style from the font', () => {
    const bi = fontProgram(loadFace(file('tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf'), 'Tinos-BoldItalic'));
    expect(faceTraits(bi)).toMatchObject({ family: 'Tinos', weight: 700, bold: true, italic: true, restricted: false });
    expect(faceTraits(fontProgram(tinos))).toMatchObject({ bold: false, italic: false });
  });
});

describe('loadFace on a font whose last glyph is empty', () => {
  it("gives Carlito's no-break space (the empty last glyph, 2531) its hmtx advance of 463 units instead of throwing", () => {
    const carlito = loadFace(file('carlito/400Regular/Carlito_400Regular.ttf'), 'Carlito-Regular');
    const nbsp = carlito.glyphId(0xa0);
    expect(nbsp).toBe(2531);
    expect(carlito.advance(nbsp)).toBe(463);
  });
});
