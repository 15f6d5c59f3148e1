// Paragraph properties (w:pPr): parsing, layering, and the final ParagraphStyle with Word's defaults.
import type { Border, Frame, LineSpacing, ParagraphStyle, TabStop } from '../ir.js';
import type { PropsEnv } from './run-props.js';
import { parseBorder, parseShading } from './borders.js';
import { attr, child, childrenNamed, elements, intAttr, measure, onOff, TWIPS, val, type XElement } from './xml.js';

/** A tab stop set, or an inherited one cleared, at a position (points from the text column's left edge). */
export type TabOp = TabStop | { pos: number; clear: true };

export interface ParaProps {
  pStyle?: string;
  align?: ParagraphStyle['align'];
  indentLeft?: number;
  indentRight?: number;
  firstLine?: number;
  /** Points, or 'auto': Word's automatic spacing (w:beforeAutospacing / w:afterAutospacing), see autospacing.ts. */
  spaceBefore?: number | 'auto';
  spaceAfter?: number | 'auto';
  line?: LineSpacing;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  widowControl?: boolean;
  contextualSpacing?: boolean;
  /** Each layer's tab operations, applied in order. */
  tabs?: TabOp[][];
  borderTop?: Border | 'none';
  borderBottom?: Border | 'none';
  borderLeft?: Border | 'none';
  borderRight?: Border | 'none';
  /** Background colour; 'none' removes an inherited one. */
  shading?: string;
  numId?: string;
  ilvl?: number;
  frame?: Frame;
}

const ALIGN: Record<string, ParagraphStyle['align']> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'both',
  distribute: 'both',
  justify: 'both',
  lowKashida: 'both',
  mediumKashida: 'both',
  highKashida: 'both',
  thaiDistribute: 'both',
};
const TAB_ALIGN: Record<string, TabStop['align']> = {
  left: 'left',
  start: 'left',
  num: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  decimal: 'decimal',
};
/** Word draws a heavy leader as a thick rule; LibreOffice, whose output we match, as underscores. */
const LEADER: Record<string, TabStop['leader']> = {
  dot: 'dot',
  middleDot: 'middleDot',
  hyphen: 'hyphen',
  underscore: 'underscore',
  heavy: 'underscore',
};

function tabs(el: XElement, env: PropsEnv): TabOp[] {
  const ops: TabOp[] = [];
  for (const t of childrenNamed(el, 'w:tab')) {
    const pos = measure(t, 'w:pos', TWIPS);
    const kind = val(t) ?? 'left';
    if (pos === undefined) continue;
    if (kind === 'clear') ops.push({ pos, clear: true });
    else if (kind === 'bar') env.note('w:tab w:val="bar"');
    else ops.push({ pos, align: TAB_ALIGN[kind] ?? 'left', leader: LEADER[attr(t, 'w:leader') ?? 'none'] ?? 'none' });
  }
  return ops;
}

function indent(el: XElement, p: ParaProps, env: PropsEnv): void {
  const left = measure(el, 'w:left', TWIPS) ?? measure(el, 'w:start', TWIPS);
  const right = measure(el, 'w:right', TWIPS) ?? measure(el, 'w:end', TWIPS);
  const first = measure(el, 'w:firstLine', TWIPS);
  const hanging = measure(el, 'w:hanging', TWIPS);
  if (left !== undefined) p.indentLeft = left;
  if (right !== undefined) p.indentRight = right;
  if (hanging !== undefined) p.firstLine = hanging === 0 ? 0 : -hanging;
  else if (first !== undefined) p.firstLine = first;
  for (const chars of ['w:leftChars', 'w:startChars', 'w:rightChars', 'w:endChars', 'w:firstLineChars', 'w:hangingChars']) {
    if ((intAttr(el, chars) ?? 0) !== 0) env.note(`w:ind ${chars.slice(2)}`);
  }
}

/** An ST_OnOff attribute: undefined when absent. */
function onOffAttr(el: XElement, name: string): boolean | undefined {
  const v = attr(el, name);
  return v === undefined ? undefined : !['0', 'false', 'off'].includes(v.trim().toLowerCase());
}

/**
 * Automatic spacing replaces the value beside it; a later layer's plain value replaces an inherited
 * automatic one (as LibreOffice imports it: a direct w:before="0" under "Normal (Web)" has no space).
 */
function spacing(el: XElement, p: ParaProps, env: PropsEnv): void {
  const before = measure(el, 'w:before', TWIPS);
  const after = measure(el, 'w:after', TWIPS);
  if (onOffAttr(el, 'w:beforeAutospacing')) p.spaceBefore = 'auto';
  else if (before !== undefined) p.spaceBefore = Math.max(0, before);
  if (onOffAttr(el, 'w:afterAutospacing')) p.spaceAfter = 'auto';
  else if (after !== undefined) p.spaceAfter = Math.max(0, after);
  for (const lines of ['w:beforeLines', 'w:afterLines']) if ((intAttr(el, lines) ?? 0) !== 0) env.note(`w:spacing ${lines.slice(2)}`);
  const line = intAttr(el, 'w:line');
  if (line === undefined) return;
  const rule = attr(el, 'w:lineRule') ?? 'auto';
  if (line < 0) p.line = { rule: 'exact', value: -line / TWIPS };
  else if (rule === 'exact' || rule === 'atLeast') p.line = { rule, value: line / TWIPS };
  else p.line = { rule: 'auto', value: line / 240 };
}

/** Parses a w:pPr (numbering, borders, tabs, …); w:rPr and w:sectPr inside it are read elsewhere. */
export function parsePPr(pPr: XElement | undefined, env: PropsEnv): ParaProps {
  const p: ParaProps = {};
  for (const el of elements(pPr)) {
    const v = val(el);
    switch (el.name) {
      case 'w:pStyle':
        if (v) p.pStyle = v;
        break;
      case 'w:jc':
        if (v && ALIGN[v]) p.align = ALIGN[v];
        break;
      case 'w:ind':
        indent(el, p, env);
        break;
      case 'w:spacing':
        spacing(el, p, env);
        break;
      case 'w:keepNext':
        p.keepNext = onOff(el);
        break;
      case 'w:keepLines':
        p.keepLines = onOff(el);
        break;
      case 'w:pageBreakBefore':
        p.pageBreakBefore = onOff(el);
        break;
      case 'w:widowControl':
        p.widowControl = onOff(el);
        break;
      case 'w:contextualSpacing':
        p.contextualSpacing = onOff(el);
        break;
      case 'w:tabs':
        p.tabs = [tabs(el, env)];
        break;
      case 'w:numPr': {
        const id = val(child(el, 'w:numId'));
        const lvl = intAttr(child(el, 'w:ilvl'), 'w:val');
        if (id !== undefined) p.numId = id;
        if (lvl !== undefined) p.ilvl = Math.min(8, Math.max(0, lvl));
        break;
      }
      case 'w:pBdr':
        for (const side of elements(el)) {
          if (side.name === 'w:top') p.borderTop = parseBorder(side, env);
          else if (side.name === 'w:bottom') p.borderBottom = parseBorder(side, env);
          else if (side.name === 'w:left' || side.name === 'w:start') p.borderLeft = parseBorder(side, env);
          else if (side.name === 'w:right' || side.name === 'w:end') p.borderRight = parseBorder(side, env);
          else if (parseBorder(side, env) !== 'none') env.note(`w:pBdr/${side.name}`);
        }
        break;
      case 'w:shd':
        p.shading = parseShading(el) ?? 'none';
        break;
      case 'w:framePr': {
        const f = parseFrame(el, env);
        if (f) p.frame = f;
        break;
      }
      case 'w:bidi':
        if (onOff(el)) env.note('w:bidi');
        break;
      case 'w:textDirection':
        if (v && v !== 'lrTb' && v !== 'tb') env.note('w:textDirection');
        break;
      case 'w:mirrorIndents':
        if (onOff(el)) env.note('w:mirrorIndents');
        break;
      default:
        break;
    }
  }
  return p;
}

const H_ANCHOR: Record<string, Frame['hAnchor']> = { page: 'page', margin: 'margin', text: 'text' };
const X_ALIGN: Record<string, NonNullable<Frame['xAlign']>> = {
  left: 'left',
  center: 'center',
  right: 'right',
  inside: 'left',
  outside: 'right',
};
const Y_ALIGN: Record<string, NonNullable<Frame['yAlign']>> = { top: 'top', center: 'center', bottom: 'bottom' };

/**
 * A w:framePr. Anchors default to the page horizontally and the margin vertically when x/y say
 * nothing else, as Word writes them; a drop cap is left in the text (reported).
 */
function parseFrame(el: XElement, env: PropsEnv): Frame | undefined {
  const drop = attr(el, 'w:dropCap');
  if (drop && drop !== 'none') {
    env.note('w:framePr w:dropCap');
    return undefined;
  }
  const wrapRaw = attr(el, 'w:wrap') ?? 'around';
  const frame: Frame = {
    hAnchor: H_ANCHOR[attr(el, 'w:hAnchor') ?? 'page'] ?? 'page',
    vAnchor: H_ANCHOR[attr(el, 'w:vAnchor') ?? 'margin'] ?? 'margin',
    x: measure(el, 'w:x', TWIPS) ?? 0,
    y: measure(el, 'w:y', TWIPS) ?? 0,
    wrap: wrapRaw === 'none' ? 'none' : wrapRaw === 'notBeside' ? 'notBeside' : 'around',
    vSpace: Math.max(0, measure(el, 'w:vSpace', TWIPS) ?? 0),
  };
  if (wrapRaw === 'tight' || wrapRaw === 'through') env.note(`w:framePr w:wrap="${wrapRaw}"`);
  const hSpace = measure(el, 'w:hSpace', TWIPS) ?? 0;
  if (hSpace > 0) frame.hSpace = hSpace;
  const w = measure(el, 'w:w', TWIPS);
  if (w !== undefined && w > 0) frame.width = w;
  const h = measure(el, 'w:h', TWIPS);
  const rule = attr(el, 'w:hRule') ?? 'auto';
  if (h !== undefined && h > 0 && rule !== 'auto') frame.height = { rule: rule === 'exact' ? 'exact' : 'atLeast', value: h };
  const xa = X_ALIGN[attr(el, 'w:xAlign') ?? ''];
  if (xa) frame.xAlign = xa;
  const ya = Y_ALIGN[attr(el, 'w:yAlign') ?? ''];
  if (ya) frame.yAlign = ya;
  return frame;
}

/** `top` over `base`; tab operations accumulate. */
export function overlayPara(base: ParaProps, top: ParaProps): ParaProps {
  const out: ParaProps = { ...base };
  for (const [k, v] of Object.entries(top)) if (v !== undefined && k !== 'tabs') (out as Record<string, unknown>)[k] = v;
  if (top.tabs) out.tabs = [...(base.tabs ?? []), ...top.tabs];
  return out;
}

/** Applies the layers of tab operations: a clear removes an inherited stop at the same position. */
export function resolveTabs(layers: TabOp[][] | undefined): TabStop[] {
  const stops: TabStop[] = [];
  for (const layer of layers ?? []) {
    for (const op of layer) {
      const at = stops.findIndex((s) => Math.abs(s.pos - op.pos) < 0.05);
      if (at >= 0) stops.splice(at, 1);
      if (!('clear' in op)) stops.push(op);
    }
  }
  return stops.sort((a, b) => a.pos - b.pos);
}

/** `autoSpace`: the points an automatic space before or after stands for. */
export function paragraphStyle(p: ParaProps, styleId: string, autoSpace: number): ParagraphStyle {
  const space = (v: number | 'auto' | undefined): number => (v === 'auto' ? autoSpace : (v ?? 0));
  const style: ParagraphStyle = {
    align: p.align ?? 'left',
    indentLeft: p.indentLeft ?? 0,
    indentRight: p.indentRight ?? 0,
    firstLine: p.firstLine ?? 0,
    spaceBefore: space(p.spaceBefore),
    spaceAfter: space(p.spaceAfter),
    line: p.line ?? { rule: 'auto', value: 1 },
    keepNext: p.keepNext ?? false,
    keepLines: p.keepLines ?? false,
    pageBreakBefore: p.pageBreakBefore ?? false,
    widowControl: p.widowControl ?? true,
    contextualSpacing: p.contextualSpacing ?? false,
    styleId,
    tabs: resolveTabs(p.tabs),
  };
  if (p.borderTop && p.borderTop !== 'none') style.borderTop = p.borderTop;
  if (p.borderBottom && p.borderBottom !== 'none') style.borderBottom = p.borderBottom;
  if (p.borderLeft && p.borderLeft !== 'none') style.borderLeft = p.borderLeft;
  if (p.borderRight && p.borderRight !== 'none') style.borderRight = p.borderRight;
  if (p.shading && p.shading !== 'none') style.shading = p.shading;
  return style;
}
