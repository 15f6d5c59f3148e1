// Pictures (w:drawing): inline and anchored images, their bytes from the part's relationships, their position.
import { createHash } from 'node:crypto';
import type { Anchor, ImageData, Inline, RunStyle } from '../ir.js';
import { encodePng } from '../images/encode.js';
import { decodeGif, isGif } from '../images/gif.js';
import { DEFAULT_DPI } from '../images/info.js';
import type { PartContext } from './context.js';
import { attr, child, elements, EMUS, measure, path, textContent, type XElement } from './xml.js';

const REL_X: Record<string, Anchor['relativeX']> = { page: 'page', margin: 'margin', column: 'column', character: 'character', leftMargin: 'page' };
const REL_Y: Record<string, Anchor['relativeY']> = { page: 'page', margin: 'margin', paragraph: 'paragraph', line: 'line', topMargin: 'page' };
const WRAPS_IN_FRONT_OR_BEHIND = new Set(['wp:wrapNone']);
const WRAPS = new Set(['wp:wrapSquare', 'wp:wrapTight', 'wp:wrapThrough', 'wp:wrapTopAndBottom']);

export function imageFormat(bytes: Uint8Array): ImageData['format'] | undefined {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

/** The image a relationship points to, decoded once per document; null when missing or not PNG/JPEG. */
function image(target: string, ctx: PartContext): ImageData | null {
  const cache = ctx.doc.images;
  const known = cache.get(target);
  if (known !== undefined) return known;
  const bytes = ctx.doc.pkg.bytes(target);
  let result: ImageData | null = null;
  if (!bytes) ctx.warn('a:blip (thiếu tệp ảnh)');
  else {
    const format = imageFormat(bytes);
    const ext = target.slice(target.lastIndexOf('.') + 1).toLowerCase();
    const id = () => createHash('sha256').update(bytes).digest('hex');
    if (isGif(bytes)) {
      // A GIF's first frame, embedded as a PNG (the PDF has no GIF filter); a damaged one is reported by name.
      const pixels = decodeGif(bytes);
      if ('problem' in pixels) ctx.warn(`a:blip (GIF: ${pixels.problem})`);
      else result = { bytes: encodePng(pixels, DEFAULT_DPI, DEFAULT_DPI), format: 'png', id: id() };
    } else if (!format) ctx.warn(`ảnh định dạng ${ext || 'không rõ'}`);
    else result = { bytes, format, id: id() };
  }
  cache.set(target, result);
  return result;
}

/** Offset along one axis: wp:posOffset in EMU; wp:align is reported and taken as 0. */
function offset(pos: XElement | undefined, ctx: PartContext): number {
  const off = child(pos, 'wp:posOffset');
  if (off) return (Number.parseInt(textContent(off).trim(), 10) || 0) / EMUS;
  if (child(pos, 'wp:align')) ctx.warn('wp:align');
  else if (pos && elements(pos).length > 0) ctx.warn(elements(pos)[0]?.name ?? 'wp:positionH');
  return 0;
}

function anchor(el: XElement, ctx: PartContext): Anchor {
  for (const c of elements(el)) {
    if (WRAPS.has(c.name)) ctx.warn(c.name);
  }
  if (!elements(el).some((c) => WRAPS_IN_FRONT_OR_BEHIND.has(c.name) || WRAPS.has(c.name))) ctx.warn('wp:anchor (không có kiểu bao quanh)');
  const behindText = ['1', 'true', 'on'].includes(attr(el, 'behindDoc') ?? '0');
  if (['1', 'true', 'on'].includes(attr(el, 'simplePos') ?? '0')) {
    const sp = child(el, 'wp:simplePos');
    return { behindText, x: measure(sp, 'x', EMUS) ?? 0, y: measure(sp, 'y', EMUS) ?? 0, relativeX: 'page', relativeY: 'page' };
  }
  const h = child(el, 'wp:positionH');
  const v = child(el, 'wp:positionV');
  const fromH = attr(h, 'relativeFrom') ?? 'column';
  const fromV = attr(v, 'relativeFrom') ?? 'paragraph';
  const relativeX = REL_X[fromH] ?? (ctx.warn(`wp:positionH relativeFrom="${fromH}"`), 'margin');
  const relativeY = REL_Y[fromV] ?? (ctx.warn(`wp:positionV relativeFrom="${fromV}"`), 'margin');
  return { behindText, x: offset(h, ctx), y: offset(v, ctx), relativeX, relativeY };
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
  if (!pic) {
    ctx.warn(elements(data)[0]?.name ?? 'a:graphicData');
    return undefined;
  }
  const blip = path(pic, 'pic:blipFill', 'a:blip');
  const embed = attr(blip, 'r:embed');
  if (embed === undefined) {
    ctx.warn(attr(blip, 'r:link') !== undefined ? 'a:blip r:link (ảnh liên kết ngoài)' : 'a:blip');
    return undefined;
  }
  const rel = ctx.rels().get(embed);
  if (!rel || rel.external) {
    ctx.warn(rel ? 'a:blip r:link (ảnh liên kết ngoài)' : 'a:blip (thiếu quan hệ)');
    return undefined;
  }
  const img = image(rel.target, ctx);
  if (!img) return undefined;
  const crop = path(pic, 'pic:blipFill', 'a:srcRect');
  if (crop && Object.values(crop.attrs).some((v) => Number(v) !== 0)) ctx.warn('a:srcRect (cắt ảnh)');
  const xfrm = path(pic, 'pic:spPr', 'a:xfrm');
  if ((measure(xfrm, 'rot', 1) ?? 0) !== 0 || attr(xfrm, 'flipH') === '1' || attr(xfrm, 'flipV') === '1') ctx.warn('a:xfrm (xoay, lật ảnh)');
  const extent = child(frame, 'wp:extent');
  const width = Math.max(0, measure(extent, 'cx', EMUS) ?? 0);
  const height = Math.max(0, measure(extent, 'cy', EMUS) ?? 0);
  const inline: Inline = { kind: 'image', image: img, width, height, style };
  if (frame.name === 'wp:anchor') inline.anchor = anchor(frame, ctx);
  return inline;
}
