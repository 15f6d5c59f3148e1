// Conditional formats of a table style (w:tblStylePr): which cover a cell (w:tblLook, band sizes) and what they give it.
import type { Border } from '../ir.js';
import type { ParaProps } from './para-props.js';
import { overlayPara } from './para-props.js';
import { overlay, type RunProps } from './run-props.js';
import type { ConditionalFormat, ResolvedStyle } from './styles.js';
import { overlayCell, type CellProps, type Side, type TableSide, type TblLook } from './table-props.js';

/**
 * The conditional formats, listed in the order covering() lays them over each other (later ones
 * winning), as LibreOffice applies them: banded rows, banded columns (a cell in both takes the column's shading), first/last
 * column, first/last row, then the corner cells.
 */
type Kind =
  | 'band1Horz'
  | 'band2Horz'
  | 'band1Vert'
  | 'band2Vert'
  | 'firstCol'
  | 'lastCol'
  | 'firstRow'
  | 'lastRow'
  | 'swCell'
  | 'seCell'
  | 'nwCell'
  | 'neCell';

/** Where a cell stands in its table: rows and grid columns, zero-based. */
export interface CellPosition {
  row: number;
  rows: number;
  col: number;
  span: number;
  cols: number;
}

/** The rectangle of cells a conditional format covers, for its outer and inside borders. */
interface Region {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What a cell takes from its table style: paragraph and run layers, and cell properties (borders by side). */
export interface CellFormat {
  /** A key naming the formats applied: cells with the same key share one style object. */
  key: string;
  para: ParaProps;
  run: RunProps;
  cell: CellProps;
  borders: Partial<Record<Side, Border | 'none'>>;
}

/** The conditional formats covering a cell, in application order, with the region each covers. */
function covering(pos: CellPosition, look: TblLook, style: ResolvedStyle): Array<[Kind, Region]> {
  const { row, rows, col, span, cols } = pos;
  const lastCol = col + span >= cols;
  const out: Array<[Kind, Region]> = [];
  const firstRow = look.firstRow && row === 0;
  const lastRow = look.lastRow && row === rows - 1 && rows > 1;
  const firstCol = look.firstColumn && col === 0;
  const lastColumn = look.lastColumn && lastCol && cols > 1;
  const rowBand = Math.max(1, style.tbl.rowBand ?? 1);
  const colBand = Math.max(1, style.tbl.colBand ?? 1);
  const all = { top: 0, bottom: rows - 1, left: 0, right: cols - 1 };
  const found = (kind: Kind, region: Region) => {
    if (style.conditions.has(kind)) out.push([kind, region]);
  };
  // Bands are counted after the header row and first column, and skip the rows and columns those formats take.
  if (look.hBand && !firstRow && !lastRow) {
    const skip = look.firstRow ? 1 : 0;
    const band = Math.floor((row - skip) / rowBand);
    const start = skip + band * rowBand;
    found(band % 2 === 0 ? 'band1Horz' : 'band2Horz', { ...all, top: start, bottom: Math.min(rows - 1, start + rowBand - 1) });
  }
  if (look.vBand && !firstCol && !lastColumn) {
    const skip = look.firstColumn ? 1 : 0;
    const band = Math.floor((col - skip) / colBand);
    const start = skip + band * colBand;
    found(band % 2 === 0 ? 'band1Vert' : 'band2Vert', { ...all, left: start, right: Math.min(cols - 1, start + colBand - 1) });
  }
  if (firstCol) found('firstCol', { ...all, left: 0, right: 0 });
  if (lastColumn) found('lastCol', { ...all, left: col, right: cols - 1 });
  if (firstRow) found('firstRow', { ...all, top: 0, bottom: 0 });
  if (lastRow) found('lastRow', { ...all, top: rows - 1, bottom: rows - 1 });
  const here = { top: row, bottom: row, left: col, right: col + span - 1 };
  if (lastRow && firstCol) found('swCell', here);
  if (lastRow && lastColumn) found('seCell', here);
  if (firstRow && firstCol) found('nwCell', here);
  if (firstRow && lastColumn) found('neCell', here);
  return out;
}

/** A format's borders as one cell of its region sees them: outer sides at the region's edges, inside ones within. */
function sidesIn(
  borders: Partial<Record<TableSide, Border | 'none'>>,
  pos: CellPosition,
  r: Region,
): Partial<Record<Side, Border | 'none'>> {
  const out: Partial<Record<Side, Border | 'none'>> = {};
  const pick = (side: Side, edge: boolean, inside: TableSide) => {
    const b = edge ? borders[side] : borders[inside];
    if (b !== undefined) out[side] = b;
  };
  pick('top', pos.row <= r.top, 'insideH');
  pick('bottom', pos.row >= r.bottom, 'insideH');
  pick('left', pos.col <= r.left, 'insideV');
  pick('right', pos.col + pos.span - 1 >= r.right, 'insideV');
  return out;
}

/** What the table style gives the cell at `pos`: its whole-table properties with the conditional formats that cover the cell laid over them. */
export function cellFormat(style: ResolvedStyle, look: TblLook, pos: CellPosition): CellFormat {
  let para = style.para;
  let run = style.run;
  let cell = style.cell;
  let borders = sidesIn(style.cell.borders, pos, { top: 0, bottom: pos.rows - 1, left: 0, right: pos.cols - 1 });
  const kinds: string[] = [];
  for (const [kind, region] of covering(pos, look, style)) {
    const f = style.conditions.get(kind) as ConditionalFormat;
    kinds.push(kind);
    para = overlayPara(para, f.para);
    run = overlay(run, f.run);
    cell = overlayCell(cell, f.cell);
    borders = { ...borders, ...sidesIn({ ...f.tbl.borders, ...f.cell.borders }, pos, region) };
    if (f.tbl.shading !== undefined && f.cell.shading === undefined) cell = { ...cell, shading: f.tbl.shading };
  }
  return { key: kinds.join(' '), para, run, cell, borders };
}
