// Sibling PDFs painted together (paintJobs) embed one subset program per face; each still draws and maps only its own text.
import { describe, expect, it } from 'vitest';
import { parseFont } from '../../../src/engine/fonts/load.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import type { Page } from '../../../src/engine/layout/boxes.js';
import { glyphSetsOf, paintPdf } from '../../../src/engine/paint/paint.js';
import { paintJobs, type PdfJob } from '../../../src/render/pdf-outputs.js';
import { parseCMap, readPdf, replayText, textBox } from './helpers.js';

const fonts = createFontSource();
const regular = fonts.face({ family: 'Times New Roman', bold: false, italic: false, size: 13 });
const bold = fonts.face({ family: 'Times New Roman', bold: true, italic: false, size: 13 });
const meta = { creator: 'test', producer: 'test' };
const page = (boxes: Page['boxes']): Page => ({ width: 595, height: 842, boxes });

const pagesA = [page([textBox(regular, 'Biên bản hội nghị', 72, 100), textBox(bold, 'ĐẢNG BỘ', 72, 130)])];
const pagesB = [page([textBox(regular, 'Giao ước thi đua năm 2024', 72, 100)])];
const job = (path: string, pages: Page[]): PdfJob => ({
  path,
  kind: 'pdf',
  pending: { pages, faces: fonts.loadedFaces(), meta, warnings: [] },
});

/** The text each page shows, through the font's ToUnicode map and the widths it declares. */
async function shownText(bytes: Uint8Array): Promise<string[]> {
  const { pages } = await readPdf(bytes);
  return pages.map((p) => {
    const maps = new Map([...p.fonts].map(([name, f]) => [name, parseCMap(f.cmap)]));
    return replayText(p.content, (name) => p.fonts.get(name)!.widths)
      .map((g) => maps.get(g.font)!.get(g.code) ?? '?')
      .join('');
  });
}

describe('font subsets shared by sibling PDFs', () => {
  it('gives each face one program holding the glyphs of every job', async () => {
    const [a, b] = await paintJobs([job('a.pdf', pagesA), job('b.pdf', pagesB)], (_kind, paint) => paint());
    const readA = (await readPdf(a!.bytes as Uint8Array)).pages[0]!;
    const readB = (await readPdf(b!.bytes as Uint8Array)).pages[0]!;
    const regularOf = (p: typeof readA) => [...p.fonts.values()].find((f) => f.baseFont.endsWith('+Tinos-Regular'))!;
    // Same subset name and the very same program bytes in both PDFs.
    expect(regularOf(readA).baseFont).toBe(regularOf(readB).baseFont);
    expect(Buffer.from(regularOf(readA).program).equals(Buffer.from(regularOf(readB).program))).toBe(true);
    // The program holds the union: B's "G", "2", "4" are in A's font too (numGlyphs = union + .notdef + parts).
    const union = new Set([...glyphSetsOf(pagesA).get(regular.key)!, ...glyphSetsOf(pagesB).get(regular.key)!]);
    expect(parseFont(regularOf(readA).program).numGlyphs).toBeGreaterThanOrEqual(union.size);
    // A face only A uses stays out of B's PDF.
    expect([...readB.fonts.values()].some((f) => f.baseFont.endsWith('+Tinos-Bold'))).toBe(false);
  });

  it('keeps what each PDF shows and what its text maps back to', async () => {
    const [a, b] = await paintJobs([job('a.pdf', pagesA), job('b.pdf', pagesB)], (_kind, paint) => paint());
    expect(await shownText(a!.bytes as Uint8Array)).toEqual(await shownText(await paintPdf(pagesA, fonts.loadedFaces(), meta)));
    expect(await shownText(b!.bytes as Uint8Array)).toEqual(['Giao ước thi đua năm 2024']);
  });

  it('paints in job order, timing each under its kind, and gives the same bytes twice', async () => {
    const kinds: string[] = [];
    const time = (kind: string, paint: () => Promise<Uint8Array>) => (kinds.push(kind), paint());
    const jobs = [job('a.pdf', pagesA), { ...job('b.pdf', pagesB), kind: 'bulletin' }];
    const first = await paintJobs(jobs, time);
    const second = await paintJobs(jobs, time);
    expect(first.map((o) => o.path)).toEqual(['a.pdf', 'b.pdf']);
    expect(kinds).toEqual(['pdf', 'bulletin', 'pdf', 'bulletin']);
    expect(first.map((o) => Buffer.from(o.bytes as Uint8Array).toString('hex'))).toEqual(
      second.map((o) => Buffer.from(o.bytes as Uint8Array).toString('hex')),
    );
  });
});
