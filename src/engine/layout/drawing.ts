// Drawings of shapes: their boxes (outlines, fills, lines, text boxes' paragraphs) and where an anchored object sits.
import type { Anchor, ShapeItem } from '../ir.js';
import type { Box } from './boxes.js';
import type { LayoutContext } from './context.js';
import type { Floating } from './atoms.js';
import { stackBlocks } from './stack.js';
import type { Zone } from './wrap.js';

/** Boxes of a drawing whose frame's top-left corner is at (x, y). */
export function drawItems(items: readonly ShapeItem[], x: number, y: number, ctx: LayoutContext, page: number, behindText = false): Box[] {
  const out: Box[] = [];
  for (const it of items) {
    const left = x + it.x;
    const top = y + it.y;
    const dash = it.stroke && it.stroke.dash !== 'solid' ? it.stroke.dash : undefined;
    if (it.geometry === 'line') {
      if (it.stroke) {
        const [y1, y2] = it.flipH !== it.flipV ? [top + it.height, top] : [top, top + it.height];
        out.push({
          kind: 'line',
          x1: left,
          y1,
          x2: left + it.width,
          y2,
          width: it.stroke.width,
          color: it.stroke.color,
          ...(dash ? { dash } : {}),
          ...(behindText ? { behindText } : {}),
        });
      }
    } else if (it.fill || it.stroke) {
      out.push({
        kind: 'shape',
        geometry: it.geometry,
        x: left,
        y: top,
        width: it.width,
        height: it.height,
        ...(it.fill ? { fill: it.fill } : {}),
        ...(it.radius !== undefined ? { radius: it.radius } : {}),
        ...(it.stroke ? { stroke: { width: it.stroke.width, color: it.stroke.color, ...(dash ? { dash } : {}) } } : {}),
        behindText,
      });
    }
    if (it.text && it.text.blocks.length > 0) {
      const { insets, vAlign } = it.text;
      const inner = Math.max(1, it.width - insets.left - insets.right);
      const stacked = stackBlocks(it.text.blocks, inner, ctx);
      const room = it.height - insets.top - insets.bottom - stacked.height;
      const dy = vAlign === 'center' ? room / 2 : vAlign === 'bottom' ? room : 0;
      out.push(...stacked.draw(left + insets.left, top + insets.top + Math.max(0, dy), page));
    }
  }
  return out;
}

/** Start of an object of `size` aligned in a frame [start, start + extent), or at its offset from the frame's start. */
function along(start: number, extent: number, size: number, offset: number, align: string | undefined): number {
  if (align === 'center') return start + (extent - size) / 2;
  if (align === 'right' || align === 'bottom' || align === 'outside') return start + extent - size;
  if (align) return start;
  return start + offset;
}

/**
 * The top-left corner of an anchored object on the page. Horizontally: the page, its margins, or the
 * column (`left`, `width`: the text column or table cell the paragraph is in; a character anchor is taken
 * as its column). Vertically: the page, its margins, or the paragraph's top (also for a line anchor).
 */
export function floatPosition(
  anchor: Anchor,
  size: { width: number; height: number },
  left: number,
  width: number,
  top: number,
  ctx: LayoutContext,
): { x: number; y: number } {
  const p = ctx.page;
  const [hx, hw] =
    anchor.relativeX === 'page'
      ? [0, p?.width ?? width]
      : anchor.relativeX === 'margin' && p
        ? [p.left, p.width - p.left - p.right]
        : [left, width];
  const [vy, vh] =
    anchor.relativeY === 'page'
      ? [0, p?.height ?? 0]
      : anchor.relativeY === 'margin' && p
        ? [p.top, p.height - p.top - p.bottom]
        : [top, 0];
  return { x: along(hx, hw, size.width, anchor.x, anchor.alignX), y: along(vy, vh, size.height, anchor.y, anchor.alignY) };
}

/** Boxes of an anchored picture or drawing of a paragraph whose top is at `top` in a column at `left`. */
export function drawFloating(f: Floating, left: number, width: number, top: number, ctx: LayoutContext, page: number): Box[] {
  const { x, y } = floatPosition(f.anchor, f, left, width, top, ctx);
  if (f.image) return [{ kind: 'image', x, y, width: f.width, height: f.height, image: f.image, behindText: f.anchor.behindText }];
  return drawItems(f.items ?? [], x, y, ctx, page, f.anchor.behindText);
}

/**
 * The area text keeps out of around an anchored object wrapped top-and-bottom or square, on the page
 * (the object's box grown by its wrapping distances); undefined for objects text runs over or under.
 */
export function wrapZone(f: Floating, left: number, width: number, top: number, ctx: LayoutContext): Zone | undefined {
  const wrap = f.anchor.wrap;
  if (wrap !== 'topAndBottom' && wrap !== 'square') return undefined;
  const { x, y } = floatPosition(f.anchor, f, left, width, top, ctx);
  const d = f.anchor.distance ?? { top: 0, bottom: 0, left: 0, right: 0 };
  return { top: y - d.top, bottom: y + f.height + d.bottom, left: x - d.left, right: x + f.width + d.right, full: wrap === 'topAndBottom' };
}
