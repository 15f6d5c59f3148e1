// Tables: column widths from the grid, cells stacked inside their margins, rows with borders.
import type { Border, Cell, Table } from '../ir.js';
import type { Box } from './boxes.js';
import type { LayoutContext } from './context.js';
import { stackBlocks, type Stacked } from './stack.js';

export interface RowLayout {
  height: number;
  cantSplit: boolean;
  header: boolean;
  /** Boxes of the row with its top-left at (left of the table's column, top). */
  draw(left: number, top: number, page: number): Box[];
  /**
   * A row that may split, cut to fit `available` points: the part for this page and the rest,
   * cut between lines of text. Undefined when the row cannot split or nothing would fit.
   */
  split?(available: number): [RowLayout, RowLayout] | undefined;
}

/** Top and bottom of a box, for deciding which side of a cut it falls on. */
function extent(b: Box): [number, number] {
  // Text counts down to its baseline: descenders may reach into the space below, as lines do.
  if (b.kind === 'text') return [b.y - b.size * 0.9, b.y];
  if (b.kind === 'line') return [Math.min(b.y1, b.y2), Math.max(b.y1, b.y2)];
  return [b.y, b.y + b.height];
}

function shiftBox(b: Box, dy: number): Box {
  if (b.kind === 'line') return { ...b, y1: b.y1 + dy, y2: b.y2 + dy };
  return { ...b, y: b.y + dy };
}

/** A row part made of content boxes (relative to the row's top-left) and its own borders. */
type Content = (page: number, left: number) => Box[];

function rowPart(
  height: number,
  header: boolean,
  content: Content,
  frame: (left: number, top: number, h: number) => Box[],
  splitter?: (available: number) => [RowLayout, RowLayout] | undefined,
): RowLayout {
  return {
    height,
    cantSplit: !splitter,
    header,
    draw: (left, top, page) => [...frame(left, top, height), ...content(page, left).map((b) => shiftBox(b, top))],
    ...(splitter ? { split: splitter } : {}),
  };
}

/** Cuts a row's content boxes at `cut` (row-relative): what ends above goes first, the rest moves up. */
function cutRow(
  boxes: Content,
  height: number,
  available: number,
  minTop: number,
  header: boolean,
  frame: (left: number, top: number, h: number) => Box[],
): [RowLayout, RowLayout] | undefined {
  const probe = boxes(0, 0);
  const below = probe.filter((b) => extent(b)[1] > available);
  if (below.length === 0 || below.length === probe.length) return undefined;
  const restTop = below.reduce((top, b) => Math.min(top, extent(b)[0]), Infinity);
  if (restTop <= minTop) return undefined;
  const shift = restTop - minTop;
  const first: Content = (page, left) => boxes(page, left).filter((b) => extent(b)[1] <= available);
  const rest: Content = (page, left) =>
    boxes(page, left)
      .filter((b) => extent(b)[1] > available)
      .map((b) => shiftBox(b, -shift));
  const restHeight = height - shift;
  const again = (a: number) => cutRow(rest, restHeight, a, minTop, header, frame);
  return [rowPart(available, header, first, frame), rowPart(restHeight, header, rest, frame, again)];
}

export interface TableLayout {
  rows: RowLayout[];
  width: number;
}

function edge(b: Border | undefined, x1: number, y1: number, x2: number, y2: number): Box[] {
  if (!b || b.style === 'none') return [];
  const out: Box[] = [{ kind: 'line', x1, y1, x2, y2, width: b.width, color: b.color }];
  if (b.style === 'double') {
    const d = b.width * 2;
    const horizontal = y1 === y2;
    out.push({
      kind: 'line',
      x1: horizontal ? x1 : x1 + d,
      y1: horizontal ? y1 + d : y1,
      x2: horizontal ? x2 : x2 + d,
      y2: horizontal ? y2 + d : y2,
      width: b.width,
      color: b.color,
    });
  }
  return out;
}

export function layoutTable(t: Table, columnWidth: number, ctx: LayoutContext): TableLayout {
  const width = t.columns.reduce((s, w) => s + w, 0);
  const offset = t.align === 'center' ? (columnWidth - width) / 2 : t.align === 'right' ? columnWidth - width : t.indent;
  const rowsOut: RowLayout[] = [];
  t.rows.forEach((row, r) => {
    let col = 0;
    const cells = row.cells.map((cell: Cell) => {
      const x = t.columns.slice(0, col).reduce((s, w) => s + w, 0);
      const w = t.columns.slice(col, col + cell.span).reduce((s, v) => s + v, 0);
      col += cell.span;
      const inner = Math.max(1, w - cell.margins.left - cell.margins.right);
      const content: Stacked = stackBlocks(cell.vMerge === 'continue' ? [] : cell.blocks, inner, ctx);
      return { cell, x, w, content };
    });
    const nextRow = t.rows[r + 1];
    // A row makes room for its top border, and the last row for its bottom border (as LibreOffice does).
    const lineWidth = (b: Border | undefined) => (b && b.style !== 'none' ? b.width * (b.style === 'double' ? 3 : 1) : 0);
    const topRule = Math.max(0, ...cells.map((c) => (c.cell.vMerge === 'continue' ? 0 : lineWidth(c.cell.borders.top))));
    const bottomRule = nextRow ? 0 : Math.max(0, ...cells.map((c) => lineWidth(c.cell.borders.bottom)));
    const natural = topRule + bottomRule + Math.max(0, ...cells.map((c) => c.content.height + c.cell.margins.top + c.cell.margins.bottom));
    const height = row.height?.rule === 'exact' ? row.height.value : Math.max(natural, row.height?.value ?? 0);
    const frame = (left: number, top: number, h: number): Box[] => {
      const boxes: Box[] = [];
      cells.forEach(({ cell, x, w }, i) => {
        const cx = left + offset + x;
        if (cell.shading) boxes.push({ kind: 'rect', x: cx, y: top, width: w, height: h, color: cell.shading });
        const continues = nextRow?.cells[i]?.vMerge === 'continue';
        if (cell.vMerge !== 'continue') boxes.push(...edge(cell.borders.top, cx, top, cx + w, top));
        if (!continues) boxes.push(...edge(cell.borders.bottom, cx, top + h, cx + w, top + h));
        boxes.push(...edge(cell.borders.left, cx, top, cx, top + h));
        boxes.push(...edge(cell.borders.right, cx + w, top, cx + w, top + h));
      });
      return boxes;
    };
    /** Cell contents relative to the row's top-left corner (x from the table column's left edge). */
    const content: Content = (page, left) =>
      cells.flatMap(({ cell, x, content: c }) => {
        const room = height - topRule - bottomRule - cell.margins.top - cell.margins.bottom - c.height;
        const dy = cell.vAlign === 'center' ? room / 2 : cell.vAlign === 'bottom' ? room : 0;
        return c.draw(left + offset + x + cell.margins.left, topRule + cell.margins.top + Math.max(0, dy), page);
      });
    const minTop = topRule + Math.min(...cells.map((c) => c.cell.margins.top));
    const splitter = row.cantSplit ? undefined : (available: number) => cutRow(content, height, available, minTop, row.header, frame);
    rowsOut.push(rowPart(height, row.header, content, frame, splitter));
  });
  return { rows: rowsOut, width };
}
