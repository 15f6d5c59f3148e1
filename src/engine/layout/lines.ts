// Line breaking (greedy, at UAX #14 opportunities) and placement within a line: tabs, alignment, justification.
import type { Note, ParagraphStyle, RunStyle, TabStop } from '../ir.js';
import { atomWidth, type Atom, type AtomList } from './atoms.js';
import { lineBox } from './metrics.js';

const EPSILON = 0.01;
/**
 * A line must leave this much room (pt): LibreOffice and Word measure glyphs at device
 * resolution and break a hair earlier than exact advances say (seen on lines within 0.05 pt).
 */
export const FIT_MARGIN = 0.05;

const LEADERS: Record<TabStop['leader'], string | undefined> = {
  none: undefined,
  dot: '.',
  hyphen: '-',
  underscore: '_',
  middleDot: '\u00b7',
};

/**
 * A laid-out line: its atoms and, by atom index, each one's x from the text column's left edge and
 * its width (plain arrays of numbers rather than an object per atom: lines are the layout's bulk).
 */
export interface Line {
  atoms: Atom[];
  x: number[];
  width: number[];
  /** For tabs with a leader, by atom index: the character that fills it ("." for a dot leader). */
  leaders?: Map<number, string>;
  height: number;
  /** Height the page must have room for when this line is the last on it. */
  fit: number;
  /** Baseline offset from the line's top. */
  baseline: number;
  /** A page or column break ends this line. */
  pageBreak: boolean;
  /** Footnotes referenced in this line: they go to the foot of the page it is laid out on. */
  notes?: Note[];
}

/**
 * Where a paragraph's tabs may reach. Word (and LibreOffice reading .docx) honour a custom tab stop
 * past the paragraph's right indent and past the right margin: a right, centre or decimal stop
 * aligns its text there and a leader fills up to it (the fill-in lines of forms, "Họ và tên: ……"
 * set with a dotted right tab at or past the margin). LibreOffice caps such a stop about the page's
 * right edge; `cap` is that edge. A left stop at or past the line's end follows its own rule (leftStop).
 */
export interface TabLimits {
  defaultTab: number;
  /** How far past the column's right edge (pt) a custom stop may reach: the page's right margin for body text. */
  overhang: number;
  /** Left stops past the line's end are honoured (compatibility mode 14 and earlier). */
  overMargin: boolean;
}

/** Placement state of a line being measured: the pen, a pending right/centre tab, how far the line may reach. */
export interface Pen {
  x: number;
  tab?: { pos: number; align: 'center' | 'right'; start: number };
  /** A custom stop at or past the right edge lets the line reach it (-Infinity: no such stop). */
  limit: number;
}

/** Where the text set so far ends, once a pending right or centre tab has aligned it. */
export function penEnd(p: Pen): number {
  const t = p.tab;
  if (!t) return p.x;
  return t.align === 'center' ? Math.max(p.x, t.pos + (p.x - t.start) / 2) : Math.max(p.x, t.pos);
}

export const isSpace = (a: Atom) => a.kind === 'glyph' && a.isSpace;

interface Stop {
  pos: number;
  align: 'left' | 'center' | 'right';
  leader: TabStop['leader'];
  /** How far this stop lets the line reach (a custom stop at or past the right edge), or -Infinity. */
  reach: number;
}

/**
 * The next tab stop after `x`: the nearest custom stop or the hanging indent (which Word treats as
 * a stop); past the last custom stop, the default stops every `defaultTab` points. A decimal stop
 * aligns like a right one (text without a decimal sign ends at it). `right` is the line's end.
 */
function nextTab(x: number, style: ParagraphStyle, limits: TabLimits, right: number, width: number, at: TabAt): Stop {
  const custom = style.tabs.filter((t) => t.pos > x + EPSILON).sort((a, b) => a.pos - b.pos)[0];
  const hanging = style.firstLine < 0 && style.indentLeft > x + EPSILON ? style.indentLeft : Infinity;
  if (custom && custom.pos <= hanging) {
    const align = custom.align === 'decimal' ? 'right' : custom.align;
    const cap = width + Math.max(0, limits.overhang);
    if (align === 'left') return { ...leftStop(custom.pos, x, right, width, cap, limits, at), align, leader: custom.leader };
    const pos = Math.min(custom.pos, cap);
    return { pos, align, leader: custom.leader, reach: pos >= right - FIT_MARGIN ? pos : -Infinity };
  }
  if (hanging < Infinity) return { pos: hanging, align: 'left', leader: 'none', reach: -Infinity };
  const step = limits.defaultTab > 0 ? limits.defaultTab : 36;
  return { pos: (Math.floor(x / step + EPSILON) + 1) * step, align: 'left', leader: 'none', reach: -Infinity };
}

/**
 * A left stop at or past the line's end, as LibreOffice lays out .docx (measured on Word forms). In
 * TabOverMargin layout a stop past the end is honoured and the rest of the line flows on up to the
 * cap. Otherwise the tab fits only as the paragraph's last character with its stop, counted from
 * where the line starts, at or past the column's width ("Họ và tên:" + a dotted stop at the margin,
 * no indent); else it starts a line of its own, its leader across that line.
 */
function leftStop(
  stopPos: number,
  x: number,
  right: number,
  width: number,
  cap: number,
  limits: TabLimits,
  at: TabAt,
): { pos: number; reach: number } {
  const pos = Math.min(stopPos, cap);
  if (stopPos < right - FIT_MARGIN) return { pos, reach: -Infinity };
  if (limits.overMargin && stopPos > right + EPSILON) return { pos, reach: cap };
  if (at.last && stopPos - at.lineStart >= width - EPSILON) return { pos, reach: pos };
  return { pos: Math.min(pos, Math.max(right, x)), reach: -Infinity };
}

/** Where a tab stands: whether it is the paragraph's last atom, and where its line starts. */
interface TabAt {
  last: boolean;
  lineStart: number;
}

/** The pen after laying `atoms` [from, to) from `pen`. */
export function advance(
  atoms: Atom[],
  from: number,
  to: number,
  pen: Pen,
  style: ParagraphStyle,
  limits: TabLimits,
  right: number,
  width: number,
  lineStart: number,
): Pen {
  let { x, tab, limit } = pen;
  for (let i = from; i < to; i++) {
    const a = atoms[i];
    if (!a) continue;
    if (a.kind !== 'tab') {
      x += atomWidth(a);
      continue;
    }
    x = penEnd({ x, tab, limit });
    tab = undefined;
    const stop = nextTab(x, style, limits, right, width, { last: i === atoms.length - 1, lineStart });
    limit = Math.max(limit, stop.reach);
    if (stop.align === 'left') x = Math.max(x, stop.pos);
    else tab = { pos: stop.pos, align: stop.align, start: x };
  }
  return tab ? { x, tab, limit } : { x, limit };
}

/** Greedy first-fit: the atom index ranges of each line. Trailing spaces may hang past the edge. */
function breakLines(list: AtomList, style: ParagraphStyle, width: number, limits: TabLimits): Array<[number, number]> {
  const { atoms, breaks } = list;
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let prev = 0;
  const left = (first: boolean) => style.indentLeft + (first ? style.firstLine : 0);
  const right = width - style.indentRight;
  // Widths are summed from the line's start; the last sum is kept so that the next, longer candidate
  // only adds its own atoms (same additions in the same order: the same result as summing afresh).
  let memo: { start: number; first: boolean; end: number; pen: Pen } = { start: -1, first: false, end: 0, pen: { x: 0, limit: -Infinity } };
  const fits = (end: number) => {
    let e = end;
    while (e > start && isSpace(atoms[e - 1] as Atom)) e--;
    const first = ranges.length === 0;
    const pen =
      memo.start === start && memo.first === first && memo.end <= e
        ? advance(atoms, memo.end, e, memo.pen, style, limits, right, width, left(first))
        : advance(atoms, start, e, { x: left(first), limit: -Infinity }, style, limits, right, width, left(first));
    memo = { start, first, end: e, pen };
    return penEnd(pen) <= Math.max(right - FIT_MARGIN, pen.limit);
  };
  for (const bk of breaks) {
    const forced = atoms[bk.at - 1]?.kind === 'break';
    if (!fits(bk.at)) {
      if (prev > start) {
        ranges.push([start, prev]);
        start = prev;
      }
      // A word wider than the line is cut where it overflows.
      while (!fits(bk.at)) {
        let cut = start + 1;
        while (cut < bk.at && fits(cut + 1)) cut++;
        ranges.push([start, cut]);
        start = cut;
      }
    }
    prev = bk.at;
    if (forced || bk.required) {
      ranges.push([start, bk.at]);
      start = bk.at;
    }
  }
  if (start < atoms.length || ranges.length === 0) ranges.push([start, atoms.length]);
  return ranges;
}

/**
 * A line holding a dotted blank ("……", U+2026) is not justified: stretching its spaces would open gaps
 * around a blank meant to be filled by hand (formats.md §6).
 */
const holdsLeader = (atoms: readonly Atom[]) => atoms.some((a) => a.kind === 'glyph' && a.text.includes('\u2026'));

/** Positions the atoms of one line: tabs, then alignment or justification. */
export function place(
  atoms: Atom[],
  style: ParagraphStyle,
  width: number,
  first: boolean,
  last: boolean,
  limits: TabLimits,
  final: boolean,
): Pick<Line, 'x' | 'width' | 'leaders'> {
  const xs: number[] = [];
  const ws: number[] = [];
  let leaders: Map<number, string> | undefined;
  let x = style.indentLeft + (first ? style.firstLine : 0);
  let tabAlign: { pos: number; align: string; from: number } | undefined;
  const settle = () => {
    if (!tabAlign || tabAlign.align === 'left') return;
    const from = tabAlign.from;
    const start = from < xs.length ? (xs[from] as number) : x;
    const segWidth = x - start;
    const shift = tabAlign.align === 'right' ? tabAlign.pos - start - segWidth : tabAlign.pos - start - segWidth / 2;
    if (shift > 0) for (let i = from; i < xs.length; i++) (xs[i] as number) += shift;
    if (from > 0 && shift > 0) (ws[from - 1] as number) += shift;
    x += Math.max(0, shift);
  };
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i] as Atom;
    if (a.kind === 'tab') {
      settle();
      const stop = nextTab(x, style, limits, width - style.indentRight, width, {
        last: final && i === atoms.length - 1,
        lineStart: style.indentLeft + (first ? style.firstLine : 0),
      });
      const leader = LEADERS[stop.leader];
      xs.push(x);
      ws.push(stop.align === 'left' ? stop.pos - x : 0);
      if (leader) (leaders ??= new Map()).set(i, leader);
      if (stop.align === 'left') x = stop.pos;
      tabAlign = { pos: stop.pos, align: stop.align, from: xs.length };
      continue;
    }
    const w = atomWidth(a);
    xs.push(x);
    ws.push(w);
    x += w;
  }
  settle();
  // Alignment of what follows the last tab (or of the whole line without tabs).
  const n = atoms.length;
  let end = n;
  if (end > 0 && (atoms[end - 1] as Atom).kind === 'break') end--;
  while (end > 0 && isSpace(atoms[end - 1] as Atom)) end--;
  const lastAtom = end > 0 ? (atoms[end - 1] as Atom) : undefined;
  // The spacing after a line's last character (w:spacing) does not count when aligning, as in LibreOffice.
  const trailing = lastAtom?.kind === 'glyph' ? (lastAtom.style.spacing ?? 0) : 0;
  const used = end > 0 ? (xs[end - 1] as number) + (ws[end - 1] as number) - trailing : x;
  const slack = width - style.indentRight - used;
  let from = n;
  while (from > 0 && (atoms[from - 1] as Atom).kind !== 'tab') from--;
  if (style.align === 'center' || style.align === 'right') {
    const shift = style.align === 'center' ? slack / 2 : slack;
    if (shift > 0) for (let i = from; i < n; i++) (xs[i] as number) += shift;
  } else if (style.align === 'both' && !last && slack > 0 && !holdsLeader(atoms)) {
    let spaces = 0;
    for (let i = from; i < end; i++) if (isSpace(atoms[i] as Atom)) spaces++;
    if (spaces > 0) {
      const extra = slack / spaces;
      let shift = 0;
      for (let i = from; i < n; i++) {
        (xs[i] as number) += shift;
        if (i < end && isSpace(atoms[i] as Atom)) {
          (ws[i] as number) += extra;
          shift += extra;
        }
      }
    }
  }
  return leaders ? { x: xs, width: ws, leaders } : { x: xs, width: ws };
}

/**
 * Breaks and places the lines of a paragraph in a column `width` points wide. `expandShiftReturn`:
 * a justified line ended by a manual line break is stretched too, as Word does unless a document
 * sets doNotExpandShiftReturn (and as CSS never does).
 */
export function layoutLines(
  list: AtomList,
  style: ParagraphStyle,
  markStyle: RunStyle,
  width: number,
  metrics: (s: RunStyle) => { ascent: number; descent: number; gap: number },
  limits: TabLimits,
  expandShiftReturn = false,
): Line[] {
  const ranges = breakLines(list, style, width, limits);
  return ranges.map(([a, b], i) => {
    const atoms = list.atoms.slice(a, b);
    const lastAtom = atoms[atoms.length - 1];
    const endsWithBreak = lastAtom?.kind === 'break';
    const stretches = endsWithBreak && expandShiftReturn && lastAtom.type === 'line';
    const placed = place(
      atoms,
      style,
      width,
      i === 0,
      !stretches && (i === ranges.length - 1 || endsWithBreak),
      limits,
      i === ranges.length - 1,
    );
    const box = lineBox(atoms, style.line, metrics, markStyle);
    const line: Line = {
      atoms,
      ...placed,
      height: box.height,
      fit: box.fit,
      baseline: box.baseline,
      pageBreak: endsWithBreak && lastAtom.type !== 'line',
    };
    if (list.notes) {
      const notes = atoms.flatMap((x) => (x.kind === 'note' ? [x.note] : []));
      if (notes.length > 0) line.notes = notes;
    }
    return line;
  });
}
