// Blocks stacked in a column without page breaks: table cells, headers and footers.
import type { Block, Frame, Paragraph } from '../ir.js';
import type { Box } from './boxes.js';
import type { LayoutContext } from './context.js';
import { drawFloating, wrapZone } from './drawing.js';
import {
  borderExtent,
  borderJoin,
  drawBorder,
  drawLine,
  drawSideBorder,
  layoutParagraph,
  type BorderJoin,
  type ParagraphLayout,
} from './paragraph.js';
import { frameZone, layoutFrame, placeFrame, type FrameLayout } from './frame.js';
import { layoutTable, type TableLayout } from './table.js';
import type { Zone } from './wrap.js';

export interface Stacked {
  height: number;
  draw(left: number, top: number, page: number): Box[];
}

type Item =
  | { kind: 'para'; p: ParagraphLayout; join: BorderJoin }
  | { kind: 'table'; t: TableLayout }
  /** A frame anchored to the text (its paragraphs, grouped): placed at the text after it, which wraps around it. */
  | { kind: 'frame'; frame: Frame; laid: FrameLayout }
  /** A frame placed on the page: drawn there, the text does not wrap around it. */
  | { kind: 'placed'; frame: Frame; paragraphs: Paragraph[] };

/** Paragraphs with the same frame, consecutive, form one frame. */
function frameGroups(blocks: Block[], width: number, ctx: LayoutContext, overhang: number): Item[] {
  const items: Item[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.kind === 'table') {
      items.push({ kind: 'table', t: layoutTable(b, width, ctx) });
      continue;
    }
    if (!b.frame) {
      const join = borderJoin(blocks, i);
      items.push({ kind: 'para', p: layoutParagraph(b, width, ctx, overhang, undefined, join), join });
      continue;
    }
    const key = JSON.stringify(b.frame);
    const group: Paragraph[] = [b];
    while (i + 1 < blocks.length) {
      const n = blocks[i + 1] as Block;
      if (n.kind !== 'paragraph' || !n.frame || JSON.stringify(n.frame) !== key) break;
      group.push(n);
      i++;
    }
    items.push(
      b.frame.vAnchor === 'text'
        ? { kind: 'frame', frame: b.frame, laid: layoutFrame(b.frame, group, width, ctx, ctx.page) }
        : { kind: 'placed', frame: b.frame, paragraphs: group },
    );
  }
  return items;
}

/**
 * Space the second paragraph adds above itself. Between two paragraphs the gap is the larger of
 * the first's space after and the second's space before (as LibreOffice and Word lay out .docx),
 * and contextual spacing removes both between paragraphs of one style.
 */
export function gapBetween(prev: ParagraphLayout | undefined, next: ParagraphLayout, rule: 'max' | 'sum'): number {
  const same = prev && prev.source.style.styleId === next.source.style.styleId;
  const before = same && next.source.style.contextualSpacing ? 0 : next.spaceBefore;
  return prev && rule === 'max' ? Math.max(0, before - afterOf(prev, next)) : before;
}

export function afterOf(p: ParagraphLayout, next: ParagraphLayout | undefined): number {
  const same = next && next.source.style.styleId === p.source.style.styleId;
  return same && p.source.style.contextualSpacing ? 0 : p.spaceAfter;
}

export function paragraphHeight(p: ParagraphLayout): number {
  return p.borderTop + p.lines.reduce((s, l) => s + l.height, 0) + p.borderBottom;
}

/**
 * Boxes of lines [from, to) of a paragraph whose first drawn line starts at `top`; borders and floats
 * at its ends. `joinAbove`: the gap above that its shading fills (the previous paragraph has the same);
 * `borderAbove`: the gap above that its left and right borders span (its border box goes on from the
 * paragraph above).
 */
export function drawParagraph(
  p: ParagraphLayout,
  left: number,
  width: number,
  top: number,
  ctx: LayoutContext,
  page: number,
  from = 0,
  to = p.lines.length,
  joinAbove = 0,
  borderAbove = 0,
): Box[] {
  const boxes: Box[] = [];
  const style = p.source.style;
  if (style.shading) boxes.push(shadingBox(p, left, width, top, from, to, joinAbove));
  // The box's edges: top and bottom borders reach out to the left and right ones.
  const inner = { left: left + style.indentLeft, right: left + width - style.indentRight };
  const outer = { left: inner.left - borderExtent(style.borderLeft), right: inner.right + borderExtent(style.borderRight) };
  let y = top;
  if (from === 0) {
    for (const f of p.floating) {
      boxes.push(...drawFloating(f, left, width, top, ctx, page));
      const zone = ctx.zoneSink && wrapZone(f, left, width, top, ctx);
      if (zone) ctx.zoneSink?.(zone);
    }
    if (!p.join.above) boxes.push(...drawBorder(style.borderTop, outer.left, outer.right, top + (style.borderTop?.width ?? 0) / 2));
    y += p.borderTop;
  }
  for (const line of p.lines.slice(from, to)) {
    boxes.push(...drawLine(line, left, y, ctx, page));
    y += line.height;
  }
  const end = to === p.lines.length;
  if (end && !p.join.below && style.borderBottom && style.borderBottom.style !== 'none') {
    boxes.push(...drawBorder(style.borderBottom, outer.left, outer.right, y + style.borderBottom.space + style.borderBottom.width / 2));
  }
  // Left and right borders, outside the text: from the box's top (or the paragraph above's) to its bottom.
  const sideTop = top - (from === 0 ? borderAbove : 0);
  const sideBottom = y + (end ? p.borderBottom : 0);
  const l = style.borderLeft;
  const r = style.borderRight;
  if (l) boxes.push(...drawSideBorder(l, inner.left - l.space - l.width / 2, sideTop, sideBottom, -1));
  if (r) boxes.push(...drawSideBorder(r, inner.right + r.space + r.width / 2, sideTop, sideBottom, 1));
  return boxes;
}

/** `overhang`: how far past the right edge tab stops may reach (see layoutParagraph). */
/**
 * A paragraph's background, as Word and LibreOffice paint it: between its indents (from the leftmost
 * of the left and first-line indents), over its lines and top/bottom borders, not over the space
 * before or after unless the paragraph above has the same shading.
 */
function shadingBox(p: ParagraphLayout, left: number, width: number, top: number, from: number, to: number, joinAbove: number): Box {
  const style = p.source.style;
  // With left and right borders it fills the space up to them, as Word paints it.
  const x = left + Math.min(style.indentLeft, style.indentLeft + style.firstLine) - (style.borderLeft?.space ?? 0);
  let height = joinAbove + (from === 0 ? p.borderTop : 0) + (to === p.lines.length ? p.borderBottom : 0);
  for (let i = from; i < to; i++) height += p.lines[i]?.height ?? 0;
  const right = left + width - style.indentRight + (style.borderRight?.space ?? 0);
  return { kind: 'rect', x, y: top - joinAbove, width: right - x, height, color: style.shading as string };
}

/** The gap above `next` that its left and right borders span: the whole gap when its box goes on from the paragraph above. */
export function borderGap(prev: ParagraphLayout | undefined, next: ParagraphLayout, gap: number): number {
  return prev && next.join.above ? gap + afterOf(prev, next) : 0;
}

/** The gap above `next` that its shading fills: the whole gap when the paragraph above has the same shading. */
export function shadedGap(prev: ParagraphLayout | undefined, next: ParagraphLayout, gap: number): number {
  const shading = next.source.style.shading;
  return shading && prev?.source.style.shading === shading ? gap + afterOf(prev, next) : 0;
}

export function stackBlocks(blocks: Block[], width: number, ctx: LayoutContext, overhang = 0): Stacked {
  const items = frameGroups(blocks, width, ctx, overhang);
  const tops: number[] = [];
  const joins: number[] = [];
  const sides: number[] = [];
  const zones: Zone[] = [];
  let y = 0;
  let prev: ParagraphLayout | undefined;
  items.forEach((item, i) => {
    if (item.kind === 'frame' || item.kind === 'placed') {
      tops.push(y);
      const zone = item.kind === 'frame' && frameZone(item.frame, item.laid, y);
      if (zone) zones.push(zone);
      prev = undefined;
    } else if (item.kind === 'para') {
      const gap = gapBetween(prev, item.p, ctx.settings.paragraphSpacing);
      const near = zones.filter((z) => z.bottom > y + gap && z.top < y + gap + paragraphHeight(item.p));
      if (near.length > 0) {
        const top = y + gap + item.p.borderTop;
        item.p = layoutParagraph(
          item.p.source,
          width,
          ctx,
          overhang,
          near.map((z) => ({ ...z, top: z.top - top, bottom: z.bottom - top })),
          item.join,
        );
      }
      joins[i] = shadedGap(prev, item.p, gap);
      sides[i] = borderGap(prev, item.p, gap);
      y += gap;
      tops.push(y);
      y += paragraphHeight(item.p);
      const next = items[i + 1];
      y += afterOf(item.p, next?.kind === 'para' ? next.p : undefined);
      prev = item.p;
    } else {
      tops.push(y);
      y += item.t.rows.reduce((s, r) => s + r.height, 0);
      prev = undefined;
    }
  });
  return {
    height: y,
    draw(left, top, page) {
      return items.flatMap((item, i) => {
        const at = top + (tops[i] ?? 0);
        if (item.kind === 'frame') return item.laid.stacked.draw(left + item.laid.x, at + item.frame.y, page);
        if (item.kind === 'placed') return ctx.page ? placeFrame(item.frame, item.paragraphs, ctx.page, at, ctx, page).boxes : [];
        if (item.kind === 'para')
          return drawParagraph(item.p, left, width, at, ctx, page, 0, item.p.lines.length, joins[i] ?? 0, sides[i] ?? 0);
        let ry = at;
        return item.t.rows.flatMap((r) => {
          const boxes = r.draw(left, ry, page);
          ry += r.height;
          return boxes;
        });
      });
    },
  };
}
