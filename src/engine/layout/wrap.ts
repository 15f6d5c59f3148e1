// Text wrapping around anchored objects: lines beside a square-wrapped object are shortened, lines
// that would cross a top-and-bottom object (or leave too little room beside one) move below it.
import type { ParagraphStyle, RunStyle } from '../ir.js';
import type { Atom, AtomList } from './atoms.js';
import { advance, FIT_MARGIN, isSpace, penEnd, place, type Line, type TabLimits } from './lines.js';
import { lineBox, type FontMetrics } from './metrics.js';

/**
 * An area text keeps out of, in the coordinates of a paragraph: y from the top of its first line,
 * x from the left edge of its column. `full`: no text beside it (top-and-bottom wrapping).
 */
export interface Zone {
  top: number;
  bottom: number;
  left: number;
  right: number;
  full: boolean;
}

/** Narrower than this beside an object, a line moves below it instead (Word leaves such gaps empty). */
const MIN_ROOM = 18;

/** Extra left and right indents of a line spanning [top, bottom): zones beside it; undefined when it must move below one. */
function sides(
  zones: readonly Zone[],
  top: number,
  bottom: number,
  style: ParagraphStyle,
  width: number,
): { left: number; right: number; below: number } | undefined {
  let left = style.indentLeft;
  let right = width - style.indentRight;
  let below = -Infinity;
  for (const z of zones) {
    if (z.bottom <= top + 0.01 || z.top >= bottom - 0.01 || z.right <= left || z.left >= right) continue;
    below = Math.max(below, z.bottom);
    if (z.full) return { left: 0, right: 0, below };
    // Text takes the wider side of the object (Word's "largest only"; both sides would split the line).
    if (right - z.right >= z.left - left) left = Math.max(left, z.right);
    else right = Math.min(right, z.left);
  }
  if (below === -Infinity) return { left: 0, right: 0, below: 0 };
  return right - left < MIN_ROOM
    ? { left: 0, right: 0, below }
    : { left: left - style.indentLeft, right: width - style.indentRight - right, below: 0 };
}

/** The end of the line starting at `start`: the last break that fits, a forced break, or a cut inside a word too long. */
function breakOne(list: AtomList, start: number, first: boolean, style: ParagraphStyle, width: number, limits: TabLimits): number {
  const { atoms, breaks } = list;
  const right = width - style.indentRight;
  const left = style.indentLeft + (first ? style.firstLine : 0);
  const fits = (end: number) => {
    let e = end;
    while (e > start && isSpace(atoms[e - 1] as Atom)) e--;
    const pen = advance(atoms, start, e, { x: left, limit: -Infinity }, style, limits, right, width, left);
    return penEnd(pen) <= Math.max(right - FIT_MARGIN, pen.limit);
  };
  let last = -1;
  let next = atoms.length;
  for (const bk of breaks) {
    if (bk.at <= start) continue;
    if (!fits(bk.at)) {
      next = bk.at;
      break;
    }
    last = bk.at;
    if (bk.required || atoms[bk.at - 1]?.kind === 'break') return bk.at;
  }
  if (last > start) return last;
  let cut = start + 1;
  while (cut < next && fits(cut + 1)) cut++;
  return Math.min(cut, atoms.length);
}

/** Lines of a paragraph laid out around `zones`: as layoutLines, one line at a time at its height on the page. */
export function layoutAround(
  list: AtomList,
  style: ParagraphStyle,
  markStyle: RunStyle,
  width: number,
  metrics: (s: RunStyle) => FontMetrics,
  limits: TabLimits,
  expandShiftReturn: boolean,
  zones: readonly Zone[],
): Line[] {
  const lines: Line[] = [];
  let y = 0;
  let start = 0;
  let estimate = lineBox([], style.line, metrics, markStyle).height;
  while (start < list.atoms.length || lines.length === 0) {
    let skip = 0;
    let room = sides(zones, y, y + estimate, style, width);
    // Each move goes below a zone: at most once per zone.
    for (let n = 0; room && room.below > y && n <= zones.length; n++) {
      skip += room.below - y;
      y = room.below;
      room = sides(zones, y, y + estimate, style, width);
    }
    const extra = room ?? { left: 0, right: 0 };
    const lineStyle =
      extra.left || extra.right
        ? { ...style, indentLeft: style.indentLeft + extra.left, indentRight: style.indentRight + extra.right }
        : style;
    const first = lines.length === 0;
    const end = list.atoms.length === 0 ? 0 : breakOne(list, start, first, lineStyle, width, limits);
    const atoms = list.atoms.slice(start, end);
    const lastAtom = atoms[atoms.length - 1];
    const endsWithBreak = lastAtom?.kind === 'break';
    const final = end >= list.atoms.length;
    const stretches = endsWithBreak && expandShiftReturn && lastAtom.type === 'line';
    const placed = place(atoms, lineStyle, width, first, !stretches && (final || endsWithBreak), limits, final);
    const box = lineBox(atoms, style.line, metrics, markStyle);
    const line: Line = {
      atoms,
      ...placed,
      height: box.height + skip,
      fit: box.fit + skip,
      baseline: box.baseline + skip,
      pageBreak: endsWithBreak && lastAtom.type !== 'line',
    };
    if (list.notes) {
      const notes = atoms.flatMap((x) => (x.kind === 'note' ? [x.note] : []));
      if (notes.length > 0) line.notes = notes;
    }
    lines.push(line);
    y += box.height;
    estimate = box.height;
    start = end;
    if (list.atoms.length === 0) break;
  }
  return lines;
}
