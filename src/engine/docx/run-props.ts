// Run properties (w:rPr): parsing, layering (styles, toggles, direct formatting) and the final RunStyle per script.
import type { RunStyle, WarningReason } from '../ir.js';
import { parseShading } from './borders.js';
import { themeFont, type ThemeFonts } from './theme.js';
import { attr, elements, HALF_POINTS, measure, onOff, TWIPS, val, type XElement } from './xml.js';

/** Which font slot of w:rFonts a character uses. */
export type Script = 'ascii' | 'hAnsi' | 'eastAsia' | 'cs';

export interface RunProps {
  ascii?: string;
  hAnsi?: string;
  eastAsia?: string;
  cs?: string;
  b?: boolean;
  i?: boolean;
  bCs?: boolean;
  iCs?: boolean;
  caps?: boolean;
  smallCaps?: boolean;
  strike?: boolean;
  dstrike?: boolean;
  vanish?: boolean;
  /** Points. */
  sz?: number;
  szCs?: number;
  color?: string;
  u?: RunStyle['underline'];
  vertAlign?: RunStyle['vertAlign'];
  /** Smallest size (points) that is kerned; 0 turns kerning off (Word and LibreOffice write it into Normal). */
  kern?: number;
  /** Background (w:shd) and highlight colours; 'none' removes an inherited one. */
  shd?: string;
  highlight?: string;
  /** Character spacing and baseline position, in points. */
  spacing?: number;
  position?: number;
  /** Character width in percent (w:w). */
  w?: number;
  /** w:cs or w:rtl: the whole run uses the complex-script slot. */
  complex?: boolean;
  rStyle?: string;
}

/** What property parsers need: the theme for theme fonts, and a sink for unsupported elements. */
export interface PropsEnv {
  theme: ThemeFonts;
  note(element: string, reason?: WarningReason): void;
}

export const TOGGLES = ['b', 'i', 'bCs', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'vanish'] as const;
const TOGGLE_SET = new Set<string>(TOGGLES);

/** Properties that change the look but have no place in the IR: reported, then ignored. */
const VISIBLE_UNSUPPORTED = new Set([
  'w:bdr',
  'w:fitText',
  'w:outline',
  'w:shadow',
  'w:emboss',
  'w:imprint',
  'w14:glow',
  'w14:shadow',
  'w14:reflection',
  'w14:textOutline',
  'w14:textFill',
  'w14:props3d',
]);

/** The colours of w:highlight's names (ECMA-376 §17.18.40 ST_HighlightColor). */
const HIGHLIGHT: Record<string, string> = {
  black: '000000',
  blue: '0000FF',
  cyan: '00FFFF',
  green: '00FF00',
  magenta: 'FF00FF',
  red: 'FF0000',
  yellow: 'FFFF00',
  white: 'FFFFFF',
  darkBlue: '000080',
  darkCyan: '008080',
  darkGreen: '008000',
  darkMagenta: '800080',
  darkRed: '800000',
  darkYellow: '808000',
  darkGray: '808080',
  lightGray: 'C0C0C0',
};

export function parseColor(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (v.toLowerCase() === 'auto') return '000000';
  return /^[0-9a-f]{6}$/i.test(v) ? v.toUpperCase() : undefined;
}

function fonts(el: XElement, env: PropsEnv, p: RunProps): void {
  const slot = (name: Script, plain: string, theme: string) => {
    const t = attr(el, theme);
    const fromTheme = t === undefined ? undefined : themeFont(env.theme, t);
    const family = fromTheme ?? attr(el, plain);
    if (family !== undefined && family.trim() !== '') p[name] = family.trim();
  };
  slot('ascii', 'w:ascii', 'w:asciiTheme');
  slot('hAnsi', 'w:hAnsi', 'w:hAnsiTheme');
  slot('eastAsia', 'w:eastAsia', 'w:eastAsiaTheme');
  slot('cs', 'w:cs', 'w:cstheme');
}

function underline(v: string | undefined): RunStyle['underline'] {
  if (v === 'none') return 'none';
  return v === 'double' || v === 'wavyDouble' ? 'double' : 'single';
}

export function parseRPr(rPr: XElement | undefined, env: PropsEnv): RunProps {
  const p: RunProps = {};
  for (const el of elements(rPr)) {
    const local = el.name.startsWith('w:') ? el.name.slice(2) : el.name;
    if (TOGGLE_SET.has(local) && el.name.startsWith('w:')) {
      p[local as (typeof TOGGLES)[number]] = onOff(el);
      continue;
    }
    const v = val(el);
    switch (el.name) {
      case 'w:rStyle':
        if (v) p.rStyle = v;
        break;
      case 'w:rFonts':
        fonts(el, env, p);
        break;
      case 'w:sz': {
        const s = measure(el, 'w:val', HALF_POINTS);
        if (s !== undefined && s > 0) p.sz = s;
        break;
      }
      case 'w:szCs': {
        const s = measure(el, 'w:val', HALF_POINTS);
        if (s !== undefined && s > 0) p.szCs = s;
        break;
      }
      case 'w:color': {
        const c = parseColor(v);
        if (c) p.color = c;
        break;
      }
      case 'w:u':
        p.u = underline(v);
        break;
      case 'w:vertAlign':
        if (v === 'superscript' || v === 'subscript' || v === 'baseline') p.vertAlign = v;
        break;
      case 'w:kern':
        p.kern = measure(el, 'w:val', HALF_POINTS) ?? 0;
        break;
      case 'w:cs':
      case 'w:rtl':
        p.complex = onOff(el);
        break;
      case 'w:highlight':
        p.highlight = (v && HIGHLIGHT[v]) ?? 'none';
        break;
      case 'w:shd':
        p.shd = parseShading(el) ?? 'none';
        break;
      case 'w:spacing':
        p.spacing = measure(el, 'w:val', TWIPS) ?? 0;
        break;
      case 'w:w': {
        const w = Number.parseInt(v ?? '', 10);
        if (w > 0) p.w = Math.min(600, w);
        break;
      }
      case 'w:position':
        p.position = measure(el, 'w:val', HALF_POINTS) ?? 0;
        break;
      case 'w:em':
      case 'w:effect':
        if (v && v !== 'none') env.note(el.name);
        break;
      case 'w14:ligatures':
        // Characters are drawn one by one: ligatures ("fi", "fl") the document asks for are not formed.
        if ((attr(el, 'w14:val') ?? 'none') !== 'none') env.note(el.name);
        break;
      default:
        if (VISIBLE_UNSUPPORTED.has(el.name) && (el.name.startsWith('w14:') || onOff(el) !== false)) env.note(el.name);
    }
  }
  return p;
}

/** `top` over `base`: every property `top` defines wins. */
export function overlay(base: RunProps, top: RunProps): RunProps {
  const out: RunProps = { ...base };
  for (const [k, v] of Object.entries(top)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * A character style over paragraph-level formatting: toggle properties switched on in the style flip
 * the inherited value (bold in a bold paragraph becomes regular, as in Word); the rest override.
 */
export function toggleOverlay(base: RunProps, style: RunProps): RunProps {
  const out = overlay(base, style);
  for (const k of TOGGLES) {
    if (style[k] === undefined) continue;
    out[k] = style[k] ? !(base[k] ?? false) : (base[k] ?? false);
  }
  return out;
}

/** The font slot Word uses for a character (hints ignored). */
export function scriptOf(cp: number): Script {
  if (cp < 0x80) return 'ascii';
  if (
    (cp >= 0x0590 && cp <= 0x08ff) ||
    (cp >= 0x0900 && cp <= 0x0dff) ||
    (cp >= 0x0e00 && cp <= 0x0eff) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  )
    return 'cs';
  if (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    cp >= 0x20000
  )
    return 'eastAsia';
  return 'hAnsi';
}

/** Word's defaults when nothing in the document says otherwise: Times New Roman 10 pt. */
export const DEFAULT_FAMILY = 'Times New Roman';
const DEFAULT_SIZE = 10;

/** The final style of characters of `script` in a run with properties `p`. */
export function runStyle(p: RunProps, script: Script, fallbackFamily = DEFAULT_FAMILY): RunStyle {
  const s: Script = p.complex ? 'cs' : script;
  const cs = s === 'cs';
  const family = p[s] ?? p.hAnsi ?? p.ascii ?? fallbackFamily;
  const size = (cs ? (p.szCs ?? p.sz) : p.sz) ?? DEFAULT_SIZE;
  const caps = p.caps ?? false;
  return {
    family,
    bold: (cs ? p.bCs : p.b) ?? false,
    italic: (cs ? p.iCs : p.i) ?? false,
    size,
    color: p.color ?? '000000',
    underline: p.u ?? 'none',
    strike: (p.strike ?? false) || (p.dstrike ?? false),
    caps,
    smallCaps: !caps && (p.smallCaps ?? false),
    vertAlign: p.vertAlign ?? 'baseline',
    kerning: p.kern !== undefined && p.kern > 0 && size >= p.kern,
    ...decoration(p),
  };
}

/** The optional background, spacing and position of a run: absent when the run has none (most runs). */
function decoration(p: RunProps): Pick<RunStyle, 'shading' | 'spacing' | 'position' | 'scale'> {
  const out: Pick<RunStyle, 'shading' | 'spacing' | 'position' | 'scale'> = {};
  if (p.w !== undefined && p.w !== 100) out.scale = p.w / 100;
  const shading = p.highlight !== undefined && p.highlight !== 'none' ? p.highlight : p.shd !== 'none' ? p.shd : undefined;
  if (shading) out.shading = shading;
  if (p.spacing) out.spacing = p.spacing;
  if (p.position) out.position = p.position;
  return out;
}
