// Legacy VML drawings (w:pict): v:line, v:rect, v:roundrect, v:oval, v:shape with v:textbox or v:imagedata.
import type { Anchor, Inline, RunStyle, ShapeItem, Stroke } from '../ir.js';
import { readStory } from './blocks.js';
import { vmlColor } from './colors.js';
import type { PartContext } from './context.js';
import { imageOfRel } from './drawing.js';
import { attr, child, elements, type XElement } from './xml.js';

const UNIT: Record<string, number> = { pt: 1, px: 0.75, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12, emu: 1 / 12700 };
const REL_X: Record<string, Anchor['relativeX']> = { page: 'page', margin: 'margin', text: 'column', char: 'character' };
const REL_Y: Record<string, Anchor['relativeY']> = { page: 'page', margin: 'margin', text: 'paragraph', line: 'line' };
const WRAP: Record<string, NonNullable<Anchor['wrap']>> = {
  topAndBottom: 'topAndBottom',
  square: 'square',
  tight: 'square',
  through: 'square',
  none: 'none',
};
const DASH: Record<string, Stroke['dash']> = { solid: 'solid', dot: 'dot', shortdot: 'dot', '1 1': 'dot' };
/** Shape types (v:shapetype o:spt) drawn as rectangles: rectangle, text box, flowchart process. */
const RECT_TYPES = new Set(['1', '202', '109']);
/** Straight connectors: a line across the shape's box. */
const LINE_TYPES = new Set(['20', '32']);

/** A VML/CSS length in points; unitless numbers are pixels, as in CSS. */
export function vmlLength(raw: string | undefined): number | undefined {
  const m = /^\s*(-?\d*\.?\d+)\s*([a-z]*)\s*$/i.exec(raw ?? '');
  if (!m) return undefined;
  const unit = UNIT[(m[2] || 'px').toLowerCase()];
  return unit === undefined ? undefined : Number(m[1]) * unit;
}

function cssStyle(el: XElement): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of (attr(el, 'style') ?? '').split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) out.set(decl.slice(0, i).trim().toLowerCase(), decl.slice(i + 1).trim());
  }
  return out;
}

const off = (v: string | undefined) => v !== undefined && ['f', 'false', '0'].includes(v.trim().toLowerCase());

function stroke(el: XElement): Stroke | undefined {
  if (off(attr(el, 'stroked'))) return undefined;
  const sub = child(el, 'v:stroke');
  if (off(attr(sub, 'on'))) return undefined;
  const color = vmlColor(attr(el, 'strokecolor') ?? attr(sub, 'color')) ?? '000000';
  const width = vmlLength(attr(el, 'strokeweight') ?? attr(sub, 'weight')) ?? 0.75;
  const dash = attr(sub, 'dashstyle');
  return { width, color, dash: dash === undefined ? 'solid' : (DASH[dash.toLowerCase()] ?? 'dash') };
}

function fill(el: XElement, ctx: PartContext): string | undefined {
  if (off(attr(el, 'filled'))) return undefined;
  const sub = child(el, 'v:fill');
  if (off(attr(sub, 'on'))) return undefined;
  const type = attr(sub, 'type');
  if (type && type !== 'solid') ctx.warn(`v:fill type="${type}"`);
  return vmlColor(attr(el, 'fillcolor') ?? attr(sub, 'color')) ?? 'FFFFFF';
}

function textbox(el: XElement, ctx: PartContext): ShapeItem['text'] | undefined {
  const tb = child(el, 'v:textbox');
  const content = child(tb, 'w:txbxContent');
  if (!content) return undefined;
  const parts = (attr(tb, 'inset') ?? '').split(',').map((s) => vmlLength(s));
  const blocks = readStory(elements(content), ctx, 'textbox');
  const style = cssStyle(tb as XElement);
  const anchorV = style.get('v-text-anchor') ?? '';
  return {
    blocks,
    insets: { left: parts[0] ?? 7.2, top: parts[1] ?? 3.6, right: parts[2] ?? 7.2, bottom: parts[3] ?? 3.6 },
    vAlign: anchorV.startsWith('middle') ? 'center' : anchorV.startsWith('bottom') ? 'bottom' : 'top',
  };
}

function geometry(el: XElement, ctx: PartContext): ShapeItem['geometry'] | undefined {
  switch (el.name) {
    case 'v:rect':
      return 'rect';
    case 'v:roundrect':
      return 'roundRect';
    case 'v:oval':
      return 'ellipse';
    case 'v:line':
      return 'line';
    default: {
      const type = (attr(el, 'type') ?? '').replace(/^#_x0000_t/, '');
      const spt = attr(el, 'o:spt') ?? type;
      if (RECT_TYPES.has(spt)) return 'rect';
      if (LINE_TYPES.has(spt) || attr(el, 'o:connectortype') === 'straight') return 'line';
      ctx.warn(`v:shape ${attr(el, 'type') ?? attr(el, 'path') ?? ''}`.trim());
      return undefined;
    }
  }
}

/** Where an absolutely positioned shape sits, how text wraps it, and whether it lies behind the text. */
function vmlAnchor(el: XElement, style: Map<string, string>, x: number, y: number): Anchor {
  const wrapType = attr(child(el, 'w10:wrap'), 'type');
  const relX = style.get('mso-position-horizontal-relative') ?? 'text';
  const relY = style.get('mso-position-vertical-relative') ?? 'text';
  const out: Anchor = {
    behindText: Number.parseInt(style.get('z-index') ?? '0', 10) < 0,
    x,
    y,
    relativeX: REL_X[relX] ?? 'margin',
    relativeY: REL_Y[relY] ?? 'margin',
    wrap: wrapType === undefined ? 'none' : (WRAP[wrapType] ?? 'square'),
    distance: {
      top: vmlLength(style.get('mso-wrap-distance-top')) ?? 0,
      bottom: vmlLength(style.get('mso-wrap-distance-bottom')) ?? 0,
      left: vmlLength(style.get('mso-wrap-distance-left')) ?? 9,
      right: vmlLength(style.get('mso-wrap-distance-right')) ?? 9,
    },
  };
  const h = style.get('mso-position-horizontal');
  if (h === 'left' || h === 'center' || h === 'right' || h === 'inside' || h === 'outside') out.alignX = h;
  const v = style.get('mso-position-vertical');
  if (v === 'top' || v === 'center' || v === 'bottom' || v === 'inside' || v === 'outside') out.alignY = v;
  return out;
}

function point(raw: string | undefined): [number, number] {
  const [a, b] = (raw ?? '0,0').split(',');
  return [vmlLength(a) ?? 0, vmlLength(b) ?? 0];
}

/** One VML shape element as an inline (image or shape), anchored when absolutely positioned. */
function readShape(el: XElement, ctx: PartContext, runStyle: RunStyle): Inline | undefined {
  const style = cssStyle(el);
  const len = (name: string) => vmlLength(style.get(name)) ?? 0;
  let x = len('margin-left') + len('left');
  let y = len('margin-top') + len('top');
  let width = Math.max(0, len('width'));
  let height = Math.max(0, len('height'));
  let flipH = false;
  if (el.name === 'v:line') {
    const [x1, y1] = point(attr(el, 'from'));
    const [x2, y2] = point(attr(el, 'to'));
    x += Math.min(x1, x2);
    y += Math.min(y1, y2);
    width = Math.abs(x2 - x1);
    height = Math.abs(y2 - y1);
    flipH = (x2 - x1) * (y2 - y1) < 0;
  }
  const flip = style.get('flip') ?? '';
  const positioned = style.get('position') === 'absolute';
  const imagedata = child(el, 'v:imagedata');
  const relId = attr(imagedata, 'r:id') ?? attr(imagedata, 'r:pict');
  if (imagedata && el.name === 'v:shape' && relId !== undefined) {
    // A washed-out picture (a watermark: gain and black level) painted at full strength would hide the text over it.
    if (attr(imagedata, 'gain') !== undefined || attr(imagedata, 'blacklevel') !== undefined) {
      ctx.warn('v:imagedata gain/blacklevel');
      return undefined;
    }
    const img = imageOfRel(relId, ctx);
    if (!img) return undefined;
    const inline: Inline = { kind: 'image', image: img, width, height, style: runStyle };
    if (positioned) inline.anchor = vmlAnchor(el, style, x, y);
    return inline;
  }
  const geo = geometry(el, ctx);
  const item: ShapeItem = {
    geometry: geo ?? 'rect',
    x: 0,
    y: 0,
    width,
    height,
    flipH: (flipH !== flip.includes('x')) !== flip.includes('y'),
    flipV: false,
  };
  if (geo) {
    const s = stroke(el);
    if (s) item.stroke = s;
    const f = geo === 'line' ? undefined : fill(el, ctx);
    if (f) item.fill = f;
  }
  if (geo === 'roundRect') {
    // arcsize: a fraction (or 1/65536 with an "f") of half the shorter side; 0.2 by default.
    const raw = attr(el, 'arcsize') ?? '0.2';
    const arc = raw.endsWith('f') ? Number(raw.slice(0, -1)) / 65536 : Number(raw);
    if (Number.isFinite(arc)) item.radius = (arc * Math.min(width, height)) / 2;
  }
  const text = textbox(el, ctx);
  if (text) item.text = text;
  const inline: Inline = { kind: 'shape', items: geo || text ? [item] : [], width, height, style: runStyle };
  if (positioned) inline.anchor = vmlAnchor(el, style, x, y);
  return inline;
}

/** The shapes of a w:pict, appended to `out` as inlines. */
export function readPict(pict: XElement, ctx: PartContext, runStyle: RunStyle, out: Inline[]): void {
  for (const el of elements(pict)) {
    switch (el.name) {
      case 'v:shapetype':
        break;
      case 'v:line':
      case 'v:rect':
      case 'v:roundrect':
      case 'v:oval':
      case 'v:shape': {
        if (attr(el, 'o:hr') === 't') {
          ctx.warn('v:rect o:hr');
          break;
        }
        const inline = readShape(el, ctx, runStyle);
        if (inline) out.push(inline);
        break;
      }
      default:
        ctx.warn(el.name === 'v:group' ? 'v:group' : el.name);
    }
  }
}
