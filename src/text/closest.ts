// "Did you mean …?": the nearest candidates to a mistyped name or id.
import { fold } from './fold.js';

/** Edits from a to b: insertions, deletions, substitutions, and two neighbours swapped ("titel" → "title") as one. */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      cur[j] = d;
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * Candidates close to `wanted` (compared without diacritics or case), best first.
 * Close means an edit distance within a third of the length, or one containing the other.
 */
export function closest(wanted: string, candidates: Iterable<string>, max = 3): string[] {
  const w = fold(wanted);
  const scored: Array<[number, string]> = [];
  for (const c of new Set(candidates)) {
    const f = fold(c);
    const d = distance(w, f);
    const limit = Math.max(2, Math.ceil(Math.max(w.length, f.length) / 3));
    const contains = w.length >= 3 && (f.includes(w) || w.includes(f));
    if (d <= limit || contains) scored.push([d, c]);
  }
  scored.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  return scored.slice(0, max).map(([, c]) => c);
}

/** `"a", "b", "c"`: how a list of values reads in a hint. */
export function quoteList(items: readonly string[]): string {
  return items.map((i) => `"${i}"`).join(', ');
}

/** `{ suggestion: '"x"' }` for the closest candidate, or nothing: spread into diagnostic params. */
export function suggestionFor(wanted: string, pool: Iterable<string>): { suggestion?: string } {
  const best = closest(wanted, pool, 1)[0];
  return best ? { suggestion: `"${best}"` } : {};
}
