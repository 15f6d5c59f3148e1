// Inline text of one HTML block: browser whitespace collapsing, <br> breaks, bold/italic spans, NFC.

/** A piece of a block's text: styled text (never empty) or a forced line break. */
export type Span = { kind: 'text'; text: string; bold: boolean; italic: boolean } | { kind: 'break' };

export interface Format {
  bold: boolean;
  italic: boolean;
}

export const PLAIN: Format = { bold: false, italic: false };

/** HTML's ASCII whitespace: collapsible. NBSP (U+00A0) is not among it and is kept. */
const isHtmlSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
/** Other C0/C1 controls have no glyph and no meaning in text: dropped. */
const isControl = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f);

/**
 * Collects a block's inline content as a browser renders it (white-space: normal): each run of
 * whitespace becomes one space, even across element boundaries; none at the block's edges or around a <br>.
 */
export class InlineBuffer {
  private readonly spans: Span[] = [];
  /** A collapsed space not yet written, with the format of the text where it began. */
  private pending: Format | undefined;
  private lineStart = true;

  text(raw: string, format: Format): void {
    for (const ch of raw) {
      const c = ch.codePointAt(0) ?? 0;
      if (isHtmlSpace(c)) {
        if (!this.lineStart && !this.pending) this.pending = format;
        continue;
      }
      if (isControl(c)) continue;
      if (this.pending) {
        this.emit(' ', this.pending);
        this.pending = undefined;
      }
      // A lone surrogate (possible in a JS string) is no character: the replacement character stands in.
      this.emit(c >= 0xd800 && c <= 0xdfff ? '\ufffd' : ch, format);
      this.lineStart = false;
    }
  }

  /** A <br>: spaces before it vanish, and so do those at the start of the next line. */
  lineBreak(): void {
    this.pending = undefined;
    this.spans.push({ kind: 'break' });
    this.lineStart = true;
  }

  /** A break between block-level pieces inside an inline context (a <p> inside an <li>). */
  softBreak(): void {
    if (!this.lineStart) this.lineBreak();
  }

  get empty(): boolean {
    return this.spans.length === 0;
  }

  /** The spans, NFC-normalised; a final <br> adds no empty line (as in a browser). */
  finish(): Span[] {
    this.pending = undefined;
    if (this.spans[this.spans.length - 1]?.kind === 'break') this.spans.pop();
    return this.spans.map((s) => (s.kind === 'text' ? { ...s, text: s.text.normalize('NFC') } : s));
  }

  private emit(ch: string, f: Format): void {
    const last = this.spans[this.spans.length - 1];
    if (last?.kind === 'text' && last.bold === f.bold && last.italic === f.italic) last.text += ch;
    else this.spans.push({ kind: 'text', text: ch, bold: f.bold, italic: f.italic });
  }
}

/** The plain text of spans: formatting dropped, breaks as "\n". */
export const spansText = (spans: readonly Span[]): string => spans.map((s) => (s.kind === 'text' ? s.text : '\n')).join('');

/** Collapses whitespace of an attribute or title as a browser shows it, trimmed and NFC. */
export function collapse(raw: string): string {
  const buf = new InlineBuffer();
  buf.text(raw, PLAIN);
  return spansText(buf.finish());
}
