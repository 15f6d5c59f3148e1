// Calendar facts: does a YYYY-MM-DD date exist, and how many days has a month.

export function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Undefined for a real date; otherwise why it is not one, in Vietnamese and English. */
export function dateProblem(iso: string): { vi: string; en: string } | undefined {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12) return { vi: `tháng ${m} không có; tháng từ 1 đến 12`, en: `there is no month ${m}` };
  const max = daysInMonth(y, m);
  if (d < 1 || d > max) return { vi: `tháng ${m} năm ${y} chỉ có ${max} ngày`, en: `month ${m} of ${y} has ${max} days` };
  return undefined;
}

/** "8:05" → minutes after midnight. */
export const minutesOf = (time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** Whether `iso` is a real date written YYYY-MM-DD (what every date formatter expects). */
export function isRealIsoDate(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !dateProblem(iso);
}
