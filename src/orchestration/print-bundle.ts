// Print bundle for the pledge signing: N numbered originals in one PDF, each starting on a front page.
import { readDocx } from '../engine/docx/index.js';
import type { FontSource } from '../engine/fonts/face.js';
import { documentMeta, paintPending, type LaidOut, type PendingPdf } from '../engine/index.js';
import type { Block, DocumentIR, RunStyle } from '../engine/ir.js';
import { plainRunStyle } from '../engine/ir.js';
import type { Page, TextBox } from '../engine/layout/boxes.js';
import { layoutDocument } from '../engine/layout/document.js';
import { faceLineMetrics, type Glyph, type Shaper } from '../engine/layout/shape.js';
import type { PdfMeta } from '../engine/paint/paint.js';

export interface PrintBundleOptions {
  /** Number of originals: one per member unit plus one for the cluster (the caller computes it). */
  copies: number;
  fonts: FontSource;
  meta: PdfMeta;
  /** Who keeps each copy, in copy order ("Ban Tổ chức Tỉnh ủy Quảng Trị"); the stamp names them when given. */
  keepers?: readonly string[];
  /** Where the document comes from, for the reader's warnings. */
  where?: string;
}

/** The stamp printed at the top of the first page of copy `k` of `n`. */
export const copyStamp = (k: number, n: number, keeper?: string): string =>
  keeper ? `Bản số ${k}/${n} – ${keeper} lưu` : `Bản số ${k}/${n}`;

/** Used when the document has no text at all to take the body style from. */
const DEFAULT_STYLE: RunStyle = plainRunStyle('Times New Roman', 14);

/** Characters of text per run style over body blocks (tables included), in first-seen order. */
function countStyles(blocks: readonly Block[], counts: Map<string, { style: RunStyle; chars: number }>): void {
  for (const block of blocks) {
    if (block.kind === 'table') {
      for (const row of block.rows) for (const cell of row.cells) countStyles(cell.blocks, counts);
      continue;
    }
    for (const inline of block.inlines) {
      if (inline.kind !== 'text') continue;
      const s = inline.style;
      const key = [s.family, s.bold, s.italic, s.size, s.color, s.vertAlign, s.caps, s.smallCaps, s.kerning].join('|');
      const entry = counts.get(key);
      if (entry) entry.chars += inline.text.length;
      else counts.set(key, { style: s, chars: inline.text.length });
    }
  }
}

/** The body text style: the style carrying the most characters (the first such on ties). */
export function bodyStyle(ir: DocumentIR): RunStyle {
  const counts = new Map<string, { style: RunStyle; chars: number }>();
  for (const section of ir.sections) countStyles(section.blocks, counts);
  let best: { style: RunStyle; chars: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.chars > best.chars) best = entry;
  const first = ir.sections[0]?.blocks.find((b) => b.kind === 'paragraph');
  const base = best?.style ?? (first?.kind === 'paragraph' ? first.markStyle : DEFAULT_STYLE);
  return { ...base, bold: false, italic: true, underline: 'none', strike: false, caps: false, smallCaps: false, vertAlign: 'baseline' };
}

/**
 * Text boxes of `text` ending at `right` with its baseline at `baseline`, one box per run of
 * glyphs sharing a face and size (a fallback face gets its own box).
 */
export function rightAlignedText(shaper: Shaper, text: string, style: RunStyle, right: number, baseline: number): TextBox[] {
  const glyphs: Glyph[] = shaper.shape(text, style);
  let x = right - glyphs.reduce((sum, g) => sum + g.advance, 0);
  const boxes: TextBox[] = [];
  let box: TextBox | undefined;
  for (const g of glyphs) {
    if (!box || box.fontKey !== g.face.key || box.size !== g.size) {
      box = { kind: 'text', y: baseline + g.rise, fontKey: g.face.key, size: g.size, color: style.color, glyphs: [] };
      boxes.push(box);
    }
    box.glyphs.push({ id: g.id, x, text: g.text });
    x += g.advance;
  }
  return boxes;
}

/** The reader's document properties fill what the caller's metadata leaves empty. */
/**
 * The laid-out pages of all copies, stamped and padded with blank pages for double-sided printing.
 * Copies share the pages' box arrays (so the PDF holds each page's content once); the stamp is an overlay.
 */
export function bundlePages(pages: readonly Page[], copies: number, stamp: (k: number) => Array<TextBox>): Page[] {
  const out: Page[] = [];
  const last = pages[pages.length - 1];
  const blank: Page | undefined = last && { width: last.width, height: last.height, boxes: [] };
  for (let k = 1; k <= copies; k++) {
    pages.forEach((page, i) => out.push(i === 0 ? { ...page, overlay: [...(page.overlay ?? []), ...stamp(k)] } : page));
    if (k < copies && blank && pages.length % 2 === 1) out.push(blank);
  }
  return out;
}

function laidOut(docx: Uint8Array, opts: PrintBundleOptions): LaidOut {
  // The build passes the pledge's own layout; bytes (tools, tests) are read as any .docx.
  const ir = readDocx(docx, { where: opts.where ?? 'document' });
  return { ir, layout: layoutDocument(ir, opts.fonts) };
}

/**
 * One PDF with `copies` originals of the document, each numbered "Bản số k/N" at the right of
 * the top margin of its first page (italic, body size and font), each starting on an odd page.
 * Laid out once with our engine and painted once: the same input gives the same bytes.
 */
export async function printBundle(source: Uint8Array | LaidOut, opts: PrintBundleOptions): Promise<Uint8Array> {
  return paintPending(printBundlePending(source, opts));
}

/** The print bundle laid out, not painted yet: it can then share font subsets with its sibling documents. */
export function printBundlePending(source: Uint8Array | LaidOut, opts: PrintBundleOptions): PendingPdf {
  if (!Number.isInteger(opts.copies) || opts.copies < 1) throw new Error(`copies must be a positive integer, got ${opts.copies}`);
  // The pledge as laid out for its own PDF when the caller has it (same fonts): no second reading or layout.
  const { ir, layout } = source instanceof Uint8Array ? laidOut(source, opts) : source;
  const section = ir.sections[0];
  const first = layout.pages[0];
  if (!section || !first) throw new Error('the document has no pages');
  const style = bodyStyle(ir);
  const face = opts.fonts.face(style);
  const baseline = section.page.header + faceLineMetrics(face, style.size).ascent;
  const right = first.width - section.page.right;
  layout.shaper.where = { file: `${opts.where ?? 'document'}, số bản` };
  const stamps = new Map<number, TextBox[]>();
  for (let k = 1; k <= opts.copies; k++)
    stamps.set(k, rightAlignedText(layout.shaper, copyStamp(k, opts.copies, opts.keepers?.[k - 1]), style, right, baseline));
  const pages = bundlePages(layout.pages, opts.copies, (k) => stamps.get(k) ?? []);
  return { pages, faces: layout.shaper.usedFaces(), meta: documentMeta(ir, opts.meta), warnings: [] };
}
