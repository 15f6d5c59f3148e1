// Content stream pieces: number formatting, colours, TJ positioning (property-based) and ToUnicode CMaps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextBox } from '../../../src/engine/layout/boxes.js';
import { toUnicodeCMap, utf16Hex } from '../../../src/engine/paint/cmap.js';
import { cidCode, num, pageContent, rgb, tjArray } from '../../../src/engine/paint/content.js';
import type { SubsetGlyph } from '../../../src/engine/paint/embed-font.js';
import { parseCMap, replayText } from './helpers.js';

describe('operands', () => {
  it('formats numbers without exponents or negative zero', () => {
    expect(num(72)).toBe('72');
    expect(num(841.9 - 72.25)).toBe('769.65');
    expect(num(1 / 3)).toBe('0.333');
    expect(num(-0.0001)).toBe('0');
    expect(num(1e-9)).toBe('0');
    expect(num(-12.345678, 2)).toBe('-12.35');
  });

  it('turns RRGGBB into three fractions', () => {
    expect(rgb('000000')).toBe('0 0 0');
    expect(rgb('FF0000')).toBe('1 0 0');
    expect(rgb('c00000')).toBe('0.753 0 0');
    expect(rgb('bogus')).toBe('0 0 0');
  });
});

describe('tjArray', () => {
  const cids = new Map([
    [3, 1],
    [68, 2],
    [69, 3],
    [700, 4],
  ]);
  const widths = new Map<number, SubsetGlyph>([
    [3, { code: cidCode(1), width: 250 }],
    [68, { code: cidCode(2), width: 443.848 }],
    [69, { code: cidCode(3), width: 500 }],
    [700, { code: cidCode(4), width: 722.168 }],
  ]);
  const ids = [3, 68, 69, 700];

  it('joins glyphs at their natural advance into one string and writes only real adjustments', () => {
    const box: TextBox = {
      kind: 'text',
      y: 100,
      fontKey: 'f',
      size: 10,
      color: '000000',
      glyphs: [
        { id: 68, x: 50, text: 'a' },
        { id: 69, x: 54.43848, text: 'b' },
        { id: 3, x: 59.43848 + 1, text: ' ' },
        { id: 700, x: 62.93848, text: 'Đ' },
      ],
    };
    expect(tjArray(box, widths)).toBe('[(\x00\x02\x00\x03) -100 (\x00\x01\x00\x04)]');
  });

  it('puts every glyph within 0.005 pt of its x, whatever the spacing', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 4, max: 72, noNaN: true }),
        fc.array(fc.record({ i: fc.integer({ min: 0, max: 3 }), gap: fc.double({ min: -3, max: 30, noNaN: true }) }), {
          minLength: 1,
          maxLength: 80,
        }),
        (size, items) => {
          let x = 36;
          const glyphs = items.map(({ i, gap }) => {
            const id = ids[i]!;
            const g = { id, x, text: 'x' };
            x += (widths.get(id)!.width * size) / 1000 + gap;
            return g;
          });
          const box: TextBox = { kind: 'text', y: 10, fontKey: 'f', size, color: '000000', glyphs };
          const content = `/F1 ${size} Tf\n1 0 0 1 ${glyphs[0]!.x} 0 Tm\n${tjArray(box, widths)} TJ`;
          const byCode = new Map([...widths].map(([gid, w]) => [cids.get(gid)!, w.width]));
          const shown = replayText(content, () => byCode);
          expect(shown).toHaveLength(glyphs.length);
          shown.forEach((s, k) => expect(Math.abs(s.x - glyphs[k]!.x)).toBeLessThan(0.005));
        },
      ),
    );
  });

  it('keeps text state across boxes and closes text before graphics', () => {
    const fonts = new Map([['f', { name: 'F1', glyphs: widths }]]);
    const box = (y: number): TextBox => ({
      kind: 'text',
      y,
      fontKey: 'f',
      size: 12,
      color: '000000',
      glyphs: [{ id: 68, x: 10, text: 'a' }],
    });
    const content = pageContent(
      { width: 100, height: 100, boxes: [box(10), box(20), { kind: 'rect', x: 0, y: 0, width: 5, height: 5, color: '000000' }, box(30)] },
      { fonts, images: new Map() },
    );
    expect(content).toBe(
      'BT\n/F1 12 Tf\n1 0 0 1 10 90 Tm\n[(\x00\x02)] TJ\n1 0 0 1 10 80 Tm\n[(\x00\x02)] TJ\nET\n0 95 5 5 re f\nBT\n1 0 0 1 10 70 Tm\n[(\x00\x02)] TJ\nET\n',
    );
  });

  it('scales advances by a horizontal scale (w:w): 150% sets 150 Tz, glyphs 1.5 times as far apart, reset after', () => {
    const fonts = new Map([['f', { name: 'F1', glyphs: widths }]]);
    // "a" is 443.848 units: at 10 pt and 150% the next glyph is 6.65772 pt further: no adjustment.
    const box: TextBox = {
      kind: 'text',
      y: 10,
      fontKey: 'f',
      size: 10,
      color: '000000',
      scale: 1.5,
      glyphs: [
        { id: 68, x: 50, text: 'a' },
        { id: 69, x: 56.65772, text: 'b' },
      ],
    };
    expect(tjArray(box, widths)).toBe('[(\x00\x02\x00\x03)]');
    // A glyph 3 pt further than its advance: -3 / (10 × 1.5) × 1000 = -200 thousandths.
    expect(tjArray({ ...box, glyphs: [box.glyphs[0]!, { id: 69, x: 59.65772, text: 'b' }] }, widths)).toBe('[(\x00\x02) -200 (\x00\x03)]');
    const plain: TextBox = { ...box, scale: undefined, glyphs: [{ id: 68, x: 10, text: 'a' }] };
    const content = pageContent({ width: 100, height: 100, boxes: [box, plain] }, { fonts, images: new Map() });
    expect(content).toBe(
      'BT\n/F1 10 Tf\n150 Tz\n1 0 0 1 50 90 Tm\n[(\x00\x02\x00\x03)] TJ\n100 Tz\n1 0 0 1 10 90 Tm\n[(\x00\x02)] TJ\nET\n',
    );
  });

  it('writes codes as literal-string bytes, escaping ( ) \\ and line ends, and they read back as the same codes', () => {
    expect(cidCode(0x0041)).toBe('\x00A');
    expect(cidCode(0x2829)).toBe('\\(\\)');
    expect(cidCode(0x5c0a)).toBe('\\\\\\n');
    expect(cidCode(0x0d00)).toBe('\\r\x00');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 40 }), (codes) => {
        const glyphs = new Map(codes.map((c) => [c, { code: cidCode(c), width: 500 }]));
        const box: TextBox = {
          kind: 'text',
          y: 0,
          fontKey: 'f',
          size: 10,
          color: '000000',
          glyphs: codes.map((c, k) => ({ id: c, x: k * 5, text: 'x' })),
        };
        const content = `/F1 10 Tf\n1 0 0 1 0 0 Tm\n${tjArray(box, glyphs)} TJ`;
        expect(tjArray(box, glyphs)).not.toMatch(/[\r\n]/);
        expect(replayText(content, () => new Map()).map((g) => g.code)).toEqual(codes);
      }),
    );
  });
});

describe('toUnicodeCMap', () => {
  it('round-trips single characters, runs, several characters and astral characters', () => {
    const entries = new Map<number, string>([
      [1, ' '],
      [2, 'a'],
      [3, 'b'],
      [4, 'c'],
      [5, 'ệ'],
      [6, 'fi'],
      [7, '😀'],
      [0x1ff, 'x'],
      [0x200, 'y'],
      [9, 'e\u0302\u0323'],
    ]);
    const cmap = toUnicodeCMap(entries);
    expect(cmap).toContain('<0002> <0004> <0061>');
    const back = parseCMap(cmap);
    for (const [code, text] of entries) expect(back.get(code), text).toBe(text.normalize('NFC'));
    expect(utf16Hex('😀')).toBe('D83DDE00');
  });

  it('splits long lists into blocks of at most 100 entries', () => {
    const entries = new Map(Array.from({ length: 250 }, (_, i) => [i * 2 + 1, String.fromCharCode(0x1ea0 + i * 2)] as const));
    const cmap = toUnicodeCMap(entries);
    expect(cmap.match(/^(\d+) beginbfchar$/gm)).toEqual(['100 beginbfchar', '100 beginbfchar', '50 beginbfchar']);
    expect(parseCMap(cmap).size).toBe(250);
  });
});
