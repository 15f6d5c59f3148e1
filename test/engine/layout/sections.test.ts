// Sections laid out one after another: continuous breaks, odd/even page starts, first and even-page headers.
// Expected pages are LibreOffice 7.4's for the same documents built as .docx (soffice --convert-to pdf with
// its blank pages exported), which follows Word here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import type { Page, TextBox } from '../../../src/engine/layout/boxes.js';
import { layoutDocument } from '../../../src/engine/layout/document.js';
import type { Block, DocumentIR, Inline, Section } from '../../../src/engine/ir.js';
import { doc, fakeFonts, para, run, section } from './ir-helpers.js';

/** Lines of text per page, top to bottom. */
function pagesText(pages: Page[]): string[][] {
  return pages.map((pg) => {
    const lines = new Map<number, string>();
    for (const b of pg.boxes) if (b.kind === 'text') lines.set(b.y, (lines.get(b.y) ?? '') + b.glyphs.map((g) => g.text).join(''));
    return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t.trim());
  });
}
const PAGE: Inline = { kind: 'field', field: 'PAGE', style: run() };
const hdr = (t: string): Block[] => [para(t)];
const stories = { default: hdr('HDEF'), first: hdr('HFIRST'), even: hdr('HEVEN') };
const lines = (tag: string, n: number) => Array.from({ length: n }, (_, i) => para(`${tag}${i}`));
const layout = (sections: Section[], evenAndOdd = false) => {
  const ir: DocumentIR = doc(sections);
  if (evenAndOdd) ir.settings.evenAndOddHeaders = true;
  return layoutDocument(ir, fakeFonts()).pages;
};

describe('continuous section breaks', () => {
  it('go on on the same page under its header; the next page is not the section’s first (LibreOffice: HDR-FIRST, then HDR-EVEN)', () => {
    const pages = layout(
      [
        section([para('S1')], 4, { headers: stories, titlePage: true }),
        section(lines('b', 5), 4, { start: 'continuous', titlePage: true, headers: stories }),
      ],
      true,
    );
    expect(pagesText(pages)).toEqual([
      ['HFIRST', 'S1', 'b0', 'b1', 'b2'],
      ['HEVEN', 'b3', 'b4'],
    ]);
  });

  it('start right below the previous section: the larger of space after and space before between them', () => {
    const pages = layout([
      section([para('a', { spaceAfter: 6 })], 4),
      section([para('b', { spaceBefore: 10 })], 4, { start: 'continuous' }),
    ]);
    const ys = (pages[0]?.boxes ?? []).filter((b): b is TextBox => b.kind === 'text').map((b) => b.y);
    expect(ys).toEqual([50 + 9.6, 50 + 12 + 10 + 9.6]);
  });

  it('apply the new section’s left and right margins from where it starts (Word)', () => {
    const wide = section([para('a')], 4);
    const narrow = section([para('b')], 4, { start: 'continuous' });
    narrow.page = { ...narrow.page, left: 80, right: 20 };
    const xs = (layout([wide, narrow])[0]?.boxes ?? []).filter((b): b is TextBox => b.kind === 'text').map((b) => b.glyphs[0]?.x);
    expect(xs).toEqual([50, 80]);
  });

  it('start a new page when the paper differs (Word)', () => {
    const landscape = section([para('b')], 4, { start: 'continuous' });
    landscape.page = { ...landscape.page, width: 300 };
    expect(pagesText(layout([section([para('a')], 4), landscape]))).toEqual([['a'], ['b']]);
  });
});

describe('odd- and even-page section starts', () => {
  const numbered = (t: string) => para([{ kind: 'text', text: t, style: run() }, PAGE]);

  it('put a blank page (no header either) before a section that must start on an odd page; it counts (LibreOffice: 3 pages, "S2 page is 3")', () => {
    const pages = layout([
      section([numbered('p')], 4, { headers: { default: hdr('H') } }),
      section([numbered('q')], 4, { start: 'oddPage', headers: { default: hdr('H') } }),
    ]);
    expect(pagesText(pages)).toEqual([['H', 'p1'], [], ['H', 'q3']]);
  });

  it('need no blank page when the next page already has the right parity (LibreOffice: 2 pages)', () => {
    const pages = layout([section([para('p')], 4), section([para('q')], 4, { start: 'evenPage' })]);
    expect(pagesText(pages)).toEqual([['p'], ['q']]);
  });
});

describe('even-page headers (w:evenAndOddHeaders)', () => {
  it('go on even pages; a section without one leaves even pages without header (LibreOffice, docx4j-headers pages 2, 4, 6)', () => {
    const body = [para('x'), para([{ kind: 'break', type: 'page', style: run() }]), para('y'), para('z')];
    const withEven = layout([section(body, 4, { headers: stories, footers: { default: hdr('FDEF'), even: hdr('FEVEN') } })], true);
    expect(pagesText(withEven)).toEqual([
      ['HDEF', 'x', 'FDEF'],
      ['HEVEN', 'y', 'z', 'FEVEN'],
    ]);
    const without = layout([section(body, 4, { headers: { default: hdr('HDEF') } })], true);
    expect(pagesText(without)).toEqual([
      ['HDEF', 'x'],
      ['y', 'z'],
    ]);
  });

  it('are ignored when the document does not set even and odd headers', () => {
    const body = [para('x'), para([{ kind: 'break', type: 'page', style: run() }]), para('y')];
    expect(pagesText(layout([section(body, 4, { headers: stories })]))).toEqual([
      ['HDEF', 'x'],
      ['HDEF', 'y'],
    ]);
  });
});

describe('docx4j-headers.docx from the development corpus', () => {
  it('has LibreOffice’s eight pages with their headers (continuous break, first and even-page headers, inheritance)', () => {
    const ir = readDocx(readFileSync(new URL('../../../corpus/dev/docx4j-headers.docx', import.meta.url)));
    expect(ir.warnings).toEqual([]);
    expect(pagesText(layoutDocument(ir, createFontSource()).pages).map((p) => p.filter((l) => l !== ''))).toEqual([
      ['First page header.', 'Header and footer test'],
      ['Page 2', 'That was a Section Break (Continuous)', 'Note the disparity between the UI and the XML!'],
      ['First page header.', "In this section, we've got same as previous."],
      ['Page 2'],
      ['Just a plain header.', 'Some content'],
      ['Page 2'],
      ['ODD/even … BLACK.'],
      ['Odd/EVEN.. white', 'Page 2', "That's all folks"],
    ]);
  });
});
