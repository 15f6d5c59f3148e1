// Kinds of document declared in templates/documents.yaml, through the command line on a sandbox
// project: a kind added with no code change gets its files, a mistake is a positioned message, a
// kind taken out again leaves the outputs and the index.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { EXAMPLES, REPO } from '../support/fixtures.js';

const EXAMPLE_KINDS = readFileSync(join(EXAMPLES, 'them-loai-van-ban', 'documents.yaml'), 'utf8');
const IDS = ['cum-1-giao-ban-6-thang-2024', 'cum-1-so-ket-6-thang-2024', 'cum-3-tong-ket-2023', 'long-an-tong-ket-2023'];

function sandbox(kinds?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-kinds-'));
  cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
  if (kinds !== undefined) {
    mkdirSync(join(dir, 'templates'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'documents.yaml'), kinds);
  }
  return dir;
}

const files = (dir: string, id: string) => readdirSync(join(dir, 'out', id)).sort();
const text = (docx: Buffer) => (new PizZip(docx).file('word/document.xml')?.asText() ?? '').replace(/<[^>]+>/g, '');

describe('a kind of document added by a project', () => {
  it('gets its .docx and .pdf for each conference it applies to, is listed in the index, and leaves the Word and text files of the other documents unchanged', async () => {
    const plain = sandbox();
    const added = sandbox(EXAMPLE_KINDS);
    expect((await runCli(['build', '--jobs', '1'], plain)).code).toBe(0);
    const r = await runCli(['build', '--jobs', '1'], added);
    expect(r.code).toBe(0);
    for (const id of IDS) {
      // Every sample conference has speeches: the condition { has: speeches } holds for each.
      expect(files(added, id)).toEqual([...files(plain, id), 'thong-bao-ket-luan.docx', 'thong-bao-ket-luan.pdf'].sort());
      // The PDFs of a conference share one font subset per face (paintJobs), so a new PDF beside them changes
      // their glyph sets: the other documents' .docx, .html and .txt are compared byte for byte.
      for (const f of files(plain, id).filter((f) => !f.endsWith('.pdf')))
        expect(readFileSync(join(added, 'out', id, f)).equals(readFileSync(join(plain, 'out', id, f))), `${id}/${f}`).toBe(true);
    }
    const notice = text(readFileSync(join(added, 'out', 'long-an-tong-ket-2023', 'thong-bao-ket-luan.docx')));
    expect(notice).toContain('THÔNG BÁO');
    expect(notice).toContain('Kết luận tại hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023');
    expect(notice).toContain('BAN TỔ CHỨC');
    // The sample gives no venue, which the kind requires: the notice is a draft.
    expect(notice).toContain('DỰ THẢO');
    const index = readFileSync(join(added, 'out', 'index.html'), 'utf8');
    expect(index).toContain('Thông báo kết luận (.docx)');
    expect(index).toContain('long-an-tong-ket-2023/thong-bao-ket-luan.pdf');
  });

  it("is linted by check and build like vankien's own templates: a tag the view model lacks is named with its template", async () => {
    const dir = sandbox(EXAMPLE_KINDS.replace('template: thong-bao-ket-luan.docx', 'template: cua-toi.docx'));
    const zip = new PizZip(readFileSync(join(REPO, 'templates', 'thong-bao-ket-luan.docx')));
    zip.file('word/document.xml', (zip.file('word/document.xml')?.asText() ?? '').replace('{header.placeDate}', '{header.placeDat}'));
    writeFileSync(join(dir, 'templates', 'cua-toi.docx'), zip.generate({ type: 'nodebuffer' }));
    const r = await runCli(['check', '--format', 'json'], dir);
    expect(r.code).not.toBe(0);
    const found = (JSON.parse(r.stdout) as { diagnostics: Array<{ code: string; file: string; message: string }> }).diagnostics.filter(
      (d) => d.file === 'templates/cua-toi.docx',
    );
    expect(found.map((d) => d.code)).toEqual(['VK603']);
    expect(found[0]?.message).toContain('{header.placeDat}');
    // build lints it too (the project no longer uses only vankien's templates), and stops.
    const build = await runCli(['build', '--jobs', '1', '--pdf-engine', 'none'], dir);
    expect(build.code).not.toBe(0);
    expect(build.stdout).toContain('templates/cua-toi.docx:1:1: lỗi VK603');
    expect(existsSync(join(dir, 'out', 'long-an-tong-ket-2023', 'thong-bao-ket-luan.docx'))).toBe(false);
  });

  it('a change to the declared file rebuilds; taking the entry out removes its files and its index lines', async () => {
    const dir = sandbox(EXAMPLE_KINDS);
    expect((await runCli(['build', '--jobs', '1', '--pdf-engine', 'none'], dir)).code).toBe(0);
    const same = await runCli(['build', '--jobs', '1', '--pdf-engine', 'none'], dir);
    expect(same.stdout).toMatch(/Hội nghị không đổi\s+4/);
    writeFileSync(
      join(dir, 'templates', 'documents.yaml'),
      EXAMPLE_KINDS.replace('label: Thông báo kết luận', 'label: Thông báo kết luận hội nghị'),
    );
    const relabelled = await runCli(['build', '--jobs', '1', '--pdf-engine', 'none'], dir);
    expect(relabelled.stdout).not.toMatch(/Hội nghị không đổi\s+4/);
    rmSync(join(dir, 'templates', 'documents.yaml'));
    const r = await runCli(['build', '--jobs', '1', '--pdf-engine', 'none'], dir);
    expect(r.code).toBe(0);
    for (const id of IDS) expect(existsSync(join(dir, 'out', id, 'thong-bao-ket-luan.docx'))).toBe(false);
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).not.toContain('thong-bao-ket-luan');
    expect(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')).not.toContain('thong-bao-ket-luan');
  });
});

describe('mistakes in templates/documents.yaml', () => {
  const entry = (fields: string) => `extends: vankien\ndocuments:\n  - id: conclusion\n    label: Thông báo kết luận\n${fields}`;
  const ok = {
    template: '    template: thong-bao-ket-luan.docx\n',
    output: '    output: thong-bao-ket-luan\n',
    formats: '    formats: [docx, pdf]\n',
  };
  const cases: Array<[string, string, string, number, number, string]> = [
    [
      'an unknown condition',
      entry(`${ok.template}${ok.output}${ok.formats}    when: pledg\n`),
      'VK609',
      8,
      11,
      'Có phải ý bạn là "pledge"?',
    ],
    [
      'an unknown conference kind',
      entry(`${ok.template}${ok.output}${ok.formats}    when: { kind: tong-kett }\n`),
      'VK609',
      8,
      19,
      'Có phải ý bạn là "tong-ket"?',
    ],
    [
      'a required field the conference file does not have',
      entry(`${ok.template}${ok.output}${ok.formats}    requires: [place.venu]\n`),
      'VK609',
      8,
      16,
      'Có phải ý bạn là "place.venue"?',
    ],
    [
      'a template file that is not there',
      entry(`    template: khong-co.docx\n${ok.output}${ok.formats}`),
      'VK607',
      5,
      15,
      'Không có tệp mẫu "khong-co.docx"',
    ],
    [
      'an output name another kind writes',
      entry(`${ok.template}    output: bien-ban\n${ok.formats}`),
      'VK608',
      6,
      13,
      'tên tệp kết quả "bien-ban" đã dùng cho loại văn bản minutes',
    ],
    [
      'a format a Word template cannot give',
      entry(`${ok.template}${ok.output}    formats: [docx, html]\n`),
      'VK606',
      7,
      21,
      'mẫu thong-bao-ket-luan.docx chỉ cho các định dạng docx, pdf',
    ],
    [
      'a field that does not exist',
      entry(`${ok.template}${ok.output}${ok.formats}    whn: always\n`),
      'VK606',
      8,
      5,
      'không có trường "whn"',
    ],
  ];
  it.each(cases)('%s: check and build say where, in Vietnamese, and build writes nothing', async (_, yaml, code, line, column, said) => {
    const dir = sandbox(yaml);
    const check = await runCli(['check', '--format', 'json'], dir);
    expect(check.code).not.toBe(0);
    const d = (
      JSON.parse(check.stdout) as {
        diagnostics: Array<{ code: string; file: string; line: number; column: number; message: string; hint?: string }>;
      }
    ).diagnostics.filter((x) => x.file === 'templates/documents.yaml');
    expect(d.map((x) => [x.code, x.line, x.column])).toEqual([[code, line, column]]);
    expect(`${d[0]?.message} ${d[0]?.hint}`).toContain(said);
    const text = await runCli(['check'], dir);
    expect(text.stdout).toContain(`templates/documents.yaml:${line}:${column}`);
    const build = await runCli(['build', '--jobs', '1', '--pdf-engine', 'none'], dir);
    expect(build.code).not.toBe(0);
    expect(build.stdout).toContain(code);
    expect(existsSync(join(dir, 'out', 'long-an-tong-ket-2023'))).toBe(false);
  });
});
