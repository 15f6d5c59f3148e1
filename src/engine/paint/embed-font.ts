// Embeds one face as a subset Type0/CIDFontType2 font (Identity-H) with widths and a ToUnicode CMap.
import { createHash } from 'node:crypto';
import { tablesOf } from '../fonts/fontkit-tables.js';
import type { PDFContext, PDFRef } from '@cantoo/pdf-lib';
import { PDFString } from './pdf-lib.js';
import type { FontFace } from '../fonts/face.js';
import { faceTraits, fontProgram, type FontPrograms } from '../fonts/load.js';
import { subsetFont, type ParsedPrograms, type Subset } from '../fonts/subset.js';
import { toUnicodeCMap } from './cmap.js';
import { cidCode } from './content.js';
import { flateStream } from './flate.js';

/** A glyph as the content stream writes it: its 2-byte code in the subset (`cidCode`) and its width in 1/1000 em. */
export interface SubsetGlyph {
  code: string;
  width: number;
}

export interface EmbeddedFont {
  ref: PDFRef;
  /** By glyph id in the face. */
  glyphs: Map<number, SubsetGlyph>;
  /** The subset font program, for the document ID. */
  program: Uint8Array;
}

export interface CachedSubset extends Subset {
  /** The program compressed for the FontFile2 stream, once it has been (fflate: the same bytes everywhere). */
  deflated?: Uint8Array;
}

/** What the painter keeps between documents: font programs, parsed and subset (in PdfCaches). */
export interface FontCaches {
  /** Recent subsets per face: repeated paints of the same document skip the work (it is deterministic). */
  subsets: WeakMap<FontFace, Map<string, CachedSubset>>;
  /** Programs parsed for subsetting, by their bytes. */
  parsedPrograms: ParsedPrograms;
  /** The fontkit font of each face (its traits and metrics for the descriptor). */
  programs: FontPrograms;
}

const CACHE_PER_FACE = 8;

/** The face's program with the outlines of `gids` (sorted, without 0): .notdef is glyph 0, then the glyphs and their parts in id order. */
export function subsetFace(face: FontFace, gids: readonly number[], caches: FontCaches): CachedSubset {
  const key = gids.join(',');
  let cache = caches.subsets.get(face);
  if (!cache) caches.subsets.set(face, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const result: CachedSubset = subsetFont(face.bytes, gids, caches.parsedPrograms);
  if (cache.size >= CACHE_PER_FACE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

/** Six capital letters from a hash of the face and glyph set, as PDF subset names require. */
export function subsetTag(face: FontFace, gids: readonly number[]): string {
  const digest = createHash('sha256')
    .update(`${face.postscriptName}:${gids.join(',')}`)
    .digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return tag;
}

const r3 = (v: number): number => Math.round(v * 1000) / 1000;

/**
 * Embeds the glyphs of `face` in `used` (glyph id → the text it stands for) into the document,
 * plus those in `shared` (the glyphs of sibling documents: one subset program serves them all).
 * Returns the Type0 font reference and, per glyph, the code and width the content stream uses.
 */
export function embedFont(
  context: PDFContext,
  face: FontFace,
  used: ReadonlyMap<number, string>,
  shared: ReadonlySet<number> | undefined,
  caches: FontCaches,
): EmbeddedFont {
  const all = shared ? new Set([...used.keys(), ...shared]) : used.keys();
  const gids = [...all].filter((g) => g !== 0).sort((a, b) => a - b);
  const subset = subsetFace(face, gids, caches);
  const { program, ids } = subset;
  const scale = 1000 / face.unitsPerEm;
  const glyphs = new Map<number, SubsetGlyph>();
  const toUnicode = new Map<number, string>();
  const notdef = r3(face.advance(0) * scale);
  // Widths by new id; ids the drawn glyphs do not use (components) keep the face's advance.
  const widths: number[] = Array.from({ length: ids.size }, () => notdef);
  for (const [gid, id] of ids) widths[id] = r3(face.advance(gid) * scale);
  glyphs.set(0, { code: cidCode(0), width: notdef });
  if (used.get(0)) toUnicode.set(0, used.get(0)!);
  for (const gid of gids) {
    const id = ids.get(gid)!;
    glyphs.set(gid, { code: cidCode(id), width: widths[id]! });
    const text = used.get(gid);
    if (text) toUnicode.set(id, text);
  }

  const font = fontProgram(face, caches.programs);
  const traits = faceTraits(font);
  const baseFont = `${subsetTag(face, gids)}+${face.postscriptName}`;
  const os2 = tablesOf(font)['OS/2'];
  const bbox = font.bbox;
  const flags = (traits.fixedPitch ? 1 : 0) | (traits.serif ? 2 : 0) | 4 | (traits.italic ? 64 : 0);

  const programStream = subset.deflated
    ? context.stream(subset.deflated, { Length1: program.length, Filter: 'FlateDecode' })
    : flateStream(context, program, { Length1: program.length });
  subset.deflated ??= programStream.contents;
  const programRef = context.register(programStream);
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: flags,
      FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => Math.round(v * scale)),
      ItalicAngle: r3(font.italicAngle ?? 0),
      Ascent: Math.round(face.ascent * scale),
      Descent: -Math.round(face.descent * scale),
      CapHeight: Math.round((os2?.capHeight || face.ascent) * scale),
      XHeight: Math.round((os2?.xHeight ?? 0) * scale),
      // No table states it; the usual estimate from the weight class.
      StemV: Math.round(50 + (traits.weight / 65) ** 2),
      FontFile2: programRef,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: notdef,
      W: [0, widths],
      CIDToGIDMap: 'Identity',
    }),
  );
  const cmapRef = context.register(flateStream(context, toUnicodeCMap(toUnicode)));
  const type0 = context.obj({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: baseFont,
    Encoding: 'Identity-H',
    DescendantFonts: [cidFont],
    ToUnicode: cmapRef,
  });
  return { ref: context.register(type0), glyphs, program };
}
