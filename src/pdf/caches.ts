// What the PDF engine remembers between documents, owned by the caller (a build session or a worker
// thread, through src/caches.ts) and passed down: nothing is kept at module level. Every table is
// keyed by content or by an object that lives as long as the document, so sharing never changes a result.
import type { ZipCaches } from '../render/docx/zip.js';
import { RecurringCache } from '../util/content-cache.js';
import type { XElement } from './docx/xml.js';

export interface PdfCaches {
  /** The entries of the zips just written with these caches: a .docx among them is not unzipped again. */
  zip: Pick<ZipCaches, 'written'>;
  /**
   * Parsed package parts by content: documents rendered from one template share its styles, theme,
   * numbering, settings, fonts and relationships, so each is parsed once. Readers never change the trees.
   */
  parsedParts: RecurringCache<XElement | Error>;
}

/** Fresh caches: what a caller that keeps none between documents gets (`zip` given: the zips it wrote). */
export function createPdfCaches(zip: Pick<ZipCaches, 'written'> = { written: new WeakMap() }): PdfCaches {
  return { zip, parsedParts: new RecurringCache<XElement | Error>(48) };
}
