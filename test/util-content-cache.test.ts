// RecurringCache: computes new bytes every time, recurring bytes once from their second sighting.
import { describe, expect, it } from 'vitest';
import { RecurringCache } from '../src/util/content-cache.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('RecurringCache', () => {
  it('computes bytes seen once, and keeps the value from the second time on', () => {
    const cache = new RecurringCache<number>(4);
    let calls = 0;
    const compute = (b: Uint8Array) => (calls++, b.length);
    expect(cache.get(bytes('abc'), compute)).toBe(3);
    expect(cache.get(bytes('abc'), compute)).toBe(3);
    expect(calls).toBe(2);
    expect(cache.get(bytes('abc'), compute)).toBe(3);
    expect(calls).toBe(2);
  });

  it('never holds more than its bound, dropping the oldest first', () => {
    const cache = new RecurringCache<string>(2);
    let calls = 0;
    const compute = (b: Uint8Array) => (calls++, new TextDecoder().decode(b));
    for (const s of ['a', 'b', 'c']) for (let i = 0; i < 2; i++) cache.get(bytes(s), compute);
    calls = 0;
    cache.get(bytes('c'), compute);
    cache.get(bytes('b'), compute);
    expect(calls).toBe(0);
    cache.get(bytes('a'), compute);
    expect(calls).toBe(1);
  });
});
