// Pictures (w:drawing): inline and anchored images, their bytes from the part's relationships, their position.
import { createHash } from 'node:crypto';
import type { Anchor, ImageData, Inline, RunStyle } from '../ir.js';
import { encodePng } from '../images/encode.js';
import { decodeGif, isGif } from '../images/gif.js';
import { DEFAULT_DPI } from '../images/info.js';
import type { PartContext } from './context.js';
import { readShapeDrawing } from './shapes.js';
import { attr, child, elements, EMUS, measure, path, textContent, type XElement } from './xml.js';

const REL_X: Record<string, Anchor['relativeX']> = {
  page: 'page',
  margin: 'margin',
  column: 'column',
  character: 'character',
  leftMargin: 'page',
  insideMargin: 'page',
  outsideMargin: 'page',
};
const REL_Y: Record<string, Anchor['relativeY']> = {
  page: 'page',
  margin: 'margin',
  paragraph: 'paragraph',
  line: 'line',
  topMargin: 'page',
  insideMargin: 'page',
  outsideMargin: 'page',
};
/** How each wrapping element lets text flow: tight and through wrap to the outline, taken as its bounding box. */
const WRAPS: Record<string, NonNullable<Anchor['wrap']>> = {
  'wp:wrapNone': 'none',
  'wp:wrapTopAndBottom': 'topAndBottom',
  'wp:wrapSquare': 'square',
  'wp:wrapTight': 'square',
  'wp:wrapThrough': 'square',
};
const ALIGN_X = new Set(['left', 'center', 'right', 'inside', 'outside']);
const ALIGN_Y = new Set(['top', 'center', 'bottom', 'inside', 'outside']);

export function imageFormat(bytes: Uint8Array): ImageData['format'] | undefined {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

/** The image of a relationship id of the part (VML v:imagedata r:id); null (after a warning) when unusable. */
export function imageOfRel(id: string, ctx: PartContext): ImageData | null {
  const rel = ctx.rels().get(id);
  if (!rel || rel.external) {
    if (rel) ctx.warn('a:blip r:link', 'linked-image');
    else ctx.warn('a:blip', 'missing-relationship');
    return null;
  }
  return image(rel.target, ctx);
}

/** The image a relationship points to, decoded once per document; null when missing or not PNG/JPEG. */
function image(target: string, ctx: PartContext): ImageData | null {
  const cache = ctx.doc.images;
  const known = cache.get(target);
  if (known !== undefined) return known;
  const bytes = ctx.doc.pkg.bytes(target);
  let result: ImageData | null = null;
  if (!bytes) ctx.warn('a:blip', 'image-missing');
  else {
    const format = imageFormat(bytes);
    const ext = target.slice(target.lastIndexOf('.') + 1).toLowerCase();
    const id = () => createHash('sha256').update(bytes).digest('hex');
    if (isGif(bytes)) {
      // A GIF's first frame, embedded as a PNG (the PDF has no GIF filter); a damaged one is reported by name.
      const pixels = decodeGif(bytes);
      if ('problem' in pixels) ctx.warn('gif', `image-${pixels.problem}`);
      else result = { bytes: encodePng(pixels, DEFAULT_DPI, DEFAULT_DPI), format: 'png', id: id() };
    } else if (!format) ctx.warn(ext, 'image-format');
    else result = { bytes, format, id: id() };
  }
  cache.set(target, result);
  return result;
}

/** Offset along one axis: wp:posOffset in EMU, or wp:align (placed by the layout against the reference frame). */
function offset(pos: XElement | undefined, ctx: PartContext, aligns: Set<string>): { at: number; align?: string } {
  const off = child(pos, 'wp:posOffset');
  if (off) return { at: (Number.parseInt(textContent(off).trim(), 10) || 0) / EMUS };
  const align = child(pos, 'wp:align');
  if (align) {
    const a = textContent(align).trim();
    if (aligns.has(a)) return { at: 0, align: a };
    ctx.warn(`wp:align ${a}`);
  } else if (pos && elements(pos).length > 0) ctx.warn(elements(pos)[0]?.name ?? 'wp:positionH');
  return { at: 0 };
}

export function anchor(el: XElement, ctx: PartContext): Anchor {
  const wrapEl = elements(el).find((c) => WRAPS[c.name] !== undefined);
  if (!wrapEl) ctx.warn('wp:anchor', 'no-wrap');
  const behindText = ['1', 'true', 'on'].includes(attr(el, 'behindDoc') ?? '0');
  const wrap = wrapEl ? WRAPS[wrapEl.name] : 'none';
  // Text keeps its distance from the object's extent grown by its effects (wp:effectExtent: an outline's width, a shadow).
  const effect = child(el, 'wp:effectExtent');
  const dist = (name: string, side: string) => Math.max(0, measure(el, name, EMUS) ?? 0) + Math.max(0, measure(effect, side, EMUS) ?? 0);
  const common = {
    behindText,
    wrap,
    distance: { top: dist('distT', 't'), bottom: dist('distB', 'b'), left: dist('distL', 'l'), right: dist('distR', 'r') },
  };
  if (['1', 'true', 'on'].includes(attr(el, 'simplePos') ?? '0')) {
    const sp = child(el, 'wp:simplePos');
    return { ...common, x: measure(sp, 'x', EMUS) ?? 0, y: measure(sp, 'y', EMUS) ?? 0, relativeX: 'page', relativeY: 'page' };
  }
  const h = child(el, 'wp:positionH');
  const v = child(el, 'wp:positionV');
  const fromH = attr(h, 'relativeFrom') ?? 'column';
  const fromV = attr(v, 'relativeFrom') ?? 'paragraph';
  const relativeX = REL_X[fromH] ?? (ctx.warn(`wp:positionH relativeFrom="${fromH}"`), 'margin');
  const relativeY = REL_Y[fromV] ?? (ctx.warn(`wp:positionV relativeFrom="${fromV}"`), 'margin');
  const x = offset(h, ctx, ALIGN_X);
  const y = offset(v, ctx, ALIGN_Y);
  const out: Anchor = { ...common, x: x.at, y: y.at, relativeX, relativeY };
  if (x.align) out.alignX = x.align as NonNullable<Anchor['alignX']>;
  if (y.align) out.alignY = y.align as NonNullable<Anchor['alignY']>;
  return out;
}

/** A w:drawing as an image inline; undefined (after a warning) for shapes, charts and unreadable pictures. */
export function readDrawing(drawing: XElement, ctx: PartContext, style: RunStyle): Inline | undefined {
  const frame = child(drawing, 'wp:inline') ?? child(drawing, 'wp:anchor');
  if (!frame) {
    ctx.warn(elements(drawing)[0]?.name ?? 'w:drawing');
    return undefined;
  }
  const data = path(frame, 'a:graphic', 'a:graphicData');
  const pic = child(data, 'pic:pic');
  if (!pic && (child(data, 'wps:wsp') || child(data, 'wpg:wgp'))) return readShapeDrawing(frame, data, ctx, style);
  if (!pic) {
    ctx.warn(elements(data)[0]?.name ?? 'a:graphicData');
    return undefined;
  }
  const blip = path(pic, 'pic:blipFill', 'a:blip');
  const embed = attr(blip, 'r:embed');
  if (embed === undefined) {
    if (attr(blip, 'r:link') !== undefined) ctx.warn('a:blip r:link', 'linked-image');
    else ctx.warn('a:blip');
    return undefined;
  }
  const rel = ctx.rels().get(embed);
  if (!rel || rel.external) {
    if (rel) ctx.warn('a:blip r:link', 'linked-image');
    else ctx.warn('a:blip', 'missing-relationship');
    return undefined;
  }
  const img = image(rel.target, ctx);
  if (!img) return undefined;
  const crop = path(pic, 'pic:blipFill', 'a:srcRect');
  if (crop && Object.values(crop.attrs).some((v) => Number(v) !== 0)) ctx.warn('a:srcRect', 'crop');
  effects(child(pic, 'pic:spPr'), ctx);
  const xfrm = path(pic, 'pic:spPr', 'a:xfrm');
  if ((measure(xfrm, 'rot', 1) ?? 0) !== 0 || attr(xfrm, 'flipH') === '1' || attr(xfrm, 'flipV') === '1') ctx.warn('a:xfrm', 'rotate-flip');
  const extent = child(frame, 'wp:extent');
  const width = Math.max(0, measure(extent, 'cx', EMUS) ?? 0);
  const height = Math.max(0, measure(extent, 'cy', EMUS) ?? 0);
  const inline: Inline = { kind: 'image', image: img, width, height, style };
  if (frame.name === 'wp:anchor') inline.anchor = anchor(frame, ctx);
  return inline;
}

/**
 * Effects of a picture's or shape's properties the engine does not draw (the picture or shape is drawn
 * without them): shadows, glows, reflections, soft edges (a:effectLst, a:effectDag), 3-D bevels and
 * extrusions (a:sp3d), a camera that turns the object in space (a:scene3d), transparency (a:alpha).
 */
export function effects(spPr: XElement | undefined, ctx: PartContext): void {
  if (elements(child(spPr, 'a:effectLst')).length > 0) ctx.warn('a:effectLst');
  if (child(spPr, 'a:effectDag')) ctx.warn('a:effectDag');
  const sp3d = child(spPr, 'a:sp3d');
  if (sp3d && (Object.keys(sp3d.attrs).length > 0 || elements(sp3d).length > 0)) ctx.warn('a:sp3d');
  const camera = attr(path(spPr, 'a:scene3d', 'a:camera'), 'prst');
  if (camera && camera !== 'orthographicFront') ctx.warn('a:scene3d');
  const fills = [child(spPr, 'a:solidFill'), path(spPr, 'a:ln', 'a:solidFill')];
  if (fills.some((f) => elements(f).some((c) => child(c, 'a:alpha')))) ctx.warn('a:alpha');
}
