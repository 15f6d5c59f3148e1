// Typography of the printed documents (formats.md §6): what the line breaker must not do to generated text.

const NBSP = '\u00a0';

/**
 * "kinh tế - xã hội", "2025 - 2030": the spaces around a spaced dash become no-break spaces, so the
 * line never ends before or after the dash (Word, LibreOffice and our engine all keep U+00A0 whole).
 */
export function keepSpacedDashes(text: string): string {
  return text.replace(/(\S) ([-–]) (?=\S)/gu, `$1${NBSP}$2${NBSP}`);
}

/**
 * A header line broken only where it may be: a region after a leading "KHU VỰC" stays whole ("KHU VỰC /
 * MIỀN TRUNG - TÂY NGUYÊN"), a short part after a comma stays whole ("…, / THÀNH ỦY"), a spaced dash
 * never ends a line. Other spaces may break, so a line too long for the column still wraps.
 */
export function headerLineGlue(line: string): string {
  const glue = (part: string) => part.replace(/ /g, NBSP);
  const lead = /^(KHU VỰC|Khu vực|khu vực) (.+)$/u.exec(line);
  if (lead) return `${lead[1]} ${glue(lead[2] as string)}`;
  const parts = line.split(', ');
  return keepSpacedDashes(parts.map((p, i) => (i > 0 && p.split(' ').length <= 3 ? glue(p) : p)).join(', '));
}

/** A copy of `value` with `f` applied to every string inside plain objects and arrays (images and bytes untouched). */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  }
  return value;
}
