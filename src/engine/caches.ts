// What the PDF engine remembers between documents, owned by the caller (a build session or a worker
// thread, through src/caches.ts) and passed down: nothing is kept at module level. Every table is
// keyed by content or by an object that lives as long as the document, so sharing never changes a result.
import { RecurringCache } from '../util/content-cache.js';
import type { XElement } from './docx/xml.js';
import type { Page } from './layout/boxes.js';
import type { LastNews } from './html/structure.js';
import type { Collected } from './paint/paint.js';
import type { FontCaches } from './paint/embed-font.js';
import type { RecentBodies } from './paint/flate.js';
import type { ShrunkImages } from './images/shrink.js';

export interface PdfCaches extends FontCaches {
  /**
   * Parsed package parts by content: documents rendered from one template share its styles, theme,
   * numbering, settings, fonts and relationships, so each is parsed once. Readers never change the trees.
   */
  parsedParts: RecurringCache<XElement | Error>;
  /** Glyphs and images of laid-out pages, found for their shared subsets and found again when painted (paint.ts). */
  collected: WeakMap<readonly Page[], Collected>;
  /** Colour operands by "RRGGBB" (paint/content.ts). */
  colors: Map<string, string>;
  /** Page bodies compressed lately (paint/flate.ts). */
  recentBodies: RecentBodies;
  /** Images scaled down to their place (images/shrink.ts). */
  shrunk: ShrunkImages;
  /** The bulletin page read last: its text, Word and PDF versions read the same HTML in a row (html/structure.ts). */
  news: LastNews;
}

/** Fresh caches: what a caller that keeps none between documents gets. */
export function createPdfCaches(): PdfCaches {
  return {
    parsedParts: new RecurringCache<XElement | Error>(48),
    collected: new WeakMap(),
    colors: new Map(),
    recentBodies: new Map(),
    subsets: new WeakMap(),
    parsedPrograms: new WeakMap(),
    programs: new WeakMap(),
    shrunk: new Map(),
    news: {},
  };
}
