// Random but valid conferences (fast-check), with a registry they refer to, for property tests.
import fc from 'fast-check';
import type { Project } from '../../src/model/registry.js';
import type { ConferenceFile } from '../../src/schema/conference.js';
import { LineIndex } from '../../src/load/lines.js';

const PROVINCES = [
  'Đắk Lắk',
  'Khánh Hòa',
  'Gia Lai',
  'Quảng Ngãi',
  'Lâm Đồng',
  'Hà Nội',
  'Sơn La',
  'Cao Bằng',
  'Thái Nguyên',
  'Nghệ An',
  'Hà Tĩnh',
  'Thanh Hóa',
  'Lai Châu',
  'Điện Biên',
];
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
      return [
        id,
        {
          value: { id, name: `Ban Tổ chức Tỉnh ủy ${province}`, superior: `Đảng bộ tỉnh ${province}`, code: 'BTCTU', province },
          source,
          path: [] as Array<string | number>,
        },
      ];
    }),
  );
  const cluster = {
    kind: 'cluster' as const,
    id: 'c1',
    name: 'Cụm thi đua khu vực thử',
    number: 'III',
    region: 'thử',
    members: [...units.keys()],
  };
  return { units, clusters: new Map([['c1', { value: cluster, source, path: [] }]]), conferences: [], broken: new Set() };
}

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const phrase = fc.constantFrom(...PHRASES);
const phrases = fc.array(phrase, { maxLength: 4 });
/**
 * Results as the seed articles write them: one item of 20 to 40 words, so that a list of them needs several
 * sentences (short phrases alone always fit one, and the heads of later sentences were never generated).
 */
const LONG_PHRASES = [
  'chủ động tham mưu cho cấp ủy triển khai đảm bảo tiến độ, chất lượng chương trình, kế hoạch công tác năm 2023, góp phần cụ thể hóa và tổ chức thực hiện hiệu quả Nghị quyết Đại hội XIII của Đảng',
  'tập trung tham mưu kiện toàn đội ngũ cán bộ lãnh đạo, quản lý các cấp, ngành đảm bảo chặt chẽ, đúng quy trình, quy định, tạo sự thống nhất, đồng thuận cao',
  'hướng dẫn, chỉ đạo việc thực hiện nâng cao chất lượng sinh hoạt chi bộ gắn với nâng cao chất lượng kết nạp đảng viên; củng cố, kiện toàn tổ chức bộ máy, đội ngũ cán bộ, công chức',
  'đẩy mạnh kiểm tra, giám sát và công tác thông tin, tuyên truyền về xây dựng Đảng; đào tạo, bồi dưỡng cán bộ, công chức làm công tác tổ chức, xây dựng Đảng, đáp ứng yêu cầu nhiệm vụ trong tình hình mới',
];
const results = fc.array(fc.oneof(phrase, fc.constantFrom(...LONG_PHRASES)), { maxLength: 5 });
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
    highlights: results,
    indicators: fc.array(
      fc.record({
        action: fc.constantFrom('kết nạp', 'bổ nhiệm'),
        value: fc.integer({ min: 0, max: 20000 }),
        unit: maybe(fc.constantFrom('đảng viên', 'lượt cán bộ')),
      }),
      { maxLength: 3 },
    ),
    directivePoints: fc.array(phrases, { maxLength: 2 }),
    summary: maybe(phrase),
    awards: fc.array(
      fc.record({
        kind: fc.constantFrom('co-thi-dua', 'bang-khen', 'giay-khen' as const),
        status: fc.constantFrom('de-nghi', 'da-trao' as const),
        grantor: fc.constantFrom('Ban Tổ chức Trung ương', 'Ban Tổ chức Tỉnh ủy Đắk Lắk'),
        units: fc.uniqueArray(unit, { maxLength: 5 }),
        collectives: fc.integer({ min: 0, max: 20 }),
        individuals: fc.integer({ min: 0, max: 20 }),
      }),
      { maxLength: 3 },
    ),
    pledgeGroups: fc.integer({ min: 0, max: 9 }),
    theme: maybe(phrase),
    election: fc.boolean(),
    authors: fc.array(fc.constantFrom('Anh Dũng', 'Hùng Anh'), { maxLength: 2 }),
    agency: maybe(fc.constantFrom('TTXVN', 'VOV')),
    photos: fc.array(
      fc.record({ caption: phrase, credit: maybe(fc.constantFrom('Anh Dũng')), file: maybe(fc.constant('anh/hoi-nghi.png')) }),
      { maxLength: 3 },
    ),
    // The news writer's inputs: when, the outlet's style, who chaired and spoke and how.
    partOfDay: maybe(fc.constantFrom('sáng', 'chiều', 'tối' as const)),
    start: maybe(fc.constantFrom('7:30', '14:00', '19:15')),
    venue: maybe(fc.constantFrom('Hội trường Tỉnh ủy', 'Nhà khách Tỉnh ủy')),
    genders: fc.array(maybe(fc.constantFrom('nam', 'nữ' as const)), { minLength: 3, maxLength: 3 }),
    organizations: fc.array(maybe(fc.constantFrom('Ban Tổ chức Trung ương', 'Tỉnh ủy Đắk Lắk')), { minLength: 3, maxLength: 3 }),
    chairs: fc.array(fc.record({ who: fc.integer({ min: 0, max: 3 }), co: fc.boolean() }), { maxLength: 2 }),
    groups: fc.array(fc.constantFrom('Đại diện lãnh đạo các vụ, cục, đơn vị', 'Thường trực Tỉnh ủy, Thành ủy'), { maxLength: 2 }),
    delegations: fc.uniqueArray(unit, { maxLength: 2 }),
    verbs: fc.array(maybe(fc.constantFrom('chia sẻ', 'khẳng định', 'đề nghị', 'biểu dương, đánh giá cao', 'lưu ý', 'nêu')), {
      minLength: 3,
      maxLength: 3,
    }),
    speechKinds: fc.array(fc.constantFrom('khai-mac', 'chi-dao', 'tham-luan', 'thao-luan', 'phat-bieu', 'ket-luan' as const), {
      minLength: 3,
      maxLength: 3,
    }),
    quotes: fc.array(phrases, { minLength: 3, maxLength: 3 }),
    unitSpeeches: fc.array(fc.record({ unit, verb: maybe(fc.constantFrom('chia sẻ', 'đề nghị')), points: phrases }), { maxLength: 2 }),
    report: maybe(fc.record({ presenter: maybe(fc.integer({ min: 0, max: 2 })), unit: maybe(unit), summary: phrases })),
    indicatorActors: fc.array(maybe(fc.constantFrom('toàn tỉnh', 'Đảng bộ tỉnh')), { minLength: 3, maxLength: 3 }),
    indicatorScopes: fc.array(maybe(fc.constantFrom('từ đầu nhiệm kỳ đến nay')), { minLength: 3, maxLength: 3 }),
    decisions: fc.array(fc.record({ kind: maybe(fc.constantFrom('thong-qua', 'bieu-quyet', 'thong-nhat' as const)), subject: phrase }), {
      maxLength: 2,
    }),
    tasks: phrases,
    difficulties: phrases,
    style: fc.record({
      dateline: maybe(fc.boolean()),
      closing: maybe(fc.boolean()),
      photoCredit: maybe(fc.constantFrom('ten-co-quan', 'ten', 'khong' as const)),
      pronoun: maybe(fc.constantFrom('dong-chi', 'ong-ba' as const)),
      province: maybe(fc.constantFrom('Đắk Lắk', 'Khánh Hòa')),
    }),
    agencyName: maybe(fc.constantFrom('Thông tấn xã Việt Nam', 'Báo Đắk Lắk')),
  })
  .map((r) => {
    const guests = r.guests.map((g, i) => ({
      id: `p${g}`,
      name: NAMES[g] ?? 'X',
      title: r.titles[i],
      ...(r.organizations[i] ? { organization: r.organizations[i] } : {}),
      ...(r.genders[i] ? { gender: r.genders[i] } : {}),
    }));
    const drop = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
    const c: ConferenceFile = {
      kind: 'conference',
      id: 'thu',
      kinds: r.kinds,
      period: { year: 2024 },
      ...(r.title ? { title: r.title } : {}),
      ...(r.inCluster ? { cluster: 'c1' } : {}),
      ...(r.host ? { host: r.host } : {}),
      ...(r.date ? { date: r.date } : {}),
      place: {
        ...(r.locality ? { locality: r.locality } : {}),
        ...(r.province ? { province: r.province } : {}),
        ...(r.venue ? { venue: r.venue } : {}),
      },
      ...(r.partOfDay || r.start ? { time: drop({ partOfDay: r.partOfDay, start: r.start }) } : {}),
      chairs: r.chairs.map((ch) =>
        drop({
          ...(guests[ch.who] ? { person: guests[ch.who]!.id } : { group: 'các đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy' }),
          role: ch.co ? ('dong-chu-tri' as const) : undefined,
        }),
      ),
      participants: {
        guests,
        ...(r.groups.length ? { groups: r.groups } : {}),
        ...(r.delegations.length
          ? { delegations: r.delegations.map((u, i) => (i === 0 ? { unit: u } : { unit: u, members: [{ name: 'Đinh Văn Tâm' }] })) }
          : {}),
      },
      ...(r.report
        ? {
            reports: [
              drop({
                title: 'Báo cáo tổng kết công tác năm 2024',
                presenter: r.report.presenter !== undefined ? guests[r.report.presenter]?.id : undefined,
                unit: r.report.unit,
                summary: r.report.summary,
              }),
            ],
          }
        : {}),
      results: {
        highlights: r.highlights,
        indicators: r.indicators.map((ind, i) => drop({ ...ind, actor: r.indicatorActors[i], scope: r.indicatorScopes[i] })),
      },
      speeches: [
        ...guests.map((g, i) =>
          drop({
            speaker: g.id,
            kind: r.speechKinds[i],
            verb: r.verbs[i],
            points: r.directivePoints[i] ?? [],
            quotes: r.quotes[i],
            ...(i === 0 && r.summary ? { summary: r.summary } : {}),
          }),
        ),
        ...r.unitSpeeches.map((u) => drop({ unit: u.unit, kind: 'thao-luan' as const, verb: u.verb, points: u.points })),
      ],
      ...(r.decisions.length ? { decisions: r.decisions.map(drop) } : {}),
      ...(r.tasks.length ? { tasks: r.tasks } : {}),
      ...(r.difficulties.length ? { difficulties: r.difficulties } : {}),
      emulation: {
        awards: r.awards.map((a) =>
          a.units.length
            ? { kind: a.kind, status: a.status, grantor: a.grantor, recipients: a.units.map((u) => ({ unit: u })) }
            : { kind: a.kind, status: a.status, grantor: a.grantor, counts: { collectives: a.collectives, individuals: a.individuals } },
        ),
      },
      ...(r.kinds.includes('ky-giao-uoc')
        ? {
            pledge: {
              period: { year: 2025 },
              ...(r.pledgeGroups ? { groupCount: r.pledgeGroups } : {}),
              ...(r.theme ? { theme: r.theme } : {}),
            },
          }
        : {}),
      ...(r.election && r.inCluster ? { elections: { year: 2025, head: 'u0', deputies: ['u1', 'u2'] } } : {}),
      press: {
        authors: r.authors,
        ...(r.agency ? { agencyCode: r.agency } : {}),
        ...(r.agencyName ? { agency: r.agencyName } : {}),
        style: drop(r.style),
        photos: r.photos.map((p) => drop({ caption: p.caption, credit: p.credit, file: p.file })),
      },
    };
    return c;
  });
