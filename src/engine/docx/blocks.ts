// Block content (body, table cell, header, footer): paragraphs and tables in document order.
import type { Block } from '../ir.js';
import type { PartContext } from './context.js';
import { readParagraph } from './paragraph.js';
import { MARKS } from './marks.js';
import { alternateContent } from './runs.js';
import { readTable } from './table.js';
import { child, elements, type XElement } from './xml.js';

export interface BlockSink {
  push(block: Block): void;
  /** A paragraph carried w:sectPr: the section ends after it (body only). */
  sectionEnd?(sectPr: XElement): void;
}

export const arraySink = (out: Block[]): BlockSink => ({ push: (b) => out.push(b) });

const IGNORED = new Set(['w:sectPr', 'w:tcPr', ...MARKS, 'w:customXmlPr']);
const TRANSPARENT = new Set(['w:customXml', 'w:ins', 'w:moveTo']);

/** The blocks of a table cell or a text box: a story of their own for automatic paragraph spacing. */
export function readStory(nodes: XElement[], ctx: PartContext, kind: 'cell' | 'textbox'): Block[] {
  const blocks: Block[] = [];
  const saved = ctx.autoSpacing.enter();
  if (kind === 'cell') ctx.cellDepth++;
  readBlocks(nodes, ctx, arraySink(blocks));
  if (kind === 'cell') ctx.cellDepth--;
  ctx.autoSpacing.leave(saved, blocks, kind);
  return blocks;
}

export function readBlocks(nodes: XElement[], ctx: PartContext, sink: BlockSink): void {
  for (const el of nodes) {
    if (IGNORED.has(el.name)) continue;
    if (TRANSPARENT.has(el.name)) {
      readBlocks(elements(el), ctx, sink);
      continue;
    }
    switch (el.name) {
      case 'w:p': {
        const { paragraph, sectPr } = readParagraph(el, ctx);
        sink.push(paragraph);
        if (sectPr && sink.sectionEnd) sink.sectionEnd(sectPr);
        break;
      }
      case 'w:tbl':
        sink.push(readTable(el, ctx));
        break;
      case 'w:sdt':
        readBlocks(elements(child(el, 'w:sdtContent')), ctx, sink);
        break;
      case 'mc:AlternateContent':
        readBlocks(alternateContent(el), ctx, sink);
        break;
      case 'w:del':
      case 'w:moveFrom':
        ctx.warn(el.name, 'tracked-change');
        break;
      default:
        ctx.warn(el.name);
    }
  }
}
