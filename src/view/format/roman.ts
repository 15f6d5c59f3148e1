// Roman numerals (1–3999) and cluster numbers kept exactly as the user wrote them.

const NUMERALS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 14 → "XIV"; throws RangeError outside 1–3999 or for a non-integer. */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`no Roman numeral for ${n}`);
  let rest = n;
  let out = '';
  for (const [value, letters] of NUMERALS) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const CANONICAL = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** "XIV" → 14 (case and surrounding spaces ignored); undefined unless it is a canonical numeral 1–3999. */
export function fromRoman(text: string): number | undefined {
  const s = text.trim().toUpperCase();
  if (s === '' || !CANONICAL.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const value = VALUES[s.charAt(i)] ?? 0;
    const next = VALUES[s.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** A cluster number as written: "III" stays "III", 1 becomes "1" (never converted either way). */
export function clusterNumberText(number: string | number): string {
  return typeof number === 'number' ? String(number) : number.normalize('NFC').trim();
}
