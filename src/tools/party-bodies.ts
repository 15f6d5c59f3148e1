// Makes reference/party-bodies.yaml from reference/provinces.yaml: every provincial-level Party
// committee and its Ban Tổ chức, before and after 01-7-2025, and the Ban Tổ chức Trung ương.
import { fold } from '../text/fold.js';
import type { Province } from '../reference/provinces.js';
import type { Unit } from '../schema/units.js';

/** "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau", "Thừa Thiên Huế" → "thua-thien-hue". */
export const provinceSlug = (name: string) =>
  fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** How a province's committee is called: "Tỉnh ủy Long An", "Thành ủy Hà Nội", "Thành ủy Thành phố Hồ Chí Minh". */
export function committeeName(p: Province): string {
  if (p.type === 'tỉnh') return `Tỉnh ủy ${p.name}`;
  return p.name === 'Hồ Chí Minh' ? 'Thành ủy Thành phố Hồ Chí Minh' : `Thành ủy ${p.name}`;
}

/** The province as written in the place line of the documents. */
const placeName = (p: Province) => (p.name === 'Hồ Chí Minh' ? 'Thành phố Hồ Chí Minh' : p.name);

const CENTRAL: Unit = {
  id: 'btctw',
  name: 'Ban Tổ chức Trung ương',
  kind: 'ban',
  committee: 'Ban Chấp hành Trung ương',
  code: 'BTCTW',
  province: 'Hà Nội',
};

/** The units of the registry, in a fixed order: the central Ban, then each province's committee and its Ban. */
export function partyBodies(provinces: readonly Province[]): Unit[] {
  const bySlug = new Map(provinces.map((p) => [p.name, provinceSlug(p.name)]));
  const out: Unit[] = [CENTRAL];
  for (const p of provinces) {
    const slug = provinceSlug(p.name);
    const committee = committeeName(p);
    const successor = p.successor ? bySlug.get(p.successor) : undefined;
    if (p.successor && !successor)
      throw new Error(`reference/provinces.yaml: "${p.name}" hợp nhất vào "${p.successor}", không có trong danh sách`);
    const dates = { ...(p.from ? { from: p.from } : {}), ...(p.until ? { until: p.until } : {}) };
    out.push({
      id: `tu-${slug}`,
      name: committee,
      kind: 'cap-uy',
      code: 'TU',
      province: placeName(p),
      ...dates,
      ...(successor ? { successor: `tu-${successor}` } : {}),
    });
    out.push({
      id: `btctu-${slug}`,
      name: `Ban Tổ chức ${committee}`,
      kind: 'ban',
      committee,
      code: 'BTCTU',
      province: placeName(p),
      ...dates,
      ...(successor ? { successor: `btctu-${successor}` } : {}),
    });
  }
  return out;
}

const HEADER = `# yaml-language-server: $schema=../schema/vankien.schema.json
# Các cơ quan đảng có sẵn trong vankien: Ban Tổ chức Trung ương, Tỉnh ủy, Thành ủy trực thuộc Trung ương
# và Ban Tổ chức của từng Tỉnh ủy, Thành ủy, trước và sau ngày 01-7-2025.
# TỆP DO MÁY TẠO: đừng sửa tay. Tạo lại bằng "npm run party-bodies" (src/tools/party-bodies.ts) từ
# reference/provinces.yaml; một phép thử kiểm tra tệp này đúng là kết quả của lệnh đó.
# Nguồn: 63 tỉnh, thành phố trước ngày 01-7-2025 (Thừa Thiên Huế thành thành phố Huế từ 01-01-2025
# theo Nghị quyết 175/2024/QH15); 34 tỉnh, thành phố từ ngày 01-7-2025 và tỉnh, thành phố nào hợp
# nhất vào đâu theo Nghị quyết 202/2025/QH15; Ban Tổ chức là cơ quan tham mưu của Tỉnh ủy, Thành ủy
# (Quy định 329-QĐ/TW ngày 13-6-2025); tiêu đề văn bản theo Hướng dẫn 36-HD/VPTW (tóm tắt ở tài
# liệu formats.md §1, §7 của dự án). Đơn vị của tỉnh đã hợp nhất có until: 2025-06-30 và
# successor là mã đơn vị kế thừa; tỉnh còn giữ tên (Phú Thọ, Hà Nội...) giữ một mã trước và sau.
# Một đơn vị trong data/units trùng mã với đơn vị ở đây thì thay cho đơn vị ở đây.
kind: units
units:
`;

const FIELDS = ['id', 'name', 'kind', 'committee', 'code', 'province', 'from', 'until', 'successor'] as const;

/** The registry file's text. */
export function partyBodiesYaml(provinces: readonly Province[]): string {
  const lines = partyBodies(provinces).flatMap((u) =>
    FIELDS.filter((f) => u[f] !== undefined).map((f, i) => `${i === 0 ? '  - ' : '    '}${f}: ${String(u[f])}`),
  );
  return HEADER + lines.join('\n') + '\n';
}
