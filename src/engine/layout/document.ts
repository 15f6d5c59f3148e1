// layoutDocument: the IR laid out into pages of positioned boxes — a pure function of IR and fonts.
import type { FontSource } from '../fonts/face.js';
import type { Block, DocumentIR, Section } from '../ir.js';
import type { Box, LayoutResult, Page } from './boxes.js';
import { makeContext, type LayoutContext } from './context.js';
import { paginateBody } from './paginate.js';
import { Shaper } from './shape.js';
import { stackBlocks } from './stack.js';

const hasPageCount = (blocks: Block[] | undefined): boolean =>
  (blocks ?? []).some((b) =>
    b.kind === 'paragraph' ? b.inlines.some((i) => i.kind === 'field' && i.field === 'NUMPAGES') : b.rows.some((r) => r.cells.some((c) => hasPageCount(c.blocks))),
  );

function headerFooter(section: Section, first: boolean, ctx: LayoutContext, page: number): Box[] {
  const p = section.page;
  const width = p.width - p.left - p.right;
  const pick = (set: { default?: Block[]; first?: Block[] }) => (section.titlePage && first ? set.first : set.default);
  const out: Box[] = [];
  const header = pick(section.headers);
  if (header?.length) out.push(...stackBlocks(header, width, ctx).draw(p.left, p.header, page));
  const footer = pick(section.footers);
  if (footer?.length) {
    const stacked = stackBlocks(footer, width, ctx);
    out.push(...stacked.draw(p.left, p.height - p.footer - stacked.height, page));
  }
  return out;
}

function run(ir: DocumentIR, shaper: Shaper, pageCount?: number): Page[] {
  const ctx = makeContext(shaper, ir.settings, pageCount);
  const pages: Page[] = [];
  for (const section of ir.sections) {
    const bodies = paginateBody(section, ctx, pages.length + 1);
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
  const needsCount = ir.sections.some((s) => [s.headers.default, s.headers.first, s.footers.default, s.footers.first, s.blocks].some(hasPageCount));
  if (needsCount) pages = run(ir, shaper, pages.length);
  const seen = new Set<string>();
  const missing = shaper.missing.filter((m) => !seen.has(m.char) && seen.add(m.char));
  return { pages, missing, shaper };
}
