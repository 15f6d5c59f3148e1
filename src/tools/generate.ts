// Synthetic but valid projects of any size (seeded, deterministic), for benchmarks: npm run generate -- <dir> <N> [seed].
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { parseProvinces, type Province } from '../reference/provinces.js';

type Rng = () => number;
type Obj = Record<string, unknown>;
export interface GenerateOptions {
  conferences: number;
  seed?: number;
}

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
function shuffle<T>(r: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
const times = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

// Word lists (Vietnamese, NFC).
const FAMILY = 'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Cao'.split(' ');
const MIDDLE = {
  nam: 'Văn Đức Minh Quang Hữu Thanh Công Xuân Đình Ngọc'.split(' '),
  nữ: 'Thị Thu Ngọc Thanh Hồng Minh Thùy Kim'.split(' '),
};
const GIVEN = {
  nam: 'An Bình Cường Dũng Hải Hùng Khánh Long Nam Phong Quân Sơn Thắng Tuấn Việt Hiếu Trung Tâm Lâm Đạt'.split(' '),
  nữ: 'Anh Chi Hà Hằng Hoa Hương Lan Linh Mai Nga Nhung Oanh Phương Thảo Trang Yến Hạnh Vân Huyền Ngân'.split(' '),
};
const VERBS = [
  'Tập trung tham mưu',
  'Tiếp tục đẩy mạnh',
  'Nâng cao chất lượng',
  'Thực hiện tốt',
  'Chủ động tham mưu',
  'Đổi mới',
  'Tăng cường',
  'Triển khai đồng bộ',
  'Chỉ đạo thực hiện hiệu quả',
  'Quan tâm hơn nữa đến',
];
const TOPICS = [
  'công tác phát triển đảng viên',
  'sinh hoạt chi bộ',
  'công tác cán bộ',
  'sắp xếp tổ chức bộ máy của hệ thống chính trị',
  'công tác bảo vệ chính trị nội bộ',
  'quy hoạch cán bộ lãnh đạo, quản lý các cấp',
  'đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên',
  'công tác chuẩn bị đại hội đảng bộ các cấp',
  'quản lý biên chế',
  'chuyển đổi số trong công tác tổ chức xây dựng Đảng',
  'công tác thông tin, tuyên truyền về xây dựng Đảng',
  'đào tạo, bồi dưỡng cán bộ làm công tác tổ chức',
  'công tác luân chuyển, điều động cán bộ',
  'củng cố tổ chức cơ sở đảng',
];
const TAILS = [
  '',
  ' bảo đảm đúng quy định',
  ' đáp ứng yêu cầu nhiệm vụ trong tình hình mới',
  ' gắn với chức năng, nhiệm vụ của địa phương',
  ' theo đúng tiến độ đề ra',
  ' góp phần xây dựng Đảng trong sạch, vững mạnh',
  ' ở cơ sở',
];
const TARGETS = [
  'Hoàn thành #% chỉ tiêu kết nạp đảng viên mới',
  'Phấn đấu #% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên',
  'Bảo đảm #% cán bộ được bổ nhiệm, giới thiệu ứng cử đúng quy trình, quy định',
  'Phấn đấu #% chi bộ sinh hoạt định kỳ có chuyên đề',
  '#% cán bộ, công chức cơ quan hoàn thành tốt nhiệm vụ trở lên',
];
const GROUPS = [
  'Tham mưu xây dựng tổ chức đảng',
  'Công tác cán bộ',
  'Công tác đảng viên',
  'Tổ chức bộ máy và biên chế',
  'Bảo vệ chính trị nội bộ',
  'Đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên',
  'Xây dựng cơ quan tổ chức trong sạch, vững mạnh',
  'Chuyển đổi số, ứng dụng công nghệ thông tin',
  'Thông tin, tuyên truyền về xây dựng Đảng',
  'Phong trào thi đua và công tác khen thưởng',
];
const DIFFICULTIES = [
  'Việc tạo nguồn cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số còn khó khăn',
  'Chất lượng sinh hoạt chi bộ ở một số nơi chưa cao',
  'Phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước còn hạn chế',
  'Biên chế, cơ sở vật chất phục vụ công tác tổ chức còn thiếu',
  'Việc ứng dụng công nghệ thông tin trong quản lý đảng viên chưa đồng bộ',
  'Một số văn bản hướng dẫn của cấp trên ban hành chậm',
];
const THEMES = [
  'Đoàn kết, kỷ cương, đổi mới, hiệu quả',
  'Chủ động, sáng tạo, trách nhiệm, hiệu quả',
  'Đoàn kết, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ',
];
const PRESS = [
  ['Thông tấn xã Việt Nam', 'TTXVN'],
  ['Báo Điện tử Đảng Cộng sản Việt Nam', 'ĐCSVN'],
  ['Tạp chí Xây dựng Đảng', 'XDĐ'],
  ['Báo Nhân Dân', 'NDO'],
] as const;
const PEN = { nam: ['Anh', 'Minh', 'Quang', 'Đức'], nữ: ['Thu', 'Ngọc', 'Thanh', 'Hồng'] };
const CENTRAL = 'Ban Tổ chức Trung ương';
const GUEST_TITLES = [
  'Phó Trưởng Ban Tổ chức Trung ương',
  'Vụ trưởng Vụ II',
  'Phó Vụ trưởng Vụ Tổ chức cơ sở đảng, đảng viên',
  'Phó Vụ trưởng Vụ Tổ chức - Điều lệ',
];
/** Where each province's party offices sit (pre-2025 capitals; central cities: a central district); "^": the north, down to Huế. */
const SEAT_LIST = (
  'An Giang=thành phố Long Xuyên|Bà Rịa - Vũng Tàu=thành phố Bà Rịa|Bạc Liêu=thành phố Bạc Liêu|^Bắc Giang=thành phố Bắc Giang|^Bắc Kạn=thành phố Bắc Kạn|^Bắc Ninh=thành phố Bắc Ninh|' +
  'Bến Tre=thành phố Bến Tre|Bình Dương=thành phố Thủ Dầu Một|Bình Định=thành phố Quy Nhơn|Bình Phước=thành phố Đồng Xoài|Bình Thuận=thành phố Phan Thiết|Cà Mau=thành phố Cà Mau|^Cao Bằng=thành phố Cao Bằng|' +
  'Cần Thơ=quận Ninh Kiều|Đà Nẵng=quận Hải Châu|Đắk Lắk=thành phố Buôn Ma Thuột|Đắk Nông=thành phố Gia Nghĩa|^Điện Biên=thành phố Điện Biên Phủ|Đồng Nai=thành phố Biên Hòa|Đồng Tháp=thành phố Cao Lãnh|' +
  'Gia Lai=thành phố Pleiku|^Hà Giang=thành phố Hà Giang|^Hà Nam=thành phố Phủ Lý|^Hà Nội=quận Ba Đình|^Hà Tĩnh=thành phố Hà Tĩnh|^Hải Dương=thành phố Hải Dương|^Hải Phòng=quận Hồng Bàng|Hậu Giang=thành phố Vị Thanh|' +
  '^Hòa Bình=thành phố Hòa Bình|Hồ Chí Minh=Quận 1|^Hưng Yên=thành phố Hưng Yên|Khánh Hòa=thành phố Nha Trang|Kiên Giang=thành phố Rạch Giá|Kon Tum=thành phố Kon Tum|^Lai Châu=thành phố Lai Châu|' +
  '^Lạng Sơn=thành phố Lạng Sơn|^Lào Cai=thành phố Lào Cai|Lâm Đồng=thành phố Đà Lạt|Long An=thành phố Tân An|^Nam Định=thành phố Nam Định|^Nghệ An=thành phố Vinh|^Ninh Bình=thành phố Ninh Bình|' +
  'Ninh Thuận=thành phố Phan Rang - Tháp Chàm|^Phú Thọ=thành phố Việt Trì|Phú Yên=thành phố Tuy Hòa|^Quảng Bình=thành phố Đồng Hới|Quảng Nam=thành phố Tam Kỳ|Quảng Ngãi=thành phố Quảng Ngãi|' +
  '^Quảng Ninh=thành phố Hạ Long|^Quảng Trị=thành phố Đông Hà|Sóc Trăng=thành phố Sóc Trăng|^Sơn La=thành phố Sơn La|Tây Ninh=thành phố Tây Ninh|^Thái Bình=thành phố Thái Bình|^Thái Nguyên=thành phố Thái Nguyên|' +
  '^Thanh Hóa=thành phố Thanh Hóa|^Thừa Thiên Huế=thành phố Huế|Tiền Giang=thành phố Mỹ Tho|Trà Vinh=thành phố Trà Vinh|^Tuyên Quang=thành phố Tuyên Quang|Vĩnh Long=thành phố Vĩnh Long|^Vĩnh Phúc=thành phố Vĩnh Yên|^Yên Bái=thành phố Yên Bái'
)
  .split('|')
  .map((kv) => kv.split('=') as [string, string]);
const SEATS: Record<string, string> = Object.fromEntries(SEAT_LIST.map(([k, v]) => [k.replace('^', ''), v]));
const NORTH = new Set(SEAT_LIST.filter(([k]) => k.startsWith('^')).map(([k]) => k.slice(1)));
const REGIONS = ['khu vực phía Bắc', 'khu vực miền Trung, Tây Nguyên và Nam Bộ'];

export const UNITS_PER_CLUSTER = 14,
  CLUSTERS = 2;
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const sentence = (r: Rng) => `${pick(r, VERBS)} ${pick(r, TOPICS)}${pick(r, TAILS)}`;
const sentences = (r: Rng, n: number) => [...new Set(times(n * 3, () => sentence(r)))].slice(0, n);

interface Unit {
  id: string;
  name: string;
  kind: 'ban';
  committee: string;
  code: string;
  province: string;
  until?: string;
  party: string;
}
interface Person {
  id: string;
  name: string;
  title: string;
  gender: 'nam' | 'nữ';
  organization?: string;
}

/** 28 provinces (14 northern, 14 southern) in force throughout 2023–2024 (and on 2024-06-01), as Ban Tổ chức units. */
function makeUnits(r: Rng): Unit[] {
  const list = parseProvinces(readFileSync(join(REPO, 'reference', 'provinces.yaml'), 'utf8'));
  const valid = list.on('2024-06-01').filter((p: Province) => (!p.from || p.from <= '2023-01-01') && (!p.until || p.until >= '2024-12-31'));
  const north = shuffle(
    r,
    valid.filter((p) => NORTH.has(p.name)),
  ).slice(0, UNITS_PER_CLUSTER);
  const south = shuffle(
    r,
    valid.filter((p) => !NORTH.has(p.name)),
  ).slice(0, UNITS_PER_CLUSTER);
  return [...north, ...south].map((p) => {
    const city = p.type === 'thành phố';
    const label = p.name === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : p.name;
    const party = `${city ? 'Thành ủy' : 'Tỉnh ủy'} ${label}`;
    return {
      id: `btctu-${slug(p.name)}`,
      name: `Ban Tổ chức ${party}`,
      kind: 'ban',
      committee: party,
      code: 'BTCTU',
      province: p.name,
      ...(p.until ? { until: p.until } : {}),
      party,
    };
  });
}

function makeCluster(r: Rng, no: number, members: Unit[]): Obj {
  const ids = members.map((u) => u.id);
  const leadership = [2023, 2024, 2025].map((year) => {
    const [head, ...deputies] = shuffle(r, ids).slice(0, 3);
    return { year, head, deputies };
  });
  return {
    kind: 'cluster',
    id: `cum-${no}`,
    name: `Cụm thi đua số ${no} Ngành Tổ chức xây dựng Đảng`,
    number: no,
    region: REGIONS[no - 1],
    code: 'CTĐ',
    members: ids,
    leadership,
  };
}

/** One conference: 14 members, 60 attendees, 10 directives, 8 pledge groups, a signatory per member. */
function makeConference(r: Rng, index: number, cluster: Obj, units: Map<string, Unit>): Obj {
  const members = (cluster.members as string[]).map((id) => units.get(id) as Unit);
  const host = pick(r, members);
  const yearEnd = r() < 0.75;
  const year = pick(r, [2023, 2024]);
  const date = yearEnd ? addDays(`${year}-12-01`, int(r, 0, year === 2023 ? 49 : 26)) : addDays(`${year}-07-03`, int(r, 0, 40));
  const pledgeYear = yearEnd ? year + 1 : year;
  const start = pick(r, [7 * 60 + 30, 8 * 60, 8 * 60 + 30, 13 * 60 + 30, 14 * 60]);
  const clock = (m: number) => `${Math.floor(m / 60)}:${pad(m % 60)}`;
  const used = new Set<string>();
  const person = (title: string, organization?: string): Person => {
    for (let k = 0; ; k++) {
      const gender = r() < 0.65 ? 'nam' : 'nữ';
      const name = `${pick(r, FAMILY)} ${pick(r, MIDDLE[gender])} ${pick(r, GIVEN[gender])}`;
      const id = k < 20 ? slug(name) : `${slug(name)}-${k}`;
      if (used.has(id)) continue;
      used.add(id);
      return { id, name, title, gender, ...(organization ? { organization } : {}) };
    }
  };
  const guests = [GUEST_TITLES[0]!, ...shuffle(r, GUEST_TITLES.slice(1)).slice(0, 2)].map((t) => person(t, CENTRAL));
  guests.push(person(`Phó Bí thư Thường trực ${host.party}`));
  // 56 delegates over 14 units: sizes 3–5 in pairs that sum to 8.
  const sizes = members.flatMap((_, i) => (i % 2 ? [] : ((d) => [4 + d, 4 - d])(int(r, -1, 1)))).slice(0, members.length);
  const delegations = members.map((u, i) => {
    const deputy = r() < 0.2;
    const lead = person(`${deputy ? 'Phó Trưởng Ban' : 'Trưởng Ban'} Tổ chức ${u.party}`);
    const rest = times((sizes[i] ?? 4) - 1, (k) =>
      person(
        k === 0
          ? `Phó Trưởng Ban Tổ chức ${u.party}`
          : `${pick(r, ['Chuyên viên', 'Trưởng phòng Tổ chức cơ sở đảng,', 'Phó Chánh Văn phòng,'])} Ban Tổ chức ${u.party}`,
      ),
    );
    return { unit: u, deputy, people: [lead, ...rest] };
  });
  const own = delegations.find((d) => d.unit === host) ?? delegations[0]!;
  const chair = own.people[0]!;
  const secretary = own.people[own.people.length - 1]!;
  const speaker = (i: number) => delegations[(members.indexOf(host) + 1 + i) % members.length]!;
  const clean = (p: Person) => ({
    id: p.id,
    name: p.name,
    title: p.title,
    ...(p.organization ? { organization: p.organization } : {}),
    gender: p.gender,
  });
  const period = yearEnd ? `năm ${year}` : `6 tháng đầu năm ${year}`;
  const directiveSpeakers = [...guests, ...times(5, (i) => speaker(i).people[0]!), chair];
  const [agency, agencyCode] = pick(r, PRESS);
  const authors = [
    ...new Set(times(2, () => ((g: 'nam' | 'nữ') => `${pick(r, PEN[g])} ${pick(r, GIVEN[g])}`)(r() < 0.5 ? 'nam' : 'nữ'))),
  ].slice(0, int(r, 1, 2));
  const awardUnits = shuffle(r, members).slice(0, 4);
  const persons = times(3, () => {
    const p = person(`Chuyên viên ${pick(r, awardUnits).name}`);
    return { person: p.name, title: p.title };
  });
  return {
    kind: 'conference',
    id: `hn-${pad(index + 1, 4)}`,
    kinds: [yearEnd ? 'tong-ket' : 'so-ket', 'ky-giao-uoc'],
    title: yearEnd
      ? `Hội nghị tổng kết công tác thi đua năm ${year}, phát động và ký giao ước thi đua năm ${pledgeYear}`
      : `Hội nghị sơ kết công tác thi đua 6 tháng đầu năm ${year}, ký giao ước thi đua 6 tháng cuối năm ${year}`,
    cluster: cluster.id,
    period: yearEnd ? { year } : { year, half: 1 },
    date,
    time: { start: clock(start), end: clock(start + pick(r, [180, 210, 240])) },
    place: { venue: `Hội trường ${host.party}`, locality: SEATS[host.province] ?? `thành phố ${host.province}`, province: host.province },
    host: host.id,
    documents: { minutes: { number: (index % 99) + 1, copies: 2 } },
    chairs: [{ person: chair.id }],
    secretary: secretary.id,
    participants: {
      guests: guests.map(clean),
      delegations: delegations.map((d) => ({ unit: d.unit.id, count: d.people.length, members: d.people.map(clean) })),
    },
    materials: [
      `Báo cáo ${yearEnd ? 'tổng kết' : 'sơ kết'} công tác thi đua ${period} của Cụm`,
      `Dự thảo giao ước thi đua ${yearEnd ? `năm ${pledgeYear}` : `6 tháng cuối năm ${year}`}`,
    ],
    reports: [
      {
        title: `Báo cáo ${yearEnd ? 'tổng kết' : 'sơ kết'} công tác thi đua ${period}, phương hướng nhiệm vụ ${yearEnd ? `năm ${pledgeYear}` : `6 tháng cuối năm ${year}`}`,
        presenter: chair.id,
        unit: host.id,
        summary: sentences(r, 3),
      },
      {
        title: `Báo cáo kết quả công tác tổ chức xây dựng Đảng ${period} của ${speaker(0).unit.name}`,
        presenter: speaker(0).people[0]!.id,
        unit: speaker(0).unit.id,
        summary: sentences(r, 2),
      },
    ],
    results: {
      highlights: sentences(r, 6),
      indicators: [
        { action: 'kết nạp', qualifier: 'trên', value: int(r, 8, 30) * 100, unit: 'đảng viên' },
        ((n) => ({ action: 'hoàn thành', value: n, of: n, unit: 'chỉ tiêu' }))(int(r, 20, 35)),
        { action: 'bổ nhiệm, giới thiệu ứng cử', value: int(r, 40, 400), unit: 'cán bộ' },
        {
          action: 'đánh giá tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên',
          qualifier: 'đạt',
          value: int(r, 850, 990) / 10,
          unit: '%',
        },
      ],
    },
    speeches: [
      ...times(5, (i) => ({ kind: 'thao-luan', speaker: speaker(i + 1).people[0]!.id, points: sentences(r, int(r, 2, 3)) })),
      ...directiveSpeakers.map((p, i) => ({
        speaker: p.id,
        kind: i === directiveSpeakers.length - 1 ? 'ket-luan' : i < guests.length ? 'chi-dao' : 'phat-bieu',
        points: sentences(r, int(r, 3, 5)),
      })),
    ],
    difficulties: shuffle(r, DIFFICULTIES).slice(0, 3),
    emulation: {
      assessment: `Hội nghị thống nhất suy tôn ${awardUnits[0]!.name} dẫn đầu phong trào thi đua ${period} của Cụm`,
      awards: [
        {
          kind: 'co-thi-dua',
          status: 'de-nghi',
          grantor: CENTRAL,
          title: 'Cờ Thi đua đơn vị xuất sắc ngành tổ chức xây dựng Đảng',
          recipients: [{ unit: awardUnits[0]!.id }],
        },
        {
          kind: 'bang-khen',
          status: 'de-nghi',
          grantor: CENTRAL,
          reason: `có thành tích xuất sắc ${period}`,
          recipients: [
            ...awardUnits.slice(1).map((u) => ({ unit: u.id })),
            { collective: `Phòng Tổ chức cơ sở đảng, ${awardUnits[1]!.name}` },
            ...persons,
          ],
          counts: { collectives: awardUnits.length, individuals: persons.length },
        },
      ],
    },
    ...(yearEnd
      ? {
          elections: ((l) => ({ year: l.year, head: l.head, deputies: l.deputies }))(
            (cluster.leadership as Obj[]).find((l) => l.year === year + 1) as Obj,
          ),
        }
      : {}),
    pledge: {
      period: yearEnd ? { year: pledgeYear } : { year, half: 2 },
      theme: pick(r, THEMES),
      basis: [
        'Luật Thi đua, khen thưởng năm 2022',
        'Quy chế hoạt động của Cụm thi đua',
        `Kế hoạch công tác năm ${pledgeYear} của ${CENTRAL}`,
      ],
      goals: sentences(r, 3),
      groups: shuffle(r, GROUPS)
        .slice(0, 8)
        .map((title) => ({ title, items: [pick(r, TARGETS).replace('#', String(int(r, 85, 100))), ...sentences(r, int(r, 2, 4))] })),
      implementation: [
        'Các đơn vị thành viên xây dựng kế hoạch thực hiện giao ước thi đua',
        'Cụm trưởng theo dõi, đôn đốc, tổng hợp kết quả thực hiện',
        `Cuối năm ${pledgeYear}, các đơn vị tự đánh giá, chấm điểm, bình xét thi đua`,
      ],
      signatories: delegations.map((d) => ({ unit: d.unit.id, role: d.deputy ? 'pho-truong-ban' : 'truong-ban', name: d.people[0]!.name })),
    },
    press: {
      agency,
      agencyCode,
      authors,
      photos: [
        { caption: 'Toàn cảnh Hội nghị.', credit: authors[0] },
        {
          caption: `${guests[0]!.gender === 'nam' ? 'Ông' : 'Bà'} ${guests[0]!.name}, ${guests[0]!.title}, phát biểu chỉ đạo tại Hội nghị.`,
          credit: authors[0],
        },
        {
          caption: `Đại diện các đơn vị ký giao ước thi đua ${yearEnd ? `năm ${pledgeYear}` : `6 tháng cuối năm ${year}`}.`,
          credit: authors[0],
        },
      ],
    },
  };
}

const HEADER =
  '# yaml-language-server: $schema=../../schema/vankien.schema.json\n# Tệp sinh tự động bởi src/tools/generate.ts (dữ liệu giả lập để đo hiệu năng).\n';
const write = (file: string, value: Obj) => writeFileSync(file, (HEADER + stringify(value, { lineWidth: 0 })).normalize('NFC'));

/** Writes a complete, valid project (units, 2 clusters of 14, N conferences hn-0001…) into `dir`. */
export function generateProject(dir: string, opts: GenerateOptions): void {
  const seed = opts.seed ?? 1;
  const r = mulberry32(seed);
  for (const sub of ['units', 'clusters', 'conferences']) mkdirSync(join(dir, 'data', sub), { recursive: true });
  const units = makeUnits(r);
  const clusters = times(CLUSTERS, (c) => makeCluster(r, c + 1, units.slice(c * UNITS_PER_CLUSTER, (c + 1) * UNITS_PER_CLUSTER)));
  clusters.forEach((c, i) => {
    const list = units.slice(i * UNITS_PER_CLUSTER, (i + 1) * UNITS_PER_CLUSTER).map(({ party: _, ...u }) => u);
    write(join(dir, 'data', 'units', `cum-${i + 1}.yaml`), { kind: 'units', units: list });
    write(join(dir, 'data', 'clusters', `cum-${i + 1}.yaml`), c);
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  for (let i = 0; i < opts.conferences; i++) {
    // Each conference has its own stream, so the first N are the same whatever the total.
    const conf = makeConference(mulberry32((seed * 0x9e3779b1 + i + 1) >>> 0), i, clusters[i % CLUSTERS]!, byId);
    write(join(dir, 'data', 'conferences', `${conf.id as string}.yaml`), conf);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir, count, seedArg] = process.argv.slice(2);
  const n = Number(count);
  const seed = seedArg === undefined ? 1 : Number(seedArg);
  if (!dir || !Number.isInteger(n) || n < 0 || !Number.isInteger(seed)) {
    process.stderr.write('Cách dùng: node dist/tools/generate.js <thư mục> <số hội nghị> [hạt giống]\n');
    process.exitCode = 2;
  } else {
    generateProject(resolve(dir), { conferences: n, seed });
    process.stdout.write(
      `Đã tạo ${n} hội nghị (${CLUSTERS} Cụm, ${CLUSTERS * UNITS_PER_CLUSTER} đơn vị, hạt giống ${seed}) trong ${resolve(dir)}.\n`,
    );
  }
}
