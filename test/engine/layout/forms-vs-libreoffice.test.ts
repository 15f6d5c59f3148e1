// A Word-style form laid out with the real fonts, against LibreOffice 7.4's numbers for the same .docx
// (soffice --convert-to pdf, positions from pdftotext -bbox; rectangles from its content stream).
// A4, margins 1701/1134 twips: the text column runs from 85.05 to 538.6 pt. Times New Roman 13 pt.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import type { Box, RectBox, TextBox } from '../../../src/engine/layout/boxes.js';
import { layoutDocument } from '../../../src/engine/layout/document.js';
import { docx } from '../docx/make.js';

const W = 9071;
const r = (t: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
const TAB = '<w:r><w:tab/></w:r>';
const BR = '<w:r><w:br/></w:r>';
const p = (content: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
const rightDots = (pos: number) => `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${pos}"/></w:tabs>`;
const styles =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>';
const settings = (extra = '') =>
  `<w:defaultTabStop w:val="720"/><w:compat>${extra}<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>`;
const sectPr =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
const SHIFT_RETURNS = p(
  r('Kính gửi: Ban Chấp hành Đảng bộ xã và các đồng chí đảng viên') +
    BR +
    r('Chi bộ thôn Đông báo cáo kết quả thực hiện nhiệm vụ năm 2025 như sau đây') +
    BR +
    r('Căn cứ Điều lệ Đảng'),
  '<w:jc w:val="both"/>',
);

function layout(body: string, compat = '') {
  const ir = readDocx(docx({ body, styles, settings: settings(compat), sectPr }));
  return layoutDocument(ir, createFontSource()).pages[0]?.boxes ?? [];
}
const texts = (boxes: Box[]) => boxes.filter((b): b is TextBox => b.kind === 'text');
/** Baselines with the glyphs on them, top to bottom. */
function lines(boxes: Box[]) {
  const byY = new Map<number, TextBox['glyphs']>();
  for (const t of texts(boxes)) byY.set(Math.round(t.y * 10) / 10, [...(byY.get(Math.round(t.y * 10) / 10) ?? []), ...t.glyphs]);
  return [...byY.entries()].sort((a, b) => a[0] - b[0]).map(([y, glyphs]) => ({ y, text: glyphs.map((g) => g.text).join(''), glyphs }));
}
/** Left edge of the first glyph of `word` on a line (the word must start the match). */
function wordX(line: { text: string; glyphs: TextBox['glyphs'] } | undefined, word: string): number {
  const at = line?.text.indexOf(word) ?? -1;
  if (!line || at < 0) throw new Error(`"${word}" not on the line`);
  return line.glyphs[at]?.x ?? NaN;
}

describe('fill-in lines of a form (dotted right tabs at and past the margin)', () => {
  const l = lines(layout([W, W + 300, W + 1000].map((pos) => p(r(`Họ và tên ${pos}:`) + TAB, rightDots(pos))).join('')));

  it('keeps each on one line, as LibreOffice does', () => {
    expect(l.map((x) => x.text.replace(/\.+$/, ''))).toEqual([`Họ và tên ${W}:`, `Họ và tên ${W + 300}:`, `Họ và tên ${W + 1000}:`]);
  });

  it('runs the dots up to the stop: LibreOffice ends them at 537.7, 552.8 and 587.8 pt', () => {
    const ends = l.map((x) => {
      const last = x.glyphs[x.glyphs.length - 1];
      return (last?.x ?? 0) + 3.25; // a full stop is 0.25 em at 13 pt
    });
    [537.7, 552.8, 587.8].forEach((lo, i) => expect(Math.abs((ends[i] ?? 0) - lo)).toBeLessThan(1));
  });
});

describe('a justified paragraph with shift-returns', () => {
  it('stretches the lines ended by a line break: "gửi:" at 123.5 pt in LibreOffice', () => {
    const l = lines(layout(SHIFT_RETURNS));
    expect(Math.abs(wordX(l[0], 'gửi:') - 123.5)).toBeLessThan(0.3);
    expect(Math.abs(wordX(l[1], 'bộ') - 110.4)).toBeLessThan(0.3);
  });

  it('does not with doNotExpandShiftReturn: "gửi:" at 114.4 pt in LibreOffice', () => {
    const l = lines(layout(SHIFT_RETURNS, '<w:doNotExpandShiftReturn/>'));
    expect(Math.abs(wordX(l[0], 'gửi:') - 114.4)).toBeLessThan(0.3);
  });
});

describe('spaced-out titles and shading', () => {
  const body =
    p(r('BÁO CÁO TỔNG KẾT', '<w:b/><w:spacing w:val="40"/>'), '<w:jc w:val="center"/>') +
    p(r('GIÃN RỘNG', '<w:spacing w:val="100"/>') + r(' thường')) +
    p(r('thường') + r(' rộng', '<w:w w:val="150"/>') + r(' hẹp', '<w:w w:val="50"/>') + r(' kết')) +
    p(r('Đoạn nền thụt lề'), '<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/><w:ind w:left="720" w:right="720"/>') +
    p(
      r('Chữ có ') +
        r('nền đỏ', '<w:shd w:val="clear" w:color="auto" w:fill="FF0000"/>') +
        r(' và ') +
        r('tô sáng vàng', '<w:highlight w:val="yellow"/>'),
    );
  const boxes = layout(body);
  const l = lines(boxes);
  const rects = boxes.filter((b): b is RectBox => b.kind === 'rect');

  it('centres a title with 2 pt spacing as LibreOffice: "BÁO" at 230.7, "KẾT" at 361.6', () => {
    expect(Math.abs(wordX(l[0], 'BÁO') - 230.7)).toBeLessThan(0.3);
    expect(Math.abs(wordX(l[0], 'KẾT') - 361.6)).toBeLessThan(0.3);
  });

  it('spaces letters by 5 pt: "thường" at 206.0 in LibreOffice', () => {
    expect(Math.abs(wordX(l[1], 'thường') - 206.0)).toBeLessThan(0.3);
  });

  it('scales characters by w:w: "hẹp" 37.4 pt and "kết" 50.0 pt after "rộng" (150%, then 50%) in LibreOffice', () => {
    const line = l[2];
    const start = wordX(line, 'rộng');
    expect(Math.abs(wordX(line, 'hẹp') - start - 37.4)).toBeLessThan(0.3);
    expect(Math.abs(wordX(line, 'kết') - start - 50.0)).toBeLessThan(0.3);
  });

  it('shades the indented paragraph from 121.05 to 502.55 pt and runs as LibreOffice (126.1 +34.95, 179.8 +65.65)', () => {
    const [para, red, yellow] = rects;
    expect(para).toMatchObject({ color: 'FFFF00', x: 121.05 });
    // LibreOffice keeps page sizes in 1/100 mm: its right edges come out 0.05 pt short.
    expect(Math.abs((para?.x ?? 0) + (para?.width ?? 0) - 502.55)).toBeLessThan(0.1);
    expect(para?.height).toBeCloseTo(14.95, 1);
    expect(red?.color).toBe('FF0000');
    expect(Math.abs((red?.x ?? 0) - 126.1)).toBeLessThan(0.3);
    expect(Math.abs((red?.width ?? 0) - 34.95)).toBeLessThan(0.3);
    expect(yellow?.color).toBe('FFFF00');
    expect(Math.abs((yellow?.x ?? 0) - 179.8)).toBeLessThan(0.3);
    expect(Math.abs((yellow?.width ?? 0) - 65.65)).toBeLessThan(0.3);
  });

  it("gives a run background the line's height, its bottom at the font's descent (LibreOffice: 14.85 pt, bottom 0.04 pt apart)", () => {
    const red = rects[1];
    const line = l[4];
    expect(Math.abs((red?.height ?? 0) - 14.85)).toBeLessThan(0.2);
    // Tinos descent at 13 pt: 0.2163 em = 2.81 pt below the baseline.
    expect(Math.abs((red?.y ?? 0) + (red?.height ?? 0) - ((line?.y ?? 0) + 2.81))).toBeLessThan(0.1);
  });
});

describe('a left dotted tab at the margin after an indented first line', () => {
  const leftDots = `<w:tabs><w:tab w:val="left" w:leader="dot" w:pos="${W}"/></w:tabs>`;
  const l = lines(
    layout(
      p(r('Thường trú:') + TAB, `${leftDots}<w:ind w:firstLine="709"/><w:jc w:val="both"/>`) +
        p(r('Địa chỉ liên lạc:') + TAB, `${leftDots}<w:ind w:firstLine="709"/><w:jc w:val="both"/>`) +
        p(r('Nơi làm việc:') + TAB + r('xong'), `${leftDots}<w:ind w:firstLine="709"/>`),
    ),
  );

  it('keeps the text on its line and carries the tab with its dots to the next, as LibreOffice does', () => {
    expect(l.map((x) => x.text.replace(/\.{3,}/, '…'))).toEqual([
      'Thường trú:',
      '…',
      'Địa chỉ liên lạc:',
      '…',
      'Nơi làm việc:',
      '…',
      'xong',
    ]);
  });

  it('justifies the line the tab left: "trú:" at 520.7 and "lạc:" at 519.8 pt in LibreOffice, the dots from 85.1', () => {
    expect(Math.abs(wordX(l[0], 'trú:') - 520.7)).toBeLessThan(0.3);
    expect(Math.abs(wordX(l[2], 'lạc:') - 519.8)).toBeLessThan(0.3);
    expect(Math.abs(wordX(l[1], '.') - 85.1)).toBeLessThan(0.3);
    expect(Math.abs(wordX(l[6], 'xong') - 85.2)).toBeLessThan(0.3);
  });
});
