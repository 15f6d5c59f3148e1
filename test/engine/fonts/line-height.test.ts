// Single line height per bundled face as Word computes it (GDI: win ascent + win descent + external leading),
// against numbers worked out by hand from each font's tables (listed with each case).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFile } from '../../../src/engine/fonts/families.js';
import { loadFace, wordLineMetrics } from '../../../src/engine/fonts/load.js';
import { bundledFaceBytes, createFontSource } from '../../../src/engine/fonts/source.js';
import { faceLineMetrics } from '../../../src/engine/layout/shape.js';

const spec = (family: string, bold = false, italic = false) => ({ family, bold, italic, size: 12 });
const fonts = createFontSource();
const single = (family: string, size: number, bold = false): number => {
  const m = faceLineMetrics(fonts.face(spec(family, bold)), size);
  return m.ascent + m.descent + m.gap;
};

describe("Word's line metrics from a font's tables", () => {
  it('adds the hhea line gap when the hhea extent equals the win extent (Times New Roman, Arial)', () => {
    // Times New Roman / Tinos: win 1825/443, hhea 1825/-443/87.
    expect(wordLineMetrics({ winAscent: 1825, winDescent: 443 }, { ascent: 1825, descent: -443, lineGap: 87 })).toEqual({
      ascent: 1825,
      descent: 443,
      lineGap: 87,
    });
  });

  it('counts the hhea gap only beyond what the win extent already adds (Calibri: 452 − (2500 − 2048) = 0)', () => {
    expect(wordLineMetrics({ winAscent: 1950, winDescent: 550 }, { ascent: 1536, descent: -512, lineGap: 452 })).toEqual({
      ascent: 1950,
      descent: 550,
      lineGap: 0,
    });
    expect(wordLineMetrics({ winAscent: 2000, winDescent: 500 }, { ascent: 1800, descent: -500, lineGap: 300 })).toEqual({
      ascent: 2000,
      descent: 500,
      lineGap: 100,
    });
  });

  it("ignores USE_TYPO_METRICS (Google's Arimo file as shipped: win 2136/797, hhea 1854/-434/67 → 2933 units, 1.43 em)", () => {
    const raw = loadFace(readFileSync(bundledFile('Arimo', 0)), 'raw');
    expect([raw.ascent, raw.descent, raw.lineGap]).toEqual([2136, 797, 0]);
  });

  it('falls back to hhea when the font has no OS/2 win metrics', () => {
    expect(wordLineMetrics(undefined, { ascent: 900, descent: -300, lineGap: 50 })).toEqual({ ascent: 900, descent: 300, lineGap: 50 });
  });
});

describe('bundled faces carry the line metrics of the family they stand for', () => {
  it("Arial → Arimo with Arial's win metrics: (1854 + 434 + 67) / 2048 × 12 pt = 13.798828125 pt, as Times New Roman", () => {
    expect(single('Arial', 12)).toBeCloseTo(13.798828125, 9);
    expect(single('Arial', 12, true)).toBeCloseTo(13.798828125, 9);
    const m = faceLineMetrics(fonts.face(spec('Arial')), 12);
    expect(m.ascent).toBeCloseTo((1854 / 2048) * 12, 9);
    expect(m.gap).toBeCloseTo((67 / 2048) * 12, 9);
  });

  it('Times New Roman → Tinos: (1825 + 443 + 87) / 2048 × 13 pt = 14.94873046875 pt', () => {
    expect(single('Times New Roman', 13)).toBeCloseTo(14.94873046875, 9);
  });

  it('Courier New → Cousine: (1705 + 615 + 0) / 2048 × 12 pt = 13.59375 pt', () => {
    expect(single('Courier New', 12)).toBeCloseTo(13.59375, 9);
  });

  it('Calibri → Carlito: (1950 + 550 + 0) / 2048 × 11 pt = 13.427734375 pt', () => {
    expect(single('Calibri', 11)).toBeCloseTo(13.427734375, 9);
  });

  it('Cambria → Caladea: (900 + 250 + 0) / 1000 × 12 pt = 13.8 pt (the typo extent LibreOffice uses)', () => {
    expect(single('Cambria', 12)).toBeCloseTo(13.8, 9);
  });

  it("patches only the OS/2 win fields: the rest of the file is the package's", () => {
    const raw = new Uint8Array(readFileSync(bundledFile('Arimo', 0)));
    const patched = new Uint8Array(bundledFaceBytes('Arimo', 0));
    expect(patched.length).toBe(raw.length);
    let differing = 0;
    for (let i = 0; i < raw.length; i++) if (raw[i] !== patched[i]) differing++;
    expect(differing).toBeGreaterThan(0);
    expect(differing).toBeLessThanOrEqual(4);
    expect(Buffer.compare(Buffer.from(bundledFaceBytes('Tinos', 0)), readFileSync(bundledFile('Tinos', 0)))).toBe(0);
  });
});
