// Test helpers: hand-made pages of positioned glyphs, and a reader for the fonts and content of a painted PDF.
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream } from '@cantoo/pdf-lib';
import type { FontFace } from '../../../src/engine/fonts/face.js';
import type { ImageData } from '../../../src/engine/ir.js';
import type { Box, Page, PlacedGlyph, TextBox } from '../../../src/engine/layout/boxes.js';

export const VIETNAMESE =
  'Đảng Cộng sản Việt Nam, Hội nghị tổng kết, Quảng Bình, Khánh Hòa, ỷ ỹ ự ữ ẵ ặ — à á ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ è é ẻ ẽ ẹ ề ế ể ễ ệ ì í ỉ ĩ ị ò ó ỏ õ ọ ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ ĐƯỜNG ƠN';

/** One glyph per character at its advance; `extraSpace` widens spaces as justification does. */
export function placeText(face: FontFace, text: string, x: number, size: number, extraSpace = 0): PlacedGlyph[] {
  const glyphs: PlacedGlyph[] = [];
  let pen = x;
  for (const ch of text.normalize('NFC')) {
    const id = face.glyphId(ch.codePointAt(0)!);
    glyphs.push({ id, x: pen, text: ch });
    pen += (face.advance(id) * size) / face.unitsPerEm + (ch === ' ' ? extraSpace : 0);
  }
  return glyphs;
}

export function textBox(face: FontFace, text: string, x: number, y: number, size = 13, extraSpace = 0, color = '000000'): TextBox {
  return { kind: 'text', y, fontKey: face.key, size, color, glyphs: placeText(face, text, x, size, extraSpace) };
}

function inflate(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  return filter ? new Uint8Array(inflateSync(stream.contents)) : stream.contents;
}

export interface ReadFont {
  resourceName: string;
  baseFont: string;
  program: Uint8Array;
  cmap: string;
  /** CID → width from the W array. */
  widths: Map<number, number>;
}

export interface ReadPage {
  content: string;
  fonts: Map<string, ReadFont>;
  xobjects: string[];
}

export async function readPdf(bytes: Uint8Array): Promise<{ doc: PDFDocument; pages: ReadPage[] }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = doc.context;
  const pages = doc.getPages().map((page): ReadPage => {
    const contents = page.node.Contents();
    // An array of streams is one content stream cut in pieces (a body and its overlay).
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => ctx.lookup(ref)) : contents ? [contents] : [];
    const content = streams.map((s) => Buffer.from(inflate(s as PDFRawStream)).toString('latin1')).join('');
    const resources = page.node.Resources() ?? doc.context.obj({});
    const fontDict = ctx.lookupMaybe(resources.get(PDFName.of('Font')), PDFDict);
    const fonts = new Map<string, ReadFont>();
    for (const [name, ref] of fontDict?.entries() ?? []) {
      const type0 = ctx.lookup(ref as PDFRef, PDFDict);
      const cid = ctx.lookup(ctx.lookup(type0.get(PDFName.of('DescendantFonts')), PDFArray).get(0), PDFDict);
      const desc = ctx.lookup(cid.get(PDFName.of('FontDescriptor')), PDFDict);
      const program = inflate(ctx.lookup(desc.get(PDFName.of('FontFile2')), PDFStream) as PDFRawStream);
      const cmap = Buffer.from(inflate(ctx.lookup(type0.get(PDFName.of('ToUnicode')), PDFStream) as PDFRawStream)).toString('latin1');
      const widths = new Map<number, number>();
      const w = ctx.lookup(cid.get(PDFName.of('W')), PDFArray);
      for (let i = 0; i < w.size(); i += 2) {
        const first = (w.get(i) as PDFNumber).asNumber();
        const list = w.get(i + 1) as PDFArray;
        for (let j = 0; j < list.size(); j++) widths.set(first + j, (list.get(j) as PDFNumber).asNumber());
      }
      const baseFont = (type0.get(PDFName.of('BaseFont')) as PDFName).decodeText();
      fonts.set(name.decodeText(), { resourceName: name.decodeText(), baseFont, program, cmap, widths });
    }
    const xo = ctx.lookupMaybe(resources.get(PDFName.of('XObject')), PDFDict);
    const xobjects = [...(xo?.entries() ?? [])].map(([n]) => n.decodeText());
    return { content, fonts, xobjects };
  });
  return { doc, pages };
}

/** Parses a ToUnicode CMap (bfchar and bfrange) into code → text. */
export function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string): string => {
    const units: number[] = [];
    for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const lo = parseInt(m[1]!, 16);
      const hi = parseInt(m[2]!, 16);
      const start = parseInt(m[3]!, 16);
      for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(start + c - lo));
    }
  }
  return map;
}

/** A text show in a content stream: font resource, size, origin, and each glyph's code and x (from TJ and widths). */
export interface ShownGlyph {
  font: string;
  code: number;
  x: number;
  y: number;
}

/** A literal string's bytes from its first character after "(" (escapes and balanced parentheses as PDF reads them); the index after ")". */
function literalString(s: string, from: number): { bytes: number[]; end: number } {
  const bytes: number[] = [];
  const named: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  let depth = 0;
  let i = from;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      const e = s[++i]!;
      if (e in named) bytes.push(named[e]!);
      else if (/[0-7]/.test(e)) {
        const oct = /^[0-7]{1,3}/.exec(s.slice(i))![0];
        bytes.push(parseInt(oct, 8) & 0xff);
        i += oct.length - 1;
      } else if (e === '\r' || e === '\n') {
        if (e === '\r' && s[i + 1] === '\n') i++;
      } else bytes.push(e.charCodeAt(0));
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) break;
    bytes.push(c === '\r' ? 10 : c.charCodeAt(0));
  }
  return { bytes, end: i + 1 };
}

/** The operands of a TJ array starting after "[": strings as their bytes, numbers as numbers; the index after "]". */
function tjOperand(s: string, from: number): { items: Array<number[] | number>; end: number } {
  const items: Array<number[] | number> = [];
  let i = from;
  while (i < s.length) {
    const c = s[i]!;
    if (c === ']') return { items, end: i + 1 };
    if (c === '(') {
      const lit = literalString(s, i + 1);
      items.push(lit.bytes);
      i = lit.end;
    } else if (c === '<') {
      const close = s.indexOf('>', i);
      const hex = s.slice(i + 1, close).replace(/\s/g, '');
      items.push(Array.from({ length: hex.length / 2 }, (_, k) => parseInt(hex.slice(2 * k, 2 * k + 2), 16)));
      i = close + 1;
    } else if (/[-\d.]/.test(c)) {
      const num = /^-?[\d.]+/.exec(s.slice(i))![0];
      items.push(Number(num));
      i += num.length;
    } else i++;
  }
  throw new Error('TJ array without "]"');
}

/** Replays the Tf/Tm/TJ operators of a content stream (as the painter writes them) into glyph positions. */
export function replayText(content: string, widthsOf: (font: string) => Map<number, number>): ShownGlyph[] {
  const out: ShownGlyph[] = [];
  let font = '';
  let size = 0;
  let x = 0;
  let y = 0;
  const ops = /\/(\w+) ([\d.]+) Tf|1 0 0 1 (-?[\d.]+) (-?[\d.]+) Tm|\[/g;
  for (let m = ops.exec(content); m; m = ops.exec(content)) {
    if (m[1]) {
      font = m[1];
      size = Number(m[2]);
      continue;
    }
    if (m[3]) {
      x = Number(m[3]);
      y = Number(m[4]);
      continue;
    }
    const { items, end } = tjOperand(content, m.index + 1);
    ops.lastIndex = end;
    if (!/^\s*TJ/.test(content.slice(end))) continue;
    const widths = widthsOf(font);
    for (const item of items) {
      if (typeof item === 'number') {
        x -= (item * size) / 1000;
        continue;
      }
      for (let i = 0; i + 1 < item.length; i += 2) {
        const code = (item[i]! << 8) | item[i + 1]!;
        out.push({ font, code, x, y });
        x += ((widths.get(code) ?? 0) * size) / 1000;
      }
    }
  }
  return out;
}

/** Two pages of Vietnamese text in four faces, justified lines, a rule, a shaded rectangle and images. */
export function samplePages(faces: FontFace[], images: { png: ImageData; jpeg: ImageData }): Page[] {
  const words = VIETNAMESE.split(' ');
  const pages: Page[] = [];
  for (let p = 0; p < 2; p++) {
    const boxes: Box[] = [{ kind: 'image', x: 400, y: 60, width: 80, height: 80, image: images.png, behindText: true }];
    for (let l = 0; l < 40; l++) {
      const face = faces[l % faces.length]!;
      const line = Array.from({ length: 8 }, (_, i) => words[(l * 5 + i + p) % words.length]).join(' ');
      boxes.push(textBox(face, line, 72 + (l % 3), 80 + l * 16, l % 7 === 0 ? 14 : 13, (l % 4) * 0.37, l % 5 === 0 ? 'C00000' : '000000'));
    }
    boxes.push({ kind: 'line', x1: 72, y1: 70, x2: 523, y2: 70, width: 0.75, color: '000000' });
    boxes.push({ kind: 'rect', x: 72, y: 740, width: 200, height: 20, color: 'D9D9D9' });
    boxes.push({ kind: 'image', x: 300, y: 740, width: 40, height: 30, image: p === 0 ? images.png : images.jpeg, behindText: false });
    pages.push({ width: 595.3, height: 841.9, boxes });
  }
  return pages;
}
