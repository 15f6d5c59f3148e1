// The body of a section flowed into pages: keep rules, widow and orphan control, page breaks, table rows.
import type { Block, Note, Paragraph, Row, Section } from '../ir.js';
import { frameZone, layoutFrame, placeFrame } from './frame.js';
import type { Box } from './boxes.js';
import type { LayoutContext } from './context.js';
import { wrapZone } from './drawing.js';
import { Foot, notePieces, SEPARATOR_HEIGHT, type NotePiece } from './notes.js';
import { borderJoin, layoutParagraph, type ParagraphLayout } from './paragraph.js';
import { afterOf, borderGap, drawParagraph, gapBetween, paragraphHeight, shadedGap } from './stack.js';
import type { Line } from './lines.js';
import { layoutTable, type RowLayout, type TableLayout } from './table.js';
import type { Zone } from './wrap.js';

type Planned = { kind: 'para'; p: ParagraphLayout } | { kind: 'table'; t: TableLayout };

/** Height of what must stay with the previous block when it keeps with next: this block's first line or row. */
function leadHeight(item: Planned | undefined, prev: ParagraphLayout | undefined, rule: 'max' | 'sum'): number {
  if (!item) return 0;
  if (item.kind === 'table') return (item.t.rows.find((r) => !r.header) ?? item.t.rows[0])?.height ?? 0;
  const p = item.p;
  // What must start on the page with the block before: under widow control a paragraph of three lines or
  // fewer cannot split (one line would be alone at one end), a longer one leaves two lines at least.
  const n = p.lines.length;
  const lead = p.source.style.keepLines ? n : p.source.style.widowControl ? (n <= 3 ? n : 2) : 1;
  const lines = p.lines.slice(0, lead);
  // The last line kept on the page needs room only for its text (see Line.fit).
  return gapBetween(prev, p, rule) + p.borderTop + lines.reduce((s, l, i) => s + (i === lines.length - 1 ? l.fit : l.height), 0);
}

/**
 * A paragraph starting `y` below the body's top, laid out again around the page's wrapping zones when
 * its lines meet one; the zones of its own wrapped anchored objects are added to `zones` first.
 */
function wrapped(
  p: ParagraphLayout,
  zones: Zone[],
  left: number,
  width: number,
  overhang: number,
  bodyTop: number,
  y: number,
  ctx: LayoutContext,
): ParagraphLayout {
  for (const f of p.floating) {
    const z = wrapZone(f, left, width, bodyTop + y, ctx);
    if (z) zones.push({ ...z, top: z.top - bodyTop, bottom: z.bottom - bodyTop, left: z.left - left, right: z.right - left });
  }
  const top = y + p.borderTop;
  const bottom = top + paragraphHeight(p);
  const near = zones.filter((z) => z.bottom > top && z.top < bottom);
  if (near.length === 0) return p;
  return layoutParagraph(
    p.source,
    width,
    ctx,
    overhang,
    near.map((z) => ({ ...z, top: z.top - top, bottom: z.bottom - top })),
    p.join,
  );
}

/** Footnotes referenced in a table row's cells, in reading order. */
function rowNotes(row: Row): Note[] {
  const out: Note[] = [];
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'table') for (const r of b.rows) for (const c of r.cells) walk(c.blocks);
      else for (const i of b.inlines) if (i.kind === 'note') out.push(i.note);
    }
  };
  for (const c of row.cells) walk(c.blocks);
  return out;
}

/**
 * Where a section's body stopped on its last page: a continuous section goes on from there, on the same
 * page, with the notes already at its foot and the areas kept clear (both in page coordinates).
 */
export interface BodyEnd {
  /** Bottom of the last block placed, from the page's top. */
  y: number;
  empty: boolean;
  /** The page is not the document's first: space before a paragraph at its top is dropped. */
  continued: boolean;
  prev?: ParagraphLayout;
  foot: Foot;
  zones: Zone[];
  /** Draws the notes at the foot of the page; called when no section continues on it. */
  finish(): Box[];
}

export interface Body {
  /** The boxes of each page; with `from`, the first is the page the previous section ended on. */
  pages: Box[][];
  end: BodyEnd;
}

/**
 * `pageZones`: the areas the header and footer of the section's n-th page (0-based; page number
 * `number`) keep text out of, in page coordinates. `from`: where the previous section ended, when this
 * one continues on its last page.
 */
export function paginateBody(
  section: Section,
  ctx: LayoutContext,
  firstPageNumber: number,
  pageZones?: (n: number, number: number) => Zone[],
  from?: BodyEnd,
): Body {
  const page = section.page;
  const left = page.left;
  const width = page.width - page.left - page.right;
  const bodyTop = page.top;
  const bodyHeight = page.height - page.top - page.bottom;
  // Blocks are laid out as pagination reaches them (it looks one block ahead) and let go once placed:
  // a long section never holds every paragraph's glyphs and lines at once, only its boxes.
  const planned: Array<Planned | undefined> = [];
  const plan = (i: number): Planned | undefined => {
    const b: Block | undefined = section.blocks[i];
    if (!b || planned[i]) return planned[i];
    ctx.shaper.where = { paragraph: i + 1 };
    return (planned[i] =
      b.kind === 'paragraph'
        ? { kind: 'para', p: layoutParagraph(b, width, ctx, page.right, undefined, borderJoin(section.blocks, i)) }
        : { kind: 'table', t: layoutTable(b, width, ctx) });
  };
  const pages: Box[][] = [[]];
  let y = from ? from.y - bodyTop : 0;
  let empty = from?.empty ?? true;
  const shift = (z: Zone, dy: number, dx: number): Zone => ({
    ...z,
    top: z.top + dy,
    bottom: z.bottom + dy,
    left: z.left + dx,
    right: z.right + dx,
  });
  /** Areas of the current page that wrapped anchored objects keep text out of: y from the body's top, x from the column's left. */
  const storyZones = (n: number): Zone[] => (pageZones?.(n, firstPageNumber + n) ?? []).map((z) => shift(z, -bodyTop, -left));
  let zones: Zone[] = from ? from.zones.map((z) => shift(z, -bodyTop, -left)) : storyZones(0);
  const current = () => pages[pages.length - 1] as Box[];
  const pageNo = () => firstPageNumber + pages.length - 1;
  // Footnotes: the notes of this page at its foot, the pieces that did not fit carried to the next.
  let foot = from?.foot ?? new Foot();
  let carry: NotePiece[] = [];
  const piecesOf = new Map<Note, NotePiece[]>();
  const pieces = (note: Note) => {
    let found = piecesOf.get(note);
    if (!found) piecesOf.set(note, (found = notePieces(note, width, ctx)));
    return found;
  };
  /** What the body may fill: the text area less this page's notes. */
  const room = () => bodyHeight - foot.height;
  const place = (piece: NotePiece, force: boolean) => {
    if (carry.length === 0 && (force || y + foot.height + foot.growth(piece.height) <= bodyHeight + 0.01)) foot.add(piece);
    else carry.push(piece);
  };
  const addNotes = (notes: readonly Note[] | undefined) => {
    for (const note of notes ?? []) for (const piece of pieces(note)) place(piece, false);
  };
  const finishPage = () => {
    current().push(...foot.draw(left, width, bodyTop + bodyHeight, pageNo()));
  };
  const newPage = () => {
    finishPage();
    pages.push([]);
    y = 0;
    empty = true;
    zones = storyZones(pages.length - 1);
    foot = new Foot();
    // Notes carried from the page before come first (the first piece even if it alone is too tall).
    const waiting = carry;
    carry = [];
    waiting.forEach((piece, k) => place(piece, k === 0));
  };
  /** Height a line's notes add to the foot, whole and up to their first piece (at least that must stay with the line). */
  const noteNeeds = (notes: readonly Note[] | undefined, reserved: number): { whole: number; first: number } => {
    if (!notes) return { whole: 0, first: 0 };
    const sep = foot.pieces.length === 0 && reserved === 0 && carry.length === 0 ? SEPARATOR_HEIGHT : 0;
    const all = notes.flatMap(pieces);
    return { whole: sep + all.reduce((t, x) => t + x.height, 0), first: sep + (all[0]?.height ?? 0) };
  };
  let prev: ParagraphLayout | undefined = from?.prev;
  /** Space before is dropped at the top of a page, except on the document's first. */
  const atTop = () => empty && (pages.length > 1 || from?.continued === true);

  for (let i = 0; i < section.blocks.length; i++) {
    const block = section.blocks[i];
    if (block?.kind === 'paragraph' && block.frame) {
      // A frame: it and the next paragraphs with the same frame, placed together where the frame says.
      const key = JSON.stringify(block.frame);
      let end = i + 1;
      while (end < section.blocks.length) {
        const b = section.blocks[end];
        if (b?.kind !== 'paragraph' || !b.frame || JSON.stringify(b.frame) !== key) break;
        end++;
      }
      const group = section.blocks.slice(i, end) as Paragraph[];
      if (block.frame.vAnchor === 'text' && block.frame.wrap === 'around') {
        // The text after it wraps around it: beside it where there is room, else below it.
        const laid = layoutFrame(block.frame, group, width, ctx, page);
        if (!empty && y + block.frame.y + laid.height > room()) newPage();
        current().push(...laid.stacked.draw(left + laid.x, bodyTop + y + block.frame.y, pageNo()));
        const zone = frameZone(block.frame, laid, y);
        if (zone) zones.push(zone);
        planned.length = 0;
        prev = undefined;
        i = end - 1;
        continue;
      }
      const placed = placeFrame(block.frame, group, page, bodyTop + y, ctx, pageNo());
      if (placed.flow > 0 && !empty && y + placed.flow > room()) {
        newPage();
        current().push(...placeFrame(block.frame, group, page, bodyTop + y, ctx, pageNo()).boxes);
      } else current().push(...placed.boxes);
      y += placed.flow;
      if (placed.flow > 0) empty = false;
      planned.length = 0;
      prev = undefined;
      i = end - 1;
      continue;
    }
    const item = plan(i) as Planned;
    const next = plan(i + 1);
    planned[i] = undefined;
    if (item.kind === 'table') {
      const headers = item.t.rows.filter((r) => r.header);
      const repeatHeaders = () => {
        for (const h of headers) {
          current().push(...h.draw(left, bodyTop + y, pageNo()));
          y += h.height;
        }
      };
      const source = section.blocks[i];
      item.t.rows.forEach((whole, r) => {
        const notes = source?.kind === 'table' && source.rows[r] ? rowNotes(source.rows[r]) : [];
        let row: RowLayout | undefined = whole;
        while (row) {
          if (y + row.height <= room() + 0.01 || (empty && !row.split)) {
            current().push(...row.draw(left, bodyTop + y, pageNo()));
            y += row.height;
            empty = false;
            addNotes(notes);
            break;
          }
          // A row that may split fills this page and goes on on the next; one that may not moves whole.
          const parts: [RowLayout, RowLayout] | undefined = row.split?.(room() - y);
          if (parts) {
            current().push(...parts[0].draw(left, bodyTop + y, pageNo()));
            y = room();
            addNotes(notes.splice(0));
            row = parts[1];
          } else if (empty) {
            current().push(...row.draw(left, bodyTop + y, pageNo()));
            y += row.height;
            addNotes(notes);
            break;
          }
          newPage();
          if (!whole.header) repeatHeaders();
        }
      });
      prev = undefined;
      continue;
    }
    let p = item.p;
    const style = p.source.style;
    if (style.pageBreakBefore && !empty) newPage();
    let before = atTop() ? 0 : gapBetween(prev, p, ctx.settings.paragraphSpacing);
    const whole = before + paragraphHeight(p);
    const keepWith = style.keepNext
      ? leadHeight(next, p, ctx.settings.paragraphSpacing) + afterOf(p, next?.kind === 'para' ? next.p : undefined)
      : 0;
    const lastLine = p.lines[p.lines.length - 1];
    const slack = style.keepNext || !lastLine ? 0 : lastLine.height - lastLine.fit;
    // A long paragraph that keeps with the next need not move whole (CSS orphans/widows 2): it may
    // break, so long as its last two lines go to the next page with the next block's first line.
    const splittable = style.keepNext && !style.keepLines && style.widowControl && p.lines.length >= 4 && !p.lines.some((l) => l.pageBreak);
    const needed = (style.keepLines || style.keepNext) && !splittable ? whole + keepWith - slack : 0;
    if (needed > 0 && !empty && y + needed > room() && needed <= bodyHeight) {
      newPage();
      before = 0;
    }
    // Shading joins the paragraph above's across the gap, unless the paragraph opens a page.
    const join = empty ? 0 : shadedGap(prev, p, before);
    const sides = empty ? 0 : borderGap(prev, p, before);
    const startPage = pages.length;
    y += before;
    if (p.floating.length > 0 || zones.length > 0) p = wrapped(p, zones, left, width, page.right, bodyTop, y, ctx);
    let from = 0;
    while (from < p.lines.length) {
      let fit = 0;
      let h = from === 0 ? p.borderTop : 0;
      // A line referencing notes needs room for them too; at least their first line must fit with it.
      let reserved = 0;
      while (from + fit < p.lines.length) {
        const line = p.lines[from + fit] as Line;
        const base = y + h + line.fit + foot.height + reserved;
        const needs = noteNeeds(line.notes, reserved);
        if (base + needs.whole > bodyHeight + 0.01 && (needs.first === 0 || base + needs.first > bodyHeight + 0.01)) break;
        const partial = base + needs.whole > bodyHeight + 0.01;
        reserved += needs.whole;
        h += line.height;
        fit++;
        if (line.pageBreak || partial) break;
      }
      const remaining = p.lines.length - from;
      const forcedBreak = p.lines[from + fit - 1]?.pageBreak === true;
      let take = fit;
      if (!forcedBreak && take < remaining) {
        if (style.widowControl && remaining - take === 1 && take >= 2) take -= 1;
        // A single first line stays with the rest, also when it is what leaving a widow's partner behind left.
        if (style.widowControl && from === 0 && take === 1 && remaining > 1) take = 0;
        if (style.keepLines && from === 0) take = 0;
      }
      if (splittable && !forcedBreak && take === remaining && !empty) {
        let end = y + (from === 0 ? p.borderTop : 0) + p.borderBottom + keepWith;
        for (let k = from; k < from + take; k++) end += p.lines[k]?.height ?? 0;
        if (end > room() - reserved + 0.01) {
          // The next block would start on the next page alone: two lines at least go with it, two at least stay.
          take = Math.max(0, remaining - 2);
          if (from === 0 && take < 2) take = 0;
        }
      }
      if (take === 0 && empty) take = Math.max(1, fit);
      if (take > 0) {
        current().push(
          ...drawParagraph(
            p,
            left,
            width,
            bodyTop + y,
            ctx,
            pageNo(),
            from,
            from + take,
            from === 0 && pages.length === startPage ? join : 0,
            from === 0 && pages.length === startPage ? sides : 0,
          ),
        );
        for (let k = from; k < from + take; k++) y += p.lines[k]?.height ?? 0;
        if (from === 0) y += p.borderTop;
        empty = false;
        for (let k = from; k < from + take; k++) if (p.lines[k]?.notes) addNotes(p.lines[k]?.notes);
        from += take;
      }
      if (from < p.lines.length || p.lines[from - 1]?.pageBreak) newPage();
    }
    y += p.borderBottom + afterOf(p, next?.kind === 'para' ? next.p : undefined);
    prev = p;
  }
  while (carry.length > 0) newPage();
  const end: BodyEnd = {
    y: bodyTop + y,
    empty,
    continued: pages.length > 1 || from?.continued === true,
    prev,
    foot,
    zones: zones.map((z) => shift(z, bodyTop, left)),
    finish: () => foot.draw(left, width, bodyTop + bodyHeight, firstPageNumber + pages.length - 1),
  };
  return { pages, end };
}
