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
  const ir = readDocx(
    docx({
      body,
      styles: '<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr></w:pPrDefault></w:docDefaults>' + styles,
    }),
  );
  const table = tables(ir.sections[0]?.blocks ?? [])[0];
  if (!table) throw new Error('no table');
  return { table, warnings: ir.warnings.map((w) => w.element) };
}

describe('tables', () => {
  it('reads the grid, indent, alignment, spans and vertical merges', () => {
    const { table } = read(
      tbl(
        '<w:tblInd w:w="200" w:type="dxa"/><w:jc w:val="center"/>',
        [2000, 3000, 1000],
        tr(tc('a', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>') + tc('b')) +
          tr(tc('', '<w:gridSpan w:val="2"/><w:vMerge/>') + tc('c')),
      ),
    );
    expect(table).toMatchObject({ columns: [100, 150, 50], indent: 10, align: 'center' });
    expect(table.rows.map((r) => r.cells.map((c) => [c.span, c.vMerge]))).toEqual([
      [
        [2, 'restart'],
        [1, 'none'],
      ],
      [
        [2, 'continue'],
        [1, 'none'],
      ],
    ]);
  });

  it('uses 5.4 pt left/right cell margins by default; table and cell margins override', () => {
    const { table } = read(
      tbl(
        '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="0" w:type="dxa"/></w:tblCellMar>',
        [1000, 1000],
        tr(tc('a') + tc('b', '<w:tcMar><w:right w:w="200" w:type="dxa"/><w:bottom w:w="20" w:type="dxa"/></w:tcMar>')),
      ),
    );
    expect(table.rows[0]?.cells.map((c) => c.margins)).toEqual([
      { top: 2, left: 0, bottom: 0, right: 5.4 },
      { top: 2, left: 0, bottom: 1, right: 10 },
    ]);
    expect(read(tbl('', [1000], tr(tc('a')))).table.rows[0]?.cells[0]?.margins).toEqual({ top: 0, left: 5.4, bottom: 0, right: 5.4 });
  });

  it('assigns outer and inside borders by position; cell borders override; nil removes', () => {
    const { table } = read(
      tbl(
        '<w:tblStyle w:val="Grid"/><w:tblBorders><w:insideV w:val="nil"/></w:tblBorders>',
        [1000, 1000],
        tr(tc('a') + tc('b', `<w:tcBorders>${B('top', 'single', 16)}<w:bottom w:val="none"/></w:tcBorders>`)) + tr(tc('c') + tc('d')),
      ),
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
      tbl(
        '<w:shd w:val="clear" w:color="auto" w:fill="EEEEEE"/>',
        [1000],
        tr(tc('h', '<w:vAlign w:val="center"/>'), '<w:tblHeader/><w:cantSplit/><w:trHeight w:val="400" w:hRule="exact"/>') +
          tr(tc('b', '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/><w:vAlign w:val="bottom"/>'), '<w:trHeight w:val="300"/>') +
          tr(tc('c', '<w:shd w:val="clear" w:fill="auto"/>'), '<w:cantSplit w:val="0"/>'),
      ),
    );
    expect(table.rows.map((r) => [r.header, r.cantSplit, r.height])).toEqual([
      [true, true, { rule: 'exact', value: 20 }],
      [false, false, { rule: 'atLeast', value: 15 }],
      [false, false, undefined],
    ]);
    expect(table.rows.map((r) => [r.cells[0]?.vAlign, r.cells[0]?.shading])).toEqual([
      ['center', 'EEEEEE'],
      ['bottom', 'D9D9D9'],
      ['top', 'EEEEEE'],
    ]);
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

  describe('conditional formats of a table style (as LibreOffice 7.4 paints them)', () => {
    const cond = (type: string, inner: string) => `<w:tblStylePr w:type="${type}">${inner}</w:tblStylePr>`;
    const shd = (fill: string) => `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>`;
    const STYLE =
      '<w:style w:type="table" w:styleId="Banded"><w:tblPr><w:tblBorders>' +
      ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((x) => B(x)).join('') +
      '</w:tblBorders></w:tblPr>' +
      cond(
        'firstRow',
        `<w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tcPr><w:tcBorders>${B('top', 'single', 12)}<w:insideV w:val="nil"/></w:tcBorders>${shd('1F3864')}</w:tcPr>`,
      ) +
      cond('lastRow', `<w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders>${B('top', 'double', 4)}</w:tcBorders></w:tcPr>`) +
      cond('firstCol', '<w:rPr><w:i/></w:rPr>') +
      cond('band1Vert', `<w:tcPr>${shd('FFE599')}</w:tcPr>`) +
      cond('band1Horz', `<w:tcPr>${shd('D9E2F3')}</w:tcPr>`) +
      '</w:style>';
    const grid = (look: string, n: number) =>
      tbl(
        `<w:tblStyle w:val="Banded"/>${look}`,
        [1000, 1000, 1000],
        Array.from({ length: n }, (_, i) => tr(tc(`r${i}a`) + tc(`r${i}b`) + tc(`r${i}c`))).join(''),
      );
    const fills = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.shading ?? '-').join(' '));
    const runs = (t: Table) =>
      t.rows.map((r) =>
        r.cells
          .map((c) => {
            const s = paragraphs(c.blocks)[0]?.inlines[0];
            return s?.kind === 'text'
              ? `${s.style.bold ? 'b' : ''}${s.style.italic ? 'i' : ''}${s.style.color === 'FFFFFF' ? 'w' : ''}` || '-'
              : '?';
          })
          .join(' '),
      );

    it('applies the header row, total row and first column the attributes of w:tblLook switch on, and banded rows after the header', () => {
      const { table, warnings } = read(
        grid('<w:tblLook w:val="04E0" w:firstRow="1" w:lastRow="1" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>', 5),
        STYLE,
      );
      expect(warnings).toEqual([]);
      expect(fills(table)).toEqual(['1F3864 1F3864 1F3864', 'D9E2F3 D9E2F3 D9E2F3', '- - -', 'D9E2F3 D9E2F3 D9E2F3', '- - -']);
      expect(runs(table)).toEqual(['biw bw bw', 'i - -', 'i - -', 'i - -', 'bi b b']);
      const [a, b] = table.rows[0]?.cells ?? [];
      expect(a?.borders.top).toEqual(line(1.5));
      expect([a?.borders.right, b?.borders.left]).toEqual([undefined, undefined]);
      expect(table.rows[4]?.cells[1]?.borders.top).toEqual({ style: 'double', width: 0.5, color: '000000', space: 0 });
      expect(table.rows[3]?.cells[1]?.borders.top).toEqual(line(0.5));
    });

    it('reads the hexadecimal w:tblLook (0020: header row, both bandings) and lets a column band cover a row band', () => {
      const { table } = read(grid('<w:tblLook w:val="0020"/>', 4), STYLE);
      expect(fills(table)).toEqual(['1F3864 1F3864 1F3864', 'FFE599 D9E2F3 FFE599', 'FFE599 - FFE599', 'FFE599 D9E2F3 FFE599']);
      expect(runs(table)[1]).toBe('- - -');
    });

    it("takes 04A0 when w:tblLook is absent, and the cell's own shading over the style's", () => {
      const body = tbl('<w:tblStyle w:val="Banded"/>', [1000, 1000], tr(tc('h') + tc('h')) + tr(tc('x', shd('00FF00')) + tc('y')));
      const { table } = read(body, STYLE);
      expect(fills(table)).toEqual(['1F3864 1F3864', '00FF00 D9E2F3']);
      expect(runs(table)).toEqual(['biw bw', 'i -']);
    });

    it('counts bands of w:tblStyleRowBandSize rows', () => {
      const styles = STYLE.replace('<w:tblPr><w:tblBorders>', '<w:tblPr><w:tblStyleRowBandSize w:val="2"/><w:tblBorders>');
      const { table } = read(grid('<w:tblLook w:val="0420"/>', 6), styles);
      expect(fills(table).map((f) => f.split(' ')[0])).toEqual(['1F3864', 'D9E2F3', 'D9E2F3', '-', '-', 'D9E2F3']);
    });
  });

  it("applies a row's exceptions (w:tblPrEx): its borders at the row's own top and bottom, its shading", () => {
    const ex = `<w:tblPrEx><w:tblBorders>${B('top', 'single', 24)}<w:insideV w:val="nil"/></w:tblBorders><w:shd w:val="clear" w:color="auto" w:fill="E2EFD9"/></w:tblPrEx>`;
    const { table, warnings } = read(
      tbl(
        '<w:tblStyle w:val="Grid"/>',
        [1000, 1000],
        tr(tc('a') + tc('b')) + `<w:tr>${ex}${tc('c')}${tc('d')}</w:tr>` + tr(tc('e') + tc('f')),
      ),
      GRID_STYLE,
    );
    expect(warnings).toEqual([]);
    const [c, d] = table.rows[1]?.cells ?? [];
    expect([c?.borders.top, c?.borders.right, d?.borders.left, d?.borders.right]).toEqual([line(3), undefined, undefined, line(0.5)]);
    expect(table.rows.map((r) => r.cells[0]?.shading)).toEqual([undefined, 'E2EFD9', undefined]);
  });

  it("measures a table's indent to its first cell's text before Word 2013 (compatibilityMode < 15), to its border after", () => {
    const body = tbl('<w:tblInd w:w="200" w:type="dxa"/>', [1000], tr(tc('a')));
    const at = (settings: string) => tables(readDocx(docx({ body, settings })).sections[0]?.blocks ?? [])[0]?.indent;
    expect(at('')).toBeCloseTo(10 - 5.4, 9);
    expect(
      at('<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'),
    ).toBe(10);
  });
});
