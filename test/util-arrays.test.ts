// append(): the many-item case that push(...list) cannot take.
import { describe, expect, it } from 'vitest';
import { append } from '../src/util/arrays.js';

describe('append', () => {
  it('appends lists in order and returns the target', () => {
    const target = [1];
    expect(append(target, [2, 3], [], [4])).toBe(target);
    expect(target).toEqual([1, 2, 3, 4]);
  });

  it('takes a million items, where push(...list) overflows the stack', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    const out = append([] as number[], many);
    expect(out.length).toBe(1_000_000);
    expect(out[999_999]).toBe(999_999);
  });
});
