// Print bundle: N numbered copies of the pledge, each starting on a front page, built twice identically.
import { PDFArray, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { bundlePages, copyStamp, printBundle } from '../../src/orchestration/print-bundle.js';
import { readDocx } from '../../src/engine/docx/index.js';
import { docxToPdf } from '../../src/engine/index.js';
import { createFontSource } from '../../src/engine/fonts/source.js';
import type { Page } from '../../src/engine/layout/boxes.js';
import { layoutDocument } from '../../src/engine/layout/document.js';
import { parseCMap, readPdf, replayText } from '../engine/paint/helpers.js';
import { renderFor, sample, samples } from '../support/docx.js';

const meta = { title: 'Giao ước thi đua — bản in', creator: 'vankien', producer: 'vankien' };
const COPIES = 14;

/** Each page's text, glyph by glyph in content order, with the x and y of the glyphs. */
async function pageTexts(pdf: Uint8Array): Promise<Array<Array<{ text: string; x: number; y: number }>>> {
  const { pages } = await readPdf(pdf);
  return pages.map((page) => {
    const cmaps = new Map([...page.fonts].map(([name, f]) => [name, parseCMap(f.cmap)]));
    return replayText(page.content, (name) => page.fonts.get(name)?.widths ?? new Map()).map((g) => ({
      text: cmaps.get(g.font)?.get(g.code) ?? '',
      x: g.x,
      y: g.y,
    }));
  });
}

describe('printBundle', async () => {
  const pledge = renderFor(samples.project, sample('cum-3-tong-ket-2023')).pledge!;
  const fonts = createFontSource();
  const single = layoutDocument(readDocx(pledge, { where: 'giao-uoc.docx' }), fonts).pages.length;
  const perCopy = single + (single % 2);
  const bundle = await printBundle(pledge, { copies: COPIES, fonts, meta, where: 'giao-uoc.docx' });
  const texts = await pageTexts(bundle);
  const joined = texts.map((glyphs) => glyphs.map((g) => g.text).join(''));

  it('has every copy with blank padding after odd copies, except after the last', () => {
    expect(single).toBeGreaterThan(0);
    expect(texts.length).toBe(perCopy * (COPIES - 1) + single);
  });

  it('numbers the first page of each copy in order, and no other page', () => {
    const stamped = joined.flatMap((t, i) => (t.includes('Bản số') ? [i] : []));
    expect(stamped).toEqual(Array.from({ length: COPIES }, (_, k) => k * perCopy));
    stamped.forEach((page, k) => {
      const text = joined[page]!;
      expect(text).toContain(copyStamp(k + 1, COPIES));
      expect(text).toContain(`Bản số ${k + 1}/14`);
      expect(text.normalize('NFC')).toBe(text);
    });
  });

  it('puts the stamp in the top margin, ending at the right margin', () => {
    const section = readDocx(pledge).sections[0]!;
    const page = texts[0]!;
    const start = joined[0]!.indexOf('Bản số');
    const stamp = page.slice(start, start + copyStamp(1, COPIES).length);
    const height = section.page.height;
    for (const g of stamp) {
      expect(height - g.y).toBeGreaterThan(section.page.header);
      expect(height - g.y).toBeLessThan(section.page.top);
    }
    const last = stamp[stamp.length - 1]!;
    expect(last.x).toBeLessThan(section.page.width - section.page.right);
    expect(last.x).toBeGreaterThan(section.page.width - section.page.right - 14);
  });

  it('keeps the rest of each copy the same as the single document', () => {
    for (let k = 0; k < COPIES; k++) {
      for (let p = 1; p < single; p++) expect(joined[k * perCopy + p]).toBe(joined[p]);
      expect(joined[k * perCopy]!.replace(copyStamp(k + 1, COPIES), '')).toBe(joined[0]!.replace(copyStamp(1, COPIES), ''));
    }
  });

  it('leaves the padding pages blank', () => {
    if (single % 2 === 0) return;
    for (let k = 0; k < COPIES - 1; k++) expect(joined[k * perCopy + single]).toBe('');
  });

  it('holds each page body once, and one stamp per copy', async () => {
    const doc = await PDFDocument.load(bundle);
    const refs = doc.getPages().map((p) => {
      const c = p.node.get(PDFName.of('Contents'));
      return c instanceof PDFArray ? c.asArray().map(String) : [String(c)];
    });
    const streams = new Set(refs.flat());
    // The bodies of the single document's pages, a blank page's, and one overlay per copy.
    expect(streams.size).toBe(single + (single % 2) + COPIES);
    expect(refs.filter((r) => r.length === 2)).toHaveLength(COPIES);
  });

  it('is byte-identical when built twice', async () => {
    const again = await printBundle(pledge, { copies: COPIES, fonts: createFontSource(), meta, where: 'giao-uoc.docx' });
    expect(Buffer.from(again).equals(Buffer.from(bundle))).toBe(true);
  });

  it('gives the same bytes from the layout of the pledge’s own PDF as from the .docx', async () => {
    const own = await docxToPdf(pledge, fonts, meta, 'giao-uoc.docx');
    const reused = await printBundle(own.laidOut, { copies: COPIES, fonts, meta, where: 'giao-uoc.docx' });
    expect(Buffer.from(reused).equals(Buffer.from(bundle))).toBe(true);
  });

  it('rejects a copy count that is not a positive integer', async () => {
    await expect(printBundle(pledge, { copies: 0, fonts, meta })).rejects.toThrow(/copies/);
    await expect(printBundle(pledge, { copies: 1.5, fonts, meta })).rejects.toThrow(/copies/);
  });
});

describe('bundlePages', () => {
  const page = (w: number): Page => ({ width: w, height: 800, boxes: [] });
  const count = (pages: number, copies: number) =>
    bundlePages(
      Array.from({ length: pages }, (_, i) => page(500 + i)),
      copies,
      () => [],
    ).length;

  it('pads odd copies only between copies', () => {
    expect(count(1, 1)).toBe(1);
    expect(count(1, 3)).toBe(5);
    expect(count(2, 3)).toBe(6);
    expect(count(3, 2)).toBe(7);
  });

  it('gives a padding page the size of the copy’s last page and does not touch the input', () => {
    const input = [page(500), page(600), page(700)];
    const out = bundlePages(input, 2, (k) => [{ kind: 'text', y: 10 * k, fontKey: 'x', size: 14, color: '000000', glyphs: [] }]);
    expect(out[3]).toEqual({ width: 700, height: 800, boxes: [] });
    expect(out[0]!.overlay?.map((b) => (b.kind === 'text' ? b.y : -1))).toEqual([10]);
    expect(out[4]!.overlay?.map((b) => (b.kind === 'text' ? b.y : -1))).toEqual([20]);
    expect(out[1]!.overlay).toBeUndefined();
    expect(input[0]!.boxes).toHaveLength(0);
    expect(input[0]!.overlay).toBeUndefined();
  });

  it('shares each page’s boxes between copies, so the PDF holds each body once', () => {
    const input = [page(500), page(600)];
    const out = bundlePages(input, 3, () => []);
    expect(out.filter((p) => p.boxes === input[0]!.boxes)).toHaveLength(3);
    expect(out.filter((p) => p.boxes === input[1]!.boxes)).toHaveLength(3);
  });
});
