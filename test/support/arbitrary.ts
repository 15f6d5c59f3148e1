// Random but valid conferences (fast-check), with a registry they refer to, for property tests.
import fc from 'fast-check';
import type { Project } from '../../src/model/registry.js';
import type { ConferenceFile } from '../../src/schema/conference.js';
import { LineIndex } from '../../src/load/lines.js';

const PROVINCES = ['Đắk Lắk', 'Khánh Hòa', 'Gia Lai', 'Quảng Ngãi', 'Lâm Đồng', 'Hà Nội', 'Sơn La', 'Cao Bằng', 'Thái Nguyên', 'Nghệ An', 'Hà Tĩnh', 'Thanh Hóa', 'Lai Châu', 'Điện Biên'];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Quang Cường', 'Phạm Thu Dung', 'Hoàng Minh Đức', 'Võ Thị Hoa'];
const TITLES = ['Phó Trưởng Ban Tổ chức Trung ương', 'Bí thư Tỉnh ủy', 'Vụ trưởng Vụ II', 'Trưởng Ban Tổ chức Tỉnh ủy'];
const PHRASES = [
  'tham mưu kiện toàn tổ chức bộ máy',
  'nâng cao chất lượng sinh hoạt chi bộ',
  'kết nạp đảng viên trong học sinh, sinh viên',
  'đẩy mạnh cải cách hành chính.',
  'Tăng cường kiểm tra, giám sát;',
  'công tác cán bộ "đúng quy trình" & minh bạch',
  'chỉ tiêu <quan trọng> năm 2024',
];

export function registry(): Project {
  const source = { file: 'x', text: '', lines: new LineIndex('') };
  const units = new Map(
    PROVINCES.map((province, i) => {
      const id = `u${i}`;
      return [id, { value: { id, name: `Ban Tổ chức Tỉnh ủy ${province}`, superior: `Đảng bộ tỉnh ${province}`, code: 'BTCTU', province }, source, path: [] as Array<string | number> }];
    }),
  );
  const cluster = { kind: 'cluster' as const, id: 'c1', name: 'Cụm thi đua khu vực thử', number: 'III', region: 'thử', members: [...units.keys()] };
  return { units, clusters: new Map([['c1', { value: cluster, source, path: [] }]]), conferences: [], broken: new Set() };
}

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const phrase = fc.constantFrom(...PHRASES);
const phrases = fc.array(phrase, { maxLength: 4 });
const unit = fc.integer({ min: 0, max: PROVINCES.length - 1 }).map((i) => `u${i}`);

export const conference: fc.Arbitrary<ConferenceFile> = fc
  .record({
    kinds: fc.uniqueArray(fc.constantFrom('tong-ket', 'so-ket', 'giao-ban', 'ky-giao-uoc' as const), { minLength: 1, maxLength: 3 }),
    title: maybe(fc.constantFrom('Hội nghị tổng kết công tác thi đua năm 2024', 'Hội nghị giao ban <6 tháng>')),
    inCluster: fc.boolean(),
    host: maybe(unit),
    date: maybe(fc.constantFrom('2024-12-08', '2024-01-12', '2025-01-03')),
    locality: maybe(fc.constantFrom('thành phố Buôn Ma Thuột', 'phường 1')),
    province: maybe(fc.constantFrom('Đắk Lắk', 'Khánh Hòa')),
    guests: fc.uniqueArray(fc.integer({ min: 0, max: NAMES.length - 1 }), { maxLength: 3 }),
    titles: fc.array(fc.constantFrom(...TITLES), { minLength: 3, maxLength: 3 }),
    highlights: phrases,
    indicators: fc.array(fc.record({ action: fc.constantFrom('kết nạp', 'bổ nhiệm'), value: fc.integer({ min: 0, max: 20000 }), unit: maybe(fc.constantFrom('đảng viên', 'lượt cán bộ')) }), { maxLength: 3 }),
    directivePoints: fc.array(phrases, { maxLength: 2 }),
    summary: maybe(phrase),
    awards: fc.array(fc.record({ kind: fc.constantFrom('co-thi-dua', 'bang-khen', 'giay-khen' as const), status: fc.constantFrom('de-nghi', 'da-trao' as const), grantor: fc.constantFrom('Ban Tổ chức Trung ương', 'Ban Tổ chức Tỉnh ủy Đắk Lắk'), units: fc.uniqueArray(unit, { maxLength: 5 }), collectives: fc.integer({ min: 0, max: 20 }), individuals: fc.integer({ min: 0, max: 20 }) }), { maxLength: 3 }),
    pledgeGroups: fc.integer({ min: 0, max: 9 }),
    theme: maybe(phrase),
    election: fc.boolean(),
    authors: fc.array(fc.constantFrom('Anh Dũng', 'Hùng Anh'), { maxLength: 2 }),
    agency: maybe(fc.constantFrom('TTXVN', 'VOV')),
    photos: fc.array(fc.record({ caption: phrase, credit: maybe(fc.constantFrom('Anh Dũng')) }), { maxLength: 3 }),
  })
  .map((r) => {
    const guests = r.guests.map((g, i) => ({ id: `p${g}`, name: NAMES[g] ?? 'X', title: r.titles[i] }));
    const c: ConferenceFile = {
      kind: 'conference',
      id: 'thu',
      kinds: r.kinds,
      period: { year: 2024 },
      ...(r.title ? { title: r.title } : {}),
      ...(r.inCluster ? { cluster: 'c1' } : {}),
      ...(r.host ? { host: r.host } : {}),
      ...(r.date ? { date: r.date } : {}),
      place: { ...(r.locality ? { locality: r.locality } : {}), ...(r.province ? { province: r.province } : {}) },
      participants: { guests },
      results: { highlights: r.highlights, indicators: r.indicators },
      speeches: guests.map((g, i) => ({ speaker: g.id, kind: 'chi-dao' as const, points: r.directivePoints[i] ?? [], ...(i === 0 && r.summary ? { summary: r.summary } : {}) })),
      emulation: {
        awards: r.awards.map((a) => (a.units.length ? { kind: a.kind, status: a.status, grantor: a.grantor, recipients: a.units.map((u) => ({ unit: u })) } : { kind: a.kind, status: a.status, grantor: a.grantor, counts: { collectives: a.collectives, individuals: a.individuals } })),
      },
      ...(r.kinds.includes('ky-giao-uoc') ? { pledge: { period: { year: 2025 }, ...(r.pledgeGroups ? { groupCount: r.pledgeGroups } : {}), ...(r.theme ? { theme: r.theme } : {}) } } : {}),
      ...(r.election && r.inCluster ? { elections: { year: 2025, head: 'u0', deputies: ['u1', 'u2'] } } : {}),
      press: { authors: r.authors, ...(r.agency ? { agencyCode: r.agency } : {}), photos: r.photos.map((p) => ({ caption: p.caption, ...(p.credit ? { credit: p.credit } : {}) })) },
    };
    return c;
  });
