// Paragraphs: style layering (defaults, table style, paragraph style, list level, direct), list label, mark style.
import type { Inline, Paragraph, RunStyle } from '../ir.js';
import { autoSpace } from './autospacing.js';
import type { PartContext } from './context.js';
import { SUPPORTED_FORMATS, type ListLevel } from './numbering.js';
import { overlayPara, paragraphStyle, parsePPr, type ParaProps } from './para-props.js';
import { overlay, parseRPr, runStyle, scriptOf, type RunProps } from './run-props.js';
import { readContent, runProps } from './runs.js';
import { isSymbolFont, mapSymbol } from './symbols.js';
import { child, elements, type XElement } from './xml.js';

export interface ReadParagraph {
  paragraph: Paragraph;
  /** Section properties that end a section with this paragraph. */
  sectPr?: XElement;
}

/** Paragraph and run properties before direct formatting: docDefaults, the table style, the paragraph style. */
function layers(ctx: PartContext, styleId: string | undefined): { id: string; para: ParaProps; run: RunProps } {
  const styles = ctx.doc.styles;
  const style = styles.paragraph(styleId);
  ctx.warnAll(styles.defaults.notes);
  ctx.warnAll(style.notes);
  const table = ctx.tableStyle;
  if (table) ctx.warnAll(table.notes);
  const order = table ? [table, style] : [style];
  let para = styles.defaults.para;
  let run = styles.defaults.run;
  for (const s of order) {
    para = overlayPara(para, s.para);
    run = overlay(run, s.run);
  }
  return { id: style.id, para, run };
}

function markerText(text: string, style: RunStyle, ctx: PartContext): { text: string; style: RunStyle } {
  if (!isSymbolFont(style.family)) return { text, style };
  let out = '';
  for (const ch of text) {
    const mapped = mapSymbol(style.family, ch.codePointAt(0) ?? 0);
    if (mapped === undefined) ctx.warn(style.family, 'symbol-font');
    else out += mapped;
  }
  return { text: out, style: ctx.intern({ ...style, family: ctx.doc.textFamily }) };
}

function marker(list: ListLevel, numId: string, ilvl: number, mark: RunProps, ctx: PartContext): Paragraph['marker'] {
  const level = list.level;
  if (!SUPPORTED_FORMATS.has(level.fmt)) ctx.warn(`w:numFmt "${level.fmt}"`);
  if (level.suff !== 'tab') ctx.warn(`w:suff "${level.suff}"`);
  if (level.jc !== 'left' && level.jc !== 'start') ctx.warn(`w:lvlJc "${level.jc}"`);
  let text = ctx.counters.next(list, numId, ilvl);
  if (level.picture) {
    ctx.warn('w:lvlPicBulletId');
    text = '•';
  }
  const props = overlay({ ...mark, vanish: false }, parseRPr(level.rPr, ctx.env()));
  const first = text.codePointAt(0) ?? 0x20;
  const style = ctx.intern(runStyle(props, scriptOf(first)));
  return markerText(text, style, ctx);
}

export function readParagraph(p: XElement, ctx: PartContext): ReadParagraph {
  ctx.paragraphNo++;
  const pPr = child(p, 'w:pPr');
  const direct = parsePPr(pPr, ctx.env());
  const base = layers(ctx, direct.pStyle);
  const numId = direct.numId ?? base.para.numId;
  const ilvl = direct.ilvl ?? base.para.ilvl ?? 0;
  const list = numId !== undefined && numId !== '0' ? ctx.doc.numbering.level(numId, ilvl) : undefined;
  let para = base.para;
  if (list?.level.pPr) {
    const { pStyle: _s, numId: _n, ilvl: _l, ...fromLevel } = parsePPr(list.level.pPr, ctx.env());
    para = overlayPara(para, fromLevel);
  }
  para = overlayPara(para, direct);
  const mark = runProps(pPr, ctx, base.run);
  const inlines: Inline[] = [];
  readContent(elements(p), ctx, base.run, inlines);
  const paragraph: Paragraph = {
    kind: 'paragraph',
    style: paragraphStyle(para, base.id, autoSpace(ctx.doc.htmlAutoSpacing)),
    markStyle: ctx.intern(runStyle(mark, 'ascii')),
    inlines,
  };
  if (para.frame) {
    // Frames in table cells and notes stay in their text (the body, headers, footers and text boxes place them).
    if (ctx.cellDepth > 0 || ctx.noteMark !== undefined) ctx.warn('w:framePr');
    else paragraph.frame = para.frame;
  }
  ctx.autoSpacing.place(paragraph.style, para.spaceBefore === 'auto', para.spaceAfter === 'auto', list ? numId : undefined);
  if (list && numId !== undefined) {
    const m = marker(list, numId, ilvl, mark, ctx);
    if (m) paragraph.marker = m;
  }
  const sectPr = child(pPr, 'w:sectPr');
  return sectPr ? { paragraph, sectPr } : { paragraph };
}
