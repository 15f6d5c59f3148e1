// Four real conferences vankien was not written from (test/fixtures/unseen, one article each): the
// project builds, and each document carries the facts its article gives, as an official or an editor
// would look for them. Every expected value is written here by hand from the article, never computed.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sentencesOf, paragraphsOf } from './support/bulletin-check.js';
import { runCli } from './support/cli.js';
import { paragraphs } from './support/docx.js';
import { FIXTURES } from './support/fixtures.js';
import { pdfLines } from './support/pdf-lines.js';

const PROJECT = join(FIXTURES, 'unseen');
let out = '';

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'vankien-unseen-'));
  const r = await runCli(['build', '--project', PROJECT, '--out', out, '--jobs', '1', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 120_000);

const docx = (id: string, name: string) => paragraphs(readFileSync(join(out, id, `${name}.docx`))).join('\n');
const news = (id: string) => readFileSync(join(out, id, 'ban-tin.txt'), 'utf8').normalize('NFC');

function expectAll(text: string, facts: string[]) {
  for (const f of facts) expect(text, f).toContain(f);
}

/** An editor's rule: no two sentences in a row within a paragraph open with the same three words. */
function noRepeatedOpeners(text: string) {
  for (const p of paragraphsOf(text)) {
    const opens = sentencesOf([p]).map((s) => s.split(/\s+/u).slice(0, 3).join(' '));
    for (let i = 1; i < opens.length; i++) expect(opens[i], p).not.toBe(opens[i - 1]);
  }
}

describe('Báo Tây Ninh: Ban Tổ chức Huyện ủy Gò Dầu sơ kết 9 tháng năm 2023', () => {
  const id = 'go-dau-so-ket-9-thang-2023';
  it('the minutes carry a district body header, its district as the place, and the facts', () => {
    const m = docx(id, 'bien-ban');
    expectAll(m, [
      'DỰ THẢO',
      'HUYỆN ỦY GÒ DẦU',
      'BAN TỔ CHỨC',
      'Gò Dầu, ngày 04 tháng 10 năm 2023',
      'Số ……-BB/BTCHU',
      'Hội nghị sơ kết công tác tổ chức, xây dựng Đảng 9 tháng và triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2023',
      'đồng chí Phạm Thị Thuý Hằng, Trưởng Ban Tổ chức Huyện ủy',
      'Nguyễn Thị Thanh Nhàn, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện',
      'Toàn huyện kết nạp 54 đảng viên, đạt gần 55%',
      'Đề nghị xét tặng Huy hiệu Đảng cho 95 đảng viên',
      'Kết quả đạt được 9 tháng đầu năm 2023',
    ]);
    expect(m).not.toContain('Tây Ninh, ngày');
  });

  it('the bulletin says who, when, with "bà" as the paper does, and no place it does not know', () => {
    const t = news(id);
    expectAll(t, [
      'BTNO - Ngày 4/10, Ban Tổ chức Huyện ủy Gò Dầu tổ chức Hội nghị sơ kết',
      'bà Nguyễn Thị Thanh Nhàn, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện',
      'Phạm Thị Thuý Hằng chủ trì Hội nghị',
      'toàn huyện kết nạp 54 đảng viên, đạt gần 55%',
      'Trọng Cầu',
    ]);
    expect(t).not.toMatch(/tại (?:tỉnh|huyện)/u);
    expect(t).not.toContain('./.');
  });
});

describe('Báo Thanh Hóa: Cụm thi đua số 2 tổng kết năm 2025', () => {
  const id = 'cum-2-tong-ket-2025';
  it('the minutes list every member unit present, the central guests with a capital, and a welcome not filed as a directive', () => {
    const m = docx(id, 'bien-ban');
    expectAll(m, [
      'CỤM THI ĐUA SỐ 2',
      'Thanh Hóa, ngày 18 tháng 11 năm 2025',
      'vào buổi chiều, ngày 18-11-2025',
      'phường Hạc Thành, tỉnh Thanh Hóa',
      'Ban Tổ chức Tỉnh ủy Thanh Hóa: có mặt đồng chí Nguyễn Văn Hùng, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Thanh Hóa, Cụm trưởng Cụm thi đua số 2 năm 2025 và đồng chí Đỗ Thị Toán',
      ...['Lạng Sơn', 'Quảng Ninh', 'Hưng Yên', 'Bắc Ninh', 'Ninh Bình', 'Nghệ An', 'Hà Tĩnh'].map(
        (p) => `Ban Tổ chức Tỉnh ủy ${p}: có mặt`,
      ),
      'Ban Tổ chức Thành ủy Hải Phòng: có mặt',
      'Đại diện lãnh đạo các Vụ và Văn phòng Ban Tổ chức Trung ương.',
      '1. Ý kiến phát biểu',
      'Đồng chí Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Thanh Hóa, nhấn mạnh:',
    ]);
    expect(m).not.toContain('Ý kiến chỉ đạo, kết luận');
  });

  it('the bulletin names the attendees without repeating an opener, and no chair the article does not name', () => {
    const t = news(id);
    expectAll(t, [
      'Chiều 18-11, tại phường Hạc Thành, Cụm thi đua số 2',
      'Trịnh Tuấn Sinh, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh Thanh Hóa',
      'Đỗ Thị Toán',
      'Phát biểu chào mừng Hội nghị, đồng chí Trịnh Tuấn Sinh nhấn mạnh',
    ]);
    expect(t).not.toContain('chủ trì Hội nghị');
    noRepeatedOpeners(t);
  });
});

describe('Báo Phú Thọ: Cụm thi đua số 1 tổng kết năm 2025', () => {
  const id = 'cum-1-tong-ket-2025';
  it('the minutes leave the unknown place blank and give each member without a record one line to fill', async () => {
    const m = docx(id, 'bien-ban');
    expectAll(m, [
      '……, ngày 05 tháng 12 năm 2025',
      'vào buổi sáng, ngày 5-12-2025',
      'đồng chí Bùi Đình Thi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, Cụm trưởng Cụm thi đua số 1',
      'Đồng chí Nguyễn Mạnh Sơn, Phó Bí thư Tỉnh ủy',
      'nhất là các nhiệm vụ “chưa có tiền lệ”',
      '2. Ý kiến phát biểu',
    ]);
    // Printed: each unit's name and its blank share one line, so no line is justified into gaps.
    const { lines } = await pdfLines(readFileSync(join(out, id, 'bien-ban.pdf')));
    const members = ['Thành ủy Hà Nội', 'Tỉnh ủy Thái Nguyên', 'Tỉnh ủy Tuyên Quang', 'Tỉnh ủy Cao Bằng', 'Tỉnh ủy Sơn La'];
    for (const name of members) {
      const line = lines.find((l) => l.text.includes(`Ban Tổ chức ${name}:`));
      expect(line?.text, name).toMatch(/:\s*…{7,}[;.]$/u);
    }
  });

  it('the bulletin says the two speeches in one sentence, without "tại Hội nghị" twice', () => {
    const t = news(id);
    expectAll(t, ['Sáng 5-12, Cụm thi đua số 1', 'Tại Hội nghị, các đồng chí Nguyễn Mạnh Sơn và Bùi Đình Thi đều phát biểu./.']);
    expect(t).not.toMatch(/Tại Hội nghị, [^.]*tại Hội nghị/u);
    noRepeatedOpeners(t);
  });
});

describe('Báo Lạng Sơn: Cụm thi đua I các cơ quan ban Đảng tổng kết năm 2017, ký giao ước 2018', () => {
  const id = 'lang-son-cum-i-tong-ket-2017';
  it('the minutes record the general discussion and the assessment as sentences', () => {
    const m = docx(id, 'bien-ban');
    expectAll(m, [
      'Lạng Sơn, ngày 08 tháng 01 năm 2018',
      'vào buổi chiều, ngày 8-1-2018',
      'Các đại biểu chia sẻ:',
      'Hội nghị đã thống nhất bình xét Ban Tuyên giáo là đơn vị nhất Cụm thi đua năm 2017.',
    ]);
  });

  it('the pledge is a draft with one block per member body and no office title it was not given', () => {
    const g = docx(id, 'giao-uoc');
    expectAll(g, [
      'DỰ THẢO',
      'BẢN GIAO ƯỚC THI ĐUA NĂM 2018',
      'BAN TUYÊN GIÁO',
      'BAN DÂN VẬN',
      'ỦY BAN KIỂM TRA',
      'VĂN PHÒNG',
      'lập thành 6 bản',
    ]);
    expect(g).not.toContain('TRƯỞNG BAN');
  });

  it('the bulletin names the member bodies (one province), the discussion and the assessment without inventing', () => {
    const t = news(id);
    expectAll(t, [
      'LSO - Chiều 8/1, Cụm thi đua I các cơ quan ban Đảng trực thuộc Tỉnh ủy Lạng Sơn tổ chức Hội nghị',
      'Cụm gồm các đơn vị: Ban Tuyên giáo Tỉnh ủy Lạng Sơn, Ban Tổ chức Tỉnh ủy Lạng Sơn',
      'các đại biểu chia sẻ kinh nghiệm để triển khai thực hiện tốt nhiệm vụ năm 2018.',
      'Hội nghị đã thống nhất bình xét Ban Tuyên giáo là đơn vị nhất Cụm thi đua năm 2017.',
    ]);
    expect(t).not.toContain('Lạng Sơn, Lạng Sơn');
    expect(t).not.toContain('(Cụm thi đua số I)');
    expect(t).not.toContain('chia sẻ một số kết quả nổi bật');
    expect(t).not.toContain('thông báo kết quả bình xét thi đua: Hội nghị');
  });
});
