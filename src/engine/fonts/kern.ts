// Pair kerning from a font's GPOS 'kern' feature (pair adjustment lookups) or legacy 'kern' table.
import type { Font } from 'fontkit';
import { tablesOf } from './fontkit-tables.js';

/* Minimal shapes of the fontkit table objects read here (fontkit decodes them lazily). */
interface LazyArray<T> {
  length: number;
  get(i: number): T;
}
type ArrayLike_<T> = LazyArray<T> | T[];
interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: Array<{ start: number; end: number; startCoverageIndex: number }>;
}
interface ClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: Array<{ start: number; end: number; class: number }>;
}
interface ValueRecord {
  xAdvance?: number;
}
interface PairSubtable {
  version: number;
  coverage: Coverage;
  pairSets?: ArrayLike_<ArrayLike_<{ secondGlyph: number; value1: ValueRecord }>>;
  classDef1?: ClassDef;
  classDef2?: ClassDef;
  classRecords?: ArrayLike_<ArrayLike_<{ value1: ValueRecord }>>;
  /** Extension lookups (type 9) wrap the real subtable. */
  lookupType?: number;
  extension?: PairSubtable;
}
interface Lookup {
  lookupType: number;
  subTables: ArrayLike_<PairSubtable>;
}
interface Gpos {
  scriptList: Array<{ tag: string; script: { defaultLangSys?: { featureIndexes: number[] } } }>;
  featureList: Array<{ tag: string; feature: { lookupListIndexes: number[] } }>;
  lookupList: ArrayLike_<Lookup>;
}
interface KernTable {
  tables: Array<{
    format: number;
    coverage?: { horizontal?: boolean; crossStream?: boolean };
    subtable?: { pairs?: Array<{ left: number; right: number; value: number }> };
  }>;
}

const at = <T>(list: ArrayLike_<T> | undefined, i: number): T | undefined =>
  list === undefined ? undefined : Array.isArray(list) ? list[i] : i >= 0 && i < list.length ? list.get(i) : undefined;

function coverageIndex(c: Coverage, glyph: number): number {
  if (c.version === 1) return c.glyphs?.indexOf(glyph) ?? -1;
  for (const r of c.rangeRecords ?? []) if (r.start <= glyph && glyph <= r.end) return r.startCoverageIndex + glyph - r.start;
  return -1;
}

function classOf(c: ClassDef | undefined, glyph: number): number {
  if (!c) return 0;
  if (c.version === 1) return c.classValueArray?.[glyph - (c.startGlyph ?? 0)] ?? 0;
  for (const r of c.classRangeRecord ?? []) if (r.start <= glyph && glyph <= r.end) return r.class;
  return 0;
}

/** The advance change of `left` when followed by `right` in one pair subtable, or undefined when it does not apply. */
function pairValue(t: PairSubtable, left: number, right: number): number | undefined {
  const index = coverageIndex(t.coverage, left);
  if (index < 0) return undefined;
  if (t.version === 1) {
    const set = at(t.pairSets, index);
    const n = set?.length ?? 0;
    for (let i = 0; i < n; i++) {
      const pair = at(set, i);
      if (pair && pair.secondGlyph === right) return pair.value1.xAdvance ?? 0;
    }
    return undefined;
  }
  const row = at(t.classRecords, classOf(t.classDef1, left));
  const cell = at(row, classOf(t.classDef2, right));
  return cell ? (cell.value1.xAdvance ?? 0) : undefined;
}

/** Lookups of the 'kern' feature for Latin (or the default script), pair adjustment subtables only. */
function kernSubtables(gpos: Gpos): PairSubtable[][] {
  const script = gpos.scriptList.find((s) => s.tag === 'latn') ?? gpos.scriptList.find((s) => s.tag === 'DFLT');
  const featureIndexes = script?.script.defaultLangSys?.featureIndexes ?? gpos.featureList.map((_, i) => i);
  const lookupIndexes = new Set<number>();
  for (const fi of featureIndexes) {
    const f = gpos.featureList[fi];
    if (f?.tag === 'kern') for (const li of f.feature.lookupListIndexes) lookupIndexes.add(li);
  }
  const out: PairSubtable[][] = [];
  for (const li of [...lookupIndexes].sort((a, b) => a - b)) {
    const lookup = at(gpos.lookupList, li);
    if (!lookup || (lookup.lookupType !== 2 && lookup.lookupType !== 9)) continue;
    const subs: PairSubtable[] = [];
    for (let i = 0; i < lookup.subTables.length; i++) {
      let t = at(lookup.subTables, i);
      if (t && lookup.lookupType === 9) t = t.lookupType === 2 ? t.extension : undefined;
      if (t) subs.push(t);
    }
    if (subs.length > 0) out.push(subs);
  }
  return out;
}

function legacyPairs(kern: KernTable): Map<number, number> {
  const pairs = new Map<number, number>();
  for (const t of kern.tables) {
    if (t.format !== 0 || t.coverage?.horizontal === false || t.coverage?.crossStream) continue;
    for (const p of t.subtable?.pairs ?? []) pairs.set(p.left * 65536 + p.right, (pairs.get(p.left * 65536 + p.right) ?? 0) + p.value);
  }
  return pairs;
}

/** A cached kerning function in font units; the tables are read on the first call. */
export function makeKerning(font: Font): (left: number, right: number) => number {
  const cache = new Map<number, number>();
  let compute: ((l: number, r: number) => number) | undefined;
  const init = (): ((l: number, r: number) => number) => {
    const raw = tablesOf(font) as { GPOS?: Gpos; kern?: KernTable };
    try {
      const lookups = raw.GPOS ? kernSubtables(raw.GPOS) : [];
      if (lookups.length > 0) {
        return (l, r) => {
          let sum = 0;
          for (const subs of lookups) {
            for (const t of subs) {
              const v = pairValue(t, l, r);
              if (v !== undefined) {
                sum += v;
                break;
              }
            }
          }
          return sum;
        };
      }
      if (raw.kern) {
        const pairs = legacyPairs(raw.kern);
        return (l, r) => pairs.get(l * 65536 + r) ?? 0;
      }
    } catch {
      // A malformed table means no kerning rather than a failed document.
    }
    return () => 0;
  };
  return (left, right) => {
    const key = left * 65536 + right;
    let v = cache.get(key);
    if (v === undefined) {
      compute ??= init();
      v = compute(left, right);
      cache.set(key, v);
    }
    return v;
  };
}
