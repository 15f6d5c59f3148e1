// Numbering (word/numbering.xml): list definitions, overrides, counters shared per abstract list, label text.
import type { Styles } from './styles.js';
import { attr, child, childrenNamed, intAttr, val, type XElement } from './xml.js';

export interface LevelDef {
  start: number;
  fmt: string;
  text: string;
  pPr?: XElement;
  rPr?: XElement;
  isLgl: boolean;
  /** w:lvlRestart: restart after a level numbered below this (1-based); 0 = never; undefined = any higher level. */
  restart?: number;
  suff: string;
  jc: string;
  picture: boolean;
}

interface AbstractDef {
  id: string;
  levels: Map<number, LevelDef>;
  numStyleLink?: string;
}

interface NumDef {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

/** A list level as a paragraph uses it. */
export interface ListLevel {
  abstractId: string;
  level: LevelDef;
  /** The definition of any level of the same list (with this instance's overrides). */
  levelAt(ilvl: number): LevelDef | undefined;
  startOverride?: number;
}

function readLevel(el: XElement): LevelDef {
  const restart = intAttr(child(el, 'w:lvlRestart'), 'w:val');
  const pPr = child(el, 'w:pPr');
  const rPr = child(el, 'w:rPr');
  return {
    start: intAttr(child(el, 'w:start'), 'w:val') ?? 0,
    fmt: val(child(el, 'w:numFmt')) ?? 'decimal',
    text: val(child(el, 'w:lvlText')) ?? '',
    isLgl: child(el, 'w:isLgl') !== undefined && val(child(el, 'w:isLgl')) !== '0' && val(child(el, 'w:isLgl')) !== 'false',
    suff: val(child(el, 'w:suff')) ?? 'tab',
    jc: val(child(el, 'w:lvlJc')) ?? 'left',
    picture: child(el, 'w:lvlPicBulletId') !== undefined,
    ...(restart !== undefined ? { restart } : {}),
    ...(pPr ? { pPr } : {}),
    ...(rPr ? { rPr } : {}),
  };
}

const levelIndex = (el: XElement): number => Math.min(8, Math.max(0, intAttr(el, 'w:ilvl') ?? 0));

export class Numbering {
  private readonly abstracts = new Map<string, AbstractDef>();
  private readonly nums = new Map<string, NumDef>();

  constructor(
    root: XElement | undefined,
    private readonly styles: Styles,
  ) {
    for (const a of childrenNamed(root, 'w:abstractNum')) {
      const id = attr(a, 'w:abstractNumId');
      if (id === undefined) continue;
      const levels = new Map<number, LevelDef>();
      for (const l of childrenNamed(a, 'w:lvl')) levels.set(levelIndex(l), readLevel(l));
      const link = val(child(a, 'w:numStyleLink'));
      this.abstracts.set(id, { id, levels, ...(link !== undefined ? { numStyleLink: link } : {}) });
    }
    for (const n of childrenNamed(root, 'w:num')) {
      const id = attr(n, 'w:numId');
      const abstractId = val(child(n, 'w:abstractNumId'));
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, { start?: number; level?: LevelDef }>();
      for (const o of childrenNamed(n, 'w:lvlOverride')) {
        const start = intAttr(child(o, 'w:startOverride'), 'w:val');
        const lvl = child(o, 'w:lvl');
        overrides.set(levelIndex(o), { ...(start !== undefined ? { start } : {}), ...(lvl ? { level: readLevel(lvl) } : {}) });
      }
      this.nums.set(id, { abstractId, overrides });
    }
  }

  /** The abstract list behind a numbering instance, following numStyleLink to the style's list. */
  private abstractOf(numId: string): AbstractDef | undefined {
    let abs = this.abstracts.get(this.nums.get(numId)?.abstractId ?? '');
    for (let hops = 0; abs?.numStyleLink !== undefined && hops < 8; hops++) {
      const linked = this.styles.numberingStyleNumId(abs.numStyleLink);
      const next = linked === undefined ? undefined : this.abstracts.get(this.nums.get(linked)?.abstractId ?? '');
      if (!next || next === abs) break;
      abs = next;
    }
    return abs;
  }

  /** The level a paragraph with (numId, ilvl) uses; undefined for numId 0 or an unknown list. */
  level(numId: string, ilvl: number): ListLevel | undefined {
    const num = this.nums.get(numId);
    const abs = this.abstractOf(numId);
    if (!num || !abs) return undefined;
    const levelAt = (i: number) => num.overrides.get(i)?.level ?? abs.levels.get(i);
    const level = levelAt(ilvl);
    if (!level) return undefined;
    const start = num.overrides.get(ilvl)?.start;
    return { abstractId: abs.id, level, levelAt, ...(start !== undefined ? { startOverride: start } : {}) };
  }
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  if (n <= 0) return '';
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return out;
}

/** Word's letters: a…z, then aa…zz, aaa…, the letter repeated. */
function letters(n: number): string {
  if (n <= 0) return '';
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.ceil(n / 26));
}

export const SUPPORTED_FORMATS = new Set([
  'decimal',
  'decimalZero',
  'lowerLetter',
  'upperLetter',
  'lowerRoman',
  'upperRoman',
  'bullet',
  'none',
]);

export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}

/** Counters of one story (the body, or one header): shared by every instance of an abstract list, as in Word. */
export class NumberingCounters {
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly overridden = new Set<string>();

  /** Advances the counter of (numId, ilvl) and returns the label text. */
  next(list: ListLevel, numId: string, ilvl: number): string {
    const c = this.counters.get(list.abstractId) ?? new Array<number | undefined>(9).fill(undefined);
    this.counters.set(list.abstractId, c);
    const key = `${numId}:${ilvl}`;
    if (list.startOverride !== undefined && !this.overridden.has(key)) {
      this.overridden.add(key);
      c[ilvl] = list.startOverride - 1;
    }
    c[ilvl] = (c[ilvl] ?? list.level.start - 1) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = list.levelAt(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) c[deeper] = undefined;
    }
    if (list.level.fmt === 'bullet') return list.level.text;
    return list.level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const def = list.levelAt(k);
      const n = c[k] ?? def?.start ?? 1;
      const fmt = def?.fmt ?? 'decimal';
      return formatNumber(n, list.level.isLgl && fmt !== 'none' ? 'decimal' : fmt);
    });
  }
}
