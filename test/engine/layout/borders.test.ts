// Paragraph borders: left and right ones outside the text, and adjacent paragraphs with the same borders
// in one box — as LibreOffice 7.4 draws pandoc's code blocks (numbers from its PDF's content stream).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import type { Box, LineBox, TextBox } from '../../../src/engine/layout/boxes.js';
import { layoutDocument } from '../../../src/engine/layout/document.js';
import type { Border, Paragraph, ParagraphStyle } from '../../../src/engine/ir.js';
import { doc, fakeFonts, para, section } from './ir-helpers.js';

const border = (space: number): Border => ({ style: 'single', width: 0.5, color: '000000', space });
const BOXED: Partial<ParagraphStyle> = { borderTop: border(1), borderBottom: border(1), borderLeft: border(4), borderRight: border(4) };
const boxes = (paras: Paragraph[]) => layoutDocument(doc([section(paras)]), fakeFonts()).pages[0]?.boxes ?? [];
const rules = (b: Box[]) => b.filter((x): x is LineBox => x.kind === 'line');
const horizontal = (b: Box[]) => rules(b).filter((l) => l.y1 === l.y2);
const vertical = (b: Box[], x: number) => rules(b).filter((l) => l.x1 === l.x2 && Math.abs(l.x1 - x) < 1e-9);
const baselines = (b: Box[]) => [...new Set(b.filter((x): x is TextBox => x.kind === 'text').map((t) => t.y))];
/** The vertical extent covered by the segments, or undefined when they leave a gap. */
function span(lines: LineBox[]): [number, number] | undefined {
  const s = lines.map((l) => [Math.min(l.y1, l.y2), Math.max(l.y1, l.y2)] as const).sort((a, b) => a[0] - b[0]);
  let end = s[0]?.[1] ?? NaN;
  for (const [top, bottom] of s.slice(1)) {
    if (top > end + 1e-9) return undefined;
    end = Math.max(end, bottom);
  }
  return s.length ? [s[0]?.[0] ?? NaN, end] : undefined;
}

describe('paragraph borders (fake font: 12 pt lines, ascent 9.6; column 50–150)', () => {
  it('joins adjacent paragraphs with the same borders into one box: no borders nor room between them', () => {
    const b = boxes([para('a', BOXED), para('b', BOXED)]);
    // Top border centred 0.25 below the box's top, reaching the outer edges of the side borders (4 + 0.5 out).
    expect(horizontal(b).map((l) => [l.x1, l.y1, l.x2])).toEqual([
      [45.5, 50.25, 154.5],
      [45.5, 50 + 1.5 + 24 + 1 + 0.25, 154.5],
    ]);
    expect(baselines(b)).toEqual([50 + 1.5 + 9.6, 50 + 1.5 + 12 + 9.6]);
    expect(span(vertical(b, 45.75))).toEqual([50, 50 + 1.5 + 24 + 1.5]);
    expect(span(vertical(b, 154.25))).toEqual([50, 50 + 1.5 + 24 + 1.5]);
  });

  it('draws the side borders across the space between the paragraphs of one box', () => {
    const b = boxes([para('a', { ...BOXED, spaceAfter: 6 }), para('b', { ...BOXED, spaceAfter: 6 })]);
    expect(baselines(b)).toEqual([50 + 1.5 + 9.6, 50 + 1.5 + 12 + 6 + 9.6]);
    expect(span(vertical(b, 45.75))).toEqual([50, 50 + 1.5 + 12 + 6 + 12 + 1.5]);
  });

  it('keeps paragraphs with other indents or other borders in boxes of their own', () => {
    const indented = boxes([para('a', BOXED), para('b', { ...BOXED, indentLeft: 10 })]);
    expect(horizontal(indented)).toHaveLength(4);
    const thicker = boxes([para('a', BOXED), para('b', { ...BOXED, borderLeft: { ...border(4), width: 1 } })]);
    expect(horizontal(thicker)).toHaveLength(4);
    expect(baselines(thicker)).toEqual([50 + 1.5 + 9.6, 50 + 3 + 12 + 1.5 + 9.6]);
  });

  it('fills the shading up to the side borders', () => {
    const rect = boxes([para('a', { ...BOXED, shading: 'F2F2F2' })]).find((x) => x.kind === 'rect');
    expect(rect).toMatchObject({ x: 46, width: 108 });
  });
});

describe('pandoc-adjacent-codeblocks.docx from the development corpus', () => {
  const ir = readDocx(readFileSync(new URL('../../../corpus/dev/pandoc-adjacent-codeblocks.docx', import.meta.url)));
  const pages = layoutDocument(ir, createFontSource()).pages;
  const b = pages[0]?.boxes ?? [];

  it('fits on one page, as in LibreOffice, and reports nothing', () => {
    expect(pages).toHaveLength(1);
    expect(ir.warnings).toEqual([]);
  });

  it('draws the code blocks as LibreOffice does: one box per run of code paragraphs', () => {
    // LibreOffice (y from the top of the 792 pt page): top rules at 125.65 and 541.95, bottom ones at 434.6
    // and 567.1, from 67.5 to 544.45; side rules at 67.75 and 544.2 from 125.4 to 434.85 and 541.7 to 567.35.
    const h = horizontal(b).map((l) => [l.x1, l.y1, l.x2]);
    const expected = [
      [67.5, 125.65, 544.45],
      [67.5, 434.6, 544.45],
      [67.5, 541.95, 544.45],
      [67.5, 567.1, 544.45],
    ];
    expect(h).toHaveLength(expected.length);
    // Within 0.1 pt: LibreOffice rounds to 0.05 pt.
    h.sort((p, q) => (p[1] ?? 0) - (q[1] ?? 0)).forEach((row, i) =>
      row.forEach((v, k) => expect(Math.abs(v - (expected[i]?.[k] ?? NaN))).toBeLessThan(0.1)),
    );
    const left = span(vertical(b, 67.75).filter((l) => l.y1 < 450));
    expect(Math.abs((left?.[0] ?? NaN) - 125.4)).toBeLessThan(0.1);
    expect(Math.abs((left?.[1] ?? NaN) - 434.85)).toBeLessThan(0.1);
  });
});
