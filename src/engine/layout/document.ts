// layoutDocument: the IR laid out into pages of positioned boxes — a pure function of IR and fonts.
import type { FontSource } from '../fonts/face.js';
import type { Block, DocumentIR, Section, Stories } from '../ir.js';
import type { Box, LayoutResult, Page } from './boxes.js';
import { makeContext, type LayoutContext } from './context.js';
import { paginateBody, type BodyEnd } from './paginate.js';
import { Shaper } from './shape.js';
import { stackBlocks } from './stack.js';
import type { Zone } from './wrap.js';

const hasPageCount = (blocks: Block[] | undefined): boolean =>
  (blocks ?? []).some((b) =>
    b.kind === 'paragraph'
      ? b.inlines.some((i) => i.kind === 'field' && i.field === 'NUMPAGES')
      : b.rows.some((r) => r.cells.some((c) => hasPageCount(c.blocks))),
  );

/**
 * The header or footer of a page: the first-page one on the section's first page when it has a title
 * page, the even one on even pages when the document has even-page headers (none if the section has
 * none, as in Word), the default one otherwise.
 */
function storyFor(set: Stories, section: Section, first: boolean, page: number, ctx: LayoutContext): Block[] | undefined {
  if (section.titlePage && first) return set.first;
  if (ctx.settings.evenAndOddHeaders && page % 2 === 0) return set.even;
  return set.default;
}

function headerFooter(section: Section, first: boolean, ctx: LayoutContext, page: number): Box[] {
  const p = section.page;
  const width = p.width - p.left - p.right;
  const pick = (set: Stories) => storyFor(set, section, first, page, ctx);
  const out: Box[] = [];
  const header = pick(section.headers);
  if (header?.length) out.push(...stackBlocks(header, width, ctx, p.right).draw(p.left, p.header, page));
  const footer = pick(section.footers);
  if (footer?.length) {
    const stacked = stackBlocks(footer, width, ctx, p.right);
    out.push(...stacked.draw(p.left, p.height - p.footer - stacked.height, page));
  }
  return out;
}

/**
 * The areas that wrapped objects of a section's header and footer keep the body's text out of, per page of
 * the section; undefined when there are none (the usual case: nothing is drawn twice).
 */
function storyZones(section: Section, ctx: LayoutContext): ((n: number, page: number) => Zone[]) | undefined {
  const wraps = (blocks: Block[] | undefined) =>
    (blocks ?? []).some(
      (b) =>
        b.kind === 'paragraph' &&
        b.inlines.some(
          (i) => (i.kind === 'image' || i.kind === 'shape') && (i.anchor?.wrap === 'square' || i.anchor?.wrap === 'topAndBottom'),
        ),
    );
  if (!stories(section).some(wraps)) return undefined;
  const of = (first: boolean, page: number): Zone[] => {
    const zones: Zone[] = [];
    ctx.zoneSink = (z) => zones.push(z);
    headerFooter(section, first, ctx, page);
    ctx.zoneSink = undefined;
    return zones;
  };
  // Laid out before the body, once per kind of page: the first or another, odd or even when that matters.
  const paired = ctx.settings.evenAndOddHeaders === true;
  const key = (first: boolean, page: number) => `${first} ${paired ? page % 2 : 1}`;
  const known = new Map<string, Zone[]>();
  for (const first of [true, false]) for (const page of paired ? [1, 2] : [1]) known.set(key(first, page), of(first, page));
  return (n, page) => known.get(key(n === 0, page)) ?? [];
}

const stories = (s: Section) => [s.headers, s.footers].flatMap((set) => [set.default, set.first, set.even]);

/** Paper of another size or orientation starts a new page even after a continuous break (as in Word). */
const samePaper = (a: Section, b: Section) => a.page.width === b.page.width && a.page.height === b.page.height;

function run(ir: DocumentIR, shaper: Shaper, pageCount?: number): Page[] {
  const ctx = makeContext(shaper, ir.settings, pageCount);
  const pages: Page[] = [];
  const newPage = (section: Section, first: boolean, body: Box[]) => {
    const number = pages.length + 1;
    shaper.where = { headerFooterOfPage: number };
    pages.push({ width: section.page.width, height: section.page.height, boxes: [...headerFooter(section, first, ctx, number), ...body] });
  };
  let before: { section: Section; end: BodyEnd } | undefined;
  for (const section of ir.sections) {
    ctx.page = section.page;
    const lastPage = pages[pages.length - 1];
    // A continuous section goes on on the page where the previous one ended, under that page's header.
    const continues = section.start === 'continuous' && before !== undefined && lastPage && samePaper(before.section, section);
    if (before && !continues) {
      lastPage?.boxes.push(...before.end.finish());
      // A section that starts on an odd (even) page is preceded by a blank page when needed, as Word prints
      // it: nothing on it, not even headers, but it counts in the page numbers.
      const parity = section.start === 'oddPage' ? 1 : section.start === 'evenPage' ? 0 : undefined;
      const paper = before.section.page;
      if (parity !== undefined && (pages.length + 1) % 2 !== parity) pages.push({ width: paper.width, height: paper.height, boxes: [] });
    }
    const start = continues ? pages.length : pages.length + 1;
    const body = paginateBody(section, ctx, start, storyZones(section, ctx), continues ? before?.end : undefined);
    body.pages.forEach((boxes, i) => {
      if (i === 0 && continues) lastPage?.boxes.push(...boxes);
      else newPage(section, i === 0, boxes);
    });
    before = { section, end: body.end };
  }
  pages[pages.length - 1]?.boxes.push(...(before?.end.finish() ?? []));
  return pages;
}

export function layoutDocument(ir: DocumentIR, fonts: FontSource): LayoutResult & { shaper: Shaper } {
  const shaper = new Shaper(fonts);
  let pages = run(ir, shaper);
  const needsCount = ir.sections.some((s) => [...stories(s), s.blocks].some(hasPageCount));
  if (needsCount) pages = run(ir, shaper, pages.length);
  const seen = new Set<string>();
  const missing = shaper.missing.filter((m) => !seen.has(m.char) && seen.add(m.char));
  return { pages, missing, shaper };
}
