// Date and time wording: Party date line, running text, news dateline, clock, period, weekday.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clockText,
  clockTextBlank,
  newsDate,
  newsDateFull,
  parseIsoDate,
  partyDateLine,
  partyDateLineBlank,
  periodLabel,
  runningDate,
  runningDateShort,
  weekdayName,
} from '../../../src/view/format/dates.js';

/** Any real date from 1000-01-01 to 9999-12-31, as "YYYY-MM-DD". */
const isoDate = fc
  .date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('partyDateLine', () => {
  it.each([
    ['2023-12-08', 'ngày 08 tháng 12 năm 2023'],
    ['2018-04-03', 'ngày 03 tháng 4 năm 2018'],
    ['2026-01-09', 'ngày 09 tháng 01 năm 2026'],
    ['2024-02-29', 'ngày 29 tháng 02 năm 2024'],
    ['2024-03-10', 'ngày 10 tháng 3 năm 2024'],
    ['2024-09-30', 'ngày 30 tháng 9 năm 2024'],
    ['2024-10-01', 'ngày 01 tháng 10 năm 2024'],
    ['2024-11-11', 'ngày 11 tháng 11 năm 2024'],
  ])('%s → %s', (iso, text) => {
    expect(partyDateLine(iso)).toBe(text);
  });

  it('has the HD 36 shape and gives back the same date, for every real date', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const line = partyDateLine(iso);
        const m = /^ngày (\d{2}) tháng (0[12]|[3-9]|1[0-2]) năm (\d{4})$/.exec(line);
        expect(m, line).not.toBeNull();
        const [, d, mo, y] = m ?? [];
        expect(`${y}-${String(Number(mo)).padStart(2, '0')}-${d}`).toBe(iso);
      }),
    );
  });

  it('refuses what is not a real YYYY-MM-DD date', () => {
    for (const bad of ['2023-02-30', '2023-13-01', '2023-00-10', '2023-1-5', '08/12/2023', '', '2023-12-08T00:00']) {
      expect(() => partyDateLine(bad), bad).toThrow(RangeError);
    }
  });

  it('has a blank form with the same words', () => {
    expect(partyDateLineBlank()).toBe('ngày …… tháng …… năm ……');
  });
});

describe('running and news dates', () => {
  it.each([
    ['2023-12-08', 'ngày 8-12-2023', '8-12-2023', '8/12', '8/12/2023'],
    ['2024-01-11', 'ngày 11-1-2024', '11-1-2024', '11/1', '11/1/2024'],
    ['2026-01-09', 'ngày 9-1-2026', '9-1-2026', '9/1', '9/1/2026'],
  ])('%s', (iso, running, short, news, newsFull) => {
    expect(runningDate(iso)).toBe(running);
    expect(runningDateShort(iso)).toBe(short);
    expect(newsDate(iso)).toBe(news);
    expect(newsDateFull(iso)).toBe(newsFull);
  });

  it('never has a leading zero and round-trips, for every real date', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const { year, month, day } = parseIsoDate(iso);
        expect(runningDateShort(iso)).toMatch(/^[1-9]\d?-[1-9]\d?-\d{4}$/);
        expect(runningDateShort(iso)).toBe(`${day}-${month}-${year}`);
        expect(newsDateFull(iso)).toBe(`${newsDate(iso)}/${year}`);
        expect(newsDate(iso).split('/').map(Number)).toEqual([day, month]);
      }),
    );
  });
});

describe('clockText', () => {
  it.each([
    ['8:00', '8 giờ 00'],
    ['08:00', '8 giờ 00'],
    ['14:30', '14 giờ 30'],
    ['7:05', '7 giờ 05'],
    ['0:00', '0 giờ 00'],
    ['23:59', '23 giờ 59'],
  ])('%s → %s', (time, text) => {
    expect(clockText(time)).toBe(text);
  });

  it('refuses what is not a clock time', () => {
    for (const bad of ['24:00', '8:60', '8', '8:5', '8h00', '', '-1:00', '123:00']) {
      expect(() => clockText(bad), bad).toThrow(RangeError);
    }
  });

  it('keeps hours and minutes for every time of day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.boolean(), (h, m, pad) => {
        const time = `${pad ? String(h).padStart(2, '0') : h}:${String(m).padStart(2, '0')}`;
        expect(clockText(time)).toBe(`${h} giờ ${String(m).padStart(2, '0')}`);
      }),
    );
  });

  it('has a blank form', () => {
    expect(clockTextBlank()).toBe('…… giờ ……');
  });
});

describe('periodLabel', () => {
  it('names a year and its halves', () => {
    expect(periodLabel({ year: 2023 })).toBe('năm 2023');
    expect(periodLabel({ year: 2024, half: 1 })).toBe('6 tháng đầu năm 2024');
    expect(periodLabel({ year: 2024, half: 2 })).toBe('6 tháng cuối năm 2024');
    expect(periodLabel({ year: 2024, half: undefined })).toBe('năm 2024');
  });

  it('refuses a half other than 1 or 2 and a non-integer year', () => {
    expect(() => periodLabel({ year: 2024, half: 3 as 1 })).toThrow(RangeError);
    expect(() => periodLabel({ year: 2024.5 })).toThrow(RangeError);
  });
});

describe('weekdayName', () => {
  it.each([
    ['2023-12-08', 'Thứ Sáu'],
    ['2023-12-10', 'Chủ nhật'],
    ['2023-12-11', 'Thứ Hai'],
    ['2023-12-12', 'Thứ Ba'],
    ['2023-12-13', 'Thứ Tư'],
    ['2023-12-14', 'Thứ Năm'],
    ['2023-12-16', 'Thứ Bảy'],
    ['2000-02-29', 'Thứ Ba'],
    ['1945-09-02', 'Chủ nhật'],
  ])('%s is %s', (iso, name) => {
    expect(weekdayName(iso)).toBe(name);
  });

  it('agrees with the JavaScript calendar for every real date', () => {
    const names = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
    fc.assert(
      fc.property(isoDate, (iso) => {
        expect(weekdayName(iso)).toBe(names[new Date(`${iso}T00:00:00Z`).getUTCDay()]);
      }),
    );
  });
});
