// Table-level properties (w:tblPr, also inside table styles): borders, cell margins, indent, alignment, shading.
import type { Border, Table } from '../ir.js';
import { parseBorder, parseShading } from './borders.js';
import type { PropsEnv } from './run-props.js';
import { attr, child, elements, measure, TWIPS, val, type XElement } from './xml.js';

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
}

const SIDE_NAMES: Record<string, TableSide> = {
  'w:top': 'top', 'w:left': 'left', 'w:start': 'left', 'w:bottom': 'bottom', 'w:right': 'right', 'w:end': 'right',
  'w:insideH': 'insideH', 'w:insideV': 'insideV',
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
  return out;
}
