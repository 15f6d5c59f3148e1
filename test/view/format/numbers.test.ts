// Vietnamese numbers: "." thousands separator, "," decimal mark, two-digit document numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatTwoDigits } from '../../../src/view/format/numbers.js';

/** Reads a Vietnamese-formatted number back. */
const parseVi = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

describe('formatNumber', () => {
  it.each([
    [1600, '1.600'],
    [1200, '1.200'],
    [29, '29'],
    [99.1, '99,1'],
    [1234567.25, '1.234.567,25'],
    [0, '0'],
    [-0, '0'],
    [-5800, '-5.800'],
    [999, '999'],
    [1000, '1.000'],
    [-999.5, '-999,5'],
    [0.1 + 0.2, '0,3'],
    [1.005, '1,005'],
    [0.123456789, '0,123457'],
    [-0.0000001, '0'],
    [1e21, '1.000.000.000.000.000.000.000'],
    [Number.MAX_SAFE_INTEGER, '9.007.199.254.740.991'],
  ])('%s → %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it('refuses NaN and infinities', () => {
    for (const bad of [NaN, Infinity, -Infinity]) expect(() => formatNumber(bad)).toThrow(RangeError);
  });

  it('an integer, with dots removed, parses back to itself and is grouped by threes', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const text = formatNumber(n);
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*$/);
        expect(Number(text.replace(/\./g, ''))).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('a number with up to 6 decimals parses back to itself, with no trailing zero', () => {
    const decimal = fc
      .tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.stringMatching(/^\d{1,6}$/))
      .map(([i, f]) => Number(`${i}.${f}`));
    fc.assert(
      fc.property(decimal, (n) => {
        const text = formatNumber(n);
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d{0,5}[1-9])?$/);
        expect(parseVi(text)).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('never prints more than 6 decimals, "." only between groups, at most one ","', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (n) => {
        const text = formatNumber(n);
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d{1,6})?$/);
        expect(Math.abs(parseVi(text) - n)).toBeLessThanOrEqual(5e-7 + Math.abs(n) * 1e-15);
      }),
    );
  });
});

describe('formatPercent', () => {
  it('writes the percentage without a space', () => {
    expect(formatPercent(99.1)).toBe('99,1%');
    expect(formatPercent(100)).toBe('100%');
  });
});

describe('formatTwoDigits', () => {
  it.each([
    [0, '00'],
    [1, '01'],
    [9, '09'],
    [12, '12'],
    [123, '123'],
  ])('%s → %s', (n, text) => {
    expect(formatTwoDigits(n)).toBe(text);
  });

  it('refuses negative and fractional numbers', () => {
    for (const bad of [-1, 1.5, NaN]) expect(() => formatTwoDigits(bad)).toThrow(RangeError);
  });

  it('is at least two digits and reads back to the number', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const text = formatTwoDigits(n);
        expect(text).toMatch(/^\d{2,}$/);
        expect(Number(text)).toBe(n);
      }),
    );
  });
});
