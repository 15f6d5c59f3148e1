// Every fact of the seed articles that a minutes or a bulletin carries is in the sample data, read
// back from the built view model (what the documents print), not from the YAML.
import { describe, expect, it } from 'vitest';
import type { ViewModel } from '../src/view/model.js';
import { renderAll, sample, samples } from './support/docx.js';

/** Every text the documents are made from, except the bulletin's own sentences (tested with the bulletin). */
function printed(id: string): string {
  const { vm } = renderAll(samples.project, sample(id));
  const { news: _news, ...documents } = vm as ViewModel;
  return JSON.stringify(documents);
}

const FACTS: Record<
  string,
  { people: string[]; positions: string[]; numbers: string[]; decisions: string[]; places: string[]; other: string[] }
> = {
  // Seed 001: "Ngành Tổ chức xây dựng Đảng thực hiện hoàn thành 29/29 chỉ tiêu" (Long An, sáng 12-1-2024).
  'long-an-tong-ket-2023': {
    people: ['Nguyễn Văn Được', 'Phạm Tấn Hoà', 'Lê Thanh Nghiêm'],
    positions: ['Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Long An', 'Phó Chủ tịch UBND tỉnh', 'Trưởng Ban Tổ chức Tỉnh ủy'],
    numbers: [
      '29/29 chỉ tiêu',
      'trên 1.200 biên chế',
      'trên 1.600 đảng viên',
      'vượt gần 6%',
      'hơn 5.800 đảng viên từ đầu nhiệm kỳ đến nay',
      '5 tập thể',
    ],
    decisions: [
      'Ban Tổ chức Trung ương tặng Bằng khen cho đồng chí Lê Thanh Nghiêm',
      'Ban Tổ chức Tỉnh ủy Long An tặng Giấy khen cho 5 tập thể',
    ],
    places: ['Long An, ngày 12 tháng 01 năm 2024', 'tỉnh Long An'],
    other: [
      'vào buổi sáng',
      'đồng chí Lê Thanh Nghiêm, Trưởng Ban Tổ chức Tỉnh ủy',
      '“Tăng cường hơn nữa việc phân cấp quản lý, phân định rõ về trách nhiệm, thẩm quyền, đi đôi với tăng cường kiểm tra, giám sát, kiểm soát quyền lực chặt chẽ.”',
      'tinh thần 7 dám',
    ],
  },
  // Seed 000: TTXVN, Cụm thi đua số III, Buôn Ma Thuột, 8-12-2023.
  'cum-3-tong-ket-2023': {
    people: ['Cao Hoàng Sơn'],
    positions: ['Vụ trưởng Vụ II, Ban Tổ chức Trung ương'],
    numbers: ['5 tập thể, 13 cá nhân'],
    decisions: [
      'Cờ Thi đua đơn vị xuất sắc ngành tổ chức xây dựng Đảng cho Ban Tổ chức Tỉnh ủy Khánh Hòa',
      'Đề nghị Ban Tổ chức Trung ương tặng Bằng khen cho 5 tập thể, 13 cá nhân',
    ],
    places: ['thành phố Buôn Ma Thuột', 'tỉnh Đắk Lắk', 'ngày 8-12-2023'],
    other: [
      'Cụm thi đua Ban Tổ chức các Tỉnh ủy, Thành ủy khu vực miền Trung - Tây Nguyên',
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
        'Đắk Lắk',
        'Đắk Nông',
      ],
      'năm 2024',
      'Tham mưu công tác chuẩn bị Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    ],
  },
  // Seed 002, morning: giao ban of the 14 northern provinces.
  'cum-1-giao-ban-6-thang-2024': {
    people: ['Nguyễn Văn Tùng', 'Lê Thị Kim Dung', 'Nguyễn Quang Dương'],
    positions: ['Vụ trưởng Vụ Địa phương I', 'Phó Bí thư Thường trực Tỉnh ủy Tuyên Quang', 'Phó Trưởng Ban Tổ chức Trung ương'],
    numbers: [
      '15 đề án',
      '3 nghị quyết',
      '49 quy định',
      '45 kế hoạch',
      '7 hội nghị',
      '166 lượt cán bộ',
      '147 lượt cán bộ',
      '40 lượt cán bộ',
      '100% bí thư cấp ủy cấp huyện',
    ],
    decisions: ['Kết luận số 21-KL/TW'],
    places: ['Kết luận số 09-KL/BTCTW ngày 11-1-2024'],
    other: [
      'vào buổi sáng',
      'chia sẻ',
      'khẳng định',
      ...[
        'Ban Tổ chức Tỉnh ủy Cao Bằng',
        'Ban Tổ chức Tỉnh ủy Thái Nguyên',
        'Ban Tổ chức Thành ủy Hà Nội',
        'Ban Tổ chức Tỉnh ủy Yên Bái',
        'Ban Tổ chức Tỉnh ủy Vĩnh Phúc',
      ],
      'Chuyển đảng cho học sinh khi du học ở nước ngoài',
    ],
  },
  // Seed 002, afternoon: the cluster's six-month review.
  'cum-1-so-ket-6-thang-2024': {
    people: ['Nguyễn Quang Dương'],
    positions: ['Phó Trưởng Ban Tổ chức Trung ương'],
    numbers: ['8 nhóm nội dung'],
    decisions: ['Kế hoạch số 01-KH/CTĐ ngày 30-1-2024'],
    places: ['6 tháng đầu năm 2024'],
    other: ['vào buổi chiều', 'biểu dương, đánh giá cao', 'Cụm thi đua số 1 Ngành Tổ chức xây dựng Đảng'],
  },
};

describe('facts of the seed articles, as the documents print them', () => {
  for (const [id, facts] of Object.entries(FACTS)) {
    it(id, () => {
      const text = printed(id);
      for (const [kind, list] of Object.entries(facts)) for (const fact of list) expect(text, `${id}: ${kind}`).toContain(fact);
    });
  }

  it('prints no head count nobody stated, and no zero for an unknown count', () => {
    for (const id of Object.keys(FACTS)) {
      const text = printed(id);
      expect(text, id).not.toMatch(/\(\d+ đồng chí\)/u);
      expect(text, id).not.toMatch(/(^|[^\d.,])0 (nhóm|tập thể|cá nhân|đơn vị)/u);
    }
  });
});
