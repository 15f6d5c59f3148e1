// The byte-copying TrueType subsetter: kept glyphs draw as in the face under their new ids, components come along.
import { describe, expect, it } from 'vitest';
import type { Font } from 'fontkit';
import { parseFont } from '../../../src/engine/fonts/load.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import { subsetFont } from '../../../src/engine/fonts/subset.js';

const face = createFontSource().face({ family: 'Times New Roman', bold: false, italic: false, size: 13 });
const full = parseFont(face.bytes);
const ids = (text: string) => [...new Set([...text].map((ch) => face.glyphId(ch.codePointAt(0)!)))].sort((a, b) => a - b);
const path = (font: Font, gid: number) => font.getGlyph(gid).path.toSVG();
/** The glyphs a composite glyph is made of, as fontkit reads them (none for a simple glyph). */
const parts = (font: Font, gid: number): number[] =>
  ((font.getGlyph(gid) as unknown as { _decode(): { components?: Array<{ glyphID: number }> } | null })._decode()?.components ?? []).map(
    (c) => c.glyphID,
  );

describe('subsetFont', () => {
  const text = 'Đảng bộ tỉnh Đắk Lắk: NGHỊ QUYẾT ữ ỹ ờ 2024';
  const gids = ids(text);
  const before = Buffer.from(face.bytes);
  const { program, ids: newIds } = subsetFont(face.bytes, gids);
  const sub = parseFont(program);

  it('numbers .notdef 0, then the kept glyphs in the order of their ids in the face', () => {
    expect(newIds.get(0)).toBe(0);
    const kept = [...newIds.keys()];
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect([...newIds.values()]).toEqual(kept.map((_, i) => i));
    expect(sub.numGlyphs).toBe(newIds.size);
  });

  it('draws every kept glyph under its new id exactly as the face does, with the same advance', () => {
    for (const gid of gids) {
      const id = newIds.get(gid)!;
      expect(path(sub, id), `glyph ${gid}`).toBe(path(full, gid));
      expect(sub.getGlyph(id).advanceWidth).toBe(full.getGlyph(gid).advanceWidth);
    }
  });

  it('brings the parts of composite glyphs along and points the composites at their new ids (ả = a + hook above)', () => {
    const composites = gids.filter((g) => parts(full, g).length > 0);
    expect(composites.length).toBeGreaterThan(3);
    for (const g of composites) expect(parts(sub, newIds.get(g)!)).toEqual(parts(full, g).map((p) => newIds.get(p)));
    for (const p of composites.flatMap((g) => parts(full, g))) expect(path(sub, newIds.get(p)!), `component ${p}`).toBe(path(full, p));
  });

  it('is a small fraction of the face and leaves the face’s own bytes untouched', () => {
    expect(program.length).toBeLessThan(face.bytes.length / 10);
    expect(Buffer.from(face.bytes).equals(before)).toBe(true);
  });

  it('has table checksums and a head checksum adjustment a validator accepts', () => {
    const view = new DataView(program.buffer, program.byteOffset, program.byteLength);
    let sum = 0;
    for (let i = 0; i < program.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
    for (let t = 0; t < view.getUint16(4); t++) {
      const at = 12 + t * 16;
      const [offset, length] = [view.getUint32(at + 8), view.getUint32(at + 12)];
      const tag = String.fromCharCode(...program.subarray(at, at + 4));
      if (tag === 'head') continue;
      let s = 0;
      for (let i = offset; i < offset + length; i += 4) s = (s + (i + 4 <= program.length ? view.getUint32(i) : 0)) >>> 0;
      expect(s, tag).toBe(view.getUint32(at + 4));
    }
  });

  it('gives the same bytes for the same glyphs', () => {
    expect(Buffer.from(subsetFont(face.bytes, [...gids].reverse()).program).equals(Buffer.from(program))).toBe(true);
  });
});
