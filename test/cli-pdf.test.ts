// `vankien pdf`: any Word file to PDF through the command line, in a sandbox folder; failures named, nothing half-written.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';
import { pdfLines } from './support/pdf-lines.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal Word document with one paragraph in `font`, zipped as Word would (the parts a reader needs). */
function docx(text: string, font: string): Uint8Array {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr><w:t>${text}</w:t></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  );
  return zip.generate({ type: 'uint8array' });
}

function sandbox(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-pdf-'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  return dir;
}

const NO_STACK = /\n\s+at |Error:/;

describe('vankien pdf', () => {
  it('writes file.pdf beside the .docx with its text, and prints the engine warnings worded as the build words them', async () => {
    const dir = sandbox({ 'mau.docx': docx('Xin chào Việt Nam', 'Comic Sans MS') });
    const r = await runCli(['pdf', 'mau.docx'], dir);
    expect(r.code).toBe(0);
    const pdf = readFileSync(join(dir, 'mau.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, lines } = await pdfLines(pdf);
    expect(pages).toBe(1);
    expect(lines.map((l) => l.text).join(' ')).toContain('Xin chào Việt Nam');
    expect(r.stdout).toContain('✓ mau.docx → mau.pdf');
    // Comic Sans MS has no metric-compatible free face: the build's VK703 wording names it.
    expect(r.stdout).toMatch(/mau\.docx:1:1: cảnh báo VK703: (mau\.docx: k|K)hông có phông "Comic Sans MS"/);
    expect(r.stdout).toContain('Đã tạo 1/1 tệp PDF.');
  });

  it('names a file that is not a Word document, writes no PDF and no temporary file, exit 1', async () => {
    const dir = sandbox({ 'hong.docx': 'đây không phải tệp zip' });
    const r = await runCli(['pdf', 'hong.docx'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/hong\.docx:1:1: lỗi VK710: Không chuyển được hong\.docx sang PDF: không phải tệp Word \(\.docx\) đọc được/);
    expect(r.stderr).toContain('lưu lại dạng "Word Document (.docx)"');
    expect(r.stderr + r.stdout).not.toMatch(NO_STACK);
    expect(readdirSync(dir)).toEqual(['hong.docx']);
  });

  it('says a missing file is missing, in English when asked', async () => {
    const dir = sandbox({});
    const vi = await runCli(['pdf', 'khong-co.docx'], dir);
    expect(vi.code).toBe(1);
    expect(vi.stderr).toContain('lỗi VK710: Không chuyển được khong-co.docx sang PDF: không có tệp này.');
    const en = await runCli(['pdf', '--lang', 'en', 'khong-co.docx'], dir);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('error VK710: Cannot convert khong-co.docx to PDF: no such file.');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('converts the good file of two into --out and reports the bad one, exit 1', async () => {
    const dir = sandbox({ 'tot.docx': docx('Biên bản hội nghị', 'Times New Roman'), 'xau.docx': new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) });
    const r = await runCli(['pdf', 'xau.docx', 'tot.docx', '--out', 'ket-qua'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✓ tot.docx → ${join('ket-qua', 'tot.pdf')}`);
    expect(r.stderr).toContain('lỗi VK710: Không chuyển được xau.docx sang PDF');
    expect(r.stdout).toContain('Đã tạo 1/2 tệp PDF.');
    expect(readdirSync(join(dir, 'ket-qua'))).toEqual(['tot.pdf']);
    expect(existsSync(join(dir, 'xau.pdf'))).toBe(false);
    const { lines } = await pdfLines(readFileSync(join(dir, 'ket-qua', 'tot.pdf')));
    expect(lines.map((l) => l.text).join(' ')).toContain('Biên bản hội nghị');
  });

  it('refuses to write two PDFs of the same name into one --out folder', async () => {
    const dir = sandbox({});
    const a = sandbox({ 'mau.docx': docx('Một', 'Arial') });
    const b = sandbox({ 'mau.docx': docx('Hai', 'Arial') });
    const r = await runCli(['pdf', join(a, 'mau.docx'), join(b, 'mau.docx'), '--out', 'ra'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tệp PDF trùng tên với tệp PDF của');
    expect(readdirSync(join(dir, 'ra'))).toEqual(['mau.pdf']);
  });

  it('needs at least one file (usage error, exit 2)', async () => {
    const r = await runCli(['pdf'], sandbox({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cần ít nhất một tệp .docx');
  });
});
