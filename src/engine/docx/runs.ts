// Paragraph content: runs, text, tabs, breaks, symbols, fields (simple and complex), drawings, containers.
import type { Inline, RunStyle } from '../ir.js';
import type { PartContext } from './context.js';
import { readDrawing } from './drawing.js';
import { MARKS } from './marks.js';
import { overlay, parseRPr, runStyle, scriptOf, toggleOverlay, type RunProps, type Script } from './run-props.js';
import { isSymbolFont, mapSymbol, plainSymbol } from './symbols.js';
import { readPict } from './vml.js';
import { attr, child, elements, textContent, type XElement } from './xml.js';

/** Markup that carries nothing to print. */
const IGNORED = new Set([
  'w:pPr',
  'w:rPr',
  ...MARKS,
  'w:smartTagPr',
  'w:customXmlPr',
  'w:lastRenderedPageBreak',
  'w:annotationRef',
  'w:separator',
  'w:continuationSeparator',
  'w:delText',
  'w:delInstrText',
]);
/** Containers whose children are read as if they stood in the paragraph. */
const TRANSPARENT = new Set(['w:hyperlink', 'w:smartTag', 'w:customXml', 'w:ins', 'w:moveTo', 'w:dir', 'w:bdo']);

/** Graphic data this reader draws: a choice made only of these is preferred to its (VML) fallback. */
const DRAWN = new Set(['pic:pic', 'wps:wsp', 'wpg:wgp']);

/** Whether an mc:Choice holds drawings and nothing but drawings this reader draws. */
function drawnChoice(choice: XElement): boolean {
  let drawings = 0;
  const ok = (el: XElement): boolean => {
    if (el.name === 'w:drawing') {
      drawings++;
      const frame = child(el, 'wp:inline') ?? child(el, 'wp:anchor');
      const data = child(child(frame, 'a:graphic'), 'a:graphicData');
      return elements(data).some((d) => DRAWN.has(d.name));
    }
    return elements(el).every(ok);
  };
  return elements(choice).every(ok) && drawings > 0;
}

/**
 * The branch of an mc:AlternateContent this reader uses: a choice of DrawingML shapes and pictures
 * (Word's wps/wpg, with a VML copy as fallback), else the fallback (plain WordprocessingML) when present.
 */
export function alternateContent(el: XElement): XElement[] {
  const choice = child(el, 'mc:Choice');
  if (choice && drawnChoice(choice)) return elements(choice);
  const fallback = child(el, 'mc:Fallback') ?? choice;
  return elements(fallback);
}

export function pageField(instr: string): 'PAGE' | 'NUMPAGES' | undefined {
  const word = instr.trim().split(/\s+/)[0]?.toUpperCase();
  return word === 'PAGE' || word === 'NUMPAGES' ? word : undefined;
}

/** The resolved properties of a run: paragraph-level base, character style (toggling), direct formatting. */
export function runProps(r: XElement | undefined, ctx: PartContext, base: RunProps): RunProps {
  const direct = parseRPr(child(r, 'w:rPr'), ctx.env());
  const charStyle = ctx.doc.styles.character(direct.rStyle);
  if (charStyle) ctx.warnAll(charStyle.notes);
  return overlay(charStyle ? toggleOverlay(base, charStyle.run) : base, direct);
}

/** Styles of one run per script, created on first use. */
export function styler(props: RunProps, ctx: PartContext): (s: Script) => RunStyle {
  const memo = new Map<Script, RunStyle>();
  return (s) => {
    let st = memo.get(s);
    if (!st) memo.set(s, (st = ctx.intern(runStyle(props, s))));
    return st;
  };
}

/** Text of a run: each character in the font slot Word gives it; symbol-font characters mapped to Unicode. */
export function emitText(text: string, styleFor: (s: Script) => RunStyle, ctx: PartContext, out: Inline[]): void {
  let last: RunStyle | undefined;
  let symbolic = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 9) {
      out.push({ kind: 'tab', style: styleFor('ascii') });
      continue;
    }
    let style = styleFor(scriptOf(cp));
    let piece = cp === 10 ? ' ' : ch;
    if (style !== last) {
      last = style;
      symbolic = isSymbolFont(style.family);
    }
    if (symbolic) {
      const mapped = mapSymbol(style.family, cp);
      if (mapped === undefined) {
        ctx.warn(style.family, 'symbol-font');
        continue;
      }
      piece = mapped;
      style = ctx.intern({ ...style, family: ctx.doc.textFamily });
    }
    ctx.pushText(out, piece, style);
  }
}

function fldChar(el: XElement, ctx: PartContext, style: RunStyle, out: Inline[]): void {
  const type = attr(el, 'w:fldCharType');
  if (type === 'begin') {
    ctx.fields.push({ instr: '', phase: 'code', emitted: false, where: ctx.where() });
    return;
  }
  const top = ctx.fields[ctx.fields.length - 1];
  if (!top) return;
  if (type === 'separate') {
    const outerVisible = ctx.fields.slice(0, -1).every((f) => f.phase === 'result' && f.page === undefined);
    top.phase = 'result';
    const page = pageField(top.instr);
    if (page) {
      top.page = page;
      if (outerVisible) {
        out.push({ kind: 'field', field: page, style });
        top.emitted = true;
      }
    }
  } else if (type === 'end') {
    ctx.fields.pop();
    const page = pageField(top.instr);
    if (page && !top.emitted && ctx.visible()) out.push({ kind: 'field', field: page, style });
  }
}

function readText(el: XElement): string {
  const text = textContent(el);
  if (el.attrs['xml:space'] === 'preserve') return text;
  return text.replace(/^[ \t\n]+|[ \t\n]+$/g, '').replace(/\n/g, ' ');
}

function runContent(nodes: XElement[], ctx: PartContext, props: RunProps, out: Inline[]): void {
  const styleFor = styler(props, ctx);
  const style = styleFor('ascii');
  for (const el of nodes) {
    if (el.name === 'w:fldChar') {
      fldChar(el, ctx, style, out);
      continue;
    }
    if (el.name === 'w:instrText') {
      const top = ctx.fields[ctx.fields.length - 1];
      if (top?.phase === 'code') top.instr += textContent(el);
      continue;
    }
    if (el.name === 'mc:AlternateContent') {
      runContent(alternateContent(el), ctx, props, out);
      continue;
    }
    if (IGNORED.has(el.name)) continue;
    if (!ctx.visible() || props.vanish) continue;
    switch (el.name) {
      case 'w:t':
        emitText(readText(el), styleFor, ctx, out);
        break;
      case 'w:tab':
        out.push({ kind: 'tab', style });
        break;
      case 'w:ptab':
        ctx.warn('w:ptab');
        out.push({ kind: 'tab', style });
        break;
      case 'w:br': {
        const type = attr(el, 'w:type');
        out.push({ kind: 'break', type: type === 'page' ? 'page' : type === 'column' ? 'column' : 'line', style });
        break;
      }
      case 'w:cr':
        out.push({ kind: 'break', type: 'line', style });
        break;
      case 'w:noBreakHyphen':
        ctx.pushText(out, '\u2011', styleFor('hAnsi'));
        break;
      case 'w:softHyphen':
        ctx.pushText(out, '\u00AD', styleFor('hAnsi'));
        break;
      case 'w:pgNum':
        out.push({ kind: 'field', field: 'PAGE', style });
        break;
      case 'w:sym':
        sym(el, ctx, style, out);
        break;
      case 'w:footnoteRef':
      case 'w:endnoteRef':
        if (ctx.noteMark) ctx.pushText(out, ctx.noteMark, style);
        break;
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        const store = el.name === 'w:footnoteReference' ? ctx.doc.footnotes : ctx.doc.endnotes;
        if (!store || ctx.noteMark !== undefined) {
          ctx.warn(el.name);
          break;
        }
        if (el.name === 'w:footnoteReference') store.reference(el, style, ctx, out);
        else {
          // Endnotes: the mark here, the note after the last section's text (where Word prints them).
          const held: Inline[] = [];
          store.reference(el, style, ctx, held);
          for (const i of held)
            if (i.kind === 'note') ctx.doc.endnoteBlocks.push(...i.note.blocks);
            else out.push(i);
        }
        break;
      }
      case 'w:drawing': {
        const img = readDrawing(el, ctx, style);
        if (img) out.push(img);
        break;
      }
      case 'w:pict':
        readPict(el, ctx, style, out);
        break;
      default:
        ctx.warn(el.name);
    }
  }
}

function sym(el: XElement, ctx: PartContext, style: RunStyle, out: Inline[]): void {
  const font = attr(el, 'w:font') ?? style.family;
  const code = Number.parseInt(attr(el, 'w:char') ?? '', 16);
  if (!Number.isFinite(code)) return;
  if (isSymbolFont(font)) {
    const mapped = mapSymbol(font, code);
    if (mapped === undefined) ctx.warn('w:sym');
    else ctx.pushText(out, mapped, ctx.intern({ ...style, family: ctx.doc.textFamily }));
    return;
  }
  ctx.pushText(out, plainSymbol(code), ctx.intern({ ...style, family: font }));
}

/** Reads the content of a paragraph (or of a container inside one) into inlines. */
export function readContent(nodes: XElement[], ctx: PartContext, base: RunProps, out: Inline[]): void {
  for (const el of nodes) {
    if (IGNORED.has(el.name)) continue;
    if (TRANSPARENT.has(el.name)) {
      readContent(elements(el), ctx, base, out);
      continue;
    }
    switch (el.name) {
      case 'w:r':
        runContent(elements(el), ctx, runProps(el, ctx, base), out);
        break;
      case 'w:sdt':
        readContent(elements(child(el, 'w:sdtContent')), ctx, base, out);
        break;
      case 'mc:AlternateContent':
        readContent(alternateContent(el), ctx, base, out);
        break;
      case 'w:fldSimple': {
        const page = pageField(attr(el, 'w:instr') ?? '');
        if (!page) {
          readContent(elements(el), ctx, base, out);
          break;
        }
        if (!ctx.visible()) break;
        const props = runProps(
          elements(el).find((c) => c.name === 'w:r'),
          ctx,
          base,
        );
        out.push({ kind: 'field', field: page, style: styler(props, ctx)('ascii') });
        break;
      }
      case 'w:del':
      case 'w:moveFrom':
        ctx.warn(el.name, 'tracked-change');
        break;
      default:
        ctx.warn(el.name);
    }
  }
}
