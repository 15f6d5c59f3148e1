// readHtml: an HTML subset → layout IR, typeset as the caller's typography says (typography.ts).
import { Warnings } from '../docx/warnings.js';
import type { Block, DocumentIR, Inline, Paragraph, ParagraphStyle, RunStyle, WarningReason } from '../ir.js';
import { plainRunStyle } from '../ir.js';
import { cssSize, fitInside, loadImage, PT_PER_PX, type ImageLookup, type LoadedImage } from './image.js';
import type { Span } from './inline.js';
import type { ContentSelector } from './dom.js';
import { readStructure, type Breaks, type LastNews, type NewsBlock, type TextKind } from './structure.js';
import type { BlockTypography, NewsTypography } from './typography.js';

export interface ReadHtmlOptions {
  /** How each kind of block looks: the caller's whole typography. */
  typography: NewsTypography;
  /** Where the content is: the first element the first matching selector finds; the body when none does. */
  content?: readonly ContentSelector[];
  /** Bytes of an image whose src is not a data: URI (a relative path); undefined when there is none. */
  image?: ImageLookup;
  /** How the caller names the file ("page.html"): goes into warning locations. */
  where?: string;
  /** The document's language when the page has no lang attribute (a BCP 47 tag); none by default. */
  language?: string;
  /** The page read last, shared with the other readers of the same HTML (none by default). */
  news?: LastNews;
}

const STYLE_IDS: Record<TextKind | 'item' | 'figure', string> = {
  headline: 'Headline',
  subhead: 'Subhead',
  lead: 'Lead',
  body: 'Body',
  caption: 'Caption',
  author: 'Author',
  item: 'ListItem',
  figure: 'Figure',
};

/** Reads an HTML document (the subset readStructure knows) into one section of the IR; never throws. */
export function readHtml(html: string, options: ReadHtmlOptions): DocumentIR {
  const t = options.typography;
  const news = readStructure(String(html ?? ''), options.content, options.news);
  const warnings = new Warnings(options.where);
  for (const w of news.warnings) warnings.add(w.element, { block: w.block }, w.reason);
  const images = new Map<string, LoadedImage | { problem: WarningReason }>();
  const blocks: Block[] = [];
  news.blocks.forEach((b, i) => {
    if (b.kind !== 'figure') {
      // A caption waiting for its picture is for the editor, not for print.
      if (b.kind === 'caption' && b.unprinted) return;
      const para = textParagraph(b, t);
      // "break-after: avoid" keeps this paragraph with the next; "break-inside: avoid" keeps its lines together.
      const breaks: Breaks = b.kind === 'item' ? {} : b;
      if (breaks.avoidAfter) para.style.keepNext = true;
      if (breaks.avoidInside) para.style.keepLines = true;
      // "break-before: avoid" keeps the block printed before it (whatever it is) with it.
      if (breaks.avoidBefore) {
        const before = blocks[blocks.length - 1];
        if (before?.kind === 'paragraph') before.style.keepNext = true;
      }
      // The last item of a list is as far from what follows as a body paragraph.
      const next = news.blocks[i + 1];
      if (b.kind === 'item' && !(next?.kind === 'item' && next.list === b.list))
        para.style.spaceAfter = Math.max(para.style.spaceAfter, t.body.spaceAfter);
      return blocks.push(para);
    }
    let img = images.get(b.src);
    if (!img) images.set(b.src, (img = loadImage(b.src, options.image)));
    if ('problem' in img) return warnings.add('img', { block: i + 1 }, img.problem);
    blocks.push(figureParagraph(b, img, t));
  });
  const m = news.meta;
  const language = m.language ?? options.language;
  return {
    sections: [{ page: { ...t.page }, titlePage: false, headers: {}, footers: {}, blocks }],
    settings: { paragraphSpacing: 'sum', defaultTab: 36 },
    meta: {
      ...(m.title !== undefined && { title: m.title }),
      ...(m.description !== undefined && { subject: m.description }),
      ...(m.author !== undefined && { author: m.author }),
      ...(m.keywords !== undefined && { keywords: m.keywords }),
      ...(language !== undefined && { language }),
    },
    warnings: warnings.list(),
  };
}

function runStyle(t: NewsTypography, b: BlockTypography, span?: { bold: boolean; italic: boolean }): RunStyle {
  return plainRunStyle(t.family, b.size, { bold: b.bold || !!span?.bold, italic: b.italic || !!span?.italic, color: t.color });
}

function paragraphStyle(b: BlockTypography, styleId: string, over: Partial<ParagraphStyle> = {}): ParagraphStyle {
  return {
    align: b.align,
    indentLeft: 0,
    indentRight: 0,
    firstLine: b.firstLine,
    spaceBefore: b.spaceBefore,
    spaceAfter: b.spaceAfter,
    line: { ...b.line },
    keepNext: b.keepNext,
    keepLines: false,
    pageBreakBefore: false,
    widowControl: true,
    contextualSpacing: false,
    styleId,
    tabs: [],
    ...over,
  };
}

function inlines(spans: readonly Span[], t: NewsTypography, b: BlockTypography): Inline[] {
  return spans.map((s): Inline =>
    s.kind === 'break' ? { kind: 'break', type: 'line', style: runStyle(t, b) } : { kind: 'text', text: s.text, style: runStyle(t, b, s) },
  );
}

function textParagraph(b: Exclude<NewsBlock, { kind: 'figure' }>, t: NewsTypography): Paragraph {
  const typo = t[b.kind];
  const para: Paragraph = {
    kind: 'paragraph',
    style: paragraphStyle(typo, STYLE_IDS[b.kind]),
    markStyle: runStyle(t, typo),
    inlines: inlines(b.spans, t, typo),
  };
  // A caption is kept in one piece under its picture.
  if (b.kind === 'caption') para.style.keepLines = true;
  if (b.kind === 'item') {
    const indent = t.list.indent;
    para.style.indentLeft = indent * (b.level + 1);
    para.style.firstLine = -indent;
    para.marker = { text: b.ordered ? `${b.number}.` : t.list.bullet, style: runStyle(t, typo) };
  }
  return para;
}

/** The picture alone in a centred paragraph, scaled down to the column and a share of the page height. */
function figureParagraph(b: Extract<NewsBlock, { kind: 'figure' }>, img: LoadedImage, t: NewsTypography): Paragraph {
  const p = t.page;
  const css = cssSize(b.width, b.height, img) ?? { width: img.widthPx, height: img.heightPx };
  const maxWidth = Math.max(1, p.width - p.left - p.right);
  const maxHeight = Math.max(1, p.height * t.figure.maxHeightRatio);
  const size = fitInside({ width: css.width * PT_PER_PX, height: css.height * PT_PER_PX }, maxWidth, maxHeight);
  const base = t.body;
  const style = paragraphStyle(base, STYLE_IDS.figure, {
    align: 'center',
    firstLine: 0,
    spaceBefore: t.figure.spaceBefore,
    spaceAfter: t.figure.spaceAfter,
    // Single spacing: a multiple would add a share of the picture's height below it.
    line: { rule: 'auto', value: 1 },
    keepNext: b.captioned,
  });
  const style0 = runStyle(t, base);
  return {
    kind: 'paragraph',
    style,
    markStyle: style0,
    inlines: [{ kind: 'image', image: img.data, width: size.width, height: size.height, style: style0 }],
  };
}
