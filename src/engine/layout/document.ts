// layoutDocument: the IR laid out into pages of positioned boxes — a pure function of IR and fonts.
import type { FontSource } from '../fonts/face.js';
import type { Block, DocumentIR, Section } from '../ir.js';
import type { Box, LayoutResult, Page } from './boxes.js';
import { makeContext, type LayoutContext } from './context.js';
import { paginateBody } from './paginate.js';
import { Shaper } from './shape.js';
import { stackBlocks } from './stack.js';
import type { Zone } from './wrap.js';

const hasPageCount = (blocks: Block[] | undefined): boolean =>
  (blocks ?? []).some((b) =>
    b.kind === 'paragraph'
      ? b.inlines.some((i) => i.kind === 'field' && i.field === 'NUMPAGES')
      : b.rows.some((r) => r.cells.some((c) => hasPageCount(c.blocks))),
  );

function headerFooter(section: Section, first: boolean, ctx: LayoutContext, page: number): Box[] {
  const p = section.page;
  const width = p.width - p.left - p.right;
  const pick = (set: { default?: Block[]; first?: Block[] }) => (section.titlePage && first ? set.first : set.default);
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
function storyZones(section: Section, ctx: LayoutContext): ((n: number) => Zone[]) | undefined {
  const wraps = (blocks: Block[] | undefined) =>
    (blocks ?? []).some(
      (b) =>
        b.kind === 'paragraph' &&
        b.inlines.some(
          (i) => (i.kind === 'image' || i.kind === 'shape') && (i.anchor?.wrap === 'square' || i.anchor?.wrap === 'topAndBottom'),
        ),
    );
  const s = [section.headers.default, section.headers.first, section.footers.default, section.footers.first];
  if (!s.some(wraps)) return undefined;
  const of = (first: boolean): Zone[] => {
    const zones: Zone[] = [];
    ctx.zoneSink = (z) => zones.push(z);
    headerFooter(section, first, ctx, 1);
    ctx.zoneSink = undefined;
    return zones;
  };
  const first = of(true);
  const rest = of(false);
  return (n) => (n === 0 ? first : rest);
}

function run(ir: DocumentIR, shaper: Shaper, pageCount?: number): Page[] {
  const ctx = makeContext(shaper, ir.settings, pageCount);
  const pages: Page[] = [];
  for (const section of ir.sections) {
    ctx.page = section.page;
    const bodies = paginateBody(section, ctx, pages.length + 1, storyZones(section, ctx));
    bodies.forEach((body, i) => {
      const number = pages.length + 1;
      shaper.where = { headerFooterOfPage: number };
      const boxes = [...headerFooter(section, i === 0, ctx, number), ...body];
      pages.push({ width: section.page.width, height: section.page.height, boxes });
    });
  }
  return pages;
}

export function layoutDocument(ir: DocumentIR, fonts: FontSource): LayoutResult & { shaper: Shaper } {
  const shaper = new Shaper(fonts);
  let pages = run(ir, shaper);
  const needsCount = ir.sections.some((s) =>
    [s.headers.default, s.headers.first, s.footers.default, s.footers.first, s.blocks].some(hasPageCount),
  );
  if (needsCount) pages = run(ir, shaper, pages.length);
  const seen = new Set<string>();
  const missing = shaper.missing.filter((m) => !seen.has(m.char) && seen.add(m.char));
  return { pages, missing, shaper };
}
