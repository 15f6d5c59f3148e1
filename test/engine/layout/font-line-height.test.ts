// Lines on the page for Office families: single spacing as Word and LibreOffice give it for each stand-in face.
import { describe, expect, it } from 'vitest';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import { layoutDocxPdf } from '../../../src/engine/index.js';
import { docx } from '../docx/make.js';

const fonts = createFontSource();
const meta = { creator: 'c', producer: 'p' };
/** Distances between the baselines of three single-spaced 12 pt paragraphs in `family`. */
function steps(family: string): number[] {
  const para = (t: string) =>
    `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="${family}" w:hAnsi="${family}"/><w:sz w:val="24"/></w:rPr><w:t>${t}</w:t></w:r></w:p>`;
  const { pages } = layoutDocxPdf(docx({ body: para('Một') + para('Hai') + para('Ba') }), fonts, meta);
  const ys = [...new Set(pages[0]!.boxes.flatMap((b) => (b.kind === 'text' ? [b.y] : [])))].sort((a, b) => a - b);
  return ys.slice(1).map((y, i) => Math.round((y - ys[i]!) * 1000) / 1000);
}

describe('single line spacing per family, in whole twips', () => {
  it("Arial: (1854 + 434 + 67) / 2048 × 12 = 13.7988 pt → 276 twips = 13.8 pt, as Times New Roman (not 17.19 pt from Google's Arimo win metrics)", () => {
    expect(steps('Arial')).toEqual([13.8, 13.8]);
    expect(steps('Times New Roman')).toEqual([13.8, 13.8]);
  });

  it('Calibri: (1950 + 550) / 2048 × 12 = 14.648 pt → 293 twips = 14.65 pt; Courier New: 2320 / 2048 × 12 = 13.594 pt → 272 twips = 13.6 pt', () => {
    expect(steps('Calibri')).toEqual([14.65, 14.65]);
    expect(steps('Courier New')).toEqual([13.6, 13.6]);
  });
});
