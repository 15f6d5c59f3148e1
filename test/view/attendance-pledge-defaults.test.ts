// The minutes' attendance, one line per unit, and the pledge's bases and closing clause from the profile
// (each overridden by the data). Expected texts are written out here.
import { describe, expect, it } from 'vitest';
import type { ClusterFile } from '../../src/schema/cluster.js';
import type { ConferenceFile } from '../../src/schema/conference.js';
import type { Unit } from '../../src/schema/units.js';
import { buildViewModel } from '../../src/view/build.js';
import { profile } from '../support/docx.js';
import { provinces } from '../support/fixtures.js';

const unit = (id: string, place: string, committee = 'Tỉnh ủy'): Unit => ({
  id,
  name: `Ban Tổ chức ${committee} ${place}`,
  kind: 'ban',
  committee: `${committee} ${place}`,
  code: 'BTCTU',
  province: place,
});
const units = [
  unit('btctu-quang-tri', 'Quảng Trị'),
  unit('btctu-da-nang', 'Đà Nẵng', 'Thành ủy'),
  unit('btctu-hue', 'Huế', 'Thành ủy'),
  unit('btctu-gia-lai', 'Gia Lai'),
];
const cluster: ClusterFile = { kind: 'cluster', id: 'cum', name: 'Cụm thi đua số III', number: 'III', members: units.map((u) => u.id) };
const registry = { units: new Map(units.map((u) => [u.id, { value: u }])), clusters: new Map([['cum', { value: cluster }]]) };
const view = (c: Partial<ConferenceFile>) =>
  buildViewModel(
    { kind: 'conference', id: 'x', kinds: ['tong-ket', 'ky-giao-uoc'], cluster: 'cum', ...c },
    { registry, provinces, image: () => null, profile },
  );

describe('attendance, one line per unit', () => {
  it('present with delegates and a stated count, absent members and units with reasons, unlisted members blank', () => {
    const vm = view({
      participants: {
        guests: [{ name: 'Nguyễn Văn Cường', title: 'Phó Vụ trưởng Vụ II', organization: 'Ban Tổ chức Trung ương' }],
        delegations: [
          {
            unit: 'btctu-quang-tri',
            count: 3,
            members: [
              { name: 'Trần Văn An', title: 'Trưởng Ban' },
              { name: 'Lê Thị Bình', title: 'Chuyên viên' },
            ],
            absent: [{ who: 'đồng chí Võ Văn Cao, Phó Trưởng Ban', reason: 'đi công tác' }],
          },
          { unit: 'btctu-da-nang', present: false, reason: 'bận công tác đột xuất' },
          { unit: 'btctu-hue' },
        ],
      },
    });
    expect(vm.attendance.list).toEqual([
      'Đồng chí Nguyễn Văn Cường, Phó Vụ trưởng Vụ II, Ban Tổ chức Trung ương;',
      'Ban Tổ chức Tỉnh ủy Quảng Trị: có mặt 3 đồng chí, gồm đồng chí Trần Văn An, Trưởng Ban và đồng chí Lê Thị Bình, Chuyên viên; vắng mặt đồng chí Võ Văn Cao, Phó Trưởng Ban (đi công tác);',
      'Ban Tổ chức Thành ủy Đà Nẵng: vắng mặt (bận công tác đột xuất);',
      // Present, nobody named, no count: no number is made up.
      'Ban Tổ chức Thành ủy Huế: có mặt;',
      // A member the data does not mention: a line to fill by hand.
      expect.stringMatching(/^Ban Tổ chức Tỉnh ủy Gia Lai: …{7,}\.$/),
    ]);
  });

  it('no delegations recorded: no unit lines, the groups stand as written', () => {
    const vm = view({ participants: { groups: ['Đại diện Ban Tổ chức các Tỉnh ủy, Thành ủy trong Cụm'] } });
    expect(vm.attendance.units).toEqual([]);
    expect(vm.attendance.list).toEqual(['Đại diện Ban Tổ chức các Tỉnh ủy, Thành ủy trong Cụm.']);
  });
});

describe('pledge bases and closing clause from the profile', () => {
  it('a cluster pledge without bases takes the profile lines in force on the signing date', () => {
    const before = view({ date: '2025-06-20', pledge: { period: { year: 2025, half: 2 } } });
    expect(before.pledge.basis).toEqual([
      'Luật Thi đua, khen thưởng số 06/2022/QH15;',
      'Nghị định số 98/2023/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Quy định của Ban Tổ chức Trung ương về công tác thi đua, khen thưởng trong ngành Tổ chức xây dựng Đảng;',
      'Quy chế hoạt động của Cụm thi đua số III.',
    ]);
    const after = view({ date: '2025-12-10', pledge: { period: { year: 2026 } } });
    expect(after.pledge.basis[1]).toBe(
      'Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
    );
    expect(after.drafts.pledge).toBeDefined();
    expect(after.drafts.pledge?.missing.some((m) => m.includes('pledge.basis'))).toBe(false);
    expect(after.pledge.closing).toBe(
      'Bản giao ước thi đua này được lập thành 5 bản có giá trị như nhau, mỗi đơn vị ký giao ước giữ 01 bản, Cụm thi đua giữ 01 bản.',
    );
  });

  it('the data overrides both', () => {
    const vm = view({
      date: '2025-12-10',
      pledge: { period: { year: 2026 }, basis: ['Kế hoạch số 01-KH/CTĐ của Cụm'], closing: 'Giao ước lập thành 06 bản.', originals: 6 },
    });
    expect(vm.pledge.basis).toEqual(['Kế hoạch số 01-KH/CTĐ của Cụm.']);
    expect(vm.pledge.closing).toBe('Giao ước lập thành 06 bản.');
  });

  it('an originals count that is not the rule keeps the count and names no keepers', () => {
    const vm = view({ date: '2025-12-10', pledge: { period: { year: 2026 }, originals: 7 } });
    expect(vm.pledge.closing).toBe('Bản giao ước thi đua này được lập thành 7 bản có giá trị như nhau.');
  });
});
