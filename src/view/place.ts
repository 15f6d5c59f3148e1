// Where the meeting was held, as running text, news dateline and place-date line need it.
import type { ProvinceList } from '../reference/provinces.js';
import type { ConferenceFile } from '../schema/conference.js';
import { BLANK, BLANK_LONG } from './format/index.js';

/** "tỉnh Đắk Lắk", "thành phố Hà Nội", "Thành phố Hồ Chí Minh" (whose name includes the word). */
export function provinceWithType(name: string, provinces: ProvinceList, date?: string): string {
  const found = provinces.check(name, date);
  const canonical = found.ok ? found.province.name : name;
  if (!found.ok) return name;
  if (canonical === 'Hồ Chí Minh') return 'Thành phố Hồ Chí Minh';
  return `${found.province.type} ${name}`;
}

export function placeTexts(c: ConferenceFile, provinces: ProvinceList) {
  const p = c.place ?? {};
  const province = p.province ? provinceWithType(p.province, provinces, c.date) : '';
  const parts = [p.venue, p.address, p.locality, province].filter((x): x is string => !!x);
  const where = [p.locality, province].filter((x): x is string => !!x).join(', ');
  return {
    venue: p.venue ?? BLANK_LONG,
    locality: p.locality ?? BLANK,
    province: province || BLANK,
    provinceName: p.province ?? BLANK,
    full: parts.length > 0 && p.venue ? parts.join(', ') : [BLANK_LONG, ...parts].join(', '),
    where: where || BLANK,
  };
}
