// Line breaking (greedy, at UAX #14 opportunities) and placement within a line: tabs, alignment, justification.
import type { Note, ParagraphStyle, RunStyle, TabStop } from '../ir.js';
import { atomWidth, type Atom, type AtomList } from './atoms.js';
import { lineBox } from './metrics.js';

const EPSILON = 0.01;
/**
 * A line must leave this much room (pt): LibreOffice and Word measure glyphs at device
 * resolution and break a hair earlier than exact advances say (seen on lines within 0.05 pt).
 */
const FIT_MARGIN = 0.05;

const LEADERS: Record<TabStop['leader'], string | undefined> = { none: undefined, dot: '.', hyphen: '-', underscore: '_' };

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

const isSpace = (a: Atom) => a.kind === 'glyph' && a.isSpace;

/** The next tab stop after `x`: a custom stop, the hanging indent, or a default stop. */
/**
 * The next tab stop after `x`: the nearest custom stop or the hanging indent (which Word treats as
 * a stop); past the last custom stop, the default stops every `defaultTab` points.
 */
function nextTab(x: number, style: ParagraphStyle, defaultTab: number): { pos: number; align: 'left' | 'center' | 'right' | 'decimal'; leader: TabStop['leader'] } {
  const custom = style.tabs.filter((t) => t.pos > x + EPSILON).sort((a, b) => a.pos - b.pos)[0];
  const hanging = style.firstLine < 0 && style.indentLeft > x + EPSILON ? style.indentLeft : Infinity;
  if (custom && custom.pos <= hanging) return { pos: custom.pos, align: custom.align, leader: custom.leader };
  if (hanging < Infinity) return { pos: hanging, align: 'left', leader: 'none' };
  const step = defaultTab > 0 ? defaultTab : 36;
  return { pos: (Math.floor(x / step + EPSILON) + 1) * step, align: 'left', leader: 'none' };
}

/** x after laying `atoms` from `x` (tabs as left tabs: enough to decide what fits). */
function advance(atoms: Atom[], from: number, to: number, x: number, style: ParagraphStyle, defaultTab: number): number {
  for (let i = from; i < to; i++) {
    const a = atoms[i];
    if (!a) continue;
    x = a.kind === 'tab' ? nextTab(x, style, defaultTab).pos : x + atomWidth(a);
  }
  return x;
}

/** Greedy first-fit: the atom index ranges of each line. Trailing spaces may hang past the edge. */
function breakLines(list: AtomList, style: ParagraphStyle, width: number, defaultTab: number): Array<[number, number]> {
  const { atoms, breaks } = list;
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let prev = 0;
  const left = (first: boolean) => style.indentLeft + (first ? style.firstLine : 0);
  const right = width - style.indentRight;
  // Widths are summed from the line's start; the last sum is kept so that the next, longer candidate
  // only adds its own atoms (same additions in the same order: the same result as summing afresh).
  let memo = { start: -1, first: false, end: 0, x: 0 };
  const fits = (end: number) => {
    let e = end;
    while (e > start && isSpace(atoms[e - 1] as Atom)) e--;
    const first = ranges.length === 0;
    const x = memo.start === start && memo.first === first && memo.end <= e ? advance(atoms, memo.end, e, memo.x, style, defaultTab) : advance(atoms, start, e, left(first), style, defaultTab);
    memo = { start, first, end: e, x };
    return x <= right - FIT_MARGIN;
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
function place(atoms: Atom[], style: ParagraphStyle, width: number, first: boolean, last: boolean, defaultTab: number): Pick<Line, 'x' | 'width' | 'leaders'> {
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
      const stop = nextTab(x, style, defaultTab);
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
  while (end > 0 && isSpace(atoms[end - 1] as Atom)) end--;
  const used = end > 0 ? (xs[end - 1] as number) + (ws[end - 1] as number) : x;
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

/** Breaks and places the lines of a paragraph in a column `width` points wide. */
export function layoutLines(list: AtomList, style: ParagraphStyle, markStyle: RunStyle, width: number, metrics: (s: RunStyle) => { ascent: number; descent: number; gap: number }, defaultTab: number): Line[] {
  const ranges = breakLines(list, style, width, defaultTab);
  return ranges.map(([a, b], i) => {
    const atoms = list.atoms.slice(a, b);
    const lastAtom = atoms[atoms.length - 1];
    const endsWithBreak = lastAtom?.kind === 'break';
    const placed = place(atoms, style, width, i === 0, i === ranges.length - 1 || endsWithBreak, defaultTab);
    const box = lineBox(atoms, style.line, metrics, markStyle);
    const line: Line = { atoms, ...placed, height: box.height, fit: box.fit, baseline: box.baseline, pageBreak: endsWithBreak && lastAtom.type !== 'line' };
    if (list.notes) {
      const notes = atoms.flatMap((x) => (x.kind === 'note' ? [x.note] : []));
      if (notes.length > 0) line.notes = notes;
    }
    return line;
  });
}
