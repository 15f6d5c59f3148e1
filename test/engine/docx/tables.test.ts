// Tables: grid, spans, vertical merges, borders from styles/table/cells, margins, row flags, nesting, style paragraphs.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import type { Table } from '../../../src/engine/ir.js';
import { docx, p, paragraphs, tables, textOf } from './make.js';

const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(text)}</w:tc>`;
const tr = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;
const tbl = (tblPr: string, cols: number[], rows: string) =>
  `<w:tbl><w:tblPr>${tblPr}</w:tblPr><w:tblGrid>${cols.map((c) => `<w:gridCol w:w="${c}"/>`).join('')}</w:tblGrid>${rows}</w:tbl>`;
const B = (side: string, val = 'single', sz = 4) => `<w:${side} w:val="${val}" w:sz="${sz}" w:space="0" w:color="auto"/>`;
const line = (width: number) => ({ style: 'single', width, color: '000000', space: 0 });

const GRID_STYLE =
  '<w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/><w:pPr><w:spacing w:after="0"/></w:pPr>' +
  `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => B(s)).join('')}</w:tblBorders>` +
  '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="table" w:styleId="Thick"><w:basedOn w:val="Grid"/><w:tblPr><w:tblBorders><w:top w:val="double" w:sz="8"/></w:tblBorders></w:tblPr></w:style>';

function read(body: string, styles = ''): { table: Table; warnings: string[] } {
  const ir = readDocx(docx({ body, styles: '<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr></w:pPrDefault></w:docDefaults>' + styles }));
  const table = tables(ir.sections[0]?.blocks ?? [])[0];
  if (!table) throw new Error('no table');
  return { table, warnings: ir.warnings.map((w) => w.element) };
}

describe('tables', () => {
  it('reads the grid, indent, alignment, spans and vertical merges', () => {
    const { table } = read(
      tbl('<w:tblInd w:w="200" w:type="dxa"/><w:jc w:val="center"/>', [2000, 3000, 1000], tr(tc('a', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>') + tc('b')) + tr(tc('', '<w:gridSpan w:val="2"/><w:vMerge/>') + tc('c'))),
    );
    expect(table).toMatchObject({ columns: [100, 150, 50], indent: 10, align: 'center' });
    expect(table.rows.map((r) => r.cells.map((c) => [c.span, c.vMerge]))).toEqual([[[2, 'restart'], [1, 'none']], [[2, 'continue'], [1, 'none']]]);
  });

  it('uses 5.4 pt left/right cell margins by default; table and cell margins override', () => {
    const { table } = read(
      tbl('<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="0" w:type="dxa"/></w:tblCellMar>', [1000, 1000], tr(tc('a') + tc('b', '<w:tcMar><w:right w:w="200" w:type="dxa"/><w:bottom w:w="20" w:type="dxa"/></w:tcMar>'))),
    );
    expect(table.rows[0]?.cells.map((c) => c.margins)).toEqual([{ top: 2, left: 0, bottom: 0, right: 5.4 }, { top: 2, left: 0, bottom: 1, right: 10 }]);
    expect(read(tbl('', [1000], tr(tc('a')))).table.rows[0]?.cells[0]?.margins).toEqual({ top: 0, left: 5.4, bottom: 0, right: 5.4 });
  });

  it('assigns outer and inside borders by position; cell borders override; nil removes', () => {
    const { table } = read(
      tbl('<w:tblStyle w:val="Grid"/><w:tblBorders><w:insideV w:val="nil"/></w:tblBorders>', [1000, 1000], tr(tc('a') + tc('b', `<w:tcBorders>${B('top', 'single', 16)}<w:bottom w:val="none"/></w:tcBorders>`)) + tr(tc('c') + tc('d'))),
      GRID_STYLE,
    );
    const [a, b, c, d] = table.rows.flatMap((r) => r.cells.map((x) => x.borders));
    expect(a).toEqual({ top: line(0.5), bottom: line(0.5), left: line(0.5) });
    expect(b).toEqual({ top: line(2), right: line(0.5) });
    expect(c).toEqual({ top: line(0.5), bottom: line(0.5), left: line(0.5) });
    expect(d).toEqual({ top: line(0.5), bottom: line(0.5), right: line(0.5) });
    expect(table.rows[0]?.cells[0]?.margins).toMatchObject({ left: 2.85, right: 2.85 });
  });

  it('inherits table style borders through basedOn and applies the style paragraph properties to cells', () => {
    const { table } = read(tbl('<w:tblStyle w:val="Thick"/>', [1000], tr(tc('a'))), GRID_STYLE);
    const cell = table.rows[0]?.cells[0];
    expect(cell?.borders.top).toEqual({ style: 'double', width: 1, color: '000000', space: 0 });
    expect(cell?.borders.bottom).toEqual(line(0.5));
    expect(paragraphs(cell?.blocks ?? [])[0]?.style.spaceAfter).toBe(0);
  });

  it('reads row flags and heights, vertical alignment and shading', () => {
    const { table } = read(
      tbl('<w:shd w:val="clear" w:color="auto" w:fill="EEEEEE"/>', [1000],
        tr(tc('h', '<w:vAlign w:val="center"/>'), '<w:tblHeader/><w:cantSplit/><w:trHeight w:val="400" w:hRule="exact"/>') +
        tr(tc('b', '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/><w:vAlign w:val="bottom"/>'), '<w:trHeight w:val="300"/>') +
        tr(tc('c', '<w:shd w:val="clear" w:fill="auto"/>'), '<w:cantSplit w:val="0"/>')),
    );
    expect(table.rows.map((r) => [r.header, r.cantSplit, r.height])).toEqual([[true, true, { rule: 'exact', value: 20 }], [false, false, { rule: 'atLeast', value: 15 }], [false, false, undefined]]);
    expect(table.rows.map((r) => [r.cells[0]?.vAlign, r.cells[0]?.shading])).toEqual([['center', 'EEEEEE'], ['bottom', 'D9D9D9'], ['top', 'EEEEEE']]);
  });

  it('reads nested tables inside cells, recursively', () => {
    const inner = tbl('', [500, 500], tr(tc('x') + tc('y')));
    const { table } = read(tbl('', [1000, 1000], tr(`<w:tc>${p('before')}${inner}${p('after')}</w:tc>` + tc('z'))));
    const blocks = table.rows[0]?.cells[0]?.blocks ?? [];
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const nested = tables(blocks)[0];
    expect(nested?.columns).toEqual([25, 25]);
    expect(paragraphs(nested ? [nested] : []).map((x) => textOf(x.inlines))).toEqual(['x', 'y']);
  });

  it('fills a missing grid from cell widths and leaves gridBefore gaps empty and borderless', () => {
    const body = `<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('a', '<w:tcW w:w="2000" w:type="dxa"/>')}</w:tr></w:tbl>`;
    const { table } = read(body, GRID_STYLE);
    expect(table.columns).toEqual([72, 100]);
    expect(table.rows[0]?.cells[0]).toMatchObject({ span: 1, blocks: [], borders: {} });
    expect(table.rows[0]?.cells[1]?.borders.left).toEqual(line(0.5));
  });

  it('warns that conditional table-style formatting is not applied', () => {
    const styles = '<w:style w:type="table" w:styleId="Banded"><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>';
    expect(read(tbl('<w:tblStyle w:val="Banded"/>', [1000], tr(tc('a'))), styles).warnings).toEqual(['w:tblStylePr']);
  });
});
