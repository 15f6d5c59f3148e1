// What the layout passes around: the shaper (fonts), font metrics, and page numbers for fields.
import type { DocumentSettings, PageSetup, RunStyle } from '../ir.js';
import type { FontMetrics } from './metrics.js';
import { faceLineMetrics, type Shaper } from './shape.js';
import type { Zone } from './wrap.js';

export interface LayoutContext {
  shaper: Shaper;
  settings: DocumentSettings;
  metrics(style: RunStyle): FontMetrics;
  /** Total pages, once known (second pass), for NUMPAGES. */
  pageCount?: number;
  /** The page of the section being laid out: anchored objects placed relative to the page or margins. */
  page?: PageSetup;
  /** Receives the page areas of wrapped anchored objects as they are drawn (headers' objects push the body's text). */
  zoneSink?: (zone: Zone) => void;
}

export function makeContext(shaper: Shaper, settings: DocumentSettings, pageCount?: number): LayoutContext {
  const cache = new Map<string, FontMetrics>();
  // Asked for every atom of every line: by style object first (styles are shared), then by face and size.
  const byStyle = new WeakMap<RunStyle, FontMetrics>();
  return {
    shaper,
    settings,
    pageCount,
    metrics(style) {
      let m = byStyle.get(style);
      if (m) return m;
      const face = shaper.fonts.face(style);
      const key = `${face.key}@${style.size}`;
      m = cache.get(key);
      if (!m) {
        m = faceLineMetrics(face, style.size);
        cache.set(key, m);
      }
      byStyle.set(style, m);
      return m;
    },
  };
}
