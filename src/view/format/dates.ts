// Vietnamese date and time wording: Party date line, running text, news dateline, clock, period, weekday.
import { dateProblem } from '../../text/dates.js';
import { BLANK_SHORT } from './blanks.js';

/** The parts of an ISO "YYYY-MM-DD" date. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Splits an ISO "YYYY-MM-DD" date; throws RangeError when it is not a real date. */
export function parseIsoDate(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || dateProblem(iso)) throw new RangeError(`not a YYYY-MM-DD date: "${iso}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "ngày 08 tháng 12 năm 2023": day < 10 and months 1 and 2 take a leading zero (HD 36-HD/VPTW). */
export function partyDateLine(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}

/** "ngày …… tháng …… năm ……": the date line left to fill by hand. */
export function partyDateLineBlank(): string {
  return `ngày ${BLANK_SHORT} tháng ${BLANK_SHORT} năm ${BLANK_SHORT}`;
}

/** "8-12-2023": Party running-text date without the word "ngày". */
export function runningDateShort(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day}-${month}-${year}`;
}

/** "ngày 8-12-2023": Party running-text date, no leading zeros, hyphens. */
export function runningDate(iso: string): string {
  return `ngày ${runningDateShort(iso)}`;
}

/** "8/12": day/month of a news dateline ("Ngày 8/12, tại ..."). */
export function newsDate(iso: string): string {
  const { month, day } = parseIsoDate(iso);
  return `${day}/${month}`;
}

/** "8/12/2023": news date with the year. */
export function newsDateFull(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day}/${month}/${year}`;
}

/** Splits "H:MM" / "HH:MM" into hours and minutes; throws RangeError when it is not a clock time. */
export function parseClock(time: string): { hours: number; minutes: number } {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 23 || minutes > 59) throw new RangeError(`not an H:MM time: "${time}"`);
  return { hours, minutes };
}

/** "8 giờ 00" for "8:00" or "08:00", "14 giờ 30" for "14:30". */
export function clockText(time: string): string {
  const { hours, minutes } = parseClock(time);
  return `${hours} giờ ${pad2(minutes)}`;
}

/** "…… giờ ……": a clock time left to fill by hand. */
export function clockTextBlank(): string {
  return `${BLANK_SHORT} giờ ${BLANK_SHORT}`;
}

/** A reporting period: a whole year, a half, a quarter, the first months, or a span named by the user. */
export interface Period {
  year: number;
  half?: 1 | 2 | undefined;
  quarter?: 1 | 2 | 3 | 4 | undefined;
  months?: 3 | 6 | 9 | undefined;
  label?: string | undefined;
}

/**
 * "năm 2023", "6 tháng đầu năm 2024" (half 1), "6 tháng cuối năm 2024" (half 2), "quý III năm 2024",
 * "9 tháng đầu năm 2024"; a label is printed as written.
 */
export function periodLabel({ year, half, quarter, months, label }: Period): string {
  if (label !== undefined) return label;
  if (!Number.isInteger(year)) throw new RangeError(`not a year: ${year}`);
  if (half !== undefined) {
    if (half === 1) return `6 tháng đầu năm ${year}`;
    if (half === 2) return `6 tháng cuối năm ${year}`;
    throw new RangeError(`half must be 1 or 2, not ${String(half)}`);
  }
  if (quarter !== undefined) {
    const roman = ['I', 'II', 'III', 'IV'][quarter - 1];
    if (!roman) throw new RangeError(`quarter must be 1 to 4, not ${String(quarter)}`);
    return `quý ${roman} năm ${year}`;
  }
  if (months !== undefined) return `${months} tháng đầu năm ${year}`;
  return `năm ${year}`;
}

const MONTH_WORDS: Record<string, string> = { '3': 'Ba', '6': 'Sáu', '9': 'Chín' };

/** A period label that opens a sentence: capitalised, and never starting with a digit ("Sáu tháng đầu năm 2024"). */
export function periodLabelOpening(p: Period): string {
  const label = periodLabel(p);
  const m = /^(\d+)( tháng)/u.exec(label);
  const word = m ? MONTH_WORDS[m[1] ?? ''] : undefined;
  if (m && word) return word + label.slice(m[1]!.length);
  return label.charAt(0).toLocaleUpperCase('vi') + label.slice(1);
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;
const MONTH_OFFSETS = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;

/** 0 = Sunday … 6 = Saturday, by Sakamoto's calendar arithmetic (proleptic Gregorian, no clock). */
export function weekdayIndex(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  const y = month < 3 ? year - 1 : year;
  const offset = MONTH_OFFSETS[month - 1] ?? 0;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offset + day) % 7;
}

/** "Thứ Hai" … "Thứ Bảy", "Chủ nhật". */
export function weekdayName(iso: string): string {
  return WEEKDAYS[weekdayIndex(iso)] ?? '';
}
