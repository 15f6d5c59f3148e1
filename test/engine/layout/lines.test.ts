// Line breaking and placement with a fixed-pitch fake font: 6 pt per glyph at 12 pt, 100 pt column.
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../src/engine/layout/document.js';
import type { TextBox } from '../../../src/engine/layout/boxes.js';
import { doc, fakeFonts, para, section, text } from './ir-helpers.js';

const lines = (p: ReturnType<typeof para>) => {
  const { pages } = layoutDocument(doc([section([p])]), fakeFonts());
  const boxes = pages.flatMap((pg) => pg.boxes).filter((b): b is TextBox => b.kind === 'text');
  const byLine = new Map<number, TextBox['glyphs']>();
  for (const b of boxes) byLine.set(b.y, [...(byLine.get(b.y) ?? []), ...b.glyphs]);
  return [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([y, g]) => ({ y, text: g.map((x) => x.text).join(''), glyphs: g }));
};

describe('line breaking', () => {
  it('fills lines greedily and breaks at spaces (16 glyphs of 6 pt fit in 100 pt)', () => {
    const l = lines(para('aaaa bbbb cccc dddd eeee ffff'));
    expect(l.map((x) => x.text)).toEqual(['aaaa bbbb cccc ', 'dddd eeee ffff']);
  });

  it('lets trailing spaces hang past the right edge', () => {
    // "aaaaaaaaaaaaaaa " is 16 glyphs = 96 pt + space: fits because the space hangs.
    expect(lines(para('aaaaaaaaaaaaaaaa b')).map((x) => x.text)).toEqual(['aaaaaaaaaaaaaaaa ', 'b']);
  });

  it('never breaks inside a Vietnamese syllable, only between syllables', () => {
    const l = lines(para('Hội nghị tổng kết công tác thi đua năm'));
    for (const line of l)
      expect(
        line.text
          .trim()
          .split(' ')
          .every((w) => 'Hội nghị tổng kết công tác thi đua năm'.split(' ').includes(w)),
      ).toBe(true);
  });

  it('breaks after the hyphen of a number range, as Word and LibreOffice do', () => {
    // "aaaaaaaa 2020-2025": 18 glyphs; "aaaaaaaa 2020-" is 14 (84 pt) and fits.
    expect(lines(para('aaaaaaaa 2020-2025')).map((x) => x.text)).toEqual(['aaaaaaaa 2020-', '2025']);
  });

  it('breaks at a space before a solidus, as Word and LibreOffice do ("contents of the /sys/class")', () => {
    // UAX #14 (LB13) would carry "the" to the next line with "/sys/class".
    expect(lines(para('aaaaaaaaa the /sys/class')).map((x) => x.text)).toEqual(['aaaaaaaaa the ', '/sys/class']);
  });

  it('keeps a minus sign with its number and a hyphenated word-number pair whole', () => {
    expect(lines(para('aaaaaaaaaaaa -2025')).map((x) => x.text)).toEqual(['aaaaaaaaaaaa ', '-2025']);
    expect(lines(para('aaaaaaaaa COVID-19')).map((x) => x.text)).toEqual(['aaaaaaaaa ', 'COVID-19']);
  });

  it('cuts a word longer than the line where it overflows', () => {
    expect(lines(para('a'.repeat(20))).map((x) => x.text)).toEqual(['a'.repeat(16), 'a'.repeat(4)]);
  });

  it('justifies every line but the last: words reach the right edge, spaces share the slack', () => {
    const l = lines(para('aaaa bbbb cccc dddd eeee ffff ggg', { align: 'both' }));
    const first = l[0]?.glyphs ?? [];
    const lastVisible = [...first].reverse().find((g) => g.text !== ' ');
    expect((lastVisible?.x ?? 0) + 6).toBeCloseTo(150, 5);
    const last = l[l.length - 1]?.glyphs ?? [];
    expect(last[0]?.x).toBe(50);
    expect((last[last.length - 1]?.x ?? 0) + 6).toBeLessThan(150);
  });

  it('centres and right-aligns', () => {
    expect(lines(para('abcd', { align: 'center' }))[0]?.glyphs[0]?.x).toBe(50 + (100 - 24) / 2);
    expect(lines(para('abcd', { align: 'right' }))[0]?.glyphs[0]?.x).toBe(150 - 24);
  });

  it('indents the first line and hangs a numbering marker before a tab to the left indent', () => {
    const p = para('text', { indentLeft: 30, firstLine: -18 });
    p.marker = { text: '1.', style: p.markStyle };
    const l = lines(p);
    expect(l[0]?.glyphs[0]).toMatchObject({ text: '1', x: 62 });
    expect(l[0]?.glyphs.find((g) => g.text === 't')?.x).toBe(80);
  });

  it('breaks lines at a line break and pages at a page break', () => {
    const { pages } = layoutDocument(
      doc([
        section([
          para([
            text('ab'),
            { kind: 'break', type: 'line', style: para('').markStyle },
            text('cd'),
            { kind: 'break', type: 'page', style: para('').markStyle },
            text('ef'),
          ]),
        ]),
      ]),
      fakeFonts(),
    );
    expect(pages).toHaveLength(2);
  });

  it('reports a character no font has, with where it is', () => {
    const result = layoutDocument(doc([section([para('ok'), para('snow ☃')])]), fakeFonts());
    expect(result.missing).toEqual([{ char: '☃', where: { paragraph: 2 } }]);
  });
});
