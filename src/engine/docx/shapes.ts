// DrawingML shapes in a w:drawing (wps:wsp, groups wpg:wgp): geometry, outline, fill, text box content.
import type { Color, Inline, RunStyle, ShapeItem, Stroke } from '../ir.js';
import { readStory } from './blocks.js';
import { drawingColor } from './colors.js';
import type { PartContext } from './context.js';
import { anchor, effects } from './drawing.js';
import { attr, child, elements, EMUS, measure, path, type XElement } from './xml.js';

const GEOMETRY: Record<string, ShapeItem['geometry']> = {
  rect: 'rect',
  roundRect: 'roundRect',
  ellipse: 'ellipse',
  line: 'line',
  straightConnector1: 'line',
  flowChartProcess: 'rect',
  flowChartAlternateProcess: 'roundRect',
  snip1Rect: 'rect',
};
const DASH: Record<string, Stroke['dash']> = {
  solid: 'solid',
  dash: 'dash',
  lgDash: 'dash',
  sysDash: 'dash',
  dashDot: 'dash',
  lgDashDot: 'dash',
  lgDashDotDot: 'dash',
  sysDashDot: 'dash',
  sysDashDotDot: 'dash',
  dot: 'dot',
  sysDot: 'dot',
};
/** DrawingML's default text box insets: 0.1" left and right, 0.05" top and bottom. */
const INSETS = { left: 7.2, top: 3.6, right: 7.2, bottom: 3.6 };

/** Where a child of a group lands in the drawing's frame: a scale and an offset per axis. */
interface Transform {
  sx: number;
  sy: number;
  dx: number;
  dy: number;
}

const identity: Transform = { sx: 1, sy: 1, dx: 0, dy: 0 };
const on = (v: string | undefined) => v === '1' || v === 'true';

/** The frame of an a:xfrm (off/ext in EMU → points) mapped through `t`. */
function box(xfrm: XElement | undefined, t: Transform): { x: number; y: number; width: number; height: number } {
  const off = child(xfrm, 'a:off');
  const ext = child(xfrm, 'a:ext');
  return {
    x: t.dx + t.sx * (measure(off, 'x', EMUS) ?? 0),
    y: t.dy + t.sy * (measure(off, 'y', EMUS) ?? 0),
    width: Math.max(0, t.sx * (measure(ext, 'cx', EMUS) ?? 0)),
    height: Math.max(0, t.sy * (measure(ext, 'cy', EMUS) ?? 0)),
  };
}

function outline(spPr: XElement | undefined, style: XElement | undefined, ctx: PartContext): Stroke | undefined {
  const ln = child(spPr, 'a:ln');
  const ref = child(style, 'a:lnRef');
  const refIdx = Number(attr(ref, 'idx') ?? 0);
  const refColor = drawingColor(ref, ctx.doc.theme);
  if (child(ln, 'a:noFill')) return undefined;
  if (child(ln, 'a:gradFill') || child(ln, 'a:pattFill')) ctx.warn(child(ln, 'a:gradFill') ? 'a:ln a:gradFill' : 'a:ln a:pattFill');
  const color = drawingColor(child(ln, 'a:solidFill'), ctx.doc.theme, refColor) ?? (refIdx > 0 ? refColor : undefined);
  if (!color) return undefined;
  const themeWidth = ctx.doc.theme.lineWidths?.[refIdx - 1];
  const width = measure(ln, 'w', EMUS) ?? (refIdx > 0 && themeWidth !== undefined ? themeWidth : 0.75);
  const dashVal = attr(child(ln, 'a:prstDash'), 'val') ?? 'solid';
  if (child(ln, 'a:custDash')) ctx.warn('a:custDash');
  return { width, color, dash: DASH[dashVal] ?? 'solid' };
}

function fill(spPr: XElement | undefined, style: XElement | undefined, ctx: PartContext): Color | undefined {
  const ref = child(style, 'a:fillRef');
  const refColor = drawingColor(ref, ctx.doc.theme);
  if (child(spPr, 'a:noFill')) return undefined;
  const solid = child(spPr, 'a:solidFill');
  if (solid) return drawingColor(solid, ctx.doc.theme, refColor);
  const grad = child(spPr, 'a:gradFill');
  if (grad) {
    // A gradient is painted in its first stop's colour: the shape keeps its area and tone.
    ctx.warn('a:gradFill');
    return drawingColor(path(grad, 'a:gsLst', 'a:gs'), ctx.doc.theme, refColor);
  }
  for (const name of ['a:pattFill', 'a:blipFill', 'a:grpFill']) if (child(spPr, name)) ctx.warn(name);
  return Number(attr(ref, 'idx') ?? 0) > 0 ? refColor : undefined;
}

function textOf(wsp: XElement, ctx: PartContext): ShapeItem['text'] | undefined {
  const content = path(wsp, 'wps:txbx', 'w:txbxContent');
  if (!content) {
    if (child(wsp, 'wps:linkedTxbx')) ctx.warn('wps:linkedTxbx');
    return undefined;
  }
  const body = child(wsp, 'wps:bodyPr');
  const vert = attr(body, 'vert');
  if (vert && vert !== 'horz') ctx.warn(`wps:bodyPr vert="${vert}"`);
  // WordArt: text bent along a path (an arch, a wave) is laid out straight.
  const warp = attr(child(body, 'a:prstTxWarp'), 'prst');
  if (warp && warp !== 'textNoShape') ctx.warn('a:prstTxWarp');
  const inset = (name: string, fallback: number) => measure(body, name, EMUS) ?? fallback;
  const blocks = readStory(elements(content), ctx, 'textbox');
  const a = attr(body, 'anchor');
  return {
    blocks,
    insets: {
      left: inset('lIns', INSETS.left),
      top: inset('tIns', INSETS.top),
      right: inset('rIns', INSETS.right),
      bottom: inset('bIns', INSETS.bottom),
    },
    vAlign: a === 'ctr' ? 'center' : a === 'b' ? 'bottom' : 'top',
  };
}

/** One wps:wsp as a shape item, its frame from `frame` (top level) or its own a:xfrm through the group transform. */
function readWsp(wsp: XElement, ctx: PartContext, frame: { x: number; y: number; width: number; height: number }): ShapeItem {
  const spPr = child(wsp, 'wps:spPr');
  const style = child(wsp, 'wps:style');
  const xfrm = child(spPr, 'a:xfrm');
  const rot = Number(attr(xfrm, 'rot') ?? 0);
  if (rot !== 0) ctx.warn('a:xfrm rot');
  effects(spPr, ctx);
  const prst = attr(child(spPr, 'a:prstGeom'), 'prst');
  let geometry: ShapeItem['geometry'] = 'rect';
  let drawn = true;
  if (prst !== undefined) {
    const g = GEOMETRY[prst];
    if (g) geometry = g;
    else {
      ctx.warn(`a:prstGeom ${prst}`);
      drawn = false;
    }
  } else if (child(spPr, 'a:custGeom')) {
    ctx.warn('a:custGeom');
    drawn = false;
  }
  const item: ShapeItem = { geometry, ...frame, flipH: on(attr(xfrm, 'flipH')), flipV: on(attr(xfrm, 'flipV')) };
  if (geometry === 'roundRect') {
    // The corner is the adjust value (in 1/100000) of the shorter side; 16667 by default.
    const adj = elements(path(spPr, 'a:prstGeom', 'a:avLst')).find((g) => attr(g, 'name') === 'adj');
    const v = /^val\s+(\d+)$/.exec(attr(adj, 'fmla') ?? '');
    if (v) item.radius = (Math.min(frame.width, frame.height) * Number(v[1])) / 100000;
  }
  if (drawn) {
    const stroke = outline(spPr, style, ctx);
    if (stroke) item.stroke = stroke;
    const f = geometry === 'line' ? undefined : fill(spPr, style, ctx);
    if (f) item.fill = f;
  }
  const text = textOf(wsp, ctx);
  if (text) item.text = text;
  return item;
}

/** The members of a group, flattened, in the drawing's frame; `t` maps the group's child space. */
function readGroup(group: XElement, ctx: PartContext, t: Transform, out: ShapeItem[]): void {
  for (const el of elements(group)) {
    switch (el.name) {
      case 'wps:wsp':
        out.push(readWsp(el, ctx, box(path(el, 'wps:spPr', 'a:xfrm'), t)));
        break;
      case 'wpg:grpSp':
        if (Number(attr(path(el, 'wpg:grpSpPr', 'a:xfrm'), 'rot') ?? 0) !== 0) ctx.warn('wpg:grpSpPr a:xfrm rot/flip');
        readGroup(el, ctx, groupTransform(child(el, 'wpg:grpSpPr'), t), out);
        break;
      case 'wpg:grpSpPr':
      case 'wpg:cNvGrpSpPr':
      case 'wpg:cNvPr':
      case 'wpg:nvGrpSpPr':
        break;
      default:
        ctx.warn(el.name);
    }
  }
}

/** The transform of a group's child space (a:chOff, a:chExt) onto its frame (a:off, a:ext, itself mapped by `outer`). */
function groupTransform(grpSpPr: XElement | undefined, outer: Transform): Transform {
  const xfrm = child(grpSpPr, 'a:xfrm');
  const frame = box(xfrm, outer);
  const chOff = child(xfrm, 'a:chOff');
  const chExt = child(xfrm, 'a:chExt');
  const cw = measure(chExt, 'cx', EMUS) ?? 0;
  const ch = measure(chExt, 'cy', EMUS) ?? 0;
  const sx = cw > 0 ? frame.width / cw : outer.sx;
  const sy = ch > 0 ? frame.height / ch : outer.sy;
  return { sx, sy, dx: frame.x - sx * (measure(chOff, 'x', EMUS) ?? 0), dy: frame.y - sy * (measure(chOff, 'y', EMUS) ?? 0) };
}

/** A w:drawing holding a shape or a group: a shape inline sized by wp:extent, anchored when the frame is wp:anchor. */
export function readShapeDrawing(frame: XElement, data: XElement | undefined, ctx: PartContext, style: RunStyle): Inline | undefined {
  const extent = child(frame, 'wp:extent');
  const width = Math.max(0, measure(extent, 'cx', EMUS) ?? 0);
  const height = Math.max(0, measure(extent, 'cy', EMUS) ?? 0);
  const items: ShapeItem[] = [];
  const wsp = child(data, 'wps:wsp');
  if (wsp) items.push(readWsp(wsp, ctx, { x: 0, y: 0, width, height }));
  else {
    const group = child(data, 'wpg:wgp') as XElement;
    const grpSpPr = child(group, 'wpg:grpSpPr');
    const xfrm = child(grpSpPr, 'a:xfrm');
    if (Number(attr(xfrm, 'rot') ?? 0) !== 0 || on(attr(xfrm, 'flipH')) || on(attr(xfrm, 'flipV'))) ctx.warn('wpg:grpSpPr a:xfrm rot/flip');
    // The group's own frame is the drawing's extent: its a:off is not an offset on the page.
    const ext = child(xfrm, 'a:ext');
    const gw = measure(ext, 'cx', EMUS) ?? width;
    const gh = measure(ext, 'cy', EMUS) ?? height;
    const top: Transform = { ...identity, sx: gw > 0 ? width / gw : 1, sy: gh > 0 ? height / gh : 1 };
    const chOff = child(xfrm, 'a:chOff');
    const chExt = child(xfrm, 'a:chExt');
    const cw = measure(chExt, 'cx', EMUS) ?? 0;
    const chh = measure(chExt, 'cy', EMUS) ?? 0;
    const sx = cw > 0 ? width / cw : top.sx;
    const sy = chh > 0 ? height / chh : top.sy;
    readGroup(group, ctx, { sx, sy, dx: -sx * (measure(chOff, 'x', EMUS) ?? 0), dy: -sy * (measure(chOff, 'y', EMUS) ?? 0) }, items);
  }
  const inline: Inline = { kind: 'shape', items, width, height, style };
  if (frame.name === 'wp:anchor') inline.anchor = anchor(frame, ctx);
  return inline;
}
