// Border and shading elements shared by paragraphs and tables (w:top, w:insideH, w:shd…).
import type { Border } from '../ir.js';
import { parseColor, type PropsEnv } from './run-props.js';
import { attr, EIGHTHS, measure, val, type XElement } from './xml.js';

const SINGLE = new Set(['single', 'thick']);
const DOUBLE = new Set(['double']);
/** Line styles drawn as a single line after a warning. */
const APPROXIMATED_AS_SINGLE = new Set([
  'dotted',
  'dashed',
  'dotDash',
  'dotDotDash',
  'dashSmallGap',
  'wave',
  'doubleWave',
  'dashDotStroked',
  'threeDEmboss',
  'threeDEngrave',
  'outset',
  'inset',
]);
const APPROXIMATED_AS_DOUBLE = new Set([
  'triple',
  'thinThickSmallGap',
  'thickThinSmallGap',
  'thinThickThinSmallGap',
  'thinThickMediumGap',
  'thickThinMediumGap',
  'thinThickThinMediumGap',
  'thinThickLargeGap',
  'thickThinLargeGap',
  'thinThickThinLargeGap',
]);

/** A border element; 'none' for none/nil, which also removes an inherited border. */
export function parseBorder(el: XElement, env: PropsEnv): Border | 'none' {
  const kind = val(el) ?? 'none';
  if (kind === 'none' || kind === 'nil') return 'none';
  let style: Border['style'];
  if (SINGLE.has(kind)) style = 'single';
  else if (DOUBLE.has(kind)) style = 'double';
  else {
    env.note(`w:val="${kind}"`, 'border-style');
    style = APPROXIMATED_AS_DOUBLE.has(kind) ? 'double' : APPROXIMATED_AS_SINGLE.has(kind) ? 'single' : 'single';
  }
  // Word draws widths between 1/4 and 12 points (w:sz 2..96).
  const eighths = Math.min(96, Math.max(2, measure(el, 'w:sz', 1) ?? 4));
  return {
    style,
    width: eighths / EIGHTHS,
    color: parseColor(attr(el, 'w:color')) ?? '000000',
    space: Math.max(0, measure(el, 'w:space', 1) ?? 0),
  };
}

/** The fill colour of a w:shd, undefined when it paints nothing (auto/clear). */
export function parseShading(el: XElement | undefined): string | undefined {
  if (!el) return undefined;
  const pattern = val(el);
  if (pattern === 'nil') return undefined;
  if (pattern === 'solid') {
    const c = attr(el, 'w:color');
    if (c && c !== 'auto') return parseColor(c);
    return '000000';
  }
  const fill = attr(el, 'w:fill');
  const percent = /^pct(\d+)$/.exec(pattern ?? '');
  if (percent)
    return blend(
      parseColor(attr(el, 'w:color')) ?? '000000',
      fill && fill.toLowerCase() !== 'auto' ? (parseColor(fill) ?? 'FFFFFF') : 'FFFFFF',
      Number(percent[1]) / 100,
    );
  return fill && fill.toLowerCase() !== 'auto' ? parseColor(fill) : undefined;
}

/** A percent pattern (pct10…pct95) drawn as its average colour: `share` of the pattern colour over the fill. */
function blend(pattern: string, fill: string, share: number): string {
  const p = parseInt(pattern, 16);
  const f = parseInt(fill, 16);
  let out = '';
  for (const shift of [16, 8, 0]) {
    const c = Math.round(((p >> shift) & 255) * share + ((f >> shift) & 255) * (1 - share));
    out += c.toString(16).padStart(2, '0');
  }
  return out.toUpperCase();
}
