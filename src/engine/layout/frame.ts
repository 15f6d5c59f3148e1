// Text frames (w:framePr): a group of paragraphs laid out at the frame's width and placed where it says on the page.
import type { Frame, PageSetup, Paragraph } from '../ir.js';
import type { Box } from './boxes.js';
import type { LayoutContext } from './context.js';
import { stackBlocks } from './stack.js';

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
  const width = frame.width ?? column;
  const stacked = stackBlocks(paragraphs, width, ctx);
  const height = frame.height?.rule === 'exact' ? frame.height.value : Math.max(stacked.height, frame.height?.value ?? 0);
  const [areaLeft, areaWidth] = frame.hAnchor === 'page' ? [0, page.width] : [page.left, column];
  const x =
    frame.xAlign === 'center'
      ? areaLeft + (areaWidth - width) / 2
      : frame.xAlign === 'right'
        ? areaLeft + areaWidth - width
        : frame.xAlign === 'left'
          ? areaLeft
          : areaLeft + frame.x;
  const inText = frame.vAnchor === 'text';
  const [areaTop, areaHeight] =
    frame.vAnchor === 'page' ? [0, page.height] : inText ? [flowTop, 0] : [page.top, page.height - page.top - page.bottom];
  const y =
    frame.yAlign === 'center'
      ? areaTop + (areaHeight - height) / 2
      : frame.yAlign === 'bottom'
        ? areaTop + areaHeight - height
        : frame.yAlign === 'top'
          ? areaTop
          : areaTop + frame.y;
  const flow = inText && frame.wrap !== 'none' ? Math.max(0, frame.y) + height + frame.vSpace : 0;
  return { boxes: stacked.draw(x, y, pageNo), flow };
}
