// The province lists by date: 63 before 01-7-2025, 34 after, names checked against the right list.
import { describe, expect, it } from 'vitest';
import { provinces } from './support/fixtures.js';
import { ProvinceList } from '../src/reference/provinces.js';

describe('province reference data', () => {
  it('has 63 provincial units before the 2025 merger and 34 after', () => {
    expect(provinces.on('2024-06-01')).toHaveLength(63);
    expect(provinces.on('2025-03-01')).toHaveLength(63);
    expect(provinces.on('2025-06-30')).toHaveLength(63);
    expect(provinces.on('2025-07-01')).toHaveLength(34);
  });

  it('every successor is a province in force after the merger', () => {
    const after = new Set(provinces.on('2025-07-01').map((p) => p.name));
    for (const p of provinces.all) if (p.successor) expect(after.has(p.successor), p.name).toBe(true);
  });

  it('accepts old names before the merger and refuses them after, naming the successor', () => {
    expect(provinces.check('Quảng Bình', '2024-12-08').ok).toBe(true);
    const after = provinces.check('Quảng Bình', '2025-08-01');
    expect(after.ok).toBe(false);
    expect(after.ok ? '' : after.suggestion).toBe('"Quảng Trị"');
    expect(after.ok ? '' : after.reasonVi).toContain('01-7-2025');
  });

  it('answers a name checked many times for each date it is checked on (the lookup is remembered, the date is not)', () => {
    const fresh = new ProvinceList(provinces.all);
    const answers = ['2024-12-08', '2025-08-01', '2024-12-08', undefined, '2025-08-01'].map((d) => fresh.check('tỉnh Quảng Bình', d).ok);
    expect(answers).toEqual([true, false, true, true, false]);
    expect(fresh.check('Quảng Bìnhh', '2024-12-08')).toEqual({ ok: false, suggestion: '"Quảng Bình"' });
  });

  it('knows Thừa Thiên Huế became Huế on 01-01-2025', () => {
    expect(provinces.check('Thừa Thiên Huế', '2024-12-31').ok).toBe(true);
    expect(provinces.check('Thừa Thiên Huế', '2025-01-01').ok).toBe(false);
    expect(provinces.check('Huế', '2025-01-01').ok).toBe(true);
    expect(provinces.check('Huế', '2024-06-01').ok).toBe(false);
  });

  it('treats old and new tone placement as the same name', () => {
    expect(provinces.check('Khánh Hoà', '2024-01-01').ok).toBe(true);
    expect(provinces.check('Thanh Hoá', '2026-01-01').ok).toBe(true);
  });

  it('suggests the closest name for a misspelling', () => {
    const r = provinces.check('Dak Lak', '2024-01-01');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.suggestion).toBe('"Đắk Lắk"');
  });
});
