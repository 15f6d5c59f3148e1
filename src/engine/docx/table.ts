// Tables: grid, rows (cantSplit, header, height), cells (span, vertical merge, margins, borders, shading), nesting.
import type { Block, Border, Cell, CellBorders, Row, Table } from '../ir.js';
import { arraySink, readBlocks } from './blocks.js';
import { parseShading } from './borders.js';
import type { PartContext } from './context.js';
import { dxa, overlayTbl, parseBorderSet, parseMargins, parseTblPr, type Side, type TableSide } from './table-props.js';
import { attr, child, childrenNamed, elements, intAttr, measure, onOff, TWIPS, val, type XElement } from './xml.js';

/** Word's cell margins when nothing sets them: 0.08" left and right. */
const DEFAULT_MARGINS = { top: 0, left: 5.4, bottom: 0, right: 5.4 };
const VALIGN: Record<string, Cell['vAlign']> = { top: 'top', center: 'center', both: 'center', bottom: 'bottom' };

interface RawCell {
  cell: Cell;
  start: number;
  own: Partial<Record<TableSide, Border | 'none'>>;
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

const emptyCell = (span: number): Cell => ({ span, vMerge: 'none', margins: { top: 0, left: 0, bottom: 0, right: 0 }, borders: {}, vAlign: 'top', blocks: [] });

function readCell(tc: XElement, ctx: PartContext, margins: typeof DEFAULT_MARGINS, shading: string | undefined): Omit<RawCell, 'start'> {
  const tcPr = child(tc, 'w:tcPr');
  const env = ctx.env();
  const vm = child(tcPr, 'w:vMerge');
  const fill = parseShading(child(tcPr, 'w:shd')) ?? shading;
  if (child(tcPr, 'w:hMerge')) ctx.warn('w:hMerge');
  const dir = val(child(tcPr, 'w:textDirection'));
  if (dir && dir !== 'lrTb' && dir !== 'tb') ctx.warn('w:textDirection');
  const blocks: Block[] = [];
  readBlocks(elements(tc), ctx, arraySink(blocks));
  const cell: Cell = {
    span: Math.max(1, intAttr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1),
    vMerge: !vm ? 'none' : val(vm) === 'restart' ? 'restart' : 'continue',
    margins: { ...margins, ...parseMargins(child(tcPr, 'w:tcMar')) },
    borders: {},
    vAlign: VALIGN[val(child(tcPr, 'w:vAlign')) ?? 'top'] ?? 'top',
    blocks,
  };
  if (fill) cell.shading = fill;
  const width = dxa(child(tcPr, 'w:tcW'));
  return { cell, own: parseBorderSet(child(tcPr, 'w:tcBorders'), env), ...(width !== undefined ? { width } : {}) };
}

function readRow(tr: XElement, ctx: PartContext, margins: typeof DEFAULT_MARGINS, shading: string | undefined): { row: Row; cells: RawCell[] } {
  const trPr = child(tr, 'w:trPr');
  if (child(tr, 'w:tblPrEx')) ctx.warn('w:tblPrEx');
  const height = child(trPr, 'w:trHeight');
  const rule = attr(height, 'w:hRule') ?? 'atLeast';
  const h = measure(height, 'w:val', TWIPS);
  const row: Row = { cantSplit: onOff(child(trPr, 'w:cantSplit')) ?? false, header: onOff(child(trPr, 'w:tblHeader')) ?? false, cells: [] };
  if (h !== undefined && h > 0 && rule !== 'auto') row.height = { rule: rule === 'exact' ? 'exact' : 'atLeast', value: h };
  const cells: RawCell[] = [];
  let col = 0;
  const gap = (n: number | undefined) => {
    if (n !== undefined && n > 0) { cells.push({ cell: emptyCell(n), start: col, own: {}, gap: true }); col += n; }
  };
  gap(intAttr(child(trPr, 'w:gridBefore'), 'w:val'));
  for (const tc of unwrap(tr, 'w:tc')) {
    const raw = readCell(tc, ctx, margins, shading);
    cells.push({ ...raw, start: col });
    col += raw.cell.span;
  }
  gap(intAttr(child(trPr, 'w:gridAfter'), 'w:val'));
  row.cells = cells.map((c) => c.cell);
  return { row, cells };
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

/** Each cell's borders: its own (w:tcBorders) over the table's outer or inside borders for its position. */
function assignBorders(rows: RawCell[][], tableBorders: Partial<Record<TableSide, Border | 'none'>>, columns: number): void {
  rows.forEach((cells, r) => {
    for (const c of cells) {
      if (c.gap) continue;
      let lastRow = r;
      if (c.cell.vMerge === 'restart') {
        while (rows[lastRow + 1]?.some((d) => d.start === c.start && d.cell.vMerge === 'continue')) lastRow++;
      }
      const pick = (side: Side, outer: boolean, inside: TableSide): Border | undefined => {
        const b = c.own[side] ?? (outer ? tableBorders[side] : tableBorders[inside]);
        return b && b !== 'none' ? b : undefined;
      };
      const borders: CellBorders = {};
      const sides: Array<[Side, Border | undefined]> = [
        ['top', pick('top', r === 0, 'insideH')],
        ['bottom', pick('bottom', lastRow === rows.length - 1, 'insideH')],
        ['left', pick('left', c.start === 0, 'insideV')],
        ['right', pick('right', c.start + c.cell.span >= columns, 'insideV')],
      ];
      for (const [side, b] of sides) if (b) borders[side] = b;
      c.cell.borders = borders;
    }
  });
}

export function readTable(tbl: XElement, ctx: PartContext): Table {
  const direct = parseTblPr(child(tbl, 'w:tblPr'), ctx.env());
  const style = ctx.doc.styles.table(direct.styleId);
  ctx.warnAll(style.notes);
  if (style.conditional) ctx.warn('w:tblStylePr');
  const props = overlayTbl(style.tbl, direct);
  const margins = { ...DEFAULT_MARGINS, ...props.margins };
  const shading = props.shading === 'none' ? undefined : props.shading;
  const outer = ctx.tableStyle;
  ctx.tableStyle = style;
  const read = unwrap(tbl, 'w:tr').filter((tr) => !onOff(child(child(tr, 'w:trPr'), 'w:hidden'))).map((tr) => readRow(tr, ctx, margins, shading));
  ctx.tableStyle = outer;
  const raw = read.map((r) => r.cells);
  const columns = grid(tbl, raw);
  assignBorders(raw, props.borders, columns.length);
  return { kind: 'table', columns, indent: props.indent ?? 0, align: props.align ?? 'left', rows: read.map((r) => r.row) };
}
