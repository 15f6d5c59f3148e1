// Roman numerals and cluster numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterNumberText, fromRoman, toRoman } from '../../../src/view/format/roman.js';

describe('toRoman', () => {
  it.each([
    [1, 'I'],
    [3, 'III'],
    [4, 'IV'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
    [90, 'XC'],
    [400, 'CD'],
    [900, 'CM'],
    [1994, 'MCMXCIV'],
    [2024, 'MMXXIV'],
    [3999, 'MMMCMXCIX'],
  ])('%s → %s', (n, text) => {
    expect(toRoman(n)).toBe(text);
    expect(fromRoman(text)).toBe(n);
  });

  it('throws RangeError outside 1–3999', () => {
    for (const bad of [0, -1, 4000, 1.5, NaN, Infinity]) expect(() => toRoman(bad), String(bad)).toThrow(RangeError);
  });
});

describe('fromRoman', () => {
  it('reads lower case and surrounding spaces', () => {
    expect(fromRoman(' xiv ')).toBe(14);
  });

  it.each(['', ' ', 'IIII', 'VV', 'IC', 'IL', 'XM', 'MMMM', 'ABC', '14', 'X I', 'IIX'])('"%s" is not a numeral', (text) => {
    expect(fromRoman(text)).toBeUndefined();
  });

  it('round-trips with toRoman over 1..3999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        expect(fromRoman(toRoman(n))).toBe(n);
      }),
    );
  });

  it('accepts only the canonical spelling', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('I', 'V', 'X', 'L', 'C', 'D', 'M'), maxLength: 8 }), (text) => {
        const n = fromRoman(text);
        if (n !== undefined) expect(toRoman(n)).toBe(text);
      }),
    );
  });
});

describe('clusterNumberText', () => {
  it('keeps what the user wrote', () => {
    expect(clusterNumberText('III')).toBe('III');
    expect(clusterNumberText(1)).toBe('1');
    expect(clusterNumberText(12)).toBe('12');
    expect(clusterNumberText(' 3 ')).toBe('3');
    expect(clusterNumberText('1')).toBe('1');
  });
});
