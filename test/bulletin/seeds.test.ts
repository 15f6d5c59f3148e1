// Each sample conference's bulletin against the real article it was drawn from (test/fixtures/seeds):
// the article's people, positions, numbers, awards and decisions are in it; its quotes stand in the
// article; its lead is not repeated by the first paragraph; no sentence is over 70 words; no credit is invented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure } from '../support/bulletin-check.js';
import { bulletin } from '../support/bulletin.js';
import { sample, samples } from '../support/docx.js';
import { FIXTURES } from '../support/fixtures.js';

const seed = (name: string) => readFileSync(join(FIXTURES, 'seeds', name), 'utf8');

const CUM_1_PROVINCES = [
  'Hà Nội',
  'Vĩnh Phúc',
  'Phú Thọ',
  'Hòa Bình',
  'Yên Bái',
  'Lào Cai',
  'Lai Châu',
  'Sơn La',
  'Điện Biên',
  'Tuyên Quang',
  'Hà Giang',
  'Cao Bằng',
  'Bắc Kạn',
  'Thái Nguyên',
];

/** What each article states (a|b: either form), conference by conference; seed 002 retells two meetings of one day. */
const CASES: Array<{ id: string; article: string; facts: string[] }> = [
  {
    id: 'cum-3-tong-ket-2023',
    article: '000_1f58d5944f30eb0f.txt',
    facts: [
      'TTXVN - Ngày 8/12, tại thành phố Buôn Ma Thuột, tỉnh Đắk Lắk',
      'Cụm thi đua Ban Tổ chức các Tỉnh ủy, Thành ủy khu vực miền Trung - Tây Nguyên (Cụm thi đua số III)',
      ...[
        'Quảng Bình',
        'Quảng Trị',
        'Thừa Thiên Huế',
        'Đà Nẵng',
        'Quảng Nam',
        'Quảng Ngãi',
        'Bình Định',
        'Phú Yên',
        'Khánh Hòa',
        'Kon Tum',
        'Gia Lai',
        'Đắk Nông',
      ],
      'Hội nghị tổng kết công tác thi đua năm 2023, phát động và ký giao ước thi đua năm 2024',
      'Cao Hoàng Sơn, Vụ trưởng Vụ II, Ban Tổ chức Trung ương',
      'nhiệm kỳ 2020-2025',
      'Kết luận Trung ương 6, 7 khóa XIII',
      'Nghị quyết Trung ương 4, 5, 6, 7 (khóa XIII)',
      'Đại hội đại biểu toàn quốc lần thứ XIV',
      'đề nghị Ban Tổ chức Trung ương tặng Cờ Thi đua đơn vị xuất sắc ngành tổ chức xây dựng Đảng cho Ban Tổ chức Tỉnh ủy Khánh Hòa',
      'Bằng khen cho 5 tập thể, 13 cá nhân có thành tích xuất sắc năm 2023',
      'ký giao ước thi đua năm 2024',
      '(Ảnh: Anh Dũng/TTXVN)',
      'Anh Dũng',
    ],
  },
  {
    id: 'long-an-tong-ket-2023',
    article: '001_6c8cf860eff313fa.txt',
    facts: [
      'Ngành Tổ chức xây dựng Đảng thực hiện hoàn thành 29/29 chỉ tiêu',
      'Sáng 12-1',
      'Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023',
      'Nguyễn Văn Được, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Long An',
      'Trưởng Ban Tổ chức Tỉnh ủy Lê Thanh Nghiêm chủ trì',
      'Phạm Tấn Hoà, Phó Chủ tịch UBND tỉnh',
      'hoàn thành 29/29 chỉ tiêu',
      'trên 1.200 biên chế cho các cơ quan khối Đảng, Mặt trận Tổ quốc và các tổ chức chính trị xã hội cấp tỉnh, cấp huyện năm 2024',
      'Toàn tỉnh kết nạp được trên 1.600 đảng viên, vượt gần 6% so với chỉ tiêu Nghị quyết năm',
      'Từ đầu nhiệm kỳ đến nay, toàn tỉnh kết nạp được hơn 5.800 đảng viên',
      'Trung dũng, kiên cường',
      'tinh thần 7 dám',
      'nhiệm kỳ 2025 - 2030',
      'lần thứ XIV',
      'Ban Tổ chức Trung ương tặng Bằng khen cho đồng chí Lê Thanh Nghiêm',
      'Giấy khen cho 5 tập thể',
      'Huỳnh Phong - Hùng Anh',
    ],
  },
  {
    id: 'cum-1-giao-ban-6-thang-2024',
    article: '002_941b06713a1512c6.txt',
    facts: [
      'Giao ban công tác tổ chức xây dựng Đảng 14 tỉnh, thành phố khu vực phía Bắc',
      'đại diện lãnh đạo một số vụ, cục, đơn vị Ban Tổ chức Trung ương',
      ...CUM_1_PROVINCES,
      'Nguyễn Văn Tùng, Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương',
      'Kết luận số 09-KL/BTCTW ngày 11-1-2024',
      '15 đề án, 3 nghị quyết, 49 quy định, 45 kế hoạch',
      '7 hội nghị lấy ý kiến góp ý đối với các dự thảo đề cương báo cáo của Tiểu ban Điều lệ Đảng',
      'bổ nhiệm 166, giới thiệu ứng cử 147 và điều động, luân chuyển 40 lượt cán bộ',
      '(2020-2025)',
      '15 năm thi hành Điều lệ Đảng (2011-2025)',
      'khóa XIV, nhiệm kỳ 2026-2031',
      'Lê Thị Kim Dung',
      'Phó Bí thư Thường trực Tỉnh ủy Tuyên Quang',
      '100% bí thư cấp ủy cấp huyện không là người địa phương',
      'sổ tay đảng viên điện tử',
      'chuyển đảng cho học sinh khi du học ở nước ngoài',
      'Phó Trưởng Ban Tổ chức Trung ương Nguyễn Quang Dương',
      '5 nhóm nhiệm vụ, giải pháp trong Kết luận số 21-KL/TW',
      'Giải Búa liềm vàng) lần thứ IX - năm 2024',
    ],
  },
  {
    id: 'cum-1-so-ket-6-thang-2024',
    article: '002_941b06713a1512c6.txt',
    // The article also recalls the cluster's leadership elected at an earlier meeting (Tuyên Quang):
    // a fact of that meeting, not of this one, so not asked of this bulletin. The emulation theme
    // stands in a highlight of 88 words, which the bulletin leaves to the minutes (no sentence over 70).
    facts: [
      'Hội nghị sơ kết công tác thi đua 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024',
      'Cụm thi đua số 1 Ngành Tổ chức xây dựng Đảng',
      ...CUM_1_PROVINCES,
      '8 nhóm nội dung, nhiệm vụ trọng tâm',
      'Kế hoạch số 01-KH/CTĐ ngày 30-1-2024',
      'Nguyễn Quang Dương',
      'biểu dương, đánh giá cao',
      'khắc phục những hạn chế, khuyết điểm được chỉ ra tại Hội nghị',
    ],
  },
];

describe('bulletin against the article it retells', () => {
  for (const k of CASES) {
    it(`${k.id}: facts, quotes, lead, sentences and credits hold (${k.article})`, async () => {
      const { text } = await bulletin(samples.project, sample(k.id));
      const m = measure(seed(k.article), text, k.facts);
      expect(m.missing).toEqual([]);
      expect(m.invented).toEqual([]);
      expect(m.overlap).toBeDefined();
      expect(m.overlap!).toBeLessThan(0.6);
      expect(m.longest.words, m.longest.sentence).toBeLessThanOrEqual(70);
      expect(m.badCredits).toEqual([]);
    });
  }

  it('credits only the photos the data credits, in the outlet form', async () => {
    const { text } = await bulletin(samples.project, sample('long-an-tong-ket-2023'));
    // Long An's photos carry no credit in the data: none is printed.
    expect(text).not.toContain('(Ảnh:');
    const cum3 = (await bulletin(samples.project, sample('cum-3-tong-ket-2023'))).text;
    expect(cum3.match(/\(Ảnh: [^)]*\)/gu)).toEqual(['(Ảnh: Anh Dũng/TTXVN)', '(Ảnh: Anh Dũng/TTXVN)']);
  });
});
