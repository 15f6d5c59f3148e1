// Minutes and pledge of every sample conference: header, number, date line, proceedings, signature grid.
import { describe, expect, it } from 'vitest';
import { BLANK } from '../../src/view/format/index.js';
import { paragraphs, part, renderFor, sample, samples } from '../support/docx.js';

const project = samples.project;

describe('minutes (biên bản) of every sample conference', () => {
  for (const { value: conf } of project.conferences) {
    it(conf.id, () => {
      const { minutes, vm, diagnostics } = renderFor(project, conf);
      expect(diagnostics).toEqual([]);
      expect(minutes).toBeDefined();
      // Spaced dashes are printed with no-break spaces (typography.ts); compared here as plain spaces.
      const text = paragraphs(minutes ?? new Uint8Array()).map((p) => p.replace(/\u00a0/g, ' '));
      expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(text).toContain('BIÊN BẢN');
      expect(text).toContain(vm.header.issuer.replace(/\u00a0/g, ' '));
      expect(text).toContain(vm.numbers.minutes);
      expect(vm.numbers.minutes).toMatch(/^Số \S+-BB\/\S+$/);
      expect(text).toContain(vm.header.placeDate);
      expect(text).toContain(vm.title);
      expect(text).toContain(`Hội nghị kết thúc vào lúc ${vm.time.end} cùng ngày.`);
      expect(text).toContain('Biên bản đã được đọc lại và thông qua tại hội nghị, lập thành …… bản./.');
      // Directives in the order of the data, their points as dashes (numbers are the sections').
      const leads = vm.directives.map((d) => text.indexOf(d.lead));
      expect(leads.every((i) => i >= 0)).toBe(true);
      expect([...leads].sort((a, b) => a - b)).toEqual(leads);
      for (const d of vm.directives) for (const item of d.items) expect(text).toContain(`- ${item}`);
      expect(text.filter((p) => /^\d+\. /.test(p)).every((p) => /^\d+\. \S/.test(p) && p.length < 80)).toBe(true);
      expect(text.join('\n')).not.toMatch(/undefined|null|NaN|\[object|\{[#/^%]?[a-zA-Z.]+\}/);
    });
  }

  it('prints the facts of seed 000 as the Party format wants them', () => {
    const text = paragraphs(renderFor(project, sample('cum-3-tong-ket-2023')).minutes ?? new Uint8Array());
    expect(text).toContain('Đắk Lắk, ngày 08 tháng 12 năm 2023');
    expect(
      text.some(
        (p) =>
          p.startsWith('Hội nghị bắt đầu vào hồi …… giờ ……, ngày 8-12-2023, tại') && p.includes('thành phố Buôn Ma Thuột, tỉnh Đắk Lắk'),
      ),
    ).toBe(true);
    expect(text).toContain(
      '- Đề nghị Ban Tổ chức Trung ương tặng Cờ Thi đua đơn vị xuất sắc ngành tổ chức xây dựng Đảng cho Ban Tổ chức Tỉnh ủy Khánh Hòa;',
    );
    expect(text.some((p) => p.includes('Bằng khen cho 5 tập thể, 13 cá nhân'))).toBe(true);
    expect(text).toContain(`Chủ trì hội nghị: ${BLANK}.`);
  });

  it('names the Long An leaders with their titles and the indicators with Vietnamese numbers', () => {
    const text = paragraphs(renderFor(project, sample('long-an-tong-ket-2023')).minutes ?? new Uint8Array());
    // formats.md §1: a staff body prints its committee above its short name.
    expect(text).toContain('TỈNH ỦY LONG AN');
    expect(text).toContain('BAN TỔ CHỨC');
    expect(text).not.toContain('ĐẢNG BỘ TỈNH LONG AN');
    expect(text).not.toContain('BAN TỔ CHỨC TỈNH ỦY');
    expect(text).toContain('Long An, ngày 12 tháng 01 năm 2024');
    expect(text).toContain('Chủ trì hội nghị: đồng chí Lê Thanh Nghiêm, Trưởng Ban Tổ chức Tỉnh ủy.');
    // One dash list: ";" after each item, capitalised as list items are.
    expect(text).toContain('- Ngành tổ chức xây dựng Đảng tham mưu triển khai thực hiện hoàn thành 29/29 chỉ tiêu;');
    expect(text).toContain('- Toàn tỉnh kết nạp được trên 1.600 đảng viên, vượt gần 6% so với chỉ tiêu Nghị quyết năm;');
    expect(text).toContain('- Toàn tỉnh kết nạp được hơn 5.800 đảng viên từ đầu nhiệm kỳ đến nay;');
  });
});

describe('pledge (giao ước thi đua)', () => {
  it('has one signature block per member unit, in member order, two per row', () => {
    const conf = sample('cum-3-tong-ket-2023');
    const { pledge, vm } = renderFor(project, conf);
    expect(pledge).toBeDefined();
    const text = paragraphs(pledge ?? new Uint8Array());
    expect(text).toContain('BẢN GIAO ƯỚC THI ĐUA NĂM 2024');
    const members = project.clusters.get(conf.cluster ?? '')?.value.members ?? [];
    // Each name broken after the body's type: "BAN TỔ CHỨC" / "TỈNH ỦY QUẢNG BÌNH".
    const names = members.map(
      (id) =>
        project.units
          .get(id)
          ?.value.name.toLocaleUpperCase('vi')
          .replace(/^BAN TỔ CHỨC /, 'BAN TỔ CHỨC\n') ?? '',
    );
    expect(names[0]).toBe('BAN TỔ CHỨC\nTỈNH ỦY QUẢNG BÌNH');
    expect(names).toHaveLength(13);
    const at = names.map((n) => text.indexOf(n));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(vm.pledge.signatureRows).toHaveLength(7);
    expect(vm.pledge.signatureRows[6]?.right).toBeNull();
  });

  it('keeps each signature row whole on a page (rows cannot split)', () => {
    const { pledge } = renderFor(project, sample('cum-3-tong-ket-2023'));
    const xml = part(pledge ?? new Uint8Array(), 'word/document.xml');
    const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].filter((m) => m[1]?.includes('VkSignUnit'));
    expect(rows).toHaveLength(7);
    for (const r of rows) expect(r[1]).toContain('<w:cantSplit/>');
  });

  it('is not produced for a conference without a pledge', () => {
    expect(renderFor(project, sample('long-an-tong-ket-2023')).pledge).toBeUndefined();
  });
});
