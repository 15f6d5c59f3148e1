// Sections (w:sectPr): page size and margins, how the section starts, first-page flag, headers and footers
// (default, first, even) read from their own parts.
import type { Block, PageSetup, Section, Stories } from '../ir.js';
import { arraySink, readBlocks } from './blocks.js';
import { PartContext, type DocContext } from './context.js';
import { attr, child, childrenNamed, elements, intAttr, measure, onOff, TWIPS, val, type XElement } from './xml.js';

type Kind = 'default' | 'first' | 'even';
/** Part paths of the headers and footers in force, by kind; a section without a reference inherits. */
export interface StoryRefs {
  headers: Partial<Record<Kind, string>>;
  footers: Partial<Record<Kind, string>>;
}

/** Word's page when a document says nothing: US Letter, 1" margins, header and footer 0.5" from the edge. */
const LETTER: PageSetup = { width: 612, height: 792, top: 72, bottom: 72, left: 72, right: 72, header: 36, footer: 36 };

export function pageSetup(sectPr: XElement | undefined, ctx: PartContext): PageSetup {
  const size = child(sectPr, 'w:pgSz');
  const mar = child(sectPr, 'w:pgMar');
  const t = (el: XElement | undefined, name: string, fallback: number) => measure(el, name, TWIPS) ?? fallback;
  let width = t(size, 'w:w', LETTER.width);
  let height = t(size, 'w:h', LETTER.height);
  if (!(width > 0) || !(height > 0)) [width, height] = [LETTER.width, LETTER.height];
  if ((attr(size, 'w:orient') === 'landscape') !== width > height) [width, height] = [height, width];
  const vertical = (name: string, fallback: number) => {
    const v = t(mar, name, fallback);
    if (v < 0) ctx.warn(`w:pgMar w:${name.slice(2)}`, 'negative');
    return Math.abs(v);
  };
  const gutter = Math.max(0, t(mar, 'w:gutter', 0));
  return {
    width,
    height,
    top: vertical('w:top', LETTER.top),
    bottom: vertical('w:bottom', LETTER.bottom),
    left: Math.max(0, t(mar, 'w:left', LETTER.left)) + gutter,
    right: Math.max(0, t(mar, 'w:right', LETTER.right)),
    header: Math.max(0, t(mar, 'w:header', LETTER.header)),
    footer: Math.max(0, t(mar, 'w:footer', LETTER.footer)),
  };
}

/**
 * Where the section starts. A next-column break starts a new page, as in Word, when the section has one
 * column (more columns are reported as w:cols).
 */
function start(sectPr: XElement | undefined, ctx: PartContext): Section['start'] {
  const type = val(child(sectPr, 'w:type'));
  if (type === 'continuous' || type === 'oddPage' || type === 'evenPage') return type;
  if (type && type !== 'nextPage' && type !== 'nextColumn') ctx.warn(`w:type "${type}"`, 'section-break');
  return undefined;
}

function unsupported(sectPr: XElement | undefined, ctx: PartContext): void {
  if ((intAttr(child(sectPr, 'w:cols'), 'w:num') ?? 1) > 1) ctx.warn('w:cols');
  const pgNum = child(sectPr, 'w:pgNumType');
  if (attr(pgNum, 'w:start') !== undefined || (attr(pgNum, 'w:fmt') ?? 'decimal') !== 'decimal') ctx.warn('w:pgNumType');
  for (const name of ['w:pgBorders', 'w:lnNumType']) if (child(sectPr, name)) ctx.warn(name);
  // A right-to-left section (columns from the right) is laid out left to right.
  if (onOff(child(sectPr, 'w:bidi'))) ctx.warn('w:bidi');
  const vAlign = val(child(sectPr, 'w:vAlign'));
  if (vAlign && vAlign !== 'top') ctx.warn('w:vAlign', 'page-vertical-align');
  if (onOff(child(sectPr, 'w:rtlGutter'))) ctx.warn('w:rtlGutter');
}

/** The blocks of a header or footer part, read once per document. */
function story(part: string, doc: DocContext, cache: Map<string, Block[]>, at: PartContext): Block[] {
  const known = cache.get(part);
  if (known) return known;
  const blocks: Block[] = [];
  cache.set(part, blocks);
  const root = doc.pkg.xml(part);
  if (!root || root instanceof Error) {
    at.warn(part, 'unreadable');
    return blocks;
  }
  const ctx = new PartContext(doc, part);
  readBlocks(elements(root), ctx, arraySink(blocks));
  ctx.closeFields();
  return blocks;
}

function refs(sectPr: XElement | undefined, ctx: PartContext, inherited: StoryRefs): StoryRefs {
  const out: StoryRefs = { headers: { ...inherited.headers }, footers: { ...inherited.footers } };
  for (const [name, into] of [
    ['w:headerReference', out.headers],
    ['w:footerReference', out.footers],
  ] as const) {
    for (const ref of childrenNamed(sectPr, name)) {
      const kind = (attr(ref, 'w:type') ?? 'default') as Kind;
      const rel = ctx.rels().get(attr(ref, 'r:id') ?? '');
      if (rel && !rel.external && (kind === 'default' || kind === 'first' || kind === 'even')) into[kind] = rel.target;
    }
  }
  return out;
}

export interface SectionReader {
  /** Builds the section that `sectPr` closes; `inherited` carries headers/footers from the previous section. */
  (sectPr: XElement | undefined, blocks: Block[]): Section;
}

export function sectionReader(doc: DocContext, body: PartContext, evenAndOdd: boolean): SectionReader {
  let inherited: StoryRefs = { headers: {}, footers: {} };
  const cache = new Map<string, Block[]>();
  return (sectPr, blocks) => {
    unsupported(sectPr, body);
    const current = refs(sectPr, body, inherited);
    inherited = current;
    const titlePage = onOff(child(sectPr, 'w:titlePg')) ?? false;
    const pick = (set: StoryRefs['headers']) => {
      const out: Stories = {};
      if (set.default) out.default = story(set.default, doc, cache, body);
      if (titlePage && set.first) out.first = story(set.first, doc, cache, body);
      if (evenAndOdd && set.even) out.even = story(set.even, doc, cache, body);
      return out;
    };
    const type = start(sectPr, body);
    return {
      page: pageSetup(sectPr, body),
      titlePage,
      headers: pick(current.headers),
      footers: pick(current.footers),
      ...(type && { start: type }),
      blocks,
    };
  };
}
