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
    out.push({ kind: 'line', x1: horizontal ? x1 : x1 + d, y1: horizontal ? y1 + d : y1, x2: horizontal ? x2 : x2 + d, y2: horizontal ? y2 + d : y2, width: b.width, color: b.color });
  }
  return out;
}

export function layoutTable(t: Table, columnWidth: number, ctx: LayoutContext): TableLayout {
  const width = t.columns.reduce((s, w) => s + w, 0);
  const offset = t.align === 'center' ? (columnWidth - width) / 2 : t.align === 'right' ? columnWidth - width : t.indent;
  const rows = t.rows.map((row, r) => {
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
    return {
      height,
      cantSplit: row.cantSplit,
      header: row.header,
      draw(left: number, top: number, page: number): Box[] {
        const boxes: Box[] = [];
        cells.forEach(({ cell, x, w, content }, i) => {
          const cx = left + offset + x;
          if (cell.shading) boxes.push({ kind: 'rect', x: cx, y: top, width: w, height, color: cell.shading });
          const room = height - topRule - bottomRule - cell.margins.top - cell.margins.bottom - content.height;
          const dy = cell.vAlign === 'center' ? room / 2 : cell.vAlign === 'bottom' ? room : 0;
          boxes.push(...content.draw(cx + cell.margins.left, top + topRule + cell.margins.top + Math.max(0, dy), page));
          const continues = nextRow?.cells[i]?.vMerge === 'continue';
          if (cell.vMerge !== 'continue') boxes.push(...edge(cell.borders.top, cx, top, cx + w, top));
          if (!continues) boxes.push(...edge(cell.borders.bottom, cx, top + height, cx + w, top + height));
          boxes.push(...edge(cell.borders.left, cx, top, cx, top + height));
          boxes.push(...edge(cell.borders.right, cx + w, top, cx + w, top + height));
        });
        return boxes;
      },
    };
  });
  return { rows, width };
}
