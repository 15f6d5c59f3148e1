// Dotted blanks for fields a draft does not have yet.
import { describe, expect, it } from 'vitest';
import { BLANK, BLANK_LONG, BLANK_SHORT, formatOrBlank, isBlankValue, orBlank } from '../../../src/view/format/blanks.js';

describe('blank constants', () => {
  it('are made of horizontal ellipses (U+2026) only, short < normal < long', () => {
    expect(BLANK_SHORT).toBe('……');
    expect(BLANK).toBe('…………………');
    for (const blank of [BLANK_SHORT, BLANK, BLANK_LONG]) expect(blank).toMatch(/^\u2026+$/);
    expect([BLANK_SHORT.length, BLANK.length, BLANK_LONG.length]).toEqual([2, 7, 30]);
  });
});

describe('orBlank', () => {
  it('returns a present value unchanged', () => {
    expect(orBlank('Nguyễn Văn A')).toBe('Nguyễn Văn A');
    expect(orBlank(' 8 ')).toBe(' 8 ');
    expect(orBlank('0', BLANK_SHORT)).toBe('0');
  });

  it('returns the blank for missing, empty or whitespace values', () => {
    for (const missing of [undefined, null, '', '   ', '\t\n', '\u00a0']) {
      expect(orBlank(missing)).toBe(BLANK);
      expect(orBlank(missing, BLANK_SHORT)).toBe(BLANK_SHORT);
      expect(isBlankValue(missing)).toBe(true);
    }
    expect(isBlankValue('x')).toBe(false);
  });
});

describe('formatOrBlank', () => {
  it('formats a present value and blanks a missing one', () => {
    const hours = (n: number) => `${n} giờ`;
    expect(formatOrBlank(8, hours)).toBe('8 giờ');
    expect(formatOrBlank(0, hours)).toBe('0 giờ');
    expect(formatOrBlank<number>(undefined, hours, BLANK_SHORT)).toBe(BLANK_SHORT);
    expect(formatOrBlank<number>(null, hours)).toBe(BLANK);
    expect(formatOrBlank('  ', (s) => `[${s}]`, BLANK_LONG)).toBe(BLANK_LONG);
    expect(formatOrBlank('x', (s) => `[${s}]`)).toBe('[x]');
  });
});
