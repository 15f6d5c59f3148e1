// DrawingML colours (a:srgbClr, a:schemeClr, a:sysClr, a:prstClr) with their common transforms, and VML colour values.
import type { Color } from '../ir.js';
import type { ThemeFonts } from './theme.js';
import { attr, elements, type XElement } from './xml.js';

/** The colour scheme of Office's default theme: used when a document has no theme part. */
const OFFICE: Record<string, string> = {
  dk1: '000000',
  lt1: 'FFFFFF',
  dk2: '44546A',
  lt2: 'E7E6E6',
  accent1: '4472C4',
  accent2: 'ED7D31',
  accent3: 'A5A5A5',
  accent4: 'FFC000',
  accent5: '5B9BD5',
  accent6: '70AD47',
  hlink: '0563C1',
  folHlink: '954F72',
};
/** Scheme colour names that stand for others (a shape's text and background). */
const ALIAS: Record<string, string> = { tx1: 'dk1', bg1: 'lt1', tx2: 'dk2', bg2: 'lt2' };
/** CSS/VML colour names that documents use. */
const NAMED: Record<string, string> = {
  black: '000000',
  white: 'FFFFFF',
  red: 'FF0000',
  green: '008000',
  blue: '0000FF',
  yellow: 'FFFF00',
  gray: '808080',
  grey: '808080',
  silver: 'C0C0C0',
  maroon: '800000',
  navy: '000080',
  olive: '808000',
  purple: '800080',
  teal: '008080',
  aqua: '00FFFF',
  fuchsia: 'FF00FF',
  lime: '00FF00',
  windowtext: '000000',
  window: 'FFFFFF',
};

const toRgb = (hex: string): [number, number, number] => {
  const n = parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};
const toHex = (c: number[]): Color =>
  c
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();

function toHsl([r, g, b]: number[]): [number, number, number] {
  const [R, G, B] = [r! / 255, g! / 255, b! / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === R ? (G - B) / d + (G < B ? 6 : 0) : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return [h / 6, s, l];
}

function fromHsl([h, s, l]: number[]): number[] {
  if (s === 0) return [l! * 255, l! * 255, l! * 255];
  const q = l! < 0.5 ? l! * (1 + s!) : l! + s! - l! * s!;
  const p = 2 * l! - q;
  const hue = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    return u < 1 / 6 ? p + (q - p) * 6 * u : u < 1 / 2 ? q : u < 2 / 3 ? p + (q - p) * (2 / 3 - u) * 6 : p;
  };
  return [hue(h! + 1 / 3) * 255, hue(h!) * 255, hue(h! - 1 / 3) * 255];
}

/** Applies lumMod/lumOff (in HSL), shade and tint (towards black / white) in document order. */
function transform(hex: Color, el: XElement): Color {
  let rgb: number[] = toRgb(hex);
  for (const t of elements(el)) {
    const v = Number(attr(t, 'val') ?? 0) / 100000;
    if (t.name === 'a:lumMod' || t.name === 'a:lumOff') {
      const hsl = toHsl(rgb);
      hsl[2] = Math.min(1, Math.max(0, t.name === 'a:lumMod' ? hsl[2] * v : hsl[2] + v));
      rgb = fromHsl(hsl);
    } else if (t.name === 'a:shade') rgb = rgb.map((c) => c * v);
    else if (t.name === 'a:tint') rgb = rgb.map((c) => 255 - (255 - c) * v);
  }
  return toHex(rgb);
}

/**
 * The colour of a colour-choice parent (a:solidFill, a:lnRef…); `placeholder` stands for a:schemeClr
 * "phClr". Undefined when it holds no colour this reader knows.
 */
export function drawingColor(parent: XElement | undefined, theme: ThemeFonts, placeholder?: Color): Color | undefined {
  const el = elements(parent)[0];
  if (!el) return undefined;
  const v = attr(el, 'val') ?? '';
  let base: string | undefined;
  if (el.name === 'a:srgbClr') base = /^[0-9a-fA-F]{6}$/.test(v) ? v.toUpperCase() : undefined;
  else if (el.name === 'a:schemeClr')
    base = v === 'phClr' ? placeholder : ((theme.colors ?? OFFICE)[ALIAS[v] ?? v] ?? OFFICE[ALIAS[v] ?? v]);
  else if (el.name === 'a:sysClr') base = attr(el, 'lastClr') ?? (v === 'window' ? 'FFFFFF' : '000000');
  else if (el.name === 'a:prstClr') base = NAMED[v.toLowerCase()];
  else if (el.name === 'a:scrgbClr') base = toHex(['r', 'g', 'b'].map((k) => (Number(attr(el, k) ?? 0) / 100000) * 255));
  return base ? transform(base, el) : undefined;
}

/** A VML colour: "#RRGGBB", "#RGB", a name, optionally followed by " [index]". */
export function vmlColor(value: string | undefined): Color | undefined {
  const v = value?.trim().split(/\s/)[0]?.toLowerCase();
  if (!v) return undefined;
  if (/^#[0-9a-f]{6}$/.test(v)) return v.slice(1).toUpperCase();
  if (/^#[0-9a-f]{3}$/.test(v))
    return [...v.slice(1)]
      .map((c) => c + c)
      .join('')
      .toUpperCase();
  return NAMED[v];
}
