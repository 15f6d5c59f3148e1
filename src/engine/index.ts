// The PDF engine's one entry: .docx bytes → layout IR → pages → PDF bytes, with warnings. No conferences here.
import { readDocx } from './docx/index.js';
import { createPdfCaches, type PdfCaches } from './caches.js';
import type { FontFace, FontSource, FontSubstitution } from './fonts/face.js';
import type { DocumentIR, Place, ReaderWarning } from './ir.js';
import type { LayoutResult, Page } from './layout/boxes.js';
import type { Shaper } from './layout/shape.js';
import { layoutDocument } from './layout/document.js';
import { paintPdf, type GlyphSets, type PdfMeta } from './paint/paint.js';

export type PdfWarning =
  | ({ kind: 'unsupported' } & ReaderWarning)
  | { kind: 'missing-glyph'; /** The missing character. */ char: string; where: Place }
  /** A family replaced by a face that is not its metric clone: the face used and why. */
  | { kind: 'font'; family: string; font: Pick<FontSubstitution, 'used' | 'match'> };

export interface PdfResult {
  pdf: Uint8Array;
  pages: number;
  warnings: PdfWarning[];
}

/** A document as read and laid out, for callers that paint it again in another form (the print bundle). */
export interface LaidOut {
  ir: DocumentIR;
  layout: LayoutResult & { shaper: Shaper };
}

/**
 * A document laid out and not painted yet: several of them can then share font subsets
 * (`paintPending` with the union of their `glyphSetsOf`).
 */
export interface PendingPdf {
  pages: Page[];
  faces: ReadonlyMap<string, FontFace>;
  meta: PdfMeta;
  warnings: PdfWarning[];
}

/** Lays out an IR (from any reader) for painting; the caller's metadata wins over the document's own. */
/** One warning per family of the document that was replaced by a face of other metrics. */
function fontWarnings(families: ReadonlySet<string>, fonts: FontSource): PdfWarning[] {
  const out: PdfWarning[] = [];
  if (!fonts.substitution) return out;
  const seen = new Set<FontSubstitution>();
  for (const family of families) {
    const sub = fonts.substitution(family);
    if (sub && !seen.has(sub)) {
      seen.add(sub);
      out.push({ kind: 'font', family: sub.requested, font: { used: sub.used, match: sub.match } });
    }
  }
  return out;
}

export function layoutPdf(ir: DocumentIR, fonts: FontSource, meta: PdfMeta): PendingPdf & LaidOut {
  const layout = layoutDocument(ir, fonts);
  const warnings: PdfWarning[] = [
    ...ir.warnings.map((w) => ({ kind: 'unsupported' as const, ...w })),
    ...layout.missing.map((m) => ({ kind: 'missing-glyph' as const, char: m.char, where: m.where })),
    ...fontWarnings(layout.shaper.families, fonts),
  ];
  return { pages: layout.pages, faces: layout.shaper.usedFaces(), meta: documentMeta(ir, meta), warnings, ir, layout };
}

/** Paints a laid-out document; `shared` adds sibling documents' glyphs to its font subsets; `caches`: what is kept between documents (none by default). */
export function paintPending(p: PendingPdf, shared?: GlyphSets, caches: PdfCaches = createPdfCaches()): Promise<Uint8Array> {
  return paintPdf(p.pages, p.faces, p.meta, shared, caches);
}

/** Lays out an IR (from any reader) and paints it. */
export async function irToPdf(
  ir: DocumentIR,
  fonts: FontSource,
  meta: PdfMeta,
  caches: PdfCaches = createPdfCaches(),
): Promise<PdfResult & LaidOut> {
  const pending = layoutPdf(ir, fonts, meta);
  return {
    pdf: await paintPending(pending, undefined, caches),
    pages: pending.pages.length,
    warnings: pending.warnings,
    ir,
    layout: pending.layout,
  };
}

/** The caller's metadata (from the data); the document's own properties fill the gaps. */
export const documentMeta = (ir: DocumentIR, meta: PdfMeta): PdfMeta => ({ ...definedMeta(ir), ...definedOnly(meta) });

const definedOnly = (meta: PdfMeta): PdfMeta =>
  Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== '')) as unknown as PdfMeta;

/** Document properties the .docx itself carries. */
function definedMeta(ir: DocumentIR): Partial<PdfMeta> {
  const m = ir.meta;
  const out: Partial<PdfMeta> = {};
  if (m.title) out.title = m.title;
  if (m.subject) out.subject = m.subject;
  if (m.author) out.author = m.author;
  if (m.keywords) out.keywords = m.keywords;
  if (m.language) out.language = m.language;
  return out;
}

/** A .docx read and laid out for painting (see PendingPdf); `entries`: the zip's files when at hand (ReadDocxOptions); `caches`: what is kept between documents (none by default). */
export function layoutDocxPdf(
  docx: Uint8Array,
  fonts: FontSource,
  meta: PdfMeta,
  where = 'document',
  entries?: ReadonlyMap<string, Uint8Array>,
  caches: PdfCaches = createPdfCaches(),
): PendingPdf & LaidOut {
  return layoutPdf(readDocx(docx, { where, entries, caches }), fonts, meta);
}

export async function docxToPdf(
  docx: Uint8Array,
  fonts: FontSource,
  meta: PdfMeta,
  where = 'document',
  entries?: ReadonlyMap<string, Uint8Array>,
  caches: PdfCaches = createPdfCaches(),
): Promise<PdfResult & { laidOut: LaidOut }> {
  const { pdf, pages, warnings, ir, layout } = await irToPdf(readDocx(docx, { where, entries, caches }), fonts, meta, caches);
  return { pdf, pages, warnings, laidOut: { ir, layout } };
}
