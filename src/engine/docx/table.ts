// Tables: grid, rows (cantSplit, header, height), cells (span, vertical merge, margins, borders, shading), nesting.
import type { Border, Cell, CellBorders, Row, Table } from '../ir.js';
import { readStory } from './blocks.js';
import { parseShading } from './borders.js';
import type { PartContext } from './context.js';
import type { ResolvedStyle } from './styles.js';
import {
  dxa,
  overlayTbl,
  parseBorderSet,
  parseLook,
  parseMargins,
  parseTblPr,
  type Side,
  type TableSide,
  type TblLook,
  type TblProps,
} from './table-props.js';
import { cellFormat, type CellFormat } from './table-style.js';
import { attr, child, childrenNamed, elements, intAttr, measure, onOff, path, textContent, TWIPS, val, type XElement } from './xml.js';

/** Word's cell margins when nothing sets them: 0.08" left and right. */
const DEFAULT_MARGINS = { top: 0, left: 5.4, bottom: 0, right: 5.4 };
const VALIGN: Record<string, Cell['vAlign']> = { top: 'top', center: 'center', both: 'center', bottom: 'bottom' };

interface RawCell {
  cell: Cell;
  start: number;
  own: Partial<Record<TableSide, Border | 'none'>>;
  /** Sides the table style's conditional formats set for this cell (under its own, over the table's). */
  styled?: Partial<Record<Side, Border | 'none'>>;
  width?: number;
  /** A w:gridBefore/w:gridAfter gap: no content, no borders. */
  gap?: boolean;
}

/** Children of a table or row, looking through content controls and custom XML wrappers. */
function unwrap(el: XElement, name: string): XElement[] {
  const out: XElement[] = [];
  for (const c of elements(el)) {
    if (c.name === name) out.push(c);
    else if (c.name === 'w:sdt') out.push(...unwrap(child(c, 'w:sdtContent') ?? c, name));
    else if (c.name === 'w:customXml') out.push(...unwrap(c, name));
  }
  return out;
}

const emptyCell = (span: number): Cell => ({
  span,
  vMerge: 'none',
  margins: { top: 0, left: 0, bottom: 0, right: 0 },
  borders: {},
  vAlign: 'top',
  blocks: [],
});

/** How the table's style formats its cells: the style, the table's w:tblLook, and one style object per set of formats. */
interface Styling {
  style: ResolvedStyle;
  look: TblLook;
  rows: number;
  cols: number;
  byKey: Map<string, ResolvedStyle>;
}

/** The table style as a cell's paragraphs see it: its whole-table layers with the cell's conditional formats. */
function styleFor(s: Styling, f: CellFormat): ResolvedStyle {
  let found = s.byKey.get(f.key);
  if (!found) s.byKey.set(f.key, (found = { ...s.style, para: f.para, run: f.run }));
  return found;
}

function readCell(
  tc: XElement,
  ctx: PartContext,
  margins: typeof DEFAULT_MARGINS,
  shading: string | undefined,
  format: CellFormat | undefined,
  styling: Styling,
): Omit<RawCell, 'start'> {
  const tcPr = child(tc, 'w:tcPr');
  const env = ctx.env();
  const vm = child(tcPr, 'w:vMerge');
  const styled = format?.cell.shading;
  const fill = parseShading(child(tcPr, 'w:shd')) ?? (styled !== undefined ? (styled === 'none' ? undefined : styled) : shading);
  if (child(tcPr, 'w:hMerge')) ctx.warn('w:hMerge');
  // Text kept on one line by widening its column (autofit tables): the grid Word saved is used as it is.
  if (onOff(child(tcPr, 'w:noWrap'))) ctx.warn('w:noWrap');
  // An empty cell whose mark does not count for the row's height: the mark's line is kept.
  if (onOff(child(tcPr, 'w:hideMark')) && textContent(tc).trim() === '') ctx.warn('w:hideMark');
  const dir = val(child(tcPr, 'w:textDirection'));
  if (dir && dir !== 'lrTb' && dir !== 'tb') ctx.warn('w:textDirection');
  if (format) ctx.tableStyle = styleFor(styling, format);
  const blocks = readStory(elements(tc), ctx, 'cell');
  const cell: Cell = {
    span: Math.max(1, intAttr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1),
    vMerge: !vm ? 'none' : val(vm) === 'restart' ? 'restart' : 'continue',
    margins: { ...margins, ...format?.cell.margins, ...parseMargins(child(tcPr, 'w:tcMar')) },
    borders: {},
    vAlign: VALIGN[val(child(tcPr, 'w:vAlign')) ?? format?.cell.vAlign ?? 'top'] ?? 'top',
    blocks,
  };
  if (fill) cell.shading = fill;
  const width = dxa(child(tcPr, 'w:tcW'));
  return {
    cell,
    own: parseBorderSet(child(tcPr, 'w:tcBorders'), env),
    ...(format ? { styled: format.borders } : {}),
    ...(width !== undefined ? { width } : {}),
  };
}

/** Grid columns a row takes (w:gridBefore, its cells' spans, w:gridAfter), before its cells are read. */
function rowColumns(tr: XElement): number {
  const trPr = child(tr, 'w:trPr');
  let n = Math.max(0, intAttr(child(trPr, 'w:gridBefore'), 'w:val') ?? 0) + Math.max(0, intAttr(child(trPr, 'w:gridAfter'), 'w:val') ?? 0);
  for (const tc of unwrap(tr, 'w:tc')) n += Math.max(1, intAttr(path(tc, 'w:tcPr', 'w:gridSpan'), 'w:val') ?? 1);
  return n;
}

interface ReadRow {
  row: Row;
  cells: RawCell[];
  /** The row's exceptions to the table's borders (w:tblPrEx). */
  borders?: TblProps['borders'];
}

function readRow(
  tr: XElement,
  index: number,
  ctx: PartContext,
  tableMargins: typeof DEFAULT_MARGINS,
  tableShading: string | undefined,
  styling: Styling,
): ReadRow {
  const trPr = child(tr, 'w:trPr');
  // Row-level exceptions: the table's borders, shading and cell margins, for this row only.
  const ex = child(tr, 'w:tblPrEx') ? parseTblPr(child(tr, 'w:tblPrEx'), ctx.env()) : undefined;
  if (ex && child(child(tr, 'w:tblPrEx'), 'w:tblCellSpacing')) ctx.warn('w:tblCellSpacing');
  const margins = ex ? { ...tableMargins, ...ex.margins } : tableMargins;
  const shading = ex?.shading !== undefined ? (ex.shading === 'none' ? undefined : ex.shading) : tableShading;
  const height = child(trPr, 'w:trHeight');
  const rule = attr(height, 'w:hRule') ?? 'atLeast';
  const h = measure(height, 'w:val', TWIPS);
  const row: Row = { cantSplit: onOff(child(trPr, 'w:cantSplit')) ?? false, header: onOff(child(trPr, 'w:tblHeader')) ?? false, cells: [] };
  if (h !== undefined && h > 0 && rule !== 'auto') row.height = { rule: rule === 'exact' ? 'exact' : 'atLeast', value: h };
  const cells: RawCell[] = [];
  let col = 0;
  const gap = (n: number | undefined) => {
    if (n !== undefined && n > 0) {
      cells.push({ cell: emptyCell(n), start: col, own: {}, gap: true });
      col += n;
    }
  };
  gap(intAttr(child(trPr, 'w:gridBefore'), 'w:val'));
  const conditional = styling.style.conditions.size > 0;
  for (const tc of unwrap(tr, 'w:tc')) {
    const span = Math.max(1, intAttr(path(tc, 'w:tcPr', 'w:gridSpan'), 'w:val') ?? 1);
    const format = conditional
      ? cellFormat(styling.style, styling.look, { row: index, rows: styling.rows, col, span, cols: styling.cols })
      : undefined;
    const raw = readCell(tc, ctx, margins, shading, format, styling);
    cells.push({ ...raw, start: col });
    col += raw.cell.span;
  }
  gap(intAttr(child(trPr, 'w:gridAfter'), 'w:val'));
  row.cells = cells.map((c) => c.cell);
  return ex && Object.keys(ex.borders).length > 0 ? { row, cells, borders: ex.borders } : { row, cells };
}

/** Grid columns in points; missing columns are taken from the widest row's cell widths. */
function grid(tbl: XElement, rows: RawCell[][]): number[] {
  const columns = childrenNamed(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => Math.max(0, measure(g, 'w:w', TWIPS) ?? 0));
  const needed = Math.max(0, ...rows.map((r) => r.reduce((n, c) => n + c.cell.span, 0)));
  if (columns.length >= needed) return columns;
  const widest = rows.find((r) => r.reduce((n, c) => n + c.cell.span, 0) === needed) ?? [];
  for (const c of widest) {
    for (let i = c.start; i < c.start + c.cell.span; i++) {
      if (i >= columns.length) columns[i] = (c.width ?? 72 * c.cell.span) / c.cell.span;
    }
  }
  return Array.from({ length: needed }, (_, i) => columns[i] ?? 72);
}

/**
 * Each cell's borders: its own (w:tcBorders), then its style's conditional formats, then its row's
 * exceptions (w:tblPrEx: their top and bottom are the row's own edges, as LibreOffice draws them),
 * then the table's outer or inside borders for its position.
 */
function assignBorders(read: ReadRow[], table: Partial<Record<TableSide, Border | 'none'>>, columns: number): void {
  const rows = read.map((r) => r.cells);
  rows.forEach((cells, r) => {
    const ex = read[r]?.borders ?? {};
    for (const c of cells) {
      if (c.gap) continue;
      let lastRow = r;
      if (c.cell.vMerge === 'restart') {
        while (rows[lastRow + 1]?.some((d) => d.start === c.start && d.cell.vMerge === 'continue')) lastRow++;
      }
      const pick = (side: Side, outer: boolean, inside: TableSide, rowEdge: boolean): Border | undefined => {
        const fromRow = rowEdge || outer ? ex[side] : ex[inside];
        const b = c.own[side] ?? c.styled?.[side] ?? fromRow ?? (outer ? table[side] : table[inside]);
        return b && b !== 'none' ? b : undefined;
      };
      const borders: CellBorders = {};
      const sides: Array<[Side, Border | undefined]> = [
        ['top', pick('top', r === 0, 'insideH', true)],
        ['bottom', pick('bottom', lastRow === rows.length - 1, 'insideH', true)],
        ['left', pick('left', c.start === 0, 'insideV', false)],
        ['right', pick('right', c.start + c.cell.span >= columns, 'insideV', false)],
      ];
      for (const [side, b] of sides) if (b) borders[side] = b;
      c.cell.borders = borders;
    }
  });
}

export function readTable(tbl: XElement, ctx: PartContext): Table {
  const tblPr = child(tbl, 'w:tblPr');
  const direct = parseTblPr(tblPr, ctx.env());
  const style = ctx.doc.styles.table(direct.styleId);
  ctx.warnAll(style.notes);
  const props = overlayTbl(style.tbl, direct);
  const margins = { ...DEFAULT_MARGINS, ...props.margins };
  const shading = props.shading === 'none' ? undefined : props.shading;
  const outer = ctx.tableStyle;
  ctx.tableStyle = style;
  const trs = unwrap(tbl, 'w:tr').filter((tr) => !onOff(child(child(tr, 'w:trPr'), 'w:hidden')));
  const cols = style.conditions.size > 0 ? Math.max(childrenNamed(child(tbl, 'w:tblGrid'), 'w:gridCol').length, ...trs.map(rowColumns)) : 0;
  const styling: Styling = { style, look: parseLook(child(tblPr, 'w:tblLook')), rows: trs.length, cols, byKey: new Map() };
  const read = trs.map((tr, i) => readRow(tr, i, ctx, margins, shading, styling));
  ctx.tableStyle = outer;
  const raw = read.map((r) => r.cells);
  const columns = grid(tbl, raw);
  assignBorders(read, props.borders, columns.length);
  const align = props.align ?? 'left';
  const firstMargin = read[0]?.row.cells.find((_, i) => !read[0]?.cells[i]?.gap)?.margins.left ?? 0;
  const indent = (props.indent ?? 0) - (ctx.doc.compatMode < 15 && align === 'left' ? firstMargin : 0);
  return { kind: 'table', columns, indent, align, rows: read.map((r) => r.row) };
}
