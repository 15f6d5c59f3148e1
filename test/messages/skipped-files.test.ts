// Files in data/ that are not .yaml/.yml are said to be skipped (check and build), and an unknown
// reference whose id is written in one of them says so instead of suggesting an unrelated id.
import { describe, expect, it } from 'vitest';
import { checkJson, projectWith, runCli } from '../support/cli.js';

const MIEN_TAY = 'kind: units\nunits:\n  - id: btctu-ca-mau-moi\n    name: Ban Tổ chức Tỉnh ủy Cà Mau\n    province: Cà Mau\n';
const conference = (body: string) =>
  `kind: conference\nid: thu-bo-qua\nkinds: [tong-ket]\nperiod: { year: 2024 }\ndate: 2024-12-10\n${body}`;

describe('skipped files', () => {
  it('warns once for each file that is not .yaml, naming it, and not for hidden files or images', async () => {
    const dir = projectWith({
      'data/units/mien-tay.txt': MIEN_TAY,
      'data/ghi-chu.md': '# ghi chú\n',
      'data/.an.txt': 'x\n',
      'data/.git/config': 'x\n',
      'data/images/chu-ky.png': 'x',
      'data/conferences/x.yaml': conference('title: Hội nghị\n'),
    });
    const r = await runCli(['check'], dir);
    expect(r.stdout).toContain(
      'data/units/mien-tay.txt:1:1: cảnh báo VK115: Bỏ qua tệp data/units/mien-tay.txt: chỉ tệp có đuôi .yaml hoặc .yml mới được đọc.\n    Gợi ý: Đổi tên thành .yaml nếu đây là tệp dữ liệu.\n',
    );
    expect(r.stdout).toContain(
      'data/ghi-chu.md:1:1: cảnh báo VK115: Bỏ qua tệp data/ghi-chu.md: chỉ tệp có đuôi .yaml hoặc .yml mới được đọc.',
    );
    expect(r.stdout.match(/VK115/g)).toHaveLength(2);
    expect(r.stdout).not.toMatch(/\.an\.txt|\.git|chu-ky\.png/);
    expect(r.code).toBe(0);
    // Skipped files were not checked: the count is of the files read.
    expect(r.stdout).toMatch(/Đã kiểm tra 6 tệp: 0 lỗi, \d+ cảnh báo\./);
  });

  it('groups editor backups in one warning, with every path in JSON', async () => {
    const dir = projectWith({
      'data/units/mien-bac.yaml~': 'x\n',
      'data/units/mien-bac.yaml.bak': 'x\n',
      'data/conferences/x.YAML.orig': 'x\n',
    });
    const r = await checkJson(dir);
    const backups = r.diagnostics.filter((d) => d.code === 'VK116');
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({
      severity: 'warning',
      file: 'data/conferences/x.YAML.orig',
      message:
        'Bỏ qua 3 tệp sao lưu của trình soạn thảo: data/conferences/x.YAML.orig, data/units/mien-bac.yaml.bak, data/units/mien-bac.yaml~.',
      hint: 'Các tệp này không được đọc: đổi tên thành .yaml nếu đây là tệp dữ liệu, hoặc xóa đi nếu không cần.',
      files: ['data/conferences/x.YAML.orig', 'data/units/mien-bac.yaml.bak', 'data/units/mien-bac.yaml~'],
    });
    expect(r.diagnostics.filter((d) => d.code === 'VK115')).toEqual([]);
  });

  it('speaks English with --lang en', async () => {
    const dir = projectWith({ 'data/units/mien-tay.txt': MIEN_TAY, 'data/units/mien-bac.yml~': 'x\n' });
    const r = await checkJson(dir, '--lang', 'en');
    expect(
      r.diagnostics.filter((d) => d.severity === 'warning' && d.code !== 'VK501').map((d) => `${String(d.message)} | ${String(d.hint)}`),
    ).toEqual([
      'Skipped 1 editor backup file: data/units/mien-bac.yml~. | They are not read: rename one to .yaml if it is a data file, or delete them if not needed.',
      'Skipped data/units/mien-tay.txt: only files ending in .yaml or .yml are read. | Rename it to .yaml if it is a data file.',
    ]);
  });

  it('says so when a conference names a unit written only in a skipped file', async () => {
    const dir = projectWith({ 'data/units/mien-tay.txt': MIEN_TAY, 'data/conferences/x.yaml': conference('host: btctu-ca-mau-moi\n') });
    const r = await runCli(['check', 'data/conferences/x.yaml'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'data/conferences/x.yaml:6:7: lỗi VK301: Không có đơn vị mã "btctu-ca-mau-moi" trong data/units.\n    5 | date: 2024-12-10\n  > 6 | host: btctu-ca-mau-moi\n      |       ^^^^^^^^^^^^^^^^\n    Trường: host\n    Gợi ý: Mã "btctu-ca-mau-moi" có trong tệp data/units/mien-tay.txt, nhưng tệp này bị bỏ qua vì không có đuôi .yaml: đổi tên thành .yaml nếu đây là tệp dữ liệu.\n',
    );
    // The skipped unit file is said even when only the conference was asked for.
    expect(r.stdout).toContain('cảnh báo VK115: Bỏ qua tệp data/units/mien-tay.txt');
    const en = await runCli(['check', '--lang', 'en', 'data/conferences/x.yaml'], dir);
    expect(en.stdout).toContain(
      '    Hint: The id "btctu-ca-mau-moi" is in data/units/mien-tay.txt, which was skipped because it does not end in .yaml: rename it to .yaml if it is a data file.\n',
    );
  });

  it('names the skipped file for an unknown cluster and an unknown person too, and only for the whole id', async () => {
    const dir = projectWith({
      'data/clusters/cum-5.yml.bak': 'kind: cluster\nid: cum-5-tay-nam-bo\nmembers: [btctu-ca-mau]\n',
      'data/conferences/nhap.txt': 'participants:\n  guests:\n    - id: tran-van-binh\n',
      'data/conferences/x.yaml': conference(
        'cluster: cum-5-tay-nam-bo\nparticipants:\n  guests:\n    - id: tran-van-binh-2\n      name: Trần Văn Bình\nchairs: [{ person: tran-van-binh }, { person: tran-van }]\n',
      ),
    });
    const r = await checkJson(dir, 'data/conferences/x.yaml');
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${String(d.code)} ${String(d.hint)}`)).toEqual([
      'VK302 Mã "cum-5-tay-nam-bo" có trong tệp data/clusters/cum-5.yml.bak, nhưng tệp này bị bỏ qua vì không có đuôi .yaml: đổi tên thành .yaml nếu đây là tệp dữ liệu.',
      'VK303 Mã "tran-van-binh" có trong tệp data/conferences/nhap.txt, nhưng tệp này bị bỏ qua vì không có đuôi .yaml: đổi tên thành .yaml nếu đây là tệp dữ liệu.',
      // "tran-van" is only part of an id in the skipped file: the closest declared id is suggested.
      'VK303 Có phải ý bạn là "tran-van-binh-2"?',
    ]);
  });

  it('build says which files it skipped', async () => {
    const dir = projectWith({ 'data/units/mien-tay.txt': MIEN_TAY, 'data/units/mien-bac.yaml~': 'x\n' });
    const r = await runCli(['build', '--pdf-engine', 'none'], dir);
    expect(r.stdout).toContain(
      'data/units/mien-tay.txt:1:1: cảnh báo VK115: Bỏ qua tệp data/units/mien-tay.txt: chỉ tệp có đuôi .yaml hoặc .yml mới được đọc.\n    Gợi ý: Đổi tên thành .yaml nếu đây là tệp dữ liệu.\n',
    );
    expect(r.stdout).toContain(
      'data/units/mien-bac.yaml~:1:1: cảnh báo VK116: Bỏ qua 1 tệp sao lưu của trình soạn thảo: data/units/mien-bac.yaml~.\n',
    );
    const quiet = await runCli(['build', '--pdf-engine', 'none', '--quiet'], dir);
    expect(quiet.stdout).not.toContain('VK115');
  });
});
