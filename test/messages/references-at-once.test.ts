// A conference file with other errors still has its unit, cluster and person references checked in
// the same run, as far as they can be read; an error never causes a false reference error.
import { describe, expect, it } from 'vitest';
import { checkJson, projectWith, runCli } from '../support/cli.js';

const HEAD = 'kind: conference\nid: thu-nhieu-loi\nkinds: [tong-ket]\nperiod: { year: 2024 }\n';
const GUEST = 'participants:\n  guests:\n    - id: nguyen-van-an\n      name: Nguyễn Văn An\n';

async function findings(body: string) {
  const dir = projectWith({ 'data/conferences/x.yaml': HEAD + body });
  const r = await checkJson(dir, 'data/conferences/x.yaml');
  return r.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => `${String(d.line)}:${String(d.column)} ${String(d.code)} ${String(d.message)}`);
}

describe('all reference errors in one run', () => {
  it('reports a schema error, an unknown unit and an unknown person together', async () => {
    const dir = projectWith({
      'data/conferences/x.yaml': `${HEAD}date: 10/12/2024\nhost: btctu-dak-lac\n${GUEST}chairs: [{ person: nguyen-van-anh }]\n`,
    });
    const r = await runCli(['check', 'data/conferences/x.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('data/conferences/x.yaml:5:7: lỗi VK205: "10/12/2024" không đúng định dạng ngày (YYYY-MM-DD).');
    expect(r.stdout).toContain('data/conferences/x.yaml:6:7: lỗi VK301: Không có đơn vị mã "btctu-dak-lac" trong data/units.');
    expect(r.stdout).toContain('Gợi ý: Có phải ý bạn là "btctu-dak-lak"?');
    expect(r.stdout).toContain(
      'data/conferences/x.yaml:11:20: lỗi VK303: Không có người mã "nguyen-van-anh" trong thành phần dự (participants).',
    );
    expect(r.stdout).toContain('Gợi ý: Có phải ý bạn là "nguyen-van-an"?');
    expect(r.stdout).toContain('Đã kiểm tra 1 tệp: 3 lỗi, 0 cảnh báo.');
  });

  it('reports an unknown cluster next to a misspelt field', async () => {
    expect(await findings('date: 2024-12-10\ntitel: Hội nghị\ncluster: cum-3-mien-trung\n')).toEqual([
      '6:1 VK202 Trường "titel" không có trong mẫu dữ liệu.',
      '7:10 VK302 Không có Cụm thi đua mã "cum-3-mien-trung" trong data/clusters.',
    ]);
  });

  it('checks what can be read of a list whose other items have errors', async () => {
    expect(
      await findings(
        `date: 2024-12-10\n${GUEST}reports:\n    - unit: btctu-dak-lak\n      title: 5\n    - unit: btctu-khong-co\n      title: Báo cáo\n      presenter: nguyen-van-b\n`,
      ),
    ).toEqual([
      '12:14 VK203 Giá trị phải là chữ (một chuỗi).',
      '13:13 VK301 Không có đơn vị mã "btctu-khong-co" trong data/units.',
      '15:18 VK303 Không có người mã "nguyen-van-b" trong thành phần dự (participants).',
    ]);
  });

  it('does not check a reference whose own value has an error', async () => {
    expect(await findings(`date: 2024-12-10\nhost: BTCTU-DAK-LAC\n`)).toEqual(['6:7 VK205 "BTCTU-DAK-LAC" không đúng định dạng mã.']);
  });

  it('does not check people when their declarations have an error (they may be incomplete)', async () => {
    const broken = 'participants:\n  guests:\n    - id: nguyen-van-an\n      nam: Nguyễn Văn An\n';
    expect(
      await findings(`date: 2024-12-10\n${broken}chairs: [{ person: nguyen-van-an }, { person: nguyen-van-b }]\nhost: btctu-khong-co\n`),
    ).toEqual([
      '8:7 VK201 Thiếu trường bắt buộc "name".',
      '9:7 VK202 Trường "nam" không có trong mẫu dữ liệu.',
      '11:7 VK301 Không có đơn vị mã "btctu-khong-co" trong data/units.',
    ]);
  });

  it('does not check people when participants is missing and an unknown field may be it', async () => {
    const misspelt = 'participant:\n  guests:\n    - id: nguyen-van-an\n      name: Nguyễn Văn An\n';
    expect(await findings(`date: 2024-12-10\n${misspelt}chairs: [{ person: nguyen-van-an }]\n`)).toEqual([
      '6:1 VK202 Trường "participant" không có trong mẫu dữ liệu.',
    ]);
  });

  it('does not check that a unit was active on a date that has an error', async () => {
    // btctu-quang-binh ended on 30-6-2025: with a readable date after it, that would be VK313.
    expect(await findings('date: 2025-7-01\nhost: btctu-quang-binh\n')).toEqual([
      '5:7 VK205 "2025-7-01" không đúng định dạng ngày (YYYY-MM-DD).',
    ]);
    // A date of the right form that does not exist: reported once, not again as the unit "not active" on it.
    expect(await findings('date: 2025-13-01\nhost: btctu-quang-binh\n')).toEqual(['5:7 VK306 "2025-13-01" không phải ngày có thật.']);
  });

  it('checks the readable fields of an item that lacks a required one, and not the missing one', async () => {
    expect(await findings(`date: 2024-12-10\n${GUEST}reports:\n  - unit: btctu-khong-co\n    presenter: nguyen-van-an\n`)).toEqual([
      '11:5 VK201 Thiếu trường bắt buộc "title".',
      '11:11 VK301 Không có đơn vị mã "btctu-khong-co" trong data/units.',
    ]);
  });
});

describe('a cluster file with errors', () => {
  async function clusterFindings(body: string) {
    const dir = projectWith({ 'data/clusters/cum-thu.yaml': `kind: cluster\nid: cum-thu\nname: Cụm thi đua thử\nnumber: III\n${body}` });
    const r = await checkJson(dir, 'data/clusters/cum-thu.yaml');
    return r.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${String(d.line)}:${String(d.column)} ${String(d.code)} ${String(d.message)}`);
  }

  it('still reports an unknown member and a leader who is not a member', async () => {
    expect(
      await clusterFindings(
        'region: 5\nmembers: [btctu-dak-lak, btctu-khanh-hoaa]\nleadership:\n  - year: 2024\n    head: btctu-phu-yen\n',
      ),
    ).toEqual([
      '5:9 VK203 Giá trị phải là chữ (một chuỗi).',
      '6:26 VK301 Không có đơn vị mã "btctu-khanh-hoaa" trong data/units.',
      '9:11 VK304 Đơn vị "btctu-phu-yen" không phải thành viên của Cụm thi đua thử.',
    ]);
  });

  it('does not say a leader is not a member when the member list has an error', async () => {
    expect(
      await clusterFindings(
        'region: miền Trung\nmembers: [btctu-dak-lak, BTCTU-PHU-YEN]\nleadership:\n  - year: 2024\n    head: btctu-phu-yen\n',
      ),
    ).toEqual(['6:26 VK205 "BTCTU-PHU-YEN" không đúng định dạng mã.']);
  });
});
