// Automatic paragraph spacing ("Normal (Web)": w:beforeAutospacing / w:afterAutospacing) against
// LibreOffice 7.4's PDF of the same .docx (positions from pdftotext -bbox). Lines are exactly 12 pt, so
// the distance between two lines' tops is 12 pt plus the space between their paragraphs.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import type { TextBox } from '../../../src/engine/layout/boxes.js';
import { layoutDocument } from '../../../src/engine/layout/document.js';
import { docx } from '../docx/make.js';

const p = (text: string, style = 'NormalWeb', pPr = '') =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/>${pPr}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const NUM = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
const cell = (inner: string) => `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${inner}</w:tc>`;
const TABLE =
  '<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/></w:tblBorders>' +
  '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>' +
  `<w:tr>${cell(p('C1a') + p('C1b') + p('C1c plain', 'Normal'))}${cell(p('C2a'))}</w:tr>` +
  `<w:tr>${cell(p('R2a'))}${cell(p('R2b plain', 'Normal'))}</w:tr></w:tbl>`;
const BODY =
  p('Z0 plain', 'Normal') +
  p('Z1 direct0', 'NormalWeb', '<w:spacing w:before="0" w:after="0"/>') +
  p('Z2 plain', 'Normal') +
  p('Z3 plain', 'Normal') +
  p('A1') +
  p('A2') +
  p('A3 plain', 'Normal') +
  p('A4') +
  TABLE +
  p('B0 plain', 'Normal') +
  p('B1') +
  p('L1', 'NormalWeb', NUM) +
  p('L2', 'NormalWeb', NUM) +
  p('L3', 'NormalWeb', NUM) +
  p('B2') +
  p('D1', 'NormalWeb', '<w:spacing w:before="0"/>') +
  p('D2', 'NormalWeb', '<w:spacing w:beforeAutospacing="0" w:before="0" w:afterAutospacing="0" w:after="0"/>') +
  p('D3');
const STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:line="240" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="NormalWeb"><w:name w:val="Normal (Web)"/><w:basedOn w:val="Normal"/>' +
  '<w:pPr><w:spacing w:before="100" w:beforeAutospacing="1" w:after="100" w:afterAutospacing="1"/></w:pPr></w:style>';
const NUMBERING =
  '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>' +
  '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
const SECT =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>';

/** The first word of each line and the distance from the line above (first: from the top margin). */
function gaps(compat: string): [string, number][] {
  const ir = readDocx(docx({ body: BODY, styles: STYLES, numbering: NUMBERING, settings: `<w:compat>${compat}</w:compat>`, sectPr: SECT }));
  const texts = (layoutDocument(ir, createFontSource()).pages[0]?.boxes ?? []).filter((b): b is TextBox => b.kind === 'text');
  const firstAt = new Map<number, string>();
  for (const t of [...texts].sort((a, b) => a.y - b.y || (a.glyphs[0]?.x ?? 0) - (b.glyphs[0]?.x ?? 0))) {
    const y = Math.round(t.y * 100) / 100;
    if (!firstAt.has(y))
      firstAt.set(
        y,
        t.glyphs
          .map((g) => g.text)
          .join('')
          .split(' ')[0] ?? '',
      );
  }
  const ys = [...firstAt.keys()];
  return ys.map((y, i) => [firstAt.get(y) ?? '', Math.round((y - (ys[i - 1] ?? y)) * 10) / 10]);
}

describe('automatic paragraph spacing, as LibreOffice 7.4 lays it out', () => {
  it('HTML spacing: 14 pt, none before the first paragraph, at the top and bottom of a cell, or between items of one list', () => {
    // LibreOffice's line tops (pdftotext yMin) 70.2, 82.2, 94.2, 106.2, 132.2, 158.2, … 481.2 pt.
    expect(gaps('')).toEqual([
      ['Z0', 0],
      ['Z1', 12], // a direct w:before="0" replaces the style's automatic space
      ['Z2', 12],
      ['Z3', 12],
      ['A1', 26],
      ['A2', 26], // 14 after and 14 before collapse into 14
      ['A3', 26],
      ['A4', 26],
      ['C1a', 26.5], // 14 after A4 and the 0.5 pt border; nothing at the top of the cell
      ['C1b', 26],
      ['C1c', 26],
      ['R2a', 12],
      ['B0', 12.5], // nothing after the last paragraph of a cell
      ['B1', 26],
      ['1.L1', 26], // the list's numbers and text
      ['2.L2', 12],
      ['3.L3', 12],
      ['B2', 26],
      ['D1', 26],
      ['D2', 26],
      ['D3', 26],
    ]);
  });

  it('with doNotUseHTMLParagraphAutoSpacing: 5 pt, spaces summed, no exceptions but lists', () => {
    expect(gaps('<w:doNotUseHTMLParagraphAutoSpacing/>')).toEqual([
      ['Z0', 0],
      ['Z1', 12],
      ['Z2', 12],
      ['Z3', 12],
      ['A1', 17],
      ['A2', 22],
      ['A3', 17],
      ['A4', 17],
      ['C1a', 22.5],
      ['C1b', 22],
      ['C1c', 17],
      ['R2b', 12], // the plain paragraph beside R2a: at the top of its cell
      ['R2a', 5],
      ['B0', 17.5],
      ['B1', 17],
      ['1.L1', 22],
      ['2.L2', 12],
      ['3.L3', 12],
      ['B2', 22],
      ['D1', 17],
      ['D2', 17],
      ['D3', 17],
    ]);
  });
});
