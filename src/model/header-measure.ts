// Header line widths from the fonts the PDF engine lays out with: vankien's bundled faces, which have the
// advance widths of the families they stand for (Tinos for Times New Roman), so a width measured here is
// the width Word gives the same line with the real font. Never the user's font folders: the .docx and
// the check must not depend on what a machine has installed.
import type { FontSource } from '../engine/fonts/face.js';
import { createFontSource } from '../engine/fonts/source.js';
import type { Measure } from './header-fit.js';

let bundled: FontSource | undefined;

/** Widths in `family` (the profile's font), character by character as the engine shapes them, without kerning (Word's default). */
export function fontMeasure(family: string): Measure {
  return (text, style) => {
    bundled ??= createFontSource();
    const spec = { family, size: style.size, bold: style.bold, italic: style.italic };
    const main = bundled.face(spec);
    let width = 0;
    for (const ch of text.normalize('NFC')) {
      // A no-break space (headerLineGlue) is as wide as a space.
      const cp = ch === '\u00a0' ? 0x20 : (ch.codePointAt(0) ?? 0x20);
      let face = main;
      let id = main.glyphId(cp);
      if (id === 0) {
        const other = bundled.fallbacks(spec).find((f) => f.glyphId(cp) !== 0);
        if (other) {
          face = other;
          id = other.glyphId(cp);
        }
      }
      width += (face.advance(id) * style.size) / face.unitsPerEm;
    }
    return width;
  };
}
