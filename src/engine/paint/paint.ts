// Paints laid-out pages to PDF bytes: subset fonts, own content streams, images, metadata, deterministic ID.
import { createHash } from 'node:crypto';
import type { PDFContext, PDFDocument as PdfDocument, PDFObject, PDFRef } from '@cantoo/pdf-lib';
import { insertPage, PDFDocument, PDFHexString } from './pdf-lib.js';
import type { FontFace } from '../fonts/face.js';
import type { ImageData } from '../ir.js';
import type { Box, Page } from '../layout/boxes.js';
import { pageContent, type ContentResources } from './content.js';
import { embedFont, type SubsetGlyph } from './embed-font.js';
import { flateBody, flateStream } from './flate.js';
import { createPdfCaches, type PdfCaches } from '../caches.js';

export interface PdfMeta {
  title?: string;
  subject?: string;
  author?: string;
  keywords?: string;
  /** BCP 47 tag for the catalog's /Lang; vi-VN when absent. */
  language?: string;
  creator: string;
  producer: string;
}

/**
 * The pages' box lists, each body once (copies of a page share their body array: a print bundle has
 * fifteen copies of each pledge page), then every overlay.
 */
function* boxLists(pages: readonly Page[]): Generator<readonly Box[]> {
  const seen = new Set<readonly Box[]>();
  for (const page of pages) {
    if (!seen.has(page.boxes)) {
      seen.add(page.boxes);
      yield page.boxes;
    }
    if (page.overlay) yield page.overlay;
  }
}

/** Faces and images a list of boxes draws. */
function resourcesOf(boxes: readonly Box[]): { fonts: Set<string>; images: Set<string> } {
  const fonts = new Set<string>();
  const images = new Set<string>();
  for (const box of boxes) {
    if (box.kind === 'text' && box.glyphs.length > 0) fonts.add(box.fontKey);
    else if (box.kind === 'image') images.add(box.image.id);
  }
  return { fonts, images };
}

export type Collected = { glyphs: Map<string, Map<number, string>>; images: Map<string, ImageData> };

/**
 * What `collect` found in a list of pages, kept in `collected` (PdfCaches) while the list lives: a
 * conference's PDFs are collected for their shared subsets (glyphSetsOf), then again when each is
 * painted. Laid-out pages are not changed.
 */
function collect(pages: readonly Page[], collected: PdfCaches['collected']): Collected {
  let found = collected.get(pages);
  if (!found) collected.set(pages, (found = collectAnew(pages)));
  return found;
}

/**
 * Glyphs used per face key (glyph id → the text it stands for) and images by id, in first-use order.
 * A glyph standing for several texts (space and no-break space share one) gets its most frequent text.
 */
function collectAnew(pages: readonly Page[]): Collected {
  const glyphs = new Map<string, Map<number, string>>();
  const images = new Map<string, ImageData>();
  const conflicts = new Map<string, Set<number>>();
  for (const boxes of boxLists(pages)) {
    for (const box of boxes) {
      if (box.kind === 'image') {
        if (!images.has(box.image.id)) images.set(box.image.id, box.image);
      } else if (box.kind === 'text' && box.glyphs.length > 0) {
        let used = glyphs.get(box.fontKey);
        if (!used) glyphs.set(box.fontKey, (used = new Map()));
        for (const g of box.glyphs) {
          const known = used.get(g.id);
          if (!known) used.set(g.id, g.text);
          else if (g.text && known !== g.text) {
            if (!conflicts.has(box.fontKey)) conflicts.set(box.fontKey, new Set());
            conflicts.get(box.fontKey)!.add(g.id);
          }
        }
      }
    }
  }
  if (conflicts.size > 0) resolveConflicts(pages, glyphs, conflicts);
  return { glyphs, images };
}

function resolveConflicts(pages: readonly Page[], glyphs: Map<string, Map<number, string>>, conflicts: Map<string, Set<number>>): void {
  const counts = new Map<string, Map<number, Map<string, number>>>();
  // Every page counts: a body shared by several pages is read once and counted once per page.
  const weights = new Map<readonly Box[], number>();
  for (const page of pages) {
    weights.set(page.boxes, (weights.get(page.boxes) ?? 0) + 1);
    if (page.overlay) weights.set(page.overlay, (weights.get(page.overlay) ?? 0) + 1);
  }
  for (const [boxes, weight] of weights) {
    for (const box of boxes) {
      const ids = box.kind === 'text' ? conflicts.get(box.fontKey) : undefined;
      if (!ids || box.kind !== 'text') continue;
      if (!counts.has(box.fontKey)) counts.set(box.fontKey, new Map());
      const perFace = counts.get(box.fontKey)!;
      for (const g of box.glyphs) {
        if (!ids.has(g.id) || !g.text) continue;
        if (!perFace.has(g.id)) perFace.set(g.id, new Map());
        const byText = perFace.get(g.id)!;
        byText.set(g.text, (byText.get(g.text) ?? 0) + weight);
      }
    }
  }
  for (const [fontKey, perFace] of counts) {
    for (const [id, byText] of perFace) {
      let best = '';
      let most = 0;
      for (const [text, n] of byText) if (n > most) [best, most] = [text, n];
      glyphs.get(fontKey)!.set(id, best);
    }
  }
}

function setInfo(doc: PdfDocument, meta: PdfMeta): void {
  if (meta.title) doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.author) doc.setAuthor(meta.author);
  if (meta.keywords) doc.setKeywords([meta.keywords]);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setLanguage(meta.language ?? 'vi-VN');
}

/** Glyph ids per face key: what a set of documents draws, so that they can embed one subset per face. */
export type GlyphSets = ReadonlyMap<string, ReadonlySet<number>>;

/** Every glyph the pages draw, per face key. */
export function glyphSetsOf(pages: readonly Page[], caches: PdfCaches = createPdfCaches()): Map<string, Set<number>> {
  return new Map([...collect(pages, caches.collected).glyphs].map(([key, used]) => [key, new Set(used.keys())]));
}

/** Adds a page with its contents and (shared) resources (see insertPage). */
function addPage(doc: PdfDocument, index: number, page: Page, contents: PDFObject, resources: PDFRef): void {
  insertPage(doc, index, { width: page.width, height: page.height, contents, resources });
}

/**
 * The PDF of `pages`. `faces` must hold every face the boxes name by key: the same objects the
 * layout measured with. `shared` adds glyphs to each face's subset (those of sibling documents,
 * so that all embed the same subset program, made and compressed once). Two calls with the same
 * input give byte-identical output.
 */
export async function paintPdf(
  pages: Page[],
  faces: ReadonlyMap<string, FontFace>,
  meta: PdfMeta,
  shared?: GlyphSets,
  caches: PdfCaches = createPdfCaches(),
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const context = doc.context;
  const hash = createHash('sha256');
  const { glyphs, images } = collect(pages, caches.collected);

  const fonts = new Map<string, { name: string; glyphs: ReadonlyMap<number, SubsetGlyph>; ref: PDFRef }>();
  for (const [key, used] of glyphs) {
    const face = faces.get(key);
    if (!face) throw new Error(`the pages use font face "${key}", which was not given to the painter`);
    const embedded = embedFont(context, face, used, shared?.get(key), caches);
    fonts.set(key, { name: `F${fonts.size + 1}`, glyphs: embedded.glyphs, ref: embedded.ref });
    hash.update(`font ${key}\n`).update(embedded.program);
  }

  const imageNames = new Map<string, string>();
  const imageRefs = new Map<string, PDFRef>();
  for (const [id, data] of images) {
    const embedded = data.format === 'png' ? await doc.embedPng(data.bytes) : await doc.embedJpg(data.bytes);
    const name = `Im${imageNames.size + 1}`;
    imageNames.set(id, name);
    imageRefs.set(id, embedded.ref);
    hash.update(`image ${id}\n`).update(data.bytes);
  }

  const resources: ContentResources = { fonts, images: imageNames, colors: caches.colors };
  // One stream per distinct body (by array identity): copies of a page share it.
  const bodies = new Map<Box[], PDFRef>();
  const bodyResources = new Map<Box[], ReturnType<typeof resourcesOf>>();
  const stream = (content: string, body: boolean): PDFRef => {
    hash.update(`stream ${content.length}\n${content}`);
    return context.register(body ? flateBody(context, content, caches.recentBodies) : flateStream(context, content));
  };
  // Pages drawing the same faces and images share one resource dictionary.
  const sharedResources = new Map<string, PDFRef>();
  const resourcesRef = (usedFonts: Iterable<string>, usedImages: Iterable<string>): PDFRef => {
    const font = [...usedFonts].map((key) => fonts.get(key)!);
    const xobject = [...usedImages].map((id) => [imageNames.get(id)!, imageRefs.get(id)!] as const);
    const key = [...font.map((f) => f.name), '|', ...xobject.map(([name]) => name)].join(' ');
    let ref = sharedResources.get(key);
    if (!ref) {
      const dict: Record<string, unknown> = {};
      if (font.length > 0) dict.Font = Object.fromEntries(font.map((f) => [f.name, f.ref]));
      if (xobject.length > 0) dict.XObject = Object.fromEntries(xobject);
      sharedResources.set(key, (ref = context.register(context.obj(dict as Parameters<PDFContext['obj']>[0]))));
    }
    return ref;
  };
  pages.forEach((page, index) => {
    let body = bodies.get(page.boxes);
    if (!body) bodies.set(page.boxes, (body = stream(pageContent(page, resources), true)));
    hash.update(`page ${page.width} ${page.height} ${body.objectNumber}\n`);
    const contents =
      page.overlay && page.overlay.length > 0 ? context.obj([body, stream(pageContent(page, resources, page.overlay, true), false)]) : body;
    let used = bodyResources.get(page.boxes);
    if (!used) bodyResources.set(page.boxes, (used = resourcesOf(page.boxes)));
    const overlay = page.overlay ? resourcesOf(page.overlay) : undefined;
    const usedFonts = overlay ? new Set([...used.fonts, ...overlay.fonts]) : used.fonts;
    const usedImages = overlay ? new Set([...used.images, ...overlay.images]) : used.images;
    addPage(doc, index, page, contents, resourcesRef(usedFonts, usedImages));
  });

  setInfo(doc, meta);
  hash.update(JSON.stringify([meta.title, meta.subject, meta.author, meta.keywords, meta.language, meta.creator, meta.producer]));
  const id = PDFHexString.of(hash.digest('hex').slice(0, 32).toUpperCase());
  context.trailerInfo.ID = context.obj([id, id]);
  // objectsPerTick: pdf-lib otherwise yields to the event loop every 50 objects with setTimeout(0),
  // which waits at least 1 ms: ~3 ms idle per PDF, ~1 s of a build worker's 18 s at N = 200.
  return doc.save({ useObjectStreams: false, addDefaultPage: pages.length === 0, updateFieldAppearances: false, objectsPerTick: Infinity });
}
