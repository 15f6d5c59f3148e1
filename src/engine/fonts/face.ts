// A font face as layout and painter share it: one object measures glyphs and later embeds them.
import type { FontSpec } from '../ir.js';

export interface FontFace {
  /** Stable key of the face ("Tinos-Bold"): the painter embeds each key once per document. */
  key: string;
  /** PostScript name for the PDF font dictionary. */
  postscriptName: string;
  unitsPerEm: number;
  /** Line metrics in font units, as Word uses them: win ascent/descent (positive), external leading (wordLineMetrics). */
  ascent: number;
  descent: number;
  lineGap: number;
  underlinePosition: number;
  underlineThickness: number;
  /** Glyph id for a code point, 0 when the face lacks it (cached). */
  glyphId(codePoint: number): number;
  /** Advance width of a glyph in font units (cached). */
  advance(glyphId: number): number;
  /** Kerning adjustment between two glyphs in font units (0 when none). */
  kern(left: number, right: number): number;
  /** The font program's bytes (TrueType), for subsetting and embedding. */
  bytes: Uint8Array;
}

/** A family the document asks for that no font matches in metrics: the engine warns about each. */
export interface FontSubstitution {
  requested: string;
  /** The face used instead ("Arimo", or a user font's key). */
  used: string;
  /** generic: the closest kind of face; legacy-vietnamese: an 8-bit Vietnamese font, its text is not Unicode; unknown: a family vankien does not know. */
  match: 'generic' | 'legacy-vietnamese' | 'unknown';
}

/** Maps a requested family/weight/style to a face; falls back, in order, to faces that have the character. */
export interface FontSource {
  face(spec: FontSpec): FontFace;
  /** Faces to try, in order, for a code point the main face lacks. */
  fallbacks(spec: FontSpec): FontFace[];
  /** How a family asked for was replaced, if it was (after `face` was asked for it). */
  substitution?(family: string): FontSubstitution | undefined;
}
