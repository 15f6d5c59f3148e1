// The sample data (the seed articles encoded in data/) loads and validates with no errors.
import { describe, expect, it } from 'vitest';
import { awardCounts } from '../src/model/derive.js';
import { checkSamples } from './support/fixtures.js';

const { project, diagnostics } = checkSamples();
const conference = (id: string) => {
  const found = project.conferences.find((c) => c.value.id === id);
  if (!found) throw new Error(`sample conference ${id} missing`);
  return found.value;
};

describe('sample data', () => {
  it('has no errors, only draft warnings', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(['VK501']));
  });

  it('encodes the conferences of the three seed articles', () => {
    expect(project.conferences.map((c) => c.value.id).sort()).toEqual([
      'cum-1-giao-ban-6-thang-2024',
      'cum-1-so-ket-6-thang-2024',
      'cum-3-tong-ket-2023',
      'long-an-tong-ket-2023',
    ]);
  });

  it('keeps the clusters and their members as data of their own', () => {
    expect(project.clusters.get('cum-3-mien-trung-tay-nguyen')?.value.members).toHaveLength(13);
    expect(project.clusters.get('cum-1-phia-bac')?.value.members).toHaveLength(14);
    const leaders = project.clusters.get('cum-1-phia-bac')?.value.leadership?.find((l) => l.year === 2024);
    expect(leaders?.head).toBe('btctu-ha-noi');
    expect(leaders?.deputies).toEqual(['btctu-son-la', 'btctu-phu-tho', 'btctu-ha-giang']);
  });

  it('holds the facts of seed 000: date, place, awards and their counts', () => {
    const c = conference('cum-3-tong-ket-2023');
    expect(c.date).toBe('2023-12-08');
    expect(c.place?.province).toBe('Đắk Lắk');
    expect(c.place?.locality).toBe('thành phố Buôn Ma Thuột');
    const [flag, merit] = c.emulation?.awards ?? [];
    expect(flag?.kind).toBe('co-thi-dua');
    expect(flag && awardCounts(flag)).toEqual({ collectives: 1, individuals: 0 });
    expect(merit && awardCounts(merit)).toEqual({ collectives: 5, individuals: 13 });
    expect(c.pledge?.period).toEqual({ year: 2024 });
    expect(c.press?.agencyCode).toBe('TTXVN');
  });

  it('holds the indicators of seed 001 as numbers, not text', () => {
    const c = conference('long-an-tong-ket-2023');
    const values = c.results?.indicators?.map((i) => [i.action, i.value, i.of ?? null]);
    expect(values).toContainEqual(['tham mưu triển khai thực hiện hoàn thành', 29, 29]);
    expect(values).toContainEqual(['kết nạp được', 1600, null]);
    // The province admits members, not the Ban; the term total is not the year's.
    const admitted = c.results?.indicators?.filter((i) => i.action === 'kết nạp được');
    expect(admitted?.map((i) => [i.actor, i.value, i.scope ?? null])).toEqual([
      ['toàn tỉnh', 1600, null],
      ['toàn tỉnh', 5800, 'từ đầu nhiệm kỳ đến nay'],
    ]);
    expect(c.cluster).toBeUndefined();
  });

  it('leaves out what the articles do not say (no invented times or numbers)', () => {
    for (const { value: c } of project.conferences) {
      // The articles give the part of the day at most ("sáng nay", "chiều cùng ngày"), never a clock time.
      expect(c.time?.start, c.id).toBeUndefined();
      expect(c.time?.end, c.id).toBeUndefined();
      expect(c.documents, c.id).toBeUndefined();
      for (const d of c.participants?.delegations ?? []) expect(d.count, c.id).toBeUndefined();
      for (const p of c.press?.photos ?? []) if (c.id !== 'cum-3-tong-ket-2023') expect(p.credit, c.id).toBeUndefined();
    }
  });
});
