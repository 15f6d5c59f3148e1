// The place a body writes in its place-date line: its province, or the district of a district body.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { placeName } from '../../src/model/place-name.js';
import type { Unit } from '../../src/schema/units.js';

const unit = (fields: Partial<Unit> & Pick<Unit, 'name'>): Unit => ({ id: 'x', code: 'X', province: 'Tây Ninh', ...fields });

describe('placeName', () => {
  it('a body of a district committee writes the district', () => {
    expect(placeName(unit({ name: 'Ban Tổ chức Huyện ủy Gò Dầu', kind: 'ban', committee: 'Huyện ủy Gò Dầu' }))).toBe('Gò Dầu');
    expect(
      placeName(unit({ name: 'Huyện ủy Định Hóa', kind: 'cap-uy', superior: 'Đảng bộ tỉnh Thái Nguyên', province: 'Thái Nguyên' })),
    ).toBe('Định Hóa');
    expect(
      placeName(
        unit({ name: 'Ban Tổ chức Thành ủy Buôn Ma Thuột', kind: 'ban', committee: 'Thành ủy Buôn Ma Thuột', province: 'Đắk Lắk' }),
      ),
    ).toBe('Buôn Ma Thuột');
  });

  it('a provincial body writes its province, a city under the centre included', () => {
    expect(placeName(unit({ name: 'Ban Tổ chức Tỉnh ủy Tây Ninh', kind: 'ban', committee: 'Tỉnh ủy Tây Ninh' }))).toBe('Tây Ninh');
    expect(placeName(unit({ name: 'Ban Tổ chức Thành ủy Hà Nội', kind: 'ban', committee: 'Thành ủy Hà Nội', province: 'Hà Nội' }))).toBe(
      'Hà Nội',
    );
    expect(placeName(unit({ name: 'Thành ủy Thành phố Hồ Chí Minh', kind: 'cap-uy', province: 'Hồ Chí Minh' }))).toBe('Hồ Chí Minh');
  });

  it('a written place wins', () => {
    expect(
      placeName(unit({ name: 'Ban Tổ chức Huyện ủy Gò Dầu', kind: 'ban', committee: 'Huyện ủy Gò Dầu', place: 'Thị trấn Gò Dầu' })),
    ).toBe('Thị trấn Gò Dầu');
  });

  it('every body vankien ships writes its province', () => {
    const { units } = parse(readFileSync('reference/party-bodies.yaml', 'utf8')) as { units: Unit[] };
    for (const u of units) expect(placeName(u), u.id).toBe(u.province);
  });
});
