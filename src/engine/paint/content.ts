// Page content streams as operator text: text boxes as positioned TJ arrays, lines, rectangles and images.
import type { Box, ImageBox, Page, TextBox } from '../layout/boxes.js';
import type { SubsetGlyph } from './embed-font.js';

/** What a page's content refers to: a resource name and subset glyphs per face, a name per image. */
export interface ContentResources {
  fonts: ReadonlyMap<string, { name: string; glyphs: ReadonlyMap<number, SubsetGlyph> }>;
  images: ReadonlyMap<string, string>;
  /** Operands of the colours written so far (see rgb); none kept by default. */
  colors?: Map<string, string>;
}

/** A number as PDF operand text: at most `digits` decimals, no exponent, no "-0". */
export function num(v: number, digits = 3): string {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  if (r === 0 || !Number.isFinite(r)) return '0';
  return String(r);
}

/** "RRGGBB" as three operands in 0..1, remembered in `colorCache` when given (the same few colours recur on every page). */
export function rgb(color: string, colorCache?: Map<string, string>): string {
  let s = colorCache?.get(color);
  if (s === undefined) {
    const n = /^[0-9a-fA-F]{6}$/.test(color) ? parseInt(color, 16) : 0;
    s = `${num(((n >> 16) & 255) / 255)} ${num(((n >> 8) & 255) / 255)} ${num((n & 255) / 255)}`;
    colorCache?.set(color, s);
  }
  return s;
}

/** Tracks graphics state already set on the page so operators are written only on change. */
interface State {
  inText: boolean;
  font: string;
  fill: string;
  stroke: string;
  lineWidth: string;
  /** Horizontal scaling (Tz) in percent: text state, kept across BT/ET. */
  scale?: number;
}

const escapedByte = (b: number): string =>
  b === 0x28 ? '\\(' : b === 0x29 ? '\\)' : b === 0x5c ? '\\\\' : b === 0x0a ? '\\n' : b === 0x0d ? '\\r' : String.fromCharCode(b);

/**
 * A glyph's code in a subset font (Identity-H: the two bytes of its CID) as it goes inside a literal
 * string: the bytes themselves, with ( ) \ escaped and line ends written \n and \r (a raw CR would
 * read as LF). Half the size of hex (<00A3>), which makes content streams about a third smaller and
 * quicker to compress.
 */
export function cidCode(cid: number): string {
  return escapedByte((cid >> 8) & 0xff) + escapedByte(cid & 0xff);
}

/**
 * The TJ operand for glyphs placed at absolute x positions, starting at the first glyph's x.
 * The pen is tracked as a viewer advances it (rounded widths and adjustments), so errors don't add up.
 */
export function tjArray(box: TextBox, glyphs: ReadonlyMap<number, SubsetGlyph>): string {
  // Under a horizontal scale (Tz) every advance, the adjustments' too, is scaled: pen math works in scaled points.
  const size = box.size * (box.scale ?? 1);
  const parts: string[] = [];
  let run = '';
  let pen = box.glyphs[0]?.x ?? 0;
  for (const g of box.glyphs) {
    const sub = glyphs.get(g.id);
    if (!sub) throw new Error(`glyph ${g.id} of face ${box.fontKey} was not embedded`);
    const adjust = Math.round(((pen - g.x) * 1000 * 100) / size) / 100;
    if (adjust !== 0) {
      if (run) parts.push(`(${run})`);
      run = '';
      parts.push(num(adjust, 2));
      pen -= (adjust * size) / 1000;
    }
    run += sub.code;
    pen += (sub.width * size) / 1000;
  }
  if (run) parts.push(`(${run})`);
  return `[${parts.join(' ')}]`;
}

function text(box: TextBox, page: Page, res: ContentResources, st: State, out: string[]): void {
  if (box.glyphs.length === 0) return;
  const font = res.fonts.get(box.fontKey);
  if (!font) throw new Error(`no embedded font for face ${box.fontKey}`);
  if (!st.inText) {
    out.push('BT');
    st.inText = true;
  }
  const tf = `/${font.name} ${num(box.size)} Tf`;
  if (st.font !== tf) out.push((st.font = tf));
  const fill = `${rgb(box.color, res.colors)} rg`;
  if (st.fill !== fill) out.push((st.fill = fill));
  const scale = Math.round((box.scale ?? 1) * 10000) / 100;
  if ((st.scale ?? 100) !== scale) out.push(`${num(scale, 2)} Tz`), (st.scale = scale);
  out.push(`1 0 0 1 ${num(box.glyphs[0]!.x)} ${num(page.height - box.y)} Tm`, `${tjArray(box, font.glyphs)} TJ`);
}

function endText(st: State, out: string[]): void {
  if (st.inText) out.push('ET');
  st.inText = false;
}

function image(box: ImageBox, page: Page, res: ContentResources, out: string[]): void {
  const name = res.images.get(box.image.id);
  if (!name) throw new Error(`image ${box.image.id} was not embedded`);
  const bottom = page.height - box.y - box.height;
  out.push(`q ${num(box.width)} 0 0 ${num(box.height)} ${num(box.x)} ${num(bottom)} cm /${name} Do Q`);
}

function other(box: Exclude<Box, TextBox>, page: Page, res: ContentResources, st: State, out: string[]): void {
  endText(st, out);
  if (box.kind === 'image') return image(box, page, res, out);
  if (box.kind === 'rect') {
    const fill = `${rgb(box.color, res.colors)} rg`;
    if (st.fill !== fill) out.push((st.fill = fill));
    out.push(`${num(box.x)} ${num(page.height - box.y - box.height)} ${num(box.width)} ${num(box.height)} re f`);
    return;
  }
  const width = `${num(box.width)} w`;
  if (st.lineWidth !== width) out.push((st.lineWidth = width));
  const stroke = `${rgb(box.color, res.colors)} RG`;
  if (st.stroke !== stroke) out.push((st.stroke = stroke));
  out.push(`${num(box.x1)} ${num(page.height - box.y1)} m ${num(box.x2)} ${num(page.height - box.y2)} l S`);
}

/**
 * The content stream of a page's boxes (its body unless told otherwise): behind-text images first,
 * then every box in order. An overlay follows the body in the same graphics state, so it sets
 * every colour and width it uses instead of assuming the defaults.
 */
export function pageContent(page: Page, res: ContentResources, boxes: readonly Box[] = page.boxes, overlay = false): string {
  const out: string[] = [];
  const st: State = overlay ? { inText: false, font: '', fill: '', stroke: '', lineWidth: '' } : { inText: false, font: '', fill: '0 0 0 rg', stroke: '0 0 0 RG', lineWidth: '1 w' };
  for (const box of boxes) if (box.kind === 'image' && box.behindText) image(box, page, res, out);
  for (const box of boxes) {
    if (box.kind === 'text') text(box, page, res, st, out);
    else if (box.kind !== 'image' || !box.behindText) other(box, page, res, st, out);
  }
  endText(st, out);
  // Horizontal scaling is text state that outlives the stream: an overlay after it must start at 100%.
  if (st.scale !== undefined && st.scale !== 100) out.push('100 Tz');
  return out.join('\n') + '\n';
}
