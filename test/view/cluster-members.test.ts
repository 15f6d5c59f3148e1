// A cluster's members on the meeting date: a unit whose province merged is no longer in the grid.
import { profile } from '../support/docx.js';
import { describe, expect, it } from 'vitest';
import type { ClusterFile } from '../../src/schema/cluster.js';
import type { ConferenceFile } from '../../src/schema/conference.js';
import type { Unit } from '../../src/schema/units.js';
import { buildViewModel } from '../../src/view/build.js';
import { provinces } from '../support/fixtures.js';

const unit = (id: string, name: string, province: string, until?: string): Unit => ({
  id,
  name,
  kind: 'ban',
  committee: name.replace('Ban Tổ chức ', ''),
  code: 'BTCTU',
  province,
  ...(until ? { until } : {}),
});
const units = [
  unit('btctu-quang-binh', 'Ban Tổ chức Tỉnh ủy Quảng Bình', 'Quảng Bình', '2025-06-30'),
  unit('btctu-quang-tri', 'Ban Tổ chức Tỉnh ủy Quảng Trị', 'Quảng Trị'),
  unit('btctu-da-nang', 'Ban Tổ chức Thành ủy Đà Nẵng', 'Đà Nẵng'),
];
const cluster: ClusterFile = { kind: 'cluster', id: 'cum', name: 'Cụm thi đua số III', number: 'III', members: units.map((u) => u.id) };
const registry = { units: new Map(units.map((u) => [u.id, { value: u }])), clusters: new Map([['cum', { value: cluster }]]) };

const conference = (date: string): ConferenceFile => ({
  kind: 'conference',
  id: 'so-ket',
  kinds: ['so-ket', 'ky-giao-uoc'],
  cluster: 'cum',
  date,
  period: { year: Number(date.slice(0, 4)), half: 1 },
  pledge: { period: { year: Number(date.slice(0, 4)), half: 2 } },
});

describe('cluster members on the meeting date', () => {
  it('before the merger, every member signs', () => {
    const vm = buildViewModel(conference('2025-06-20'), { registry, provinces, image: () => null, profile: profile });
    expect(vm.cluster.memberCount).toBe('3');
    expect(vm.pledge.signatureRows.flatMap((r) => [r.left.unit, r.right?.unit])).toEqual([
      'BAN TỔ CHỨC\nTỈNH ỦY QUẢNG BÌNH',
      'BAN TỔ CHỨC\nTỈNH ỦY QUẢNG TRỊ',
      'BAN TỔ CHỨC\nTHÀNH ỦY ĐÀ NẴNG',
      undefined,
    ]);
  });

  it('after it, the merged province no longer signs, and the pledge is for the second half year', () => {
    const vm = buildViewModel(conference('2026-07-10'), { registry, provinces, image: () => null, profile: profile });
    expect(vm.cluster.memberCount).toBe('2');
    expect(vm.cluster.memberProvinces).toBe('Quảng Trị và Đà Nẵng');
    expect(vm.pledge.signatureRows.flatMap((r) => [r.left.unit, r.right?.unit])).toEqual([
      'BAN TỔ CHỨC\nTỈNH ỦY QUẢNG TRỊ',
      'BAN TỔ CHỨC\nTHÀNH ỦY ĐÀ NẴNG',
    ]);
    expect(vm.pledge.periodCaps).toBe('6 THÁNG CUỐI NĂM 2026');
    // No content groups known: a blank, never "0".
    expect(vm.pledge.groupCount).toBe('……');
  });
});
