// Every use of fontkit beyond its declared API, in one place, for the pinned version: the decoded
// tables it exposes as properties of a font (font['OS/2'], font.hhea, font.GPOS…) and its table
// directory, none of which its typings declare.
import type { Font } from 'fontkit';
import type { LibraryPin } from '../../util/library-pin.js';

export const FONTKIT_PIN: LibraryPin = {
  name: 'fontkit',
  tested: '2.0.4',
  uses: "font['OS/2'], hhea, hmtx, post, head, GPOS, kern, directory",
};

/** The fields of the decoded tables read by the engine. */
export interface FontTables {
  'OS/2'?: {
    winAscent?: number;
    winDescent?: number;
    usWeightClass?: number;
    fsType?: number;
    sFamilyClass?: number;
    capHeight?: number;
    xHeight?: number;
    fsSelection?: { bold?: boolean; italic?: boolean; oblique?: boolean };
  };
  hhea?: { ascent?: number; descent?: number; lineGap?: number };
  post?: { underlinePosition?: number; underlineThickness?: number; isFixedPitch?: number };
  head?: { macStyle?: { bold?: boolean; italic?: boolean } };
  /** Horizontal metrics; glyphs past the last record share its advance. */
  hmtx?: { metrics: { length: number; get(i: number): { advance: number } | undefined } };
  /** Kerning tables, whose shapes the kerning code declares (kern.ts). */
  GPOS?: unknown;
  kern?: unknown;
}

/** A font's decoded tables (fontkit decodes each on first access). */
export const tablesOf = (font: Font): FontTables => font as unknown as FontTables;

/** The font's table directory: tag → offset and length in the file. */
export const directoryOf = (font: Font): Record<string, { offset: number; length: number }> =>
  (font as unknown as { directory?: { tables: Record<string, { offset: number; length: number }> } }).directory?.tables ?? {};
