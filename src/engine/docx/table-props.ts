// Table-level properties (w:tblPr, also inside table styles): borders, cell margins, indent, alignment, shading.
import type { Border, Table } from '../ir.js';
import { parseBorder, parseShading } from './borders.js';
import type { PropsEnv } from './run-props.js';
import { attr, child, elements, intAttr, measure, TWIPS, val, type XElement } from './xml.js';

export type Side = 'top' | 'left' | 'bottom' | 'right';
export type TableSide = Side | 'insideH' | 'insideV';
export type Margins = Partial<Record<Side, number>>;

export interface TblProps {
  styleId?: string;
  borders: Partial<Record<TableSide, Border | 'none'>>;
  margins: Margins;
  indent?: number;
  align?: Table['align'];
  shading?: string;
  /** Rows / columns per band of banded formatting (w:tblStyleRowBandSize, w:tblStyleColBandSize). */
  rowBand?: number;
  colBand?: number;
}

/** Cell-level properties a table style (or one of its conditional formats) gives its cells (w:tcPr). */
export interface CellProps {
  /** Sides of the region the format covers: outer sides, and insideH/insideV between its cells. */
  borders: Partial<Record<TableSide, Border | 'none'>>;
  shading?: string;
  margins: Margins;
  vAlign?: string;
}

/** Which conditional formats of its style a table shows (w:tblLook). */
export interface TblLook {
  firstRow: boolean;
  lastRow: boolean;
  firstColumn: boolean;
  lastColumn: boolean;
  hBand: boolean;
  vBand: boolean;
}

const SIDE_NAMES: Record<string, TableSide> = {
  'w:top': 'top',
  'w:left': 'left',
  'w:start': 'left',
  'w:bottom': 'bottom',
  'w:right': 'right',
  'w:end': 'right',
  'w:insideH': 'insideH',
  'w:insideV': 'insideV',
};
const ALIGN: Record<string, Table['align']> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right' };

/** Border sides of a w:tblBorders or w:tcBorders element. */
export function parseBorderSet(el: XElement | undefined, env: PropsEnv): Partial<Record<TableSide, Border | 'none'>> {
  const out: Partial<Record<TableSide, Border | 'none'>> = {};
  for (const side of elements(el)) {
    const name = SIDE_NAMES[side.name];
    if (name) out[name] = parseBorder(side, env);
    else if (side.name === 'w:tl2br' || side.name === 'w:tr2bl') {
      if (parseBorder(side, env) !== 'none') env.note(side.name);
    }
  }
  return out;
}

/** A width in points from w:w when its type is dxa (or absent); percentages and auto give undefined. */
export function dxa(el: XElement | undefined): number | undefined {
  if (!el) return undefined;
  const type = attr(el, 'w:type') ?? 'dxa';
  if (type !== 'dxa') return undefined;
  return measure(el, 'w:w', TWIPS);
}

/** A w:tblCellMar or w:tcMar element. */
export function parseMargins(el: XElement | undefined): Margins {
  const out: Margins = {};
  for (const side of elements(el)) {
    const name = SIDE_NAMES[side.name];
    const w = dxa(side);
    if (w !== undefined && name && name !== 'insideH' && name !== 'insideV') out[name] = Math.max(0, w);
  }
  return out;
}

export function parseTblPr(tblPr: XElement | undefined, env: PropsEnv): TblProps {
  const p: TblProps = { borders: parseBorderSet(child(tblPr, 'w:tblBorders'), env), margins: parseMargins(child(tblPr, 'w:tblCellMar')) };
  const style = val(child(tblPr, 'w:tblStyle'));
  if (style) p.styleId = style;
  const ind = dxa(child(tblPr, 'w:tblInd'));
  if (ind !== undefined) p.indent = ind;
  const jc = val(child(tblPr, 'w:jc'));
  if (jc && ALIGN[jc]) p.align = ALIGN[jc];
  const shd = child(tblPr, 'w:shd');
  if (shd) p.shading = parseShading(shd) ?? 'none';
  const rowBand = intAttr(child(tblPr, 'w:tblStyleRowBandSize'), 'w:val');
  if (rowBand !== undefined && rowBand > 0) p.rowBand = rowBand;
  const colBand = intAttr(child(tblPr, 'w:tblStyleColBandSize'), 'w:val');
  if (colBand !== undefined && colBand > 0) p.colBand = colBand;
  if (child(tblPr, 'w:tblpPr')) env.note('w:tblpPr');
  if (child(tblPr, 'w:bidiVisual')) env.note('w:bidiVisual');
  return p;
}

/** `top` over `base`, side by side. */
export function overlayTbl(base: TblProps, top: TblProps): TblProps {
  const out: TblProps = { ...base, borders: { ...base.borders, ...top.borders }, margins: { ...base.margins, ...top.margins } };
  if (top.styleId !== undefined) out.styleId = top.styleId;
  if (top.indent !== undefined) out.indent = top.indent;
  if (top.align !== undefined) out.align = top.align;
  if (top.shading !== undefined) out.shading = top.shading;
  if (top.rowBand !== undefined) out.rowBand = top.rowBand;
  if (top.colBand !== undefined) out.colBand = top.colBand;
  return out;
}

/** A style's w:tcPr: borders of the region, shading ('none' when it clears), margins, vertical alignment. */
export function parseCellPr(tcPr: XElement | undefined, env: PropsEnv): CellProps {
  const p: CellProps = { borders: parseBorderSet(child(tcPr, 'w:tcBorders'), env), margins: parseMargins(child(tcPr, 'w:tcMar')) };
  const shd = child(tcPr, 'w:shd');
  if (shd) p.shading = parseShading(shd) ?? 'none';
  const v = val(child(tcPr, 'w:vAlign'));
  if (v) p.vAlign = v;
  return p;
}

/** `top` over `base`, side by side. */
export function overlayCell(base: CellProps, top: CellProps): CellProps {
  const out: CellProps = { ...base, borders: { ...base.borders, ...top.borders }, margins: { ...base.margins, ...top.margins } };
  if (top.shading !== undefined) out.shading = top.shading;
  if (top.vAlign !== undefined) out.vAlign = top.vAlign;
  return out;
}

/** Bits of the old hexadecimal form of w:tblLook (w:val="04A0"). */
const LOOK_BITS = { firstRow: 0x20, lastRow: 0x40, firstColumn: 0x80, lastColumn: 0x100, noHBand: 0x200, noVBand: 0x400 };

/**
 * w:tblLook in either form: the attributes (w:firstRow="1" …, as Word reads them) win over the
 * hexadecimal w:val. Without a w:val, what an attribute does not say is Word's default for a new
 * table, 04A0 (header row, first column, banded rows), which LibreOffice also assumes.
 */
export function parseLook(el: XElement | undefined): TblLook {
  const hex = Number.parseInt(attr(el, 'w:val') ?? '04A0', 16);
  const bits = Number.isFinite(hex) ? hex : 0;
  const flag = (name: keyof typeof LOOK_BITS): boolean => {
    const a = attr(el, `w:${name}`);
    if (a !== undefined) return ['1', 'true', 'on'].includes(a.trim().toLowerCase());
    return (bits & LOOK_BITS[name]) !== 0;
  };
  return {
    firstRow: flag('firstRow'),
    lastRow: flag('lastRow'),
    firstColumn: flag('firstColumn'),
    lastColumn: flag('lastColumn'),
    hBand: !flag('noHBand'),
    vBand: !flag('noVBand'),
  };
}
