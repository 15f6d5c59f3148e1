// Loads a TrueType face with fontkit 2 and serves cached glyph ids, advances and kerning in font units.
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import type { FontFace } from './face.js';
import { directoryOf, tablesOf } from './fontkit-tables.js';
import { makeKerning } from './kern.js';

/** Parses font bytes; throws for collections and for fonts without TrueType outlines. */
export function parseFont(bytes: Uint8Array): Font {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parsed = fontkit.create(buffer);
  if ('fonts' in parsed) throw new Error('font collections (.ttc) are not supported; use a single .ttf file');
  const tables = directoryOf(parsed);
  if (!('glyf' in tables) || !('loca' in tables)) {
    throw new Error('only fonts with TrueType outlines can be embedded (this one has CFF outlines)');
  }
  for (const [tag, t] of Object.entries(tables)) {
    if (t.offset + t.length > bytes.byteLength) throw new Error(`the font file is truncated (table ${tag.trim()} ends past the end)`);
  }
  return parsed;
}

/** A PostScript name safe for a PDF name object. */
function safeName(name: string | null | undefined, fallback: string): string {
  const cleaned = (name ?? '').replace(/[^A-Za-z0-9_.-]/g, '');
  return cleaned.length > 0 ? cleaned : fallback.replace(/[^A-Za-z0-9_.-]/g, '') || 'Font';
}

/**
 * A single line's ascent, descent and external leading in font units, as Word gets them from Windows (GDI's
 * TEXTMETRIC): the OS/2 win ascent and descent, whatever USE_TYPO_METRICS says, plus the hhea line gap less
 * what the win extent already adds over the hhea extent. Times New Roman: 1825 + 443 + 87 (hhea's
 * extent equals the win extent); Calibri: 1950 + 550 + 0 (its hhea gap of 452 lies inside the win extent).
 */
export function wordLineMetrics(
  os2: { winAscent?: number; winDescent?: number } | undefined,
  hhea: { ascent?: number; descent?: number; lineGap?: number } | undefined,
): { ascent: number; descent: number; lineGap: number } {
  const hAscent = hhea?.ascent ?? 0;
  const hDescent = Math.abs(hhea?.descent ?? 0);
  const hGap = hhea?.lineGap ?? 0;
  if (os2?.winAscent === undefined || os2.winDescent === undefined || os2.winAscent + os2.winDescent === 0)
    return { ascent: hAscent, descent: hDescent, lineGap: Math.max(0, hGap) };
  const lineGap = Math.max(0, hGap - (os2.winAscent + os2.winDescent - (hAscent + hDescent)));
  return { ascent: os2.winAscent, descent: os2.winDescent, lineGap };
}

/** A copy of `bytes` whose OS/2 usWinAscent and usWinDescent are the given values (the table's checksum is not checked by readers). */
export function withWinMetrics(bytes: Uint8Array, win: { winAscent: number; winDescent: number }): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + 16 * i;
    if (view.getUint32(record) !== 0x4f532f32) continue; // 'OS/2'
    const offset = view.getUint32(record + 8);
    if (offset + 78 > out.byteLength) break;
    view.setUint16(offset + 74, win.winAscent);
    view.setUint16(offset + 76, win.winDescent);
    return out;
  }
  return out;
}

/** A face over the font program in `bytes`, known to the engine as `key`. */
export function loadFace(bytes: Uint8Array, key: string): FontFace {
  const font = parseFont(bytes);
  const raw = tablesOf(font);
  const os2 = raw['OS/2'];
  const hhea = raw.hhea;
  const line = wordLineMetrics(os2, hhea ?? { ascent: font.ascent, descent: font.descent, lineGap: 0 });
  const numGlyphs = font.numGlyphs;

  // Code point → glyph id: a typed array for the BMP, a map beyond it; -1 means not looked up yet.
  const bmp = new Int32Array(0x10000).fill(-1);
  const astral = new Map<number, number>();
  const lookup = (cp: number): number => {
    try {
      return font.glyphForCodePoint(cp)?.id ?? 0;
    } catch {
      return 0;
    }
  };
  const glyphId = (cp: number): number => {
    if (cp >= 0 && cp < 0x10000) {
      let id = bmp[cp]!;
      if (id < 0) bmp[cp] = id = lookup(cp);
      return id;
    }
    let id = astral.get(cp);
    if (id === undefined) astral.set(cp, (id = lookup(cp)));
    return id;
  };

  // fontkit reads an empty last glyph past the end of glyf (Carlito's no-break space) and throws: the
  // advance is hmtx's anyway.
  const advanceOf = (gid: number): number => {
    try {
      return font.getGlyph(gid).advanceWidth;
    } catch {
      const metrics = raw.hmtx?.metrics;
      if (!metrics || metrics.length === 0) return 0;
      return metrics.get(Math.min(gid, metrics.length - 1))?.advance ?? 0;
    }
  };
  const advances = new Float64Array(numGlyphs).fill(-1);
  const advance = (gid: number): number => {
    if (!(gid >= 0 && gid < numGlyphs)) return 0;
    let a = advances[gid]!;
    if (a < 0) advances[gid] = a = advanceOf(gid);
    return a;
  };

  const face: FontFace = {
    key,
    postscriptName: safeName(font.postscriptName, key),
    unitsPerEm: font.unitsPerEm,
    ascent: line.ascent,
    descent: line.descent,
    lineGap: line.lineGap,
    underlinePosition: raw.post?.underlinePosition ?? -Math.round(font.unitsPerEm / 10),
    underlineThickness: raw.post?.underlineThickness ?? Math.round(font.unitsPerEm / 20),
    glyphId,
    advance,
    kern: makeKerning(font),
    bytes,
  };
  return face;
}

/** The fontkit objects of faces, parsed from their own bytes (the very font the layout measured). */
export type FontPrograms = WeakMap<FontFace, Font>;

/** The fontkit font of a face, parsed from its bytes once per `programs` (none kept by default). */
export function fontProgram(face: FontFace, programs: FontPrograms = new WeakMap()): Font {
  let font = programs.get(face);
  if (!font) {
    font = parseFont(face.bytes);
    programs.set(face, font);
  }
  return font;
}

/** Style facts the font states about itself, for matching and for the PDF font descriptor. */
export interface FaceTraits {
  family: string;
  /** Typographic family (name ID 16) when present, else the family (name ID 1). */
  typographicFamily: string;
  weight: number;
  bold: boolean;
  italic: boolean;
  serif: boolean;
  fixedPitch: boolean;
  /** OS/2 fsType says the license forbids embedding. */
  restricted: boolean;
}

export function faceTraits(font: Font): FaceTraits {
  const raw = tablesOf(font);
  const os2 = raw['OS/2'];
  const sel = os2?.fsSelection;
  const weight = os2?.usWeightClass ?? (raw.head?.macStyle?.bold ? 700 : 400);
  const familyClass = (os2?.sFamilyClass ?? 0) >> 8;
  const family = font.familyName ?? '';
  const typographic = font.getName('preferredFamily', 'en') ?? family;
  return {
    family,
    typographicFamily: typographic,
    weight,
    bold: weight >= 600 || !!sel?.bold || !!raw.head?.macStyle?.bold,
    italic: !!sel?.italic || !!sel?.oblique || !!raw.head?.macStyle?.italic || (font.italicAngle ?? 0) !== 0,
    serif: familyClass >= 1 && familyClass <= 7,
    fixedPitch: !!raw.post?.isFixedPitch,
    restricted: ((os2?.fsType ?? 0) & 0x000f) === 0x0002,
  };
}
