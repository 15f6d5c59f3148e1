// A paragraph as a flat list of atoms (glyphs, tabs, images, breaks, fields) plus its break opportunities.
import LineBreaker from 'linebreak';
import type { Anchor, ImageData, Note, Paragraph, RunStyle, ShapeItem } from '../ir.js';
import type { Glyph, Shaper } from './shape.js';

export type Atom =
  | Glyph
  | { kind: 'tab'; style: RunStyle }
  | { kind: 'image'; image: ImageData; width: number; height: number; style: RunStyle }
  | { kind: 'shape'; items: ShapeItem[]; width: number; height: number; style: RunStyle }
  | { kind: 'break'; type: 'line' | 'page' | 'column'; style: RunStyle }
  | { kind: 'field'; field: 'PAGE' | 'NUMPAGES'; glyphs: Glyph[]; style: RunStyle }
  /** A footnote referenced here: no width, no text; its line takes the note to its page. */
  | { kind: 'note'; note: Note; style: RunStyle };

/** An anchored object: a picture (`image`) or a drawing of shapes (`items`). */
export interface Floating {
  image?: ImageData;
  items?: ShapeItem[];
  width: number;
  height: number;
  anchor: Anchor;
}

export interface AtomList {
  atoms: Atom[];
  /** Atom indexes before which a line may break; `required` after a line break. */
  breaks: Array<{ at: number; required: boolean }>;
  floating: Floating[];
  /** Some atom is a note reference. */
  notes?: true;
}

/** Width of an atom that does not depend on its position (tabs do: 0 here). */
export function atomWidth(a: Atom): number {
  if (a.kind === 'glyph') return a.advance;
  if (a.kind === 'image' || a.kind === 'shape') return a.width;
  if (a.kind === 'field') return a.glyphs.reduce((s, g) => s + g.advance, 0);
  return 0;
}

/** Field text before the page is known: two digits' worth of space, replaced when painted. */
export const FIELD_PLACEHOLDER = '00';

export function toAtoms(p: Paragraph, shaper: Shaper): AtomList {
  const atoms: Atom[] = [];
  const floating: Floating[] = [];
  /** The paragraph's text, a piece per atom (joined once), for the line breaker. */
  const pieces: string[] = [];
  /** UTF-16 index in the text → atom index. */
  const atomAt: number[] = [];
  let hasNotes = false;
  const push = (atom: Atom, chars: string) => {
    for (let i = 0; i < chars.length; i++) atomAt.push(atoms.length);
    atoms.push(atom);
    pieces.push(chars);
  };
  if (p.marker) {
    for (const g of shaper.shape(p.marker.text, p.marker.style)) push(g, g.text);
    push({ kind: 'tab', style: p.marker.style }, '\u00a0');
  }
  for (const inline of p.inlines) {
    if (inline.kind === 'text') {
      for (const g of shaper.shape(inline.text, inline.style)) push(g, g.text);
    } else if (inline.kind === 'tab') push({ kind: 'tab', style: inline.style }, '\t');
    else if (inline.kind === 'break') push({ kind: 'break', type: inline.type, style: inline.style }, '\n');
    else if (inline.kind === 'field')
      push({ kind: 'field', field: inline.field, glyphs: shaper.shape(FIELD_PLACEHOLDER, inline.style), style: inline.style }, '0');
    else if (inline.kind === 'shape') {
      if (inline.anchor) floating.push({ items: inline.items, width: inline.width, height: inline.height, anchor: inline.anchor });
      else push({ kind: 'shape', items: inline.items, width: inline.width, height: inline.height, style: inline.style }, '\ufffc');
    } else if (inline.kind === 'note') {
      push({ kind: 'note', note: inline.note, style: inline.style }, '');
      hasNotes = true;
    } else if (inline.anchor) floating.push({ image: inline.image, width: inline.width, height: inline.height, anchor: inline.anchor });
    else push({ kind: 'image', image: inline.image, width: inline.width, height: inline.height, style: inline.style }, '\ufffc');
  }
  const text = pieces.join('');
  const breaks: AtomList['breaks'] = [];
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const at = bk.position >= text.length ? atoms.length : (atomAt[bk.position] ?? atoms.length);
    if (at > 0) breaks.push({ at, required: bk.required });
  }
  const list: AtomList = {
    atoms,
    breaks: withTabBreaks(
      atoms,
      withoutNoBreakSpaceBreaks(
        text,
        atomAt,
        withoutSlashBreaks(text, atomAt, withSpaceSlashBreaks(text, atomAt, withNumberRangeBreaks(text, atomAt, breaks))),
      ),
    ),
    floating,
  };
  if (hasNotes) list.notes = true;
  return list;
}

/**
 * UAX #14 lets a line break between a hyphen and a following no-break space (LB12a: HY ÷ GL); Word and
 * LibreOffice never break beside U+00A0, and "kinh tế - xã hội" written with them must stay whole.
 */
/**
 * A tab may begin a line: when its stop cannot be reached on the line (a left stop at the right margin
 * after an indented first line), Word and LibreOffice carry the tab over with its leader and leave the
 * text before it on the line, justified ("Thường trú:" stretched, the dots on the next line). Where the
 * tab fits, the break after it (UAX #14) is the later one and still wins.
 */
function withTabBreaks(atoms: Atom[], breaks: AtomList['breaks']): AtomList['breaks'] {
  const extra: AtomList['breaks'] = [];
  for (let i = 1; i < atoms.length; i++) {
    const before = atoms[i - 1] as Atom;
    if (atoms[i]?.kind !== 'tab' || before.kind === 'tab' || before.kind === 'break' || (before.kind === 'glyph' && before.isSpace))
      continue;
    if (!breaks.some((b) => b.at === i)) extra.push({ at: i, required: false });
  }
  return extra.length === 0 ? breaks : [...breaks, ...extra].sort((a, b) => a.at - b.at);
}

function withoutNoBreakSpaceBreaks(text: string, atomAt: number[], breaks: AtomList['breaks']): AtomList['breaks'] {
  const glued = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\u00a0') continue;
    for (const at of [atomAt[i], atomAt[i + 1]]) if (at !== undefined) glued.add(at);
  }
  return glued.size === 0 ? breaks : breaks.filter((b) => b.required || !glued.has(b.at));
}

/**
 * UAX #14 lets a line break after a solidus and after a hyphen before a letter ("09-" / "KL/" / "BTCTW").
 * LibreOffice keeps a word with a slash inside whole, and so does HD 36's practice for a document's
 * symbol ("Số 01-BB/CTĐ", "Kết luận số 09-KL/BTCTW"): no break inside such a word.
 */
function withoutSlashBreaks(text: string, atomAt: number[], breaks: AtomList['breaks']): AtomList['breaks'] {
  const glued = new Set<number>();
  for (const m of text.matchAll(/[^\s\u00a0]*[\p{L}\p{N}]\/[\p{L}\p{N}][^\s\u00a0]*/gu)) {
    for (let i = m.index + 1; i < m.index + m[0].length; i++) {
      const at = atomAt[i];
      if (at !== undefined) glued.add(at);
    }
  }
  return glued.size === 0 ? breaks : breaks.filter((b) => b.required || !glued.has(b.at));
}

/**
 * UAX #14 keeps "2020-2025" whole (HY × NU); Word and LibreOffice both break after the
 * hyphen of a number range, so a line may end with "2020-".
 */
function withNumberRangeBreaks(text: string, atomAt: number[], breaks: AtomList['breaks']): AtomList['breaks'] {
  const extra: AtomList['breaks'] = [];
  for (let i = 1; i + 1 < text.length; i++) {
    if (text[i] !== '-' || !isDigit(text[i - 1]) || !isDigit(text[i + 1])) continue;
    const at = atomAt[i + 1];
    if (at !== undefined && !breaks.some((b) => b.at === at)) extra.push({ at, required: false });
  }
  return extra.length === 0 ? breaks : [...breaks, ...extra].sort((a, b) => a.at - b.at);
}

/**
 * UAX #14 never breaks before a solidus, even after a space (LB13); Word and LibreOffice break at the
 * space, so "contents of the /sys/class" may end a line with "the".
 */
function withSpaceSlashBreaks(text: string, atomAt: number[], breaks: AtomList['breaks']): AtomList['breaks'] {
  const extra: AtomList['breaks'] = [];
  for (let i = 1; i < text.length; i++) {
    if (text[i] !== '/' || text[i - 1] !== ' ') continue;
    const at = atomAt[i];
    if (at !== undefined && !breaks.some((b) => b.at === at)) extra.push({ at, required: false });
  }
  return extra.length === 0 ? breaks : [...breaks, ...extra].sort((a, b) => a.at - b.at);
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
