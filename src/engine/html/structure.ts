// An HTML subset as a list of blocks (headline, lead, body, items, figures…), shared by all outputs made from it.
import { attr, hasClass, isElement, parseHtml, type ContentSelector, type Element, type HtmlMeta, type Node } from './dom.js';
import type { Unsupported, WarningReason } from '../ir.js';
import { parseDimension } from './image.js';
import { InlineBuffer, PLAIN, type Format, type Span } from './inline.js';

export type TextKind = 'headline' | 'subhead' | 'lead' | 'body' | 'caption' | 'author';

/**
 * Page-break wishes from an element's `style` attribute (CSS Fragmentation: `break-before`,
 * `break-after`, `break-inside: avoid` and their CSS 2 names `page-break-*`); only "avoid" is read.
 */
export interface Breaks {
  avoidBefore?: boolean;
  avoidAfter?: boolean;
  avoidInside?: boolean;
}

/** The break wishes of an element's inline style; {} when it has none. */
export function breaksOf(el: Element): Breaks {
  const out: Breaks = {};
  for (const decl of (attr(el, 'style') ?? '').split(';')) {
    const m = /^\s*(?:page-)?break-(before|after|inside)\s*:\s*([a-z-]+)\s*(?:!important\s*)?$/i.exec(decl);
    if (!m || !/^avoid(?:-page)?$/i.test(m[2]!)) continue;
    const side = m[1]!.toLowerCase();
    if (side === 'before') out.avoidBefore = true;
    else if (side === 'after') out.avoidAfter = true;
    else out.avoidInside = true;
  }
  return out;
}

export type NewsBlock =
  /** unprinted: a caption whose figure has no picture (class "no-picture"): kept in text, left out of print. */
  | ({ kind: TextKind; spans: Span[]; unprinted?: boolean } & Breaks)
  /** list: which list (top-level <ul>/<ol>) the item belongs to, counting from 1; level: 0 unless nested. */
  | { kind: 'item'; ordered: boolean; number: number; level: number; list: number; spans: Span[] }
  /** width/height: the attributes in CSS px; captioned: a caption block follows. */
  | { kind: 'figure'; src: string; alt: string; width?: number; height?: number; captioned: boolean };

export interface NewsStructure {
  blocks: NewsBlock[];
  meta: HtmlMeta;
  /** Unsupported elements, once per name, with the (1-based) number of the block where first seen. */
  warnings: Array<Unsupported & { block: number }>;
}

/** Elements dropped with their content (and a warning). */
const DROPPED = new Set([
  'table',
  'script',
  'iframe',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'svg',
  'math',
  'video',
  'audio',
  'canvas',
  'object',
  'embed',
  'noscript',
  'template',
  'frameset',
  'frame',
  'dialog',
  'map',
  'hr',
  'fieldset',
  'label',
  'output',
  'meter',
  'progress',
]);
/** Dropped silently: no content for a reader. */
const SILENT = new Set(['style', 'title', 'meta', 'link', 'base', 'wbr']);
/** Wrappers whose content is read as if they were not there. */
const CONTAINERS = new Set(['div', 'section', 'main', 'header', 'footer', 'article', 'body', 'html', 'hgroup']);
const FORMATS = new Map<string, Partial<Format>>([
  ['strong', { bold: true }],
  ['b', { bold: true }],
  ['em', { italic: true }],
  ['i', { italic: true }],
  ['span', {}],
  ['a', {}],
]);
/** Elements that start a new line when met inside a paragraph-like context (a <p> in an <li>). */
const BLOCKISH = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'blockquote',
  'figure',
  'figcaption',
  'header',
  'footer',
  'address',
  'pre',
  'ul',
  'ol',
  'li',
]);
const MAX_DEPTH = 200;

class Builder {
  readonly blocks: NewsBlock[] = [];
  private readonly seen = new Map<string, Unsupported & { block: number }>();
  /** Loose inline content at block level, as browsers wrap it in an anonymous paragraph. */
  private loose: InlineBuffer | undefined;
  private lists = 0;

  warn(element: string, reason?: WarningReason): void {
    const key = reason === undefined ? element : `${element}\u0000${reason}`;
    if (!this.seen.has(key)) this.seen.set(key, { element, ...(reason !== undefined && { reason }), block: this.blocks.length + 1 });
  }

  warnings(): NewsStructure['warnings'] {
    return [...this.seen.values()];
  }

  text(kind: TextKind, buf: InlineBuffer, breaks: Breaks = {}): void {
    const spans = buf.finish();
    if (spans.length > 0) this.blocks.push({ kind, spans, ...breaks });
  }

  flushLoose(): void {
    if (this.loose) this.text('body', this.loose);
    this.loose = undefined;
  }

  blockLevel(nodes: readonly Node[], depth: number): void {
    for (const n of nodes) {
      if (!isElement(n)) {
        if (n.nodeName === '#text' && 'value' in n && (this.loose || /[^\t\n\f\r ]/.test(n.value)))
          (this.loose ??= new InlineBuffer()).text(n.value, PLAIN);
        continue;
      }
      const name = n.tagName;
      if (FORMATS.has(name) || name === 'br') {
        this.inline([n], (this.loose ??= new InlineBuffer()), PLAIN, depth);
        continue;
      }
      this.flushLoose();
      if (depth > MAX_DEPTH) this.warn(name, 'nested-too-deep');
      else this.element(n, name, depth);
    }
    this.flushLoose();
  }

  private element(el: Element, name: string, depth: number): void {
    if (name === 'h1') return this.text('headline', this.inlineOf(el, depth), breaksOf(el));
    if (name === 'h2') return this.text('subhead', this.inlineOf(el, depth), breaksOf(el));
    if (/^h[3-6]$/.test(name)) {
      this.warn(name, 'printed-as-h2');
      return this.text('subhead', this.inlineOf(el, depth), breaksOf(el));
    }
    if (name === 'p')
      return this.text(hasClass(el, 'lead') ? 'lead' : hasClass(el, 'author') ? 'author' : 'body', this.inlineOf(el, depth), breaksOf(el));
    if (name === 'figure') return this.figure(el, depth);
    if (name === 'img') return this.image(el, false);
    if (name === 'figcaption') return this.text('caption', this.inlineOf(el, depth, { bold: false, italic: true }));
    if (name === 'ul' || name === 'ol') {
      this.lists++;
      return this.list(el, 0, depth);
    }
    if (name === 'li') {
      if (this.blocks[this.blocks.length - 1]?.kind !== 'item') this.lists++;
      return this.listItems([el], false, 1, 0, depth);
    }
    if (SILENT.has(name)) return;
    if (DROPPED.has(name)) return this.warn(name);
    if (!CONTAINERS.has(name)) this.warn(name);
    this.blockLevel(el.childNodes, depth + 1);
  }

  /** An element's children as one paragraph's inline content. */
  private inlineOf(el: Element, depth: number, format: Format = PLAIN): InlineBuffer {
    const buf = new InlineBuffer();
    this.inline(el.childNodes, buf, format, depth + 1);
    return buf;
  }

  private inline(nodes: readonly Node[], buf: InlineBuffer, format: Format, depth: number): void {
    for (const n of nodes) {
      if (!isElement(n)) {
        if (n.nodeName === '#text' && 'value' in n) buf.text(n.value, format);
        continue;
      }
      const name = n.tagName;
      if (depth > MAX_DEPTH) {
        this.warn(name, 'nested-too-deep');
        continue;
      }
      const f = FORMATS.get(name);
      if (f) this.inline(n.childNodes, buf, { bold: format.bold || !!f.bold, italic: format.italic || !!f.italic }, depth + 1);
      else if (name === 'br') buf.lineBreak();
      else if (SILENT.has(name)) continue;
      else if (DROPPED.has(name)) this.warn(name);
      else if (name === 'img') this.warn('img', 'inline-image');
      else if (BLOCKISH.has(name)) {
        if (name !== 'p' && name !== 'div') this.warn(name);
        buf.softBreak();
        this.inline(n.childNodes, buf, format, depth + 1);
        buf.softBreak();
      } else {
        // Other phrasing elements (u, sup, small, code…): their text is kept, their look is not.
        this.warn(name);
        this.inline(n.childNodes, buf, format, depth + 1);
      }
    }
  }

  private figure(el: Element, depth: number): void {
    const images: Element[] = [];
    let caption: InlineBuffer | undefined;
    const visit = (nodes: readonly Node[], d: number) => {
      for (const n of nodes) {
        if (!isElement(n)) continue;
        if (d > MAX_DEPTH) this.warn(n.tagName, 'nested-too-deep');
        else if (n.tagName === 'img') images.push(n);
        else if (n.tagName === 'figcaption') {
          caption ??= new InlineBuffer();
          caption.softBreak();
          this.inline(n.childNodes, caption, { bold: false, italic: true }, d + 1);
        } else if (DROPPED.has(n.tagName)) this.warn(n.tagName);
        else if (!SILENT.has(n.tagName)) visit(n.childNodes, d + 1);
      }
    };
    visit(el.childNodes, depth + 1);
    const spans = caption?.finish() ?? [];
    images.forEach((img, i) => this.image(img, spans.length > 0 && i === images.length - 1));
    if (spans.length > 0)
      this.blocks.push({ kind: 'caption', spans, ...(images.length === 0 && hasClass(el, 'no-picture') && { unprinted: true }) });
  }

  private image(el: Element, captioned: boolean): void {
    const src = (attr(el, 'src') ?? '').trim();
    const width = parseDimension(attr(el, 'width'));
    const height = parseDimension(attr(el, 'height'));
    const alt = (attr(el, 'alt') ?? '')
      .replace(/[\t\n\f\r ]+/g, ' ')
      .trim()
      .normalize('NFC');
    this.blocks.push({
      kind: 'figure',
      src,
      alt,
      ...(width !== undefined && { width }),
      ...(height !== undefined && { height }),
      captioned,
    });
  }

  private list(el: Element, level: number, depth: number): void {
    const start = Number.parseInt(attr(el, 'start') ?? '', 10);
    this.listItems(el.childNodes, el.tagName === 'ol', Number.isSafeInteger(start) ? start : 1, level, depth + 1);
  }

  private listItems(nodes: readonly Node[], ordered: boolean, start: number, level: number, depth: number): void {
    let number = start;
    for (const n of nodes) {
      if (depth > MAX_DEPTH) return this.warn('li', 'nested-too-deep');
      if (isElement(n) && (n.tagName === 'ul' || n.tagName === 'ol')) {
        this.list(n, level + 1, depth);
        continue;
      }
      if (!isElement(n) && !(n.nodeName === '#text' && 'value' in n && /[^\t\n\f\r ]/.test(n.value))) continue;
      // Anything but an <li> directly in a list is read as an item of its own.
      const kids = isElement(n) && n.tagName === 'li' ? n.childNodes : [n];
      const nested = kids.filter((k): k is Element => isElement(k) && (k.tagName === 'ul' || k.tagName === 'ol'));
      const buf = new InlineBuffer();
      this.inline(
        kids.filter((k) => !nested.includes(k as Element)),
        buf,
        PLAIN,
        depth + 1,
      );
      const spans = buf.finish();
      if (spans.length > 0) this.blocks.push({ kind: 'item', ordered, number: number++, level, list: this.lists, spans });
      for (const sub of nested) this.list(sub, level + 1, depth + 1);
    }
  }
}

/** The last page read (in PdfCaches): the bulletin's text, Word and PDF versions all read the same HTML in a row. */
export interface LastNews {
  last?: { html: string; content: readonly ContentSelector[]; structure: NewsStructure };
}

/**
 * Reads the HTML subset inside the first element `content` finds (else the body); never throws.
 * The result is shared through `remembered` (none by default): callers must not change it.
 */
export function readStructure(html: string, content: readonly ContentSelector[] = [], remembered: LastNews = {}): NewsStructure {
  if (remembered.last?.html === html && remembered.last.content === content) return remembered.last.structure;
  const parsed = parseHtml(html, content);
  const meta = parsed.meta;
  const b = new Builder();
  b.blockLevel(parsed.content.childNodes, 0);
  const structure = { blocks: b.blocks, meta, warnings: b.warnings() };
  remembered.last = { html, content, structure };
  return structure;
}
