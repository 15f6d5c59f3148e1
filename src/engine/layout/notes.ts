// Footnotes at the foot of the page: each note cut into pieces (lines, whole tables) that fill the area above the bottom margin.
import type { Block, Note } from '../ir.js';
import type { Box } from './boxes.js';
import type { LayoutContext } from './context.js';
import { layoutParagraph, type ParagraphLayout } from './paragraph.js';
import { afterOf, drawParagraph, gapBetween } from './stack.js';
import { layoutTable, type TableLayout } from './table.js';

/**
 * The separator above a page's notes, as LibreOffice draws Word's: a 0.5 pt rule a quarter of the
 * column wide, 0.1 cm of space above it and below it.
 */
export const SEPARATOR = { above: 72 / 2.54 / 10, rule: 0.5, below: 72 / 2.54 / 10, share: 0.25 };
export const SEPARATOR_HEIGHT = SEPARATOR.above + SEPARATOR.rule + SEPARATOR.below;

/** A piece of a note: one line of a paragraph (with the spacing around it), or a whole table. */
export interface NotePiece {
  height: number;
  draw(left: number, top: number, page: number): Box[];
}

/** A note's content cut into pieces a page may end between. */
export function notePieces(note: Note, width: number, ctx: LayoutContext): NotePiece[] {
  const pieces: NotePiece[] = [];
  let prev: ParagraphLayout | undefined;
  type Item = { kind: 'p'; p: ParagraphLayout } | { kind: 't'; t: TableLayout };
  const items = note.blocks.map((b: Block): Item =>
    b.kind === 'paragraph' ? { kind: 'p', p: layoutParagraph(b, width, ctx) } : { kind: 't', t: layoutTable(b, width, ctx) },
  );
  items.forEach((item, i) => {
    if (item.kind === 't') {
      const rows = item.t.rows;
      pieces.push({
        height: rows.reduce((s, r) => s + r.height, 0),
        draw: (left, top, page) => {
          let y = top;
          return rows.flatMap((r) => {
            const out = r.draw(left, y, page);
            y += r.height;
            return out;
          });
        },
      });
      prev = undefined;
      return;
    }
    const p = item.p;
    const next = items[i + 1];
    const before = gapBetween(prev, p, ctx.settings.paragraphSpacing);
    const after = afterOf(p, next?.kind === 'p' ? next.p : undefined);
    p.lines.forEach((line, k) => {
      const first = k === 0;
      const last = k === p.lines.length - 1;
      const lead = first ? before : 0;
      pieces.push({
        height: lead + (first ? p.borderTop : 0) + line.height + (last ? p.borderBottom + after : 0),
        draw: (left, top, page) => drawParagraph(p, left, width, top + lead, ctx, page, k, k + 1),
      });
    });
    prev = p;
  });
  return pieces;
}

/** The notes of one page: the pieces placed there, in order, and their height with the separator. */
export class Foot {
  readonly pieces: NotePiece[] = [];
  height = 0;

  /** Height the foot grows by with `extra` points of notes (the separator comes with the first). */
  growth(extra: number): number {
    return extra > 0 && this.pieces.length === 0 ? extra + SEPARATOR_HEIGHT : extra;
  }

  add(piece: NotePiece): void {
    this.height += this.growth(piece.height);
    this.pieces.push(piece);
  }

  /** The separator and the notes, ending at the bottom of the text area (`bottom`). */
  draw(left: number, width: number, bottom: number, page: number): Box[] {
    if (this.pieces.length === 0) return [];
    let y = bottom - this.height;
    const ruleY = y + SEPARATOR.above + SEPARATOR.rule / 2;
    const boxes: Box[] = [
      { kind: 'line', x1: left, y1: ruleY, x2: left + width * SEPARATOR.share, y2: ruleY, width: SEPARATOR.rule, color: '000000' },
    ];
    y += SEPARATOR_HEIGHT;
    for (const piece of this.pieces) {
      boxes.push(...piece.draw(left, y, page));
      y += piece.height;
    }
    return boxes;
  }
}
