// Vietnamese number writing: "." groups thousands, "," marks decimals; zero-padded document numbers.

/** Most decimals ever printed; anything finer is floating-point noise. */
export const MAX_DECIMALS = 6;

/** 1600 → "1.600", 99.1 → "99,1", 1234567.25 → "1.234.567,25", -5800 → "-5.800", 0.1 + 0.2 → "0,3". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  // toFixed switches to exponent notation from 1e21; such numbers are always integers.
  const plain = Number.isInteger(n) ? BigInt(n).toString() : n.toFixed(MAX_DECIMALS);
  const negative = plain.startsWith('-');
  const [intPart = '0', fracPart = ''] = (negative ? plain.slice(1) : plain).split('.');
  const decimals = fracPart.replace(/0+$/, '');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const isZero = /^0*$/.test(intPart) && decimals === '';
  const sign = negative && !isZero ? '-' : '';
  return `${sign}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** 99.1 → "99,1%": a percentage as written in Vietnamese prose (no space before %). */
export function formatPercent(n: number): string {
  return `${formatNumber(n)}%`;
}

/** 1 → "01", 12 → "12", 123 → "123": the number in "Số 01-BB/BTCTU". */
export function formatTwoDigits(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a document number: ${n}`);
  return String(n).padStart(2, '0');
}
