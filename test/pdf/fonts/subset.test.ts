// The id-keeping TrueType subsetter: kept glyphs draw as in the face, components come along, the rest is empty.
import { describe, expect, it } from 'vitest';
import type { Font } from 'fontkit';
import { parseFont } from '../../../src/pdf/fonts/load.js';
import { createFontSource } from '../../../src/pdf/fonts/source.js';
import { subsetKeepingIds } from '../../../src/pdf/fonts/subset.js';

const face = createFontSource().face({ family: 'Times New Roman', bold: false, italic: false, size: 13 });
const full = parseFont(face.bytes);
const ids = (text: string) => [...new Set([...text].map((ch) => face.glyphId(ch.codePointAt(0)!)))].sort((a, b) => a - b);
const path = (font: Font, gid: number) => font.getGlyph(gid).path.toSVG();
/** The glyphs a composite glyph is made of, as fontkit reads them (none for a simple glyph). */
const parts = (font: Font, gid: number): number[] =>
  ((font.getGlyph(gid) as unknown as { _decode(): { components?: Array<{ glyphID: number }> } | null })._decode()?.components ?? []).map((c) => c.glyphID);

describe('subsetKeepingIds', () => {
  const text = 'Đảng bộ tỉnh Đắk Lắk: NGHỊ QUYẾT ữ ỹ ờ 2024';
  const gids = ids(text);
  const before = Buffer.from(face.bytes);
  const bytes = subsetKeepingIds(face.bytes, gids);
  const sub = parseFont(bytes);

  it('draws every kept glyph at its own id exactly as the face does, with the same advance', () => {
    for (const gid of gids) {
      expect(path(sub, gid), `glyph ${gid}`).toBe(path(full, gid));
      expect(sub.getGlyph(gid).advanceWidth).toBe(full.getGlyph(gid).advanceWidth);
    }
  });

  it('brings the parts of composite glyphs along (ả = a + hook above)', () => {
    const components = gids.flatMap((g) => parts(full, g)).filter((p) => !gids.includes(p));
    expect(components.length).toBeGreaterThan(3);
    for (const p of components) expect(path(sub, p), `component ${p}`).toBe(path(full, p));
  });

  it('leaves the face’s own bytes untouched', () => {
    expect(Buffer.from(face.bytes).equals(before)).toBe(true);
  });

  it('leaves other glyphs empty and stops after the highest kept id', () => {
    const other = face.glyphId('Z'.codePointAt(0)!);
    expect(gids).not.toContain(other);
    if (other < sub.numGlyphs) expect(path(sub, other)).toBe('');
    expect(sub.numGlyphs).toBeLessThanOrEqual(full.numGlyphs);
    expect(sub.numGlyphs).toBeGreaterThan(Math.max(...gids));
    expect(bytes.length).toBeLessThan(face.bytes.length / 4);
  });

  it('has table checksums and a head checksum adjustment a validator accepts', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let sum = 0;
    for (let i = 0; i < bytes.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
    for (let t = 0; t < view.getUint16(4); t++) {
      const at = 12 + t * 16;
      const [offset, length] = [view.getUint32(at + 8), view.getUint32(at + 12)];
      const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
      if (tag === 'head') continue;
      let s = 0;
      for (let i = offset; i < offset + length; i += 4) s = (s + (i + 4 <= bytes.length ? view.getUint32(i) : 0)) >>> 0;
      expect(s, tag).toBe(view.getUint32(at + 4));
    }
  });

  it('gives the same bytes for the same glyphs', () => {
    expect(Buffer.from(subsetKeepingIds(face.bytes, [...gids].reverse())).equals(Buffer.from(bytes))).toBe(true);
  });
});
