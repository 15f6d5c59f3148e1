// The embedded subsets: every drawn glyph keeps its outline and width, ToUnicode gives back the NFC text.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Font } from 'fontkit';
import { parseFont } from '../../../src/engine/fonts/load.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import type { FontFace } from '../../../src/engine/fonts/face.js';
import type { Page } from '../../../src/engine/layout/boxes.js';
import { paintPdf } from '../../../src/engine/paint/paint.js';
import { makeJpeg, makePng } from '../../images/make-images.js';
import { parseCMap, readPdf, replayText, samplePages, VIETNAMESE, type ReadPage } from './helpers.js';

const fonts = createFontSource();
const faces: FontFace[] = [
  fonts.face({ family: 'Times New Roman', bold: false, italic: false, size: 13 }),
  fonts.face({ family: 'Times New Roman', bold: true, italic: false, size: 13 }),
  fonts.face({ family: 'Times New Roman', bold: false, italic: true, size: 13 }),
  fonts.face({ family: 'Arial', bold: false, italic: false, size: 13 }),
];
const png = { bytes: makePng({ width: 8, height: 8, fill: 0x55 }), format: 'png' as const, id: 'png1' };
const jpeg = { bytes: makeJpeg({ width: 4, height: 4, scan: true }), format: 'jpeg' as const, id: 'jpeg1' };
const pages: Page[] = samplePages(faces, { png, jpeg });
let read: ReadPage[];

/** The resource name of a face's font on a page, found by its subset name "ABCDEF+PostScriptName". */
function resourceOf(page: ReadPage, face: FontFace): string {
  const font = [...page.fonts.values()].find((f) => f.baseFont.endsWith(`+${face.postscriptName}`));
  expect(font, face.key).toBeDefined();
  return font!.resourceName;
}

beforeAll(async () => {
  read = (await readPdf(await paintPdf(pages, fonts.loadedFaces(), { creator: 'test', producer: 'test' }))).pages;
});

describe('embedded font subsets', () => {
  it('embeds one subset per face, named with a six-letter tag', () => {
    const names = new Set(read.flatMap((p) => [...p.fonts.values()].map((f) => f.baseFont)));
    expect(names.size).toBe(4);
    for (const n of names) expect(n).toMatch(/^[A-Z]{6}\+(Tinos|Arimo)-(Regular|Bold|Italic)$/);
  });

  it('keeps a non-empty outline and the original advance for every drawn glyph (the Vietnamese subsetting trap)', () => {
    let checked = 0;
    pages.forEach((page, p) => {
      const rp = read[p]!;
      const shown = replayText(rp.content, (name) => rp.fonts.get(name)!.widths);
      const programs = new Map<string, Font>([...rp.fonts].map(([name, f]) => [name, parseFont(f.program)]));
      let i = 0;
      for (const box of page.boxes) {
        if (box.kind !== 'text') continue;
        const face = faces.find((f) => f.key === box.fontKey)!;
        const name = resourceOf(rp, face);
        for (const g of box.glyphs) {
          const s = shown[i++]!;
          expect(s.font).toBe(name);
          const glyph = programs.get(s.font)!.getGlyph(s.code);
          if (g.text.trim() !== '') expect(glyph.path.commands.length, `${face.key} "${g.text}"`).toBeGreaterThan(0);
          expect(glyph.advanceWidth, g.text).toBe(face.advance(g.id));
          expect(rp.fonts.get(s.font)!.widths.get(s.code)).toBeCloseTo((face.advance(g.id) * 1000) / face.unitsPerEm, 2);
          checked++;
        }
      }
      expect(i).toBe(shown.length);
    });
    expect(checked).toBeGreaterThan(1000);
  });

  it('places every glyph at its x and baseline within a hundredth of a point', () => {
    pages.forEach((page, p) => {
      const rp = read[p]!;
      const shown = replayText(rp.content, (name) => rp.fonts.get(name)!.widths);
      const placed = page.boxes.flatMap((b) => (b.kind === 'text' ? b.glyphs.map((g) => ({ x: g.x, y: page.height - b.y })) : []));
      expect(shown.length).toBe(placed.length);
      shown.forEach((s, i) => {
        expect(Math.abs(s.x - placed[i]!.x)).toBeLessThan(0.01);
        expect(Math.abs(s.y - placed[i]!.y)).toBeLessThan(0.001);
      });
    });
  });

  it('maps every drawn glyph back to its text through ToUnicode, giving the NFC string', () => {
    pages.forEach((page, p) => {
      const rp = read[p]!;
      const maps = new Map([...rp.fonts].map(([name, f]) => [name, parseCMap(f.cmap)]));
      const shown = replayText(rp.content, (name) => rp.fonts.get(name)!.widths);
      const original = page.boxes.flatMap((b) => (b.kind === 'text' ? b.glyphs.map((g) => g.text) : [])).join('');
      const extracted = shown.map((s) => maps.get(s.font)!.get(s.code) ?? '?').join('');
      expect(extracted).toBe(original);
      expect(extracted).toBe(extracted.normalize('NFC'));
    });
    const all = read.map((rp) => rp.content).join('');
    expect(all.length).toBeGreaterThan(0);
    expect(VIETNAMESE.normalize('NFC')).toBe(VIETNAMESE);
  });
});
