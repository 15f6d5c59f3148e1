// Shapes laid out on the page against LibreOffice 7's PDF of the same files (test/engine/shapes-docs.ts):
// the numbers below were read from LibreOffice's output (its content streams and pdf.js baselines),
// with the fonts the engine uses (Tinos for Times New Roman), and are y from the page's top.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import type { Box, LineBox, ShapeBox } from '../../../src/engine/layout/boxes.js';
import { layoutDocument } from '../../../src/engine/layout/document.js';
import { makePng } from '../../images/make-images.js';
import { headerLineDocx, headerLogoDocx, squarePictureDocx, textboxTitleDocx, vmlLegacyDocx } from '../shapes-docs.js';

const fonts = createFontSource();
const firstPage = (bytes: Uint8Array): Box[] => {
  const ir = readDocx(bytes);
  expect(ir.warnings).toEqual([]);
  return layoutDocument(ir, fonts).pages[0]?.boxes ?? [];
};
/** Text lines of a page: baseline and left edge, with the first few characters. */
function textLines(boxes: Box[]): Array<{ y: number; x: number; text: string }> {
  const byY = new Map<number, { y: number; x: number; text: string }>();
  for (const b of boxes) {
    if (b.kind !== 'text' || b.glyphs.length === 0) continue;
    const key = Math.round(b.y * 100);
    const line = byY.get(key) ?? { y: b.y, x: Infinity, text: '' };
    line.x = Math.min(line.x, b.glyphs[0]!.x);
    line.text += b.glyphs.map((g) => g.text).join('');
    byY.set(key, line);
  }
  return [...byY.values()].sort((a, b) => a.y - b.y || a.x - b.x);
}
const lineBoxes = (boxes: Box[]) => boxes.filter((b): b is LineBox => b.kind === 'line');
const shapes = (boxes: Box[]) => boxes.filter((b): b is ShapeBox => b.kind === 'shape');
/** LibreOffice places text 0.15 pt right of the margin in all of these files, shapes or not. */
const LO_TEXT_X = 0.15;

describe('shapes on the page, as LibreOffice lays them out', () => {
  it('draws the rules under the party name and the unit in a header table where LibreOffice does', () => {
    const boxes = firstPage(headerLineDocx());
    const lines = lineBoxes(boxes).map((l) => [l.x1, l.y1, l.x2, l.y2, l.width]);
    // LibreOffice: 150.45 89.60 → 230.45 (0.5 pt) and 343.1 75.70 → 503.1 (0.75 pt).
    expect(lines).toHaveLength(2);
    const [unit, party] = lines as number[][];
    expect(unit![0]).toBeCloseTo(150.45, 1);
    expect(unit![2]).toBeCloseTo(230.45, 1);
    expect(Math.abs(unit![1]! - 89.6)).toBeLessThan(0.1);
    expect(unit![4]).toBe(0.5);
    expect(party![0]).toBeCloseTo(343.1, 1);
    expect(party![2]).toBeCloseTo(503.1, 1);
    expect(Math.abs(party![1]! - 75.7)).toBeLessThan(0.1);
    expect(party![4]).toBe(0.75);
    // The shapes take no room: the text below is where LibreOffice puts it (pdf.js baselines).
    const text = textLines(boxes);
    expect(text.find((l) => l.text.startsWith('BIÊN BẢN'))?.y).toBeCloseTo(130.8, 0);
  });

  it('lays out a text box title centred on the margins, its paragraphs inside, and pushes the text below it', () => {
    const boxes = firstPage(textboxTitleDocx());
    const [ellipse, box] = [shapes(boxes).find((s) => s.geometry === 'ellipse'), shapes(boxes).find((s) => s.geometry === 'rect')];
    // LibreOffice: the rectangle 161.8..461.8 × 56.70..116.70; the ellipse 400..520.05 × 400..480.05, dashed, behind the text.
    expect(box?.x).toBeCloseTo(161.8, 1);
    expect(box?.y).toBeCloseTo(56.7, 1);
    expect([box?.width, box?.height, box?.fill, box?.stroke?.color, box?.stroke?.width]).toEqual([300, 60, 'FFF2CC', 'C00000', 1.5]);
    expect([ellipse?.x, ellipse?.y, ellipse?.width, ellipse?.behindText, ellipse?.stroke?.dash]).toEqual([400, 400, 120, true, 'dash']);
    const text = textLines(boxes);
    const at = (start: string) => text.find((l) => l.text.startsWith(start));
    // Baselines in LibreOffice: the title 85.00 and 100.60 (centred in the box), the body from 129.70 on, 14.95 apart.
    expect(Math.abs(at('BÁO CÁO')!.y - 85.0)).toBeLessThan(0.25);
    expect(Math.abs(at('Năm 2025')!.y - 100.6)).toBeLessThan(0.25);
    expect(Math.abs(at('Đoạn mở đầu')!.y - 129.7)).toBeLessThan(0.25);
    expect(Math.abs(at('Dòng cuối')!.y - 174.5)).toBeLessThan(0.25);
    // Centred text in the box: LibreOffice starts the title at 230.40.
    expect(Math.abs(at('BÁO CÁO')!.x + LO_TEXT_X - 230.4)).toBeLessThan(0.3);
  });

  it('shortens the lines beside a square-wrapped picture and returns to the full width below it', () => {
    const boxes = firstPage(squarePictureDocx(makePng({ width: 40, height: 30, fill: 0x80 })));
    const pic = boxes.find((b) => b.kind === 'image');
    expect(pic).toMatchObject({ x: 85.05, width: 120, height: 90 });
    const text = textLines(boxes);
    // LibreOffice: 7 lines at x 214.20 (baselines 83.80 … 173.50), then 188.50 back at 85.20; 20 lines in all.
    expect(text).toHaveLength(20);
    const beside = text.slice(1, 8);
    for (const l of beside) expect(l.x + LO_TEXT_X).toBeCloseTo(214.2, 1);
    expect(Math.abs(beside[0]!.y - 83.8)).toBeLessThan(0.1);
    expect(Math.abs(beside[6]!.y - 173.5)).toBeLessThan(0.1);
    expect(text[8]!.x + LO_TEXT_X).toBeCloseTo(85.2, 1);
    expect(Math.abs(text[8]!.y - 188.5)).toBeLessThan(0.1);
    expect(text[1]!.text.startsWith('Trong năm qua, các chi bộ trực thuộc đã tập trung lãnh đạo')).toBe(true);
    expect(text[8]!.text.startsWith('Đảng, xây dựng hệ thống chính')).toBe(true);
  });

  it('draws a legacy VML document: the motto rule, a text box wrapped top and bottom, a rounded rectangle', () => {
    const boxes = firstPage(vmlLegacyDocx());
    const [rule] = lineBoxes(boxes);
    // LibreOffice: the rule 235.05 → 405.05 at 88.65 (1 pt); the box 185.05 × 111.55, 250 × 50; the rounded one 85.05 × 211.45, 120 × 40.
    expect([rule?.x1, rule?.x2, rule?.width]).toEqual([235.05, 405.05, 1]);
    expect(Math.abs(rule!.y1 - 88.65)).toBeLessThan(0.1);
    const [box, round] = shapes(boxes);
    expect([box?.x, box?.width, box?.height, box?.fill, box?.stroke?.color]).toEqual([185.05, 250, 50, 'FFFFFF', '1F3864']);
    expect(Math.abs(box!.y - 111.55)).toBeLessThan(0.1);
    expect([round?.geometry, round?.x, round?.width, round?.height]).toEqual(['roundRect', 85.05, 120, 40]);
    expect(Math.abs(round!.y - 211.45)).toBeLessThan(0.1);
    const text = textLines(boxes);
    // LibreOffice's baselines below the box: 173.70, 188.70, 203.60.
    expect(Math.abs(text.find((l) => l.text.startsWith('Đoạn neo'))!.y - 173.7)).toBeLessThan(0.1);
    expect(Math.abs(text.find((l) => l.text.startsWith('Đoạn có hình'))!.y - 203.6)).toBeLessThan(0.1);
  });

  it('keeps the body text beside a square-wrapped logo of the header that reaches into the body', () => {
    const boxes = firstPage(headerLogoDocx(makePng({ width: 40, height: 30, fill: 0x80 })));
    const text = textLines(boxes).filter((l) => !l.text.startsWith('Công ty'));
    // LibreOffice: 6 lines at x 194.20 (baselines 68.90 … 143.60), then 158.60 back at 85.20.
    for (const l of text.slice(0, 6)) expect(l.x + LO_TEXT_X).toBeCloseTo(194.2, 1);
    expect(Math.abs(text[0]!.y - 68.9)).toBeLessThan(0.1);
    expect(text[6]!.x + LO_TEXT_X).toBeCloseTo(85.2, 1);
    expect(Math.abs(text[6]!.y - 158.6)).toBeLessThan(0.1);
  });
});
