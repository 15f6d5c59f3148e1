// Footnotes and endnotes (word/footnotes.xml, word/endnotes.xml): a note is read where it is referenced and numbered in reference order.
import type { Block, Inline, Note, Paragraph, RunStyle } from '../ir.js';
import { arraySink, readBlocks } from './blocks.js';
import { PartContext, type DocContext } from './context.js';
import { formatNumber, SUPPORTED_FORMATS } from './numbering.js';
import { attr, child, childrenNamed, elements, intAttr, val, type XElement } from './xml.js';

/** Separator and notice entries of the notes part: drawn by the layout, not content. */
const SPECIAL = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

/** Numbering of notes (w:footnotePr / w:endnotePr): format and first number. */
export interface NoteNumbering {
  fmt: string;
  start: number;
}

/** w:footnotePr or w:endnotePr of the settings or the last section, over Word's defaults (1, 2, 3… / i, ii, iii…). */
export function noteNumbering(props: Array<XElement | undefined>, fallbackFmt: string, warn: (e: string) => void): NoteNumbering {
  let fmt = fallbackFmt;
  let start = 1;
  for (const p of props) {
    const f = val(child(p, 'w:numFmt'));
    if (f) fmt = f;
    const s = intAttr(child(p, 'w:numStart'), 'w:val');
    if (s !== undefined && s >= 0) start = s;
    const restart = val(child(p, 'w:numRestart'));
    if (restart && restart !== 'continuous') warn(`w:numRestart w:val="${restart}"`);
    if (val(child(p, 'w:pos')) && !['pageBottom', 'docEnd', 'sectEnd'].includes(val(child(p, 'w:pos')) ?? '')) warn('w:pos');
  }
  if (!SUPPORTED_FORMATS.has(fmt) || fmt === 'bullet') {
    warn(`w:numFmt "${fmt}"`);
    fmt = 'decimal';
  }
  return { fmt, start };
}

/** The notes of one part, by id; each referenced note is read once, with its number. */
export class NoteStore {
  private readonly byId = new Map<string, XElement>();
  private readonly ctx: PartContext;
  private count = 0;

  constructor(
    root: XElement | undefined,
    doc: DocContext,
    part: string,
    private readonly tag: 'w:footnote' | 'w:endnote',
    private readonly numbering: NoteNumbering,
  ) {
    for (const el of childrenNamed(root, tag)) {
      const id = attr(el, 'w:id');
      if (id !== undefined && !SPECIAL.has(attr(el, 'w:type') ?? '') && !this.byId.has(id)) this.byId.set(id, el);
    }
    this.ctx = new PartContext(doc, part);
  }

  /**
   * A reference (w:footnoteReference): its mark (the next number, unless the run carries its own
   * mark, w:customMarkFollows) and the note; nothing when the note is missing.
   */
  reference(ref: XElement, style: RunStyle, from: PartContext, out: Inline[]): void {
    const el = this.byId.get(attr(ref, 'w:id') ?? '');
    if (!el) {
      from.warn(ref.name);
      return;
    }
    const custom = ['1', 'true', 'on'].includes(attr(ref, 'w:customMarkFollows') ?? '');
    const mark = custom ? '' : formatNumber(this.numbering.start + this.count++, this.numbering.fmt);
    if (mark) from.pushText(out, mark, style);
    const blocks: Block[] = [];
    this.ctx.noteMark = mark;
    readBlocks(elements(el), this.ctx, arraySink(blocks));
    this.ctx.noteMark = undefined;
    const note: Note = { blocks };
    out.push({ kind: 'note', note, style });
  }
}

/**
 * Endnotes after the last section's text, where Word prints them, after an empty line of the first
 * note's style (Word draws a short rule in it, which is left out here).
 */
export function endnoteArea(blocks: Block[]): Block[] {
  const first = blocks.find((b): b is Paragraph => b.kind === 'paragraph');
  if (!first) return blocks;
  const { borderTop: _t, borderBottom: _b, ...plain } = first.style;
  const gap: Paragraph = {
    kind: 'paragraph',
    style: { ...plain, spaceBefore: 0, spaceAfter: 0, keepNext: true, pageBreakBefore: false },
    markStyle: first.markStyle,
    inlines: [],
  };
  return [gap, ...blocks];
}
