// Automatic paragraph spacing (w:beforeAutospacing / w:afterAutospacing, "Auto" in Word's paragraph
// dialog, written for "Normal (Web)" and HTML-born headings): a fixed amount, with Word's exceptions.
import type { Block, ParagraphStyle } from '../ir.js';

/**
 * The automatic space in points: 14 pt (280 twips), or 5 pt (100 twips) when the document sets
 * doNotUseHTMLParagraphAutoSpacing — the values Word uses and LibreOffice's import reproduces.
 */
export const autoSpace = (html: boolean): number => (html ? 14 : 5);

interface Placed {
  style: ParagraphStyle;
  /** The space after is automatic. */
  after: boolean;
  /** The list (w:numId) the paragraph belongs to. */
  numId: string | undefined;
}

/** What a container (table cell, text box) interrupts and gives back. */
export interface Saved {
  prev: Placed | undefined;
  opening: boolean;
}

/**
 * Applies the exceptions while a part's paragraphs are read in order (measured against LibreOffice 7.4,
 * which follows Word): no automatic space between paragraphs of the same list, and with HTML spacing
 * none before the first paragraph of the document, of a table cell or of a text box, none after the
 * last paragraph of a table cell. Headers and footers keep theirs (as LibreOffice lays them out).
 */
export class AutoSpacing {
  private prev: Placed | undefined;
  /** The next paragraph opens the document body, a cell or a text box. */
  private opening: boolean;

  constructor(
    private readonly html: boolean,
    opensStory: boolean,
  ) {
    this.opening = opensStory;
  }

  /** A paragraph just read: `before`/`after` say whether its spaces are automatic (already set to autoSpace). */
  place(style: ParagraphStyle, before: boolean, after: boolean, numId: string | undefined): void {
    const prev = this.prev;
    if (numId !== undefined && prev?.numId === numId) {
      if (before) style.spaceBefore = 0;
      if (prev.after) prev.style.spaceAfter = 0;
    }
    if (before && this.html && this.opening) style.spaceBefore = 0;
    this.prev = { style, after, numId };
    this.opening = false;
  }

  /** Before the blocks of a table cell or a text box. */
  enter(): Saved {
    const saved = { prev: this.prev, opening: this.opening };
    this.prev = undefined;
    this.opening = true;
    return saved;
  }

  /**
   * After them: a cell's last paragraph loses its automatic space after. A text box is read inside its
   * anchoring paragraph, which then continues as if the box were not there; after a table, nothing
   * precedes the next paragraph.
   */
  leave(saved: Saved, blocks: Block[], kind: 'cell' | 'textbox'): void {
    const last = blocks[blocks.length - 1];
    if (kind === 'cell' && this.html && this.prev?.after && last?.kind === 'paragraph' && last.style === this.prev.style) {
      last.style.spaceAfter = 0;
    }
    this.prev = kind === 'textbox' ? saved.prev : undefined;
    this.opening = kind === 'textbox' ? saved.opening : false;
  }
}
