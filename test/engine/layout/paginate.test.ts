// Pagination: line heights, spacing, keep rules, widow/orphan control, tables, headers with page fields.
import { describe, expect, it } from 'vitest';
import type { Page, TextBox } from '../../../src/engine/layout/boxes.js';
import { layoutDocument } from '../../../src/engine/layout/document.js';
import type { Block } from '../../../src/engine/ir.js';
import { doc, fakeFonts, para, run, section, table, text } from './ir-helpers.js';

/** Lines of text per page, as strings, from the baselines. */
function pagesText(pages: Page[]): string[][] {
  return pages.map((pg) => {
    const lines = new Map<number, string>();
    for (const b of pg.boxes) if (b.kind === 'text') lines.set(b.y, (lines.get(b.y) ?? '') + b.glyphs.map((g) => g.text).join(''));
    return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t.trim());
  });
}
const layout = (blocks: Block[], lines = 10, over = {}) => layoutDocument(doc([section(blocks, lines, over)]), fakeFonts()).pages;
const baselines = (pg: Page | undefined) =>
  [...new Set((pg?.boxes ?? []).filter((b): b is TextBox => b.kind === 'text').map((b) => b.y))].sort((a, b) => a - b);
const nLines = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${String(i).padStart(13, '-')}`).join(' ');

describe('line heights and spacing', () => {
  it('single lines are ascent + descent + gap; multiples scale them; exact and at-least rules apply', () => {
    expect(baselines(layout([para('a'), para('b')])[0])).toEqual([50 + 9.6, 50 + 12 + 9.6]);
    expect(baselines(layout([para('a', { line: { rule: 'auto', value: 1.5 } }), para('b')])[0])?.[1]).toBeCloseTo(50 + 18 + 9.6);
    expect(baselines(layout([para('a', { line: { rule: 'exact', value: 20 } }), para('b')])[0])).toEqual([50 + 20 - 2.4, 50 + 20 + 9.6]);
    expect(baselines(layout([para('a', { line: { rule: 'atLeast', value: 30 } }), para('b')])[0])?.[1]).toBe(50 + 30 + 9.6);
  });

  it('scales a multiple in whole twips, truncating as LibreOffice does (250 twips × 1.25 = 312, not 313)', () => {
    const a = para([text('a', { size: 12.5 })], { line: { rule: 'auto', value: 1.25 } });
    expect(baselines(layout([a, para('b')])[0])?.[1]).toBeCloseTo(50 + 15.6 + 9.6, 9);
  });

  it('separates paragraphs by the larger of space after and space before, none between contextual ones', () => {
    expect(baselines(layout([para('a', { spaceAfter: 6 }), para('b', { spaceBefore: 4 })])[0])?.[1]).toBe(50 + 12 + 6 + 9.6);
    expect(baselines(layout([para('a', { spaceAfter: 2 }), para('b', { spaceBefore: 8 })])[0])?.[1]).toBe(50 + 12 + 8 + 9.6);
    const ctx = { spaceAfter: 6, spaceBefore: 4, contextualSpacing: true, styleId: 'List' };
    expect(baselines(layout([para('a', ctx), para('b', ctx)])[0])?.[1]).toBe(50 + 4 + 12 + 9.6);
  });
});

describe('page breaking', () => {
  it('moves a paragraph whose first line would be alone at the bottom (orphan)', () => {
    const pages = pagesText(layout([para(nLines(9, 'a')), para(nLines(3, 'b'))]));
    expect(pages[0]?.filter((l) => l.startsWith('b'))).toEqual([]);
    expect(pages[1]).toHaveLength(3);
  });

  it('takes a line back so the last line is not alone at the top (widow)', () => {
    const pages = pagesText(layout([para(nLines(7, 'a')), para(nLines(4, 'b'))]));
    expect(pages[0]?.filter((l) => l.startsWith('b'))).toHaveLength(2);
    expect(pages[1]).toHaveLength(2);
  });

  it('moves a three-line paragraph whole when two lines fit: the widow rule would leave an orphan (as LibreOffice does)', () => {
    const pages = pagesText(layout([para(nLines(8, 'a')), para(nLines(3, 'b'))]));
    expect(pages[0]?.filter((l) => l.startsWith('b'))).toEqual([]);
    expect(pages[1]).toHaveLength(3);
  });

  it('lets a single line go alone when widow control is off', () => {
    const pages = pagesText(layout([para(nLines(9, 'a')), para(nLines(3, 'b'), { widowControl: false })]));
    expect(pages[0]).toHaveLength(10);
  });

  it('keeps a heading with as much of the next paragraph as widow control lets start a page (all of three lines, two of more)', () => {
    const three = pagesText(layout([para(nLines(7, 'a')), para('heading', { keepNext: true }), para(nLines(3, 'b'))]));
    expect(three[0]?.some((l) => l.startsWith('heading'))).toBe(false);
    expect(three[1]?.[0]).toBe('heading');
    const four = pagesText(layout([para(nLines(6, 'a')), para('heading', { keepNext: true }), para(nLines(4, 'b'))]));
    expect(four[0]?.slice(-3).map((l) => l.slice(0, 1))).toEqual(['h', 'b', 'b']);
  });

  it('keeps a heading with the next paragraph, and a paragraph that keeps its lines together', () => {
    const keepNext = pagesText(layout([para(nLines(9, 'a')), para('heading', { keepNext: true }), para('body')]));
    expect(keepNext[1]).toEqual(['heading', 'body']);
    const keepLines = pagesText(layout([para(nLines(8, 'a')), para(nLines(3, 'b'), { keepLines: true })]));
    expect(keepLines[1]).toHaveLength(3);
  });

  it('starts a paragraph on a new page when asked', () => {
    expect(pagesText(layout([para('a'), para('b', { pageBreakBefore: true })]))).toEqual([['a'], ['b']]);
  });
});

describe('tables', () => {
  it('moves a row that does not fit to the next page and repeats header rows', () => {
    const t = table([
      { lines: 1, header: true },
      { lines: 4, cantSplit: true },
      { lines: 4, cantSplit: true },
      { lines: 4, cantSplit: true },
    ]);
    const pages = pagesText(layout([t]));
    expect(pages).toHaveLength(2);
    expect(pages[1]?.[0]).toContain('r0');
    expect(pages[1]?.filter((l) => l.startsWith('r0'))).toHaveLength(2);
  });
});

describe('headers and footers', () => {
  it('prints PAGE and NUMPAGES, and a different first-page header', () => {
    const field = (f: 'PAGE' | 'NUMPAGES') => ({ kind: 'field' as const, field: f, style: run() });
    const header = [para([field('PAGE'), { kind: 'text', text: '/', style: run() }, field('NUMPAGES')])];
    const pages = layoutDocument(
      doc([
        section([para('a'), para('b', { pageBreakBefore: true }), para('c', { pageBreakBefore: true })], 10, {
          headers: { default: header, first: [para('first')] },
          titlePage: true,
        }),
      ]),
      fakeFonts(),
    ).pages;
    expect(pagesText(pages).map((p) => p[0])).toEqual(['first', '2/3', '3/3']);
  });

  it('is a pure function: the same input gives the same pages', () => {
    const blocks = [para(nLines(12, 'a'), { align: 'both' }), table([{ lines: 2 }])];
    expect(JSON.stringify(layout(blocks))).toBe(JSON.stringify(layout(blocks)));
  });
});

describe('document settings and tab leaders', () => {
  it('sums space after and before when the document asks for it', () => {
    const pages = layoutDocument(doc([section([para('a', { spaceAfter: 6 }), para('b', { spaceBefore: 4 })])], 'sum'), fakeFonts()).pages;
    expect(baselines(pages[0])?.[1]).toBe(50 + 12 + 6 + 4 + 9.6);
  });

  it('fills a right tab with dot leaders up to the text that follows', () => {
    const p = para(
      [
        { kind: 'text', text: 'ab', style: run() },
        { kind: 'tab', style: run() },
        { kind: 'text', text: '9', style: run() },
      ],
      { tabs: [{ pos: 90, align: 'right', leader: 'dot' }] },
    );
    const glyphs =
      layoutDocument(doc([section([p])]), fakeFonts()).pages[0]?.boxes.flatMap((b) => (b.kind === 'text' ? b.glyphs : [])) ?? [];
    const nine = glyphs.find((g) => g.text === '9');
    expect(nine?.x).toBe(50 + 90 - 6);
    const dots = glyphs.filter((g) => g.text === '.');
    expect(dots.length).toBe(Math.floor((90 - 6 - 12) / 6));
    expect(dots[0]?.x).toBe(50 + 12);
  });
});

describe('rows that may split', () => {
  it('split between lines across pages, header repeated, every line printed once', () => {
    const t = table([{ lines: 1, header: true }, { lines: 3, cantSplit: true }, { lines: 12 }]);
    const pages = pagesText(layout([t]));
    expect(pages.length).toBeGreaterThan(1);
    const all = pages
      .flat()
      .join(' ')
      .split(/\s+/)
      .filter((w) => /^r\d+/.test(w));
    expect(all.filter((w) => w === 'r11')).toHaveLength(1);
    expect(all.filter((w) => w.startsWith('r')).length).toBe(1 + 3 + 12 + (pages.length - 1));
    expect(pages[0]?.length).toBe(10);
    expect(pages[1]?.[0]).toContain('r0');
  });
});
