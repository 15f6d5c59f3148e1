// The painted document: deterministic bytes, metadata without clock times, images, rules and rectangles.
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFName, PDFStream, PDFString } from '@cantoo/pdf-lib';
import type { FontFace } from '../../../src/engine/fonts/face.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import type { Page } from '../../../src/engine/layout/boxes.js';
import { paintPdf, type PdfMeta } from '../../../src/engine/paint/paint.js';
import { makeJpeg, makePng } from '../../images/make-images.js';
import { parseCMap, readPdf, replayText, samplePages, textBox } from './helpers.js';

const fonts = createFontSource();
const spec = { family: 'Times New Roman', bold: false, italic: false, size: 13 };
const regular = fonts.face(spec);
const bold = fonts.face({ ...spec, bold: true });
const faces: FontFace[] = [regular, bold];
const png = { bytes: makePng({ width: 8, height: 8, fill: 0x55 }), format: 'png' as const, id: 'seal' };
const jpeg = { bytes: makeJpeg({ width: 4, height: 4, scan: true }), format: 'jpeg' as const, id: 'photo' };
const pages = samplePages(faces, { png, jpeg });
const meta: PdfMeta = {
  title: 'Biên bản Hội nghị tổng kết',
  subject: 'Tổng kết công tác',
  author: 'Ban Tổ chức',
  keywords: 'biên bản, tổng kết',
  creator: 'vankien 0.1.0',
  producer: 'vankien PDF engine',
};
const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');

describe('paintPdf', () => {
  it('gives byte-identical output for the same pages, and another ID for other pages', async () => {
    const a = await paintPdf(pages, fonts.loadedFaces(), meta);
    const b = await paintPdf(pages, new Map(fonts.loadedFaces()), meta);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    // New face objects (as in another process): subsets made afresh, not taken from the cache.
    const fresh = createFontSource();
    const again = samplePages([fresh.face({ ...spec }), fresh.face({ ...spec, bold: true })], { png, jpeg });
    const c = await paintPdf(again, fresh.loadedFaces(), meta);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(c))).toBe(0);
    const other = await paintPdf(pages.slice(0, 1), fonts.loadedFaces(), meta);
    const id = (bytes: Uint8Array) => /\/ID \[ <([0-9A-F]{32})> <\1> \]/.exec(latin1(bytes))?.[1];
    expect(id(a)).toMatch(/^[0-9A-F]{32}$/);
    expect(id(other)).toMatch(/^[0-9A-F]{32}$/);
    expect(id(other)).not.toBe(id(a));
  });

  it('writes the metadata and the language, and no creation or modification date', async () => {
    const bytes = await paintPdf(pages, fonts.loadedFaces(), meta);
    const text = latin1(bytes);
    expect(text).not.toMatch(/CreationDate|ModDate/);
    const { doc } = await readPdf(bytes);
    expect(doc.getTitle()).toBe(meta.title);
    expect(doc.getSubject()).toBe(meta.subject);
    expect(doc.getAuthor()).toBe(meta.author);
    expect(doc.getKeywords()).toBe(meta.keywords);
    expect(doc.getCreator()).toBe(meta.creator);
    expect(doc.getProducer()).toBe(meta.producer);
    expect((doc.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('vi-VN');
    const english = await readPdf(await paintPdf(pages, fonts.loadedFaces(), { ...meta, language: 'en-GB' }));
    expect((english.doc.catalog.get(PDFName.of('Lang')) as PDFString).decodeText()).toBe('en-GB');
  });

  it('draws images once per id, rules, rectangles and colours; behind-text images first', async () => {
    const { doc, pages: read } = await readPdf(await paintPdf(pages, fonts.loadedFaces(), meta));
    expect(read).toHaveLength(2);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.3, height: 841.9 });
    const [first, second] = read as [(typeof read)[0], (typeof read)[0]];
    expect(first.xobjects).toEqual(['Im1']);
    expect(second.xobjects.sort()).toEqual(['Im1', 'Im2']);
    expect(first.content.startsWith('q 80 0 0 80 400 701.9 cm /Im1 Do Q\n')).toBe(true);
    expect(first.content).toContain('q 40 0 0 30 300 71.9 cm /Im1 Do Q');
    expect(second.content).toContain('q 40 0 0 30 300 71.9 cm /Im2 Do Q');
    expect(first.content).toContain('0.75 w\n72 771.9 m 523 771.9 l S');
    expect(first.content).toMatch(/0\.851 0\.851 0\.851 rg\n72 81\.9 200 20 re f/);
    expect(first.content).toContain('0.753 0 0 rg');
    expect(first.content).toMatch(/BT\n\/F1 14 Tf\n/);
    const xo = doc.context.lookup(doc.getPage(1).node.Resources()!.get(PDFName.of('XObject')), PDFDict)!;
    const subtypes = [...xo.entries()].map(([, ref]) => doc.context.lookup(ref, PDFStream).dict.get(PDFName.of('Subtype'))?.toString());
    expect(subtypes).toEqual(['/Image', '/Image']);
    // One image object per id across pages.
    expect(latin1(await paintPdf(pages, fonts.loadedFaces(), meta)).match(/\/Subtype \/Image/g)).toHaveLength(2);
  });

  it('gives pages that draw the same faces and images one shared resource dictionary, naming all they use', async () => {
    const [first, second] = pages as [Page, Page];
    // Copies of the first page (as in a print bundle), one with an overlay in a face the page does not use.
    const italic = fonts.face({ ...spec, italic: true });
    const copies: Page[] = [first, first, second, { ...first, overlay: [textBox(italic, 'Bản số 2/3', 400, 60)] }, first];
    const { doc, pages: read } = await readPdf(await paintPdf(copies, fonts.loadedFaces(), meta));
    expect(read).toHaveLength(5);
    const refs = copies.map((_, i) => doc.getPage(i).node.get(PDFName.of('Resources'))?.toString());
    expect(refs.every((r) => /^\d+ 0 R$/.test(r ?? ''))).toBe(true);
    expect(new Set([refs[0], refs[1], refs[4]]).size).toBe(1);
    expect(refs[2], 'another image').not.toBe(refs[0]);
    expect(refs[3], 'another face').not.toBe(refs[0]);
    // Each page's dictionary names every font its content selects, and the images it draws.
    for (const page of read) {
      for (const name of page.content.match(/\/F\d+(?= [\d.]+ Tf)/g) ?? []) expect([...page.fonts.keys()]).toContain(name.slice(1));
      for (const name of page.content.match(/\/Im\d+(?= Do)/g) ?? []) expect(page.xobjects).toContain(name.slice(1));
    }
    expect(read[3]!.fonts.size).toBe(read[0]!.fonts.size + 1);
  });

  it('paints without giving the event loop a turn (pdf-lib would wait 1 ms every 50 objects)', async () => {
    // 120 pages with their own bodies: several hundred objects to write.
    const many: Page[] = Array.from({ length: 120 }, (_, i) => ({
      width: 300,
      height: 300,
      boxes: [textBox(regular, `Trang ${i + 1}`, 72, 100)],
    }));
    let turned = false;
    const immediate = setImmediate(() => (turned = true));
    const pdf = await paintPdf(many, fonts.loadedFaces(), meta);
    expect(turned).toBe(false);
    clearImmediate(immediate);
    expect(latin1(pdf).match(/\/Type \/Page\b/g)).toHaveLength(120);
  });

  it('maps a glyph shared by several characters (space, no-break space) to the most frequent one', async () => {
    const nbsp = textBox(regular, 'Điều\u00a01', 72, 100);
    const page: Page = { width: 300, height: 300, boxes: [nbsp, textBox(regular, 'Hội nghị tổng kết', 72, 120)] };
    expect(nbsp.glyphs[4]!.id).toBe(regular.glyphId(0x20));
    const { pages: read } = await readPdf(await paintPdf([page], fonts.loadedFaces(), meta));
    const font = [...read[0]!.fonts.values()][0]!;
    const shown = replayText(read[0]!.content, () => font.widths);
    const cmap = parseCMap(font.cmap);
    expect(shown.map((g) => cmap.get(g.code)).join('')).toBe('Điều 1Hội nghị tổng kết');
  });

  it('refuses a box whose face was not given, and paints an empty page list as one blank page', async () => {
    const page: Page = { width: 200, height: 200, boxes: [textBox(regular, 'Xin chào', 10, 50)] };
    await expect(paintPdf([page], new Map(), meta)).rejects.toThrow(/Tinos-Regular/);
    const blank = await readPdf(await paintPdf([], new Map(), meta));
    expect(blank.pages).toHaveLength(1);
  });

  it('paints three pages of about 130 lines in a few milliseconds once warm', async () => {
    const many: Page[] = [0, 1, 2].map(() => ({
      width: 595.3,
      height: 841.9,
      boxes: Array.from({ length: 44 }, (_, l) =>
        textBox(faces[l % 2]!, 'Đảng Cộng sản Việt Nam, Hội nghị tổng kết công tác năm 2025, Quảng Bình', 72, 72 + l * 16, 13, 0.4),
      ),
    }));
    await paintPdf(many, fonts.loadedFaces(), meta);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      await paintPdf(many, fonts.loadedFaces(), meta);
      times.push(performance.now() - start);
    }
    expect(Math.min(...times)).toBeLessThan(100);
  });
});
