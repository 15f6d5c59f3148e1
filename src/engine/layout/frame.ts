// Text frames (w:framePr): a group of paragraphs laid out at the frame's width and placed where it says on the page.
import type { Frame, PageSetup, Paragraph } from '../ir.js';
import type { Box } from './boxes.js';
import type { LayoutContext } from './context.js';
import { isSpace } from './lines.js';
import { layoutParagraph } from './paragraph.js';
import { stackBlocks, type Stacked } from './stack.js';
import type { Zone } from './wrap.js';

/**
 * The width of a frame without w:w: its widest line, laid out at the column's width, with its right
 * indent (Word and LibreOffice fit such a frame to its text: a page number framed at the right margin).
 */
function autoWidth(paragraphs: Paragraph[], column: number, ctx: LayoutContext): number {
  let widest = 0;
  for (const p of paragraphs) {
    for (const line of layoutParagraph({ ...p, style: { ...p.style, align: 'left' } }, column, ctx).lines) {
      line.atoms.forEach((a, i) => {
        if (!isSpace(a)) widest = Math.max(widest, (line.x[i] ?? 0) + (line.width[i] ?? 0) + p.style.indentRight);
      });
    }
  }
  return widest > 0 ? Math.min(column, widest) : column;
}

export interface FrameLayout {
  stacked: Stacked;
  width: number;
  height: number;
  /** Left edge from the column's left edge. */
  x: number;
}

/** A frame's paragraphs laid out at its width, and where it stands across a column `column` wide on `page`. */
export function layoutFrame(frame: Frame, paragraphs: Paragraph[], column: number, ctx: LayoutContext, page?: PageSetup): FrameLayout {
  const width = frame.width ?? autoWidth(paragraphs, column, ctx);
  // Inside the frame its paragraphs are plain ones.
  const stacked = stackBlocks(
    paragraphs.map(({ frame: _frame, ...p }) => p),
    width,
    ctx,
  );
  const height = frame.height?.rule === 'exact' ? frame.height.value : Math.max(stacked.height, frame.height?.value ?? 0);
  const [areaLeft, areaWidth] = frame.hAnchor === 'page' && page ? [-page.left, page.width] : [0, column];
  const x = aligned(frame.xAlign, areaLeft, areaWidth, width, frame.x);
  return { stacked, width, height, x };
}

/**
 * The area a frame anchored to the text keeps the text after it out of, `top` being where that text
 * starts (coordinates of the column): beside it when it wraps around and leaves room, else below it.
 */
export function frameZone(frame: Frame, laid: FrameLayout, top: number): Zone | undefined {
  if (frame.wrap === 'none') return undefined;
  const y = top + frame.y;
  const h = frame.hSpace ?? 0;
  return {
    top: y - frame.vSpace,
    bottom: y + laid.height + frame.vSpace,
    left: laid.x - h,
    right: laid.x + laid.width + h,
    full: frame.wrap === 'notBeside',
  };
}

/**
 * The boxes of a frame whose paragraphs would otherwise start at `flowTop`, and how far the text
 * below moves down: a frame anchored to the text that wraps (not 'none') takes its height and its
 * vertical distance from the text; an absolutely placed one takes nothing (text does not flow
 * around it here).
 */
export function placeFrame(
  frame: Frame,
  paragraphs: Paragraph[],
  page: PageSetup,
  flowTop: number,
  ctx: LayoutContext,
  pageNo: number,
): { boxes: Box[]; flow: number } {
  const column = page.width - page.left - page.right;
  const laid = layoutFrame(frame, paragraphs, column, ctx, page);
  const height = laid.height;
  const inText = frame.vAnchor === 'text';
  const [areaTop, areaHeight] =
    frame.vAnchor === 'page' ? [0, page.height] : inText ? [flowTop, 0] : [page.top, page.height - page.top - page.bottom];
  const y = aligned(frame.yAlign, areaTop, areaHeight, height, frame.y);
  const flow = inText && frame.wrap !== 'none' ? Math.max(0, frame.y) + height + frame.vSpace : 0;
  return { boxes: laid.stacked.draw(page.left + laid.x, y, pageNo), flow };
}

/**
 * Where a frame of `size` starts in an area (`start`, `extent`) on one axis: at its start, centre or
 * end when aligned ("left"/"top", "center", "right"/"bottom"), else at `offset` from the area's start.
 */
function aligned(align: string | undefined, start: number, extent: number, size: number, offset: number): number {
  if (align === 'center') return start + (extent - size) / 2;
  if (align === 'right' || align === 'bottom') return start + extent - size;
  if (align === 'left' || align === 'top') return start;
  return start + offset;
}
