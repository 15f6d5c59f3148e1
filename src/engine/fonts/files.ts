// The font files a font source may use, listed without loading any font (cheap: for build caches).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundledFiles } from './families.js';

/** The bundled faces' files (families.ts), then the .ttf/.otf files of the given folders, sorted. */
export function fontFiles(fontDirs: readonly string[]): string[] {
  const files = bundledFiles();
  for (const d of fontDirs) {
    try {
      for (const f of readdirSync(d)) if (/\.(ttf|otf)$/i.test(f)) files.push(join(d, f));
    } catch {
      // A folder that cannot be read has no fonts to depend on.
    }
  }
  return files.sort();
}
