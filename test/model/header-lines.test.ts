// Header lines by kind of issuer (formats.md §1), written out here rather than computed.
import { describe, expect, it } from 'vitest';
import { unitHeader } from '../../src/model/header-lines.js';
import { unitShape } from '../../src/model/unit-shape.js';
import type { Unit } from '../../src/schema/units.js';

const unit = (fields: Partial<Unit> & Pick<Unit, 'name'>): Unit => ({ id: 'x', code: 'X', province: 'Long An', ...fields });

describe('unitHeader', () => {
  it('prints a provincial Ban Tổ chức under its committee, by its short name', () => {
    expect(unitHeader(unit({ name: 'Ban Tổ chức Tỉnh ủy Long An', kind: 'ban', committee: 'Tỉnh ủy Long An' }))).toEqual({
      superior: 'TỈNH ỦY LONG AN',
      issuer: ['BAN TỔ CHỨC'],
    });
    expect(unitHeader(unit({ name: 'Văn phòng Thành ủy Hà Nội', kind: 'ban', committee: 'Thành ủy Hà Nội' }))).toEqual({
      superior: 'THÀNH ỦY HÀ NỘI',
      issuer: ['VĂN PHÒNG'],
    });
  });

  it('prints the Ban Tổ chức Trung ương under the Ban Chấp hành Trung ương', () => {
    expect(unitHeader(unit({ name: 'Ban Tổ chức Trung ương', kind: 'ban', committee: 'Ban Chấp hành Trung ương' }))).toEqual({
      superior: 'BAN CHẤP HÀNH TRUNG ƯƠNG',
      issuer: ['BAN TỔ CHỨC'],
    });
  });

  it('takes a written short name, and the committee from the name when it is left out', () => {
    expect(unitHeader(unit({ name: 'Ban Tổ chức Tỉnh ủy Đắk Lắk', kind: 'ban', shortName: 'Ban Tổ chức Tỉnh ủy' }))).toEqual({
      superior: 'TỈNH ỦY ĐẮK LẮK',
      issuer: ['BAN TỔ CHỨC TỈNH ỦY'],
    });
    expect(unitHeader(unit({ name: 'Ban Tổ chức Thành ủy Thành phố Hồ Chí Minh', kind: 'ban' }))).toEqual({
      superior: 'THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH',
      issuer: ['BAN TỔ CHỨC'],
    });
  });

  it('prints a provincial committee alone, and a committee below the province under its superior', () => {
    expect(unitHeader(unit({ name: 'Tỉnh ủy Nghệ An', kind: 'cap-uy' }))).toEqual({ superior: '', issuer: ['TỈNH ỦY NGHỆ AN'] });
    expect(unitHeader(unit({ name: 'Huyện ủy Định Hóa', kind: 'cap-uy', superior: 'Đảng bộ tỉnh Thái Nguyên' }))).toEqual({
      superior: 'ĐẢNG BỘ TỈNH THÁI NGUYÊN',
      issuer: ['HUYỆN ỦY ĐỊNH HÓA'],
    });
  });

  it('prints anything else from its data', () => {
    expect(
      unitHeader(
        unit({ name: 'Sở Nội vụ tỉnh Lạng Sơn', kind: 'khac', superior: 'Ủy ban nhân dân tỉnh Lạng Sơn', headerName: 'Sở Nội vụ' }),
      ),
    ).toEqual({ superior: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', issuer: ['SỞ NỘI VỤ'] });
    expect(unitHeader(unit({ name: 'Hội đồng Thi đua', kind: 'khac' }))).toEqual({ superior: '', issuer: ['HỘI ĐỒNG THI ĐUA'] });
  });

  it('lets a written header win over every kind', () => {
    const header = { superior: 'Đảng bộ Khối', issuer: ['CỤM THI ĐUA SỐ III', 'BAN TỔ CHỨC CÁC TỈNH ỦY, THÀNH ỦY'] };
    expect(unitHeader(unit({ name: 'Ban Tổ chức Tỉnh ủy Long An', kind: 'ban', header }))).toEqual({
      superior: 'ĐẢNG BỘ KHỐI',
      issuer: ['CỤM THI ĐUA SỐ III', 'BAN TỔ CHỨC CÁC TỈNH ỦY, THÀNH ỦY'],
    });
    expect(unitHeader(unit({ name: 'Tỉnh ủy Nghệ An', kind: 'cap-uy', header: { issuer: ['TỈNH ỦY NGHỆ AN'] } }))).toEqual({
      superior: '',
      issuer: ['TỈNH ỦY NGHỆ AN'],
    });
  });

  it('reads an old file (superior "Đảng bộ tỉnh …", no kind) as a Ban of the committee in its name', () => {
    const old = unit({ name: 'Ban Tổ chức Tỉnh ủy Long An', superior: 'Đảng bộ tỉnh Long An' });
    expect(unitShape(old)).toEqual({ kind: 'ban', committee: 'Tỉnh ủy Long An', shortName: 'Ban Tổ chức', source: 'old-form' });
    expect(unitHeader(old)).toEqual({ superior: 'TỈNH ỦY LONG AN', issuer: ['BAN TỔ CHỨC'] });
    const other = unit({ name: 'Sở Nội vụ số 1', superior: 'Đảng bộ tỉnh Lạng Sơn' });
    expect(unitShape(other)).toEqual({ kind: 'khac', source: 'old-form' });
    expect(unitHeader(other)).toEqual({ superior: 'ĐẢNG BỘ TỈNH LẠNG SƠN', issuer: ['SỞ NỘI VỤ SỐ 1'] });
  });

  it('without kind or superior, tells a committee and a Ban by their names', () => {
    expect(unitShape(unit({ name: 'Tỉnh ủy Nghệ An' }))).toEqual({ kind: 'cap-uy', source: 'name' });
    expect(unitShape(unit({ name: 'Ban Tổ chức Tỉnh ủy Nghệ An', committee: 'Tỉnh ủy Nghệ An' }))).toEqual({
      kind: 'ban',
      committee: 'Tỉnh ủy Nghệ An',
      shortName: 'Ban Tổ chức',
      source: 'committee',
    });
    expect(unitShape(unit({ name: 'Ban Chấp hành Đảng bộ tỉnh Nghệ An' })).kind).toBe('khac');
  });
});

describe('headerLines (the view model)', () => {
  // A short part after a comma is glued with a no-break space: a narrow column breaks after the comma.
  it('gives the issuer lines as one value with line breaks, which the templates print as breaks', async () => {
    const { headerLines, resolveIssuer } = await import('../../src/view/header.js');
    const u = unit({
      id: 'cum',
      name: 'Cụm thi đua số III',
      kind: 'khac',
      header: { issuer: ['Cụm thi đua số III', 'Ban Tổ chức các Tỉnh ủy, Thành ủy'] },
    });
    const conf = { kind: 'conference', id: 'c', title: 't' } as never;
    const issuer = resolveIssuer('cum', conf, { units: new Map([['cum', { value: u }]]), clusters: new Map() });
    expect(headerLines(conf, issuer, '2024-01-12', '')).toMatchObject({
      superior: '',
      issuer: 'CỤM THI ĐUA SỐ III\nBAN TỔ CHỨC CÁC TỈNH ỦY, THÀNH\u00a0ỦY',
      issuerName: 'Cụm thi đua số III',
    });
  });
});
