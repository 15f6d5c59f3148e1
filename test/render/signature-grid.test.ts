// The pledge's signature grid in the PDFs a build makes, for clusters of 3 to 16 member units: the
// heading on the page of the first row, no block split across pages, the odd last block centred, and
// no page holding only that block: an odd number of units takes no more pages than one unit fewer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectWith, runCli } from '../support/cli.js';
import { pdfLines, type PdfLine } from '../support/pdf-lines.js';

// Units of the sample data in force on 13-12-2024, each named "Ban Tổ chức Tỉnh ủy (Thành ủy) X".
const UNITS = [
  ['btctu-ha-noi', 'THÀNH ỦY HÀ NỘI'],
  ['btctu-vinh-phuc', 'TỈNH ỦY VĨNH PHÚC'],
  ['btctu-phu-tho', 'TỈNH ỦY PHÚ THỌ'],
  ['btctu-hoa-binh', 'TỈNH ỦY HÒA BÌNH'],
  ['btctu-yen-bai', 'TỈNH ỦY YÊN BÁI'],
  ['btctu-lao-cai', 'TỈNH ỦY LÀO CAI'],
  ['btctu-lai-chau', 'TỈNH ỦY LAI CHÂU'],
  ['btctu-son-la', 'TỈNH ỦY SƠN LA'],
  ['btctu-dien-bien', 'TỈNH ỦY ĐIỆN BIÊN'],
  ['btctu-tuyen-quang', 'TỈNH ỦY TUYÊN QUANG'],
  ['btctu-ha-giang', 'TỈNH ỦY HÀ GIANG'],
  ['btctu-cao-bang', 'TỈNH ỦY CAO BẰNG'],
  ['btctu-bac-kan', 'TỈNH ỦY BẮC KẠN'],
  ['btctu-thai-nguyen', 'TỈNH ỦY THÁI NGUYÊN'],
  ['btctu-quang-binh', 'TỈNH ỦY QUẢNG BÌNH'],
  ['btctu-quang-tri', 'TỈNH ỦY QUẢNG TRỊ'],
] as const;
const SIZES = Array.from({ length: 14 }, (_, i) => i + 3);
const signer = (i: number) => `Nguyễn Văn Ký ${String.fromCharCode(65 + i)}`; // "… Ký A": no digit to mix with page numbers

function files(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of SIZES) {
    const members = UNITS.slice(0, n).map(([id]) => id);
    out[`data/clusters/cum-thu-${n}.yaml`] =
      `kind: cluster\nid: cum-thu-${n}\nname: Cụm thi đua thử ${n} đơn vị\nmembers: [${members.join(', ')}]\n`;
    const signatories = members
      .map((id, i) => `    - { unit: ${id}, role: ${i % 3 === 0 ? 'pho-truong-ban' : 'truong-ban'}, name: ${signer(i)} }`)
      .join('\n');
    out[`data/conferences/thu-${n}.yaml`] = `kind: conference
id: thu-${n}
kinds: [tong-ket, ky-giao-uoc]
title: Hội nghị tổng kết công tác thi đua năm 2024, phát động và ký giao ước thi đua năm 2025
cluster: cum-thu-${n}
period: { year: 2024 }
date: 2024-12-13
place: { venue: Hội trường Tỉnh ủy, locality: thành phố Việt Trì, province: Phú Thọ }
pledge:
  period: { year: 2025 }
  goals: [Tạo khí thế thi đua sôi nổi trong toàn ngành]
  groups:
    - title: Tham mưu công tác xây dựng tổ chức đảng
      items: [Hoàn thành chỉ tiêu kết nạp đảng viên]
  implementation: [Các đơn vị xây dựng kế hoạch thực hiện giao ước]
  signatories:
${signatories}
`;
  }
  return out;
}

const pledges = new Map<number, { pages: number; lines: PdfLine[] }>();
let dir = '';

beforeAll(async () => {
  dir = projectWith(files());
  const r = await runCli(['build', '--jobs', '1', '--project', dir, '--out', 'out'], dir);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  for (const n of SIZES) pledges.set(n, await pdfLines(readFileSync(join(dir, 'out', `thu-${n}`, 'giao-uoc.pdf'))));
}, 240_000);

const pageOf = (lines: PdfLine[], text: string) => {
  const found = lines.filter((l) => l.text.trim() === text);
  expect(found, text).toHaveLength(1);
  return found[0] as PdfLine;
};

describe('pledge signature grid, 3 to 16 units', () => {
  for (const n of SIZES) {
    it(`${n} units`, () => {
      const { pages, lines } = pledges.get(n) ?? { pages: 0, lines: [] };
      // Each block on one page: its committee line, its position line and its signer's name together.
      const blocks = UNITS.slice(0, n).map(([, committee], i) => ({ committee: pageOf(lines, committee), name: pageOf(lines, signer(i)) }));
      blocks.forEach((b) => expect(b.committee.page).toBe(b.name.page));
      // The heading stands on the page of the first row.
      expect(pageOf(lines, 'ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC').page).toBe(blocks[0]?.name.page);
      // The grid's last page holds more than the odd last block (unless the whole grid is that block).
      const last = blocks.filter((b) => b.name.page === pages);
      expect(last.length === 1 && n > 1).toBe(false);
      if (n % 2 === 1) {
        const name = blocks[n - 1]?.name as PdfLine;
        const pair = blocks[n - 2]?.name as PdfLine;
        const left = blocks[n - 3]?.name as PdfLine;
        // Centred: right of the left column's names and left of the right column's.
        expect(name.x).toBeGreaterThan(left.x + 40);
        expect(name.x).toBeLessThan(pair.x - 40);
      }
    });
  }

  it('an odd number of units takes no more pages than one unit fewer', () => {
    for (const n of SIZES.filter((k) => k % 2 === 1 && k > 3)) {
      expect(pledges.get(n)?.pages, `${n} units`).toBe(pledges.get(n - 1)?.pages);
    }
  });
});
