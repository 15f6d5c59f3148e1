// Interop: LibreOffice opens every rendered .docx and converts it to PDF; pdftotext finds the Vietnamese text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFor, samples } from '../support/docx.js';

const dir = mkdtempSync(join(tmpdir(), 'vankien-interop-'));
const expected = new Map<string, string[]>();

for (const { value: conf } of samples.project.conferences) {
  const { minutes, pledge, vm } = renderFor(samples.project, conf);
  if (minutes) {
    writeFileSync(join(dir, `${conf.id}.bien-ban.docx`), minutes);
    expected.set(`${conf.id}.bien-ban`, ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BIÊN BẢN', vm.header.placeDate, vm.title, `Hội nghị kết thúc vào lúc ${vm.time.end} cùng ngày./.`]);
  }
  if (pledge) {
    const units = vm.pledge.signatureRows.flatMap((r) => [r.left.unit, r.right?.unit ?? '']).filter(Boolean);
    writeFileSync(join(dir, `${conf.id}.giao-uoc.docx`), pledge);
    expected.set(`${conf.id}.giao-uoc`, ['BẢN GIAO ƯỚC THI ĐUA NĂM', 'ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC', ...units]);
  }
}

/** pdftotext's words with all white space folded, in NFC (some PDFs decompose Vietnamese letters). */
const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe('LibreOffice interop', () => {
  it('converts every rendered document to PDF without error', () => {
    const docs = readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => join(dir, f));
    expect(docs.length).toBe(expected.size);
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...docs], { stdio: 'pipe', timeout: 240000 });
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.sort()).toEqual([...expected.keys()].map((k) => `${k}.pdf`).sort());
  });

  for (const [name, phrases] of expected) {
    it(`${name}.pdf holds its text with correct diacritics`, () => {
      const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }));
      for (const phrase of phrases) expect(text, phrase).toContain(flat(phrase));
    });
  }
});
