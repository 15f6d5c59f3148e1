// The headline and the lead (sapo): who, when (with the part of the day), where, what.
import { parseIsoDate, upperFirst } from '../format/index.js';
import { bare, sentenceOf, type Np } from './clause.js';
import type { NewsContext } from './context.js';

export const KIND_WORDS = {
  'tong-ket': 'tổng kết',
  'so-ket': 'sơ kết',
  'giao-ban': 'giao ban',
  'ky-giao-uoc': 'ký giao ước thi đua',
} as const;

/** The meeting as a noun phrase: its title, else "Hội nghị sơ kết 6 tháng đầu năm 2024" from its kinds and period. */
export function meetingName(x: NewsContext): string {
  const title = bare(x.c.title);
  if (title) return title;
  const kinds = x.c.kinds.map((k) => KIND_WORDS[k]);
  const joined = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} và ${kinds[kinds.length - 1]}` : (kinds[0] ?? '');
  return ['Hội nghị', joined, x.period].filter(Boolean).join(' ');
}

/** "Sáng 12-1" (or "Sáng 8/12" in an outlet that opens with its code), "Ngày 12-1", or "" without a date. */
export function whenText(x: NewsContext): string {
  if (!x.c.date) return '';
  const { day, month } = parseIsoDate(x.c.date);
  const date = x.dateline ? `${day}/${month}` : `${day}-${month}`;
  return upperFirst(`${x.partOfDay || 'ngày'} ${date}`);
}

/**
 * Where, for the lead: venue, locality, province as given; nothing when the place is only the
 * province and the organiser's name already says it ("Ban Tổ chức Tỉnh ủy Long An … tại tỉnh Long An");
 * no province in a paper of that province (`press.style.province`).
 */
export function whereText(x: NewsContext, provinceWithType: string): string {
  const p = x.c.place ?? {};
  // A local paper does not tell its readers they are in their own province.
  const same = (a: string, b: string) => bare(a).toLocaleLowerCase('vi') === bare(b).toLocaleLowerCase('vi');
  const home = bare(x.c.press?.style?.province);
  const province = home && p.province && same(home, p.province) ? '' : provinceWithType;
  const parts = [p.venue, p.locality, province].map((s) => bare(s)).filter(Boolean);
  if (!parts.length) return '';
  if (!p.venue && !p.locality && p.province && x.organiser?.full.text.includes(p.province)) return '';
  return parts.join(', ');
}

/** The lead: the user's own as written, else one sentence; an outlet's code opens it ("TTXVN - Ngày 8/12, tại …"). */
export function leadOf(x: NewsContext, provinceWithType: string): string {
  const own = x.c.press?.lead?.normalize('NFC').trim();
  if (own) return own;
  const when = whenText(x);
  const where = whereText(x, provinceWithType);
  const opener = [when, where ? `tại ${where}` : ''].filter(Boolean).join(', ');
  const name = meetingName(x);
  const s = x.organiser
    ? sentenceOf({ opener, subject: x.organiser.full, verb: 'tổ chức', object: name })
    : sentenceOf({ opener, subject: { text: name }, verb: 'diễn ra' });
  return x.dateline ? `${x.dateline} - ${s}` : s;
}

/**
 * The headline: the user's own, else what happened to whom ("Cụm thi đua số III ký giao ước thi đua
 * năm 2024", "Ban Tổ chức Tỉnh ủy Long An tổng kết công tác … năm 2023"), else the meeting's name.
 */
export function headlineOf(x: NewsContext, pledgePeriod: string): string {
  const own = bare(x.c.press?.headline);
  if (own) return own;
  const who: Np | undefined = x.organiser?.short;
  const name = meetingName(x);
  if (who && x.c.kinds.includes('ky-giao-uoc') && x.c.pledge && pledgePeriod)
    return upperFirst(`${who.text} ký giao ước thi đua ${pledgePeriod}`);
  const rest = /^Hội nghị\s+(.+)$/u.exec(name)?.[1];
  if (who && rest) return upperFirst(`${who.text} ${rest}`);
  return upperFirst(name);
}
