// Text → glyphs: each character mapped to a face (with fallbacks), a glyph id and an advance in points.
import type { FontFace, FontSource } from '../fonts/face.js';
import type { Place, RunStyle } from '../ir.js';

/** A shaped character; it is also the layout's atom for it (kind 'glyph'), so a character makes one object, not two. */
export interface Glyph {
  readonly kind: 'glyph';
  /** The run style it was shaped in. */
  readonly style: RunStyle;
  face: FontFace;
  id: number;
  /** Advance in points at the run's effective size. */
  advance: number;
  /** The character(s) this glyph stands for. */
  text: string;
  /** Effective size in points (smaller for sub/superscript and small caps). */
  size: number;
  /** Baseline shift in points (up is negative). */
  rise: number;
  isSpace: boolean;
}

/** Word draws superscript and subscript at about two thirds of the size, raised or lowered a third. */
const SCRIPT_SCALE = 2 / 3;
/** Small capitals are drawn at about 80% of the size. */
const SMALL_CAPS_SCALE = 0.8;

export class Shaper {
  private readonly faces = new Map<string, FontFace>();
  readonly missing: Array<{ char: string; where: Place }> = [];
  /** Where the text being shaped comes from, for warnings about missing characters. */
  where: Place = {};
  /**
   * Glyphs made so far, per run style and code point, for styles without kerning, caps or small caps:
   * such a glyph never changes, and the same few hundred characters make up a whole document. Atoms
   * then share them instead of each character allocating its own (the layout's largest allocation).
   */
  private readonly made = new Map<RunStyle, Map<number, Glyph>>();
  /** Every family text was shaped in, for the warnings about replaced fonts. */
  readonly families = new Set<string>();

  constructor(readonly fonts: FontSource) {}

  /** Every face used so far, by key: the painter embeds exactly these. */
  usedFaces(): ReadonlyMap<string, FontFace> {
    return this.faces;
  }

  /** A face after the style's own that has `cp`, or undefined (noted as missing). */
  private fallback(style: RunStyle, cp: number): FontFace | undefined {
    for (const other of this.fonts.fallbacks(style)) if (other.glyphId(cp) !== 0) return other;
    this.missing.push({ char: String.fromCodePoint(cp), where: this.where });
    return undefined;
  }

  /** Glyphs of `text` in `style`; caps and small caps change the characters, scripts the size. */
  shape(text: string, style: RunStyle): Glyph[] {
    const out: Glyph[] = [];
    const script = style.vertAlign !== 'baseline';
    const baseSize = script ? style.size * SCRIPT_SCALE : style.size;
    const rise =
      (style.vertAlign === 'superscript' ? -style.size / 3 : style.vertAlign === 'subscript' ? style.size / 6 : 0) - (style.position ?? 0);
    // Character spacing (w:spacing) widens or narrows every character's advance, the last one's too.
    const spacing = style.spacing ?? 0;
    const scale = style.scale ?? 1;
    const main = this.fonts.face(style);
    this.families.add(style.family);
    let prev: Glyph | undefined;
    const add = (c: string, cp: number, size: number): Glyph => {
      let face = main;
      let id = main.glyphId(cp);
      if (id === 0 && cp >= 0x20) {
        const other = this.fallback(style, cp);
        if (other) {
          face = other;
          id = other.glyphId(cp);
        }
      }
      if (face !== prev?.face) this.faces.set(face.key, face);
      const advance = ((face.advance(id) * size) / face.unitsPerEm) * scale + spacing;
      if (style.kerning && prev && prev.face === face) {
        const k = (face.kern(prev.id, id) * size) / face.unitsPerEm;
        prev.advance += k;
      }
      const glyph: Glyph = { kind: 'glyph', style, face, id, advance, text: c, size, rise, isSpace: c === ' ' };
      out.push(glyph);
      prev = glyph;
      return glyph;
    };
    const nfc = text.normalize('NFC');
    let made: Map<number, Glyph> | undefined;
    if (!style.kerning && !style.caps && !style.smallCaps) {
      made = this.made.get(style);
      if (!made) this.made.set(style, (made = new Map()));
    }
    // By index rather than with a string iterator: this runs for every character of every document.
    for (let i = 0; i < nfc.length;) {
      const cp = nfc.codePointAt(i) ?? 0x20;
      i += cp > 0xffff ? 2 : 1;
      // A soft hyphen prints only where Word hyphenates a word at a line end; we do not hyphenate.
      if (cp === 0xad) continue;
      if (made) {
        const known = made.get(cp);
        if (known) {
          out.push(known);
          prev = known;
        } else made.set(cp, add(String.fromCodePoint(cp), cp, baseSize));
        continue;
      }
      const ch = String.fromCodePoint(cp);
      if (!style.caps && !style.smallCaps) {
        add(ch, cp, baseSize);
        continue;
      }
      const upper = ch.toLocaleUpperCase('vi');
      const size = upper !== ch && style.smallCaps && !style.caps ? baseSize * SMALL_CAPS_SCALE : baseSize;
      for (const c of upper) add(c, c.codePointAt(0) ?? 0x20, size);
    }
    return out;
  }
}

/** Single line height of a face at a size, as Word computes it: ascent + descent + line gap. */
export function faceLineMetrics(face: FontFace, size: number): { ascent: number; descent: number; gap: number } {
  const k = size / face.unitsPerEm;
  return { ascent: face.ascent * k, descent: face.descent * k, gap: face.lineGap * k };
}
