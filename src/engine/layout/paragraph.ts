// A paragraph laid out in a column: its lines, spacing, borders, floating images; and drawing one line.
import type { Block, Border, Paragraph, RunStyle } from '../ir.js';
import type { Box, RectBox, TextBox } from './boxes.js';
import { toAtoms, type Floating } from './atoms.js';
import type { LayoutContext } from './context.js';
import { drawItems } from './drawing.js';
import { layoutLines, type Line } from './lines.js';
import { layoutAround, type Zone } from './wrap.js';

export interface ParagraphLayout {
  source: Paragraph;
  lines: Line[];
  spaceBefore: number;
  spaceAfter: number;
  floating: Floating[];
  /** Extra height above the first line / below the last for paragraph borders. */
  borderTop: number;
  borderBottom: number;
  /** Whether its border box goes on from the paragraph above / into the one below. */
  join: BorderJoin;
}

export interface BorderJoin {
  above: boolean;
  below: boolean;
}
const NO_JOIN: BorderJoin = { above: false, below: false };

/** How far a border reaches from the text: its distance and its line(s). */
export const borderExtent = (b: Border | undefined) => (b && b.style !== 'none' ? b.space + b.width * (b.style === 'double' ? 3 : 1) : 0);

const sameBorder = (a: Border | undefined, b: Border | undefined) =>
  a === b || (!!a && !!b && a.style === b.style && a.width === b.width && a.color === b.color && a.space === b.space);

/**
 * Adjacent paragraphs with the same borders and the same indents share one box, as Word and LibreOffice
 * draw them: no bottom border (nor its room) under the first, no top border over the second.
 */
function bordersJoin(a: Block | undefined, b: Block | undefined): boolean {
  if (a?.kind !== 'paragraph' || b?.kind !== 'paragraph' || a.frame || b.frame) return false;
  const s = a.style;
  const t = b.style;
  if (!s.borderTop && !s.borderBottom && !s.borderLeft && !s.borderRight) return false;
  return (
    s.indentLeft === t.indentLeft &&
    s.indentRight === t.indentRight &&
    sameBorder(s.borderTop, t.borderTop) &&
    sameBorder(s.borderBottom, t.borderBottom) &&
    sameBorder(s.borderLeft, t.borderLeft) &&
    sameBorder(s.borderRight, t.borderRight)
  );
}

/** Whether the i-th block's border box joins its neighbours'. */
export const borderJoin = (blocks: readonly Block[], i: number): BorderJoin => ({
  above: bordersJoin(blocks[i - 1], blocks[i]),
  below: bordersJoin(blocks[i], blocks[i + 1]),
});

/**
 * `overhang`: how far past the column's right edge a tab stop may reach (the page's right margin for
 * body text); `zones`: areas of anchored objects its lines wrap around (see wrap.ts), when there are any.
 */
export function layoutParagraph(
  p: Paragraph,
  width: number,
  ctx: LayoutContext,
  overhang = 0,
  zones?: readonly Zone[],
  join: BorderJoin = NO_JOIN,
): ParagraphLayout {
  const list = toAtoms(p, ctx.shaper);
  const limits = { defaultTab: ctx.settings.defaultTab, overhang, overMargin: ctx.settings.tabOverMargin ?? false };
  const expand = ctx.settings.expandShiftReturn ?? false;
  const lines =
    zones && zones.length > 0
      ? layoutAround(list, p.style, p.markStyle, width, (s) => ctx.metrics(s), limits, expand, zones)
      : layoutLines(list, p.style, p.markStyle, width, (s) => ctx.metrics(s), limits, expand);
  return {
    source: p,
    lines,
    spaceBefore: p.style.spaceBefore,
    spaceAfter: p.style.spaceAfter,
    floating: list.floating,
    borderTop: join.above ? 0 : borderExtent(p.style.borderTop),
    borderBottom: join.below ? 0 : borderExtent(p.style.borderBottom),
    join,
  };
}

/**
 * How many leader characters fill a tab `width` points wide, and their pitch. As LibreOffice: as many
 * whole characters as fit, counted in twips, one more for underscores so the rule has no gap; they
 * are spread over the tab so that the last one ends at the tab's end.
 */
export function leaderFill(width: number, advance: number, leader: string): { count: number; step: number } {
  const count = Math.floor(Math.round(width * 20) / Math.max(1, Math.round(advance * 20))) + (leader === '_' ? 1 : 0);
  if (count <= 0) return { count: 0, step: advance };
  return { count, step: count > 1 ? Math.max(0, width - advance) / (count - 1) : advance };
}

/** Boxes of one line whose top is at `top`, in a column starting at `left`. */
export function drawLine(line: Line, left: number, top: number, ctx: LayoutContext, page: number): Box[] {
  const boxes: Box[] = [];
  const baseline = top + line.baseline;
  let text: TextBox | undefined;
  // Run backgrounds, behind the line's text: one rectangle per stretch of one colour, the font's height.
  const shades: RectBox[] = [];
  const shade = (style: RunStyle, x: number, w: number) => {
    const m = ctx.metrics(style);
    const y = baseline - m.ascent - m.gap;
    const h = m.ascent + m.descent + m.gap;
    const prev = shades[shades.length - 1];
    if (prev && prev.color === style.shading && Math.abs(prev.x + prev.width - x) < 0.01 && prev.y === y && prev.height === h)
      prev.width = x + w - prev.x;
    else shades.push({ kind: 'rect', x, y, width: w, height: h, color: style.shading as string });
  };
  const decorations: Array<{ x1: number; x2: number; style: { underline: string; strike: boolean; color: string; size: number } }> = [];
  const glyphRun = (g: { face: { key: string }; size: number; rise: number; style: RunStyle }, color: string) => {
    const scale = g.style.scale;
    if (
      !text ||
      text.fontKey !== g.face.key ||
      text.size !== g.size ||
      text.color !== color ||
      text.y !== baseline + g.rise ||
      text.scale !== scale
    ) {
      text = { kind: 'text', y: baseline + g.rise, fontKey: g.face.key, size: g.size, color, glyphs: [] };
      if (scale !== undefined) text.scale = scale;
      boxes.push(text);
    }
    return text;
  };
  for (let i = 0; i < line.atoms.length; i++) {
    const a = line.atoms[i]!;
    const x = left + line.x[i]!;
    const itemWidth = line.width[i]!;
    const leader = line.leaders?.get(i);
    if (a.kind === 'glyph') {
      glyphRun(a, a.style.color).glyphs.push({ id: a.id, x, text: a.text });
    } else if (a.kind === 'field') {
      const value = String(a.field === 'PAGE' ? page : (ctx.pageCount ?? page));
      let gx = x;
      for (const g of ctx.shaper.shape(value, a.style)) {
        glyphRun(g, a.style.color).glyphs.push({ id: g.id, x: gx, text: g.text });
        gx += g.advance;
      }
    } else if (a.kind === 'tab' && leader) {
      const [dot] = ctx.shaper.shape(leader, a.style);
      if (dot && dot.advance > 0) {
        const { count, step } = leaderFill(itemWidth, dot.advance, leader);
        for (let k = 0; k < count; k++) glyphRun(dot, a.style.color).glyphs.push({ id: dot.id, x: x + k * step, text: dot.text });
      }
    } else if (a.kind === 'image') {
      boxes.push({ kind: 'image', x, y: baseline - a.height, width: a.width, height: a.height, image: a.image, behindText: false });
      text = undefined;
    } else if (a.kind === 'shape') {
      boxes.push(...drawItems(a.items, x, baseline - a.height, ctx, page));
      text = undefined;
    }
    if (a.style.shading && a.kind !== 'break') shade(a.style, x, itemWidth);
    if ((a.kind === 'glyph' || a.kind === 'tab' || a.kind === 'field') && (a.style.underline !== 'none' || a.style.strike)) {
      const prev = decorations[decorations.length - 1];
      const style = { underline: a.style.underline, strike: a.style.strike, color: a.style.color, size: a.style.size };
      if (prev && Math.abs(prev.x2 - x) < 0.5 && prev.style.underline === style.underline && prev.style.strike === style.strike)
        prev.x2 = x + itemWidth;
      else decorations.push({ x1: x, x2: x + itemWidth, style });
    }
  }
  if (shades.length > 0) boxes.unshift(...shades);
  for (const d of decorations) {
    const w = Math.max(0.5, d.style.size / 18);
    if (d.style.underline !== 'none') {
      const y = baseline + d.style.size * 0.11;
      boxes.push({ kind: 'line', x1: d.x1, y1: y, x2: d.x2, y2: y, width: w, color: d.style.color });
      if (d.style.underline === 'double')
        boxes.push({ kind: 'line', x1: d.x1, y1: y + 2 * w, x2: d.x2, y2: y + 2 * w, width: w, color: d.style.color });
    }
    if (d.style.strike) {
      const y = baseline - d.style.size * 0.27;
      boxes.push({ kind: 'line', x1: d.x1, y1: y, x2: d.x2, y2: y, width: w, color: d.style.color });
    }
  }
  return boxes;
}

/** A vertical paragraph border from `top` to `bottom`, its (first) line centred on `x`; a double one's second line `outward` of it. */
export function drawSideBorder(b: Border | undefined, x: number, top: number, bottom: number, outward: 1 | -1): Box[] {
  if (!b || b.style === 'none' || bottom <= top) return [];
  const out: Box[] = [{ kind: 'line', x1: x, y1: top, x2: x, y2: bottom, width: b.width, color: b.color }];
  if (b.style === 'double') {
    const x2 = x + outward * b.width * 2;
    out.push({ kind: 'line', x1: x2, y1: top, x2, y2: bottom, width: b.width, color: b.color });
  }
  return out;
}

/** A horizontal paragraph border across the column at `y`. */
export function drawBorder(b: Border | undefined, left: number, right: number, y: number): Box[] {
  if (!b || b.style === 'none') return [];
  const out: Box[] = [{ kind: 'line', x1: left, y1: y, x2: right, y2: y, width: b.width, color: b.color }];
  if (b.style === 'double')
    out.push({ kind: 'line', x1: left, y1: y + b.width * 2, x2: right, y2: y + b.width * 2, width: b.width, color: b.color });
  return out;
}
