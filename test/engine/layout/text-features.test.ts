// Layout of form features with the fixed-pitch fake font (6 pt per glyph at 12 pt; column 50..150 on a 200 pt page):
// tab stops at and past the margin, leaders, shift-returns in justified text, character spacing, shading.
import { describe, expect, it } from 'vitest';
import type { Box, RectBox, TextBox } from '../../../src/engine/layout/boxes.js';
import { layoutDocument } from '../../../src/engine/layout/document.js';
import type { DocumentSettings, Inline, Paragraph, TabStop } from '../../../src/engine/ir.js';
import { doc, fakeFonts, para, run, section, text } from './ir-helpers.js';

const TAB: Inline = { kind: 'tab', style: run() };
const BR: Inline = { kind: 'break', type: 'line', style: run() };
const stop = (pos: number, align: TabStop['align'] = 'right', leader: TabStop['leader'] = 'none'): TabStop => ({ pos, align, leader });

function boxes(paras: Paragraph[], settings: Partial<DocumentSettings> = {}): Box[] {
  const ir = doc([section(paras, 20)]);
  ir.settings = { ...ir.settings, ...settings };
  return layoutDocument(ir, fakeFonts()).pages.flatMap((p) => p.boxes);
}
/** Glyphs by baseline, in order: the lines of the page. */
function lines(all: Box[]) {
  const byY = new Map<number, TextBox['glyphs']>();
  for (const b of all) if (b.kind === 'text') byY.set(b.y, [...(byY.get(b.y) ?? []), ...b.glyphs]);
  return [...byY.entries()].sort((a, b) => a[0] - b[0]).map(([y, g]) => ({ y, text: g.map((x) => x.text).join(''), glyphs: g }));
}
const xOf = (line: { glyphs: TextBox['glyphs'] } | undefined, ch: string) => line?.glyphs.find((g) => g.text === ch)?.x;

describe('tab stops at and past the right margin', () => {
  it('keeps a dotted right tab at the margin on the line, its dots ending at the margin', () => {
    // "ab" ends at 62; the tab fills 62..150 = 88 pt = 1760 twips; a dot is 120 twips: 14 dots, the last ending at 150.
    const l = lines(boxes([para([text('ab'), TAB], { tabs: [stop(100, 'right', 'dot')] })]));
    expect(l.map((x) => x.text)).toEqual(['ab' + '.'.repeat(14)]);
    const dots = l[0]?.glyphs.filter((g) => g.text === '.') ?? [];
    expect(dots[0]?.x).toBeCloseTo(62, 5);
    expect((dots[dots.length - 1]?.x ?? 0) + 6).toBeCloseTo(150, 5);
  });

  it('aligns text to a right stop past the margin, within the page (stop at 120: "x" ends at 170)', () => {
    const l = lines(boxes([para([text('ab'), TAB, text('x')], { tabs: [stop(120)] })]));
    expect(l.map((x) => x.text)).toEqual(['abx']);
    expect(xOf(l[0], 'x')).toBeCloseTo(164, 5);
  });

  it('caps a stop past the page at the page edge (200)', () => {
    const l = lines(boxes([para([text('ab'), TAB, text('x')], { tabs: [stop(400)] })]));
    expect(xOf(l[0], 'x')).toBeCloseTo(194, 5);
  });

  it('honours a stop past the right indent within the column (LibreOffice TabOverSpacing)', () => {
    const l = lines(boxes([para([text('ab'), TAB, text('x')], { tabs: [stop(95)], indentRight: 20 })]));
    expect(xOf(l[0], 'x')).toBeCloseTo(139, 5);
  });

  it('a dotted left stop at the margin ending the paragraph fills to it on the line, as LibreOffice', () => {
    const l = lines(boxes([para([text('ab'), TAB], { tabs: [stop(100, 'left', 'dot')] })]));
    expect(l.map((x) => x.text)).toEqual(['ab' + '.'.repeat(14)]);
  });

  it('under a first-line indent, or with text after it, the same tab starts a line of its own, its dots across it', () => {
    // On a line of its own the tab fills 50..150: 2000 twips / 120 = 16 dots.
    const indented = lines(boxes([para([text('ab'), TAB], { tabs: [stop(100, 'left', 'dot')], firstLine: 10 })]));
    expect(indented.map((x) => x.text)).toEqual(['ab', '.'.repeat(16)]);
    const followed = lines(boxes([para([text('ab'), TAB, text('cd')], { tabs: [stop(100, 'left', 'dot')] })], { tabOverMargin: true }));
    expect(followed.map((x) => x.text)).toEqual(['ab', '.'.repeat(16), 'cd']);
  });

  it('Word 2013 layout: a left stop past the margin with text after it starts a line of its own, as LibreOffice', () => {
    const l = lines(boxes([para([text('ab'), TAB, text('cd')], { tabs: [stop(120, 'left', 'dot')] })]));
    expect(l.map((x) => x.text)).toEqual(['ab', '.'.repeat(16), 'cd']);
  });

  it('Word 2010 layout (tabOverMargin): a left stop past the margin is honoured, the text follows on the line', () => {
    const l = lines(boxes([para([text('ab'), TAB, text('cd')], { tabs: [stop(120, 'left')] })], { tabOverMargin: true }));
    expect(l.map((x) => x.text)).toEqual(['abcd']);
    expect(xOf(l[0], 'c')).toBeCloseTo(170, 5);
  });

  it('fills underscore leaders with one more character than fits, so the rule has no gap (as LibreOffice)', () => {
    const l = lines(boxes([para([text('ab'), TAB], { tabs: [stop(100, 'right', 'underscore')] })]));
    expect(l[0]?.text).toBe('ab' + '_'.repeat(15));
    const last = l[0]?.glyphs[l[0].glyphs.length - 1];
    expect((last?.x ?? 0) + 6).toBeCloseTo(150, 5);
  });

  it('draws a middle-dot leader with U+00B7', () => {
    expect(lines(boxes([para([text('ab'), TAB], { tabs: [stop(100, 'right', 'middleDot')] })]))[0]?.text).toBe('ab' + '\u00b7'.repeat(14));
  });
});

describe('justified lines', () => {
  const words = [text('aaaa bbbb'), BR, text('cc')];
  it('stretches a line ended by a manual line break when the document says so (Word default)', () => {
    const l = lines(boxes([para(words, { align: 'both' })], { expandShiftReturn: true }));
    expect((xOf(l[0], 'b') ?? 0) + 24).toBeCloseTo(150, 5);
  });

  it('leaves it at its natural width with doNotExpandShiftReturn (and in HTML)', () => {
    const l = lines(boxes([para(words, { align: 'both' })]));
    expect(xOf(l[0], 'b')).toBeCloseTo(80, 5);
  });

  it('stretches only what follows the last tab on a line', () => {
    // "a b\tc d …" breaks after "f"; before the tab (left stop at 30) spaces keep their 6 pt.
    const l = lines(boxes([para([text('a b'), TAB, text('c d e f g h i j k')], { align: 'both', tabs: [stop(30, 'left')] })]));
    expect(xOf(l[0], 'b')).toBeCloseTo(62, 5);
    expect(xOf(l[0], 'c')).toBeCloseTo(80, 5);
    expect(xOf(l[0], 'd')).toBeGreaterThan(92);
  });
});

describe('character spacing and position', () => {
  it("adds w:spacing after every character, and centres without the last one's", () => {
    const l = lines(boxes([para([text('ab', { spacing: 2 })], { align: 'center' })]));
    // Used width 6 + 2 + 6 = 14 (the trailing 2 left out): starts at 50 + (100 − 14) / 2 = 93.
    expect(xOf(l[0], 'a')).toBeCloseTo(93, 5);
    expect(xOf(l[0], 'b')).toBeCloseTo(101, 5);
  });

  it('raises a run by w:position and makes its line taller by as much', () => {
    const all = boxes([para([text('a'), text('b', { position: 3 })]), para('c')]);
    const texts = all.filter((b): b is TextBox => b.kind === 'text');
    const a = texts.find((t) => t.glyphs[0]?.text === 'a');
    const b = texts.find((t) => t.glyphs[0]?.text === 'b');
    const c = texts.find((t) => t.glyphs[0]?.text === 'c');
    expect((a?.y ?? 0) - (b?.y ?? 0)).toBeCloseTo(3, 5);
    // The line's ascent grows from 9.6 to 12.6 (its baseline 3 lower), its height from 12 to 15.
    expect(a?.y).toBeCloseTo(50 + 12.6, 5);
    expect(c?.y).toBeCloseTo(50 + 15 + 9.6, 5);
  });
});

describe('shading', () => {
  const rects = (all: Box[]) => all.filter((b): b is RectBox => b.kind === 'rect');

  it("paints run shading behind its characters, the font's height, before the text", () => {
    const all = boxes([para([text('ab'), text('cd', { shading: 'FFFF00' }), text('e')])]);
    expect(rects(all)).toEqual([{ kind: 'rect', x: 62, y: 50, width: 12, height: 12, color: 'FFFF00' }]);
    expect(all.findIndex((b) => b.kind === 'rect')).toBeLessThan(all.findIndex((b) => b.kind === 'text'));
  });

  it('paints paragraph shading between the indents over its lines, not over the space around it', () => {
    const all = boxes([
      para('a', { spaceAfter: 6 }),
      para('b', { shading: 'D9D9D9', indentLeft: 10, indentRight: 20, spaceBefore: 6, spaceAfter: 6 }),
    ]);
    expect(rects(all)).toEqual([{ kind: 'rect', x: 60, y: 68, width: 70, height: 12, color: 'D9D9D9' }]);
  });

  it('joins the shading of consecutive paragraphs with the same fill across the gap between them', () => {
    const shaded = { shading: 'BDD7EE', spaceAfter: 6 };
    const r = rects(boxes([para('a', shaded), para('b', shaded)]));
    expect(r.map((x) => [x.y, x.height])).toEqual([
      [50, 12],
      [62, 18],
    ]);
  });
});
