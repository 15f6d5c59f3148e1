// Page content streams as operator text: text boxes as positioned TJ arrays, lines, rectangles and images.
import type { Box, ImageBox, Page, ShapeBox, TextBox } from '../layout/boxes.js';
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
  if ((st.scale ?? 100) !== scale) {
    out.push(`${num(scale, 2)} Tz`);
    st.scale = scale;
  }
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
  if (box.kind === 'shape') return shape(box, page, res, st, out);
  strokeState(box.width, box.color, res, st, out);
  const path = `${num(box.x1)} ${num(page.height - box.y1)} m ${num(box.x2)} ${num(page.height - box.y2)} l S`;
  out.push(box.dash ? dashed(box.dash, box.width, path) : path);
}

function strokeState(w: number, color: string, res: ContentResources, st: State, out: string[]): void {
  const width = `${num(w)} w`;
  if (st.lineWidth !== width) out.push((st.lineWidth = width));
  const stroke = `${rgb(color, res.colors)} RG`;
  if (st.stroke !== stroke) out.push((st.stroke = stroke));
}

/** A path painted with a dash pattern in proportion to the line width, the solid pattern restored after. */
function dashed(dash: 'dash' | 'dot', width: number, path: string): string {
  const unit = Math.max(width, 0.5);
  const pattern = dash === 'dot' ? `${num(unit)} ${num(unit)}` : `${num(unit * 4)} ${num(unit * 3)}`;
  return `[${pattern}] 0 d ${path} [] 0 d`;
}

/** Bézier control distance for a quarter ellipse. */
const KAPPA = 0.5523;

/** The path of a shape's outline in PDF coordinates. */
function shapePath(box: ShapeBox, page: Page): string {
  const x = box.x;
  const y = page.height - box.y - box.height;
  const w = box.width;
  const h = box.height;
  if (box.geometry === 'rect') return `${num(x)} ${num(y)} ${num(w)} ${num(h)} re`;
  // A rounded rectangle's corners: DrawingML's default radius (a sixth of the shorter side) unless given.
  const r = box.geometry === 'ellipse' ? undefined : Math.min(box.radius ?? Math.min(w, h) / 6, w / 2, h / 2);
  const rx = r ?? w / 2;
  const ry = r ?? h / 2;
  const kx = rx * KAPPA;
  const ky = ry * KAPPA;
  const [l, b, R, t] = [x, y, x + w, y + h];
  const c = (...v: number[]) => v.map((n) => num(n)).join(' ');
  return [
    `${c(l + rx, b)} m`,
    `${c(R - rx, b)} l`,
    `${c(R - rx + kx, b, R, b + ry - ky, R, b + ry)} c`,
    `${c(R, t - ry)} l`,
    `${c(R, t - ry + ky, R - rx + kx, t, R - rx, t)} c`,
    `${c(l + rx, t)} l`,
    `${c(l + rx - kx, t, l, t - ry + ky, l, t - ry)} c`,
    `${c(l, b + ry)} l`,
    `${c(l, b + ry - ky, l + rx - kx, b, l + rx, b)} c h`,
  ].join(' ');
}

function shape(box: ShapeBox, page: Page, res: ContentResources, st: State, out: string[]): void {
  if (box.fill) {
    const fill = `${rgb(box.fill, res.colors)} rg`;
    if (st.fill !== fill) out.push((st.fill = fill));
  }
  if (box.stroke) strokeState(box.stroke.width, box.stroke.color, res, st, out);
  const path = `${shapePath(box, page)} ${box.fill && box.stroke ? 'B' : box.fill ? 'f' : 'S'}`;
  out.push(box.stroke?.dash ? dashed(box.stroke.dash, box.stroke.width, path) : path);
}

/** Drawn before everything else on the page: pictures and shapes placed behind the text. */
const behind = (box: Box): boolean => (box.kind === 'image' || box.kind === 'shape' || box.kind === 'line') && box.behindText === true;

/**
 * The content stream of a page's boxes (its body unless told otherwise): behind-text pictures and shapes first,
 * then every box in order. An overlay follows the body in the same graphics state, so it sets
 * every colour and width it uses instead of assuming the defaults.
 */
export function pageContent(page: Page, res: ContentResources, boxes: readonly Box[] = page.boxes, overlay = false): string {
  const out: string[] = [];
  const st: State = overlay
    ? { inText: false, font: '', fill: '', stroke: '', lineWidth: '' }
    : { inText: false, font: '', fill: '0 0 0 rg', stroke: '0 0 0 RG', lineWidth: '1 w' };
  for (const box of boxes) if (box.kind !== 'text' && behind(box)) other(box, page, res, st, out);
  for (const box of boxes) {
    if (box.kind === 'text') text(box, page, res, st, out);
    else if (!behind(box)) other(box, page, res, st, out);
  }
  endText(st, out);
  // Horizontal scaling is text state that outlives the stream: an overlay after it must start at 100%.
  if (st.scale !== undefined && st.scale !== 100) out.push('100 Tz');
  return out.join('\n') + '\n';
}
