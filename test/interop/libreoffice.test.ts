// Interop: LibreOffice and our engine convert every rendered .docx to PDF; pages, phrases and words must agree.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFontSource } from '../../src/engine/fonts/source.js';
import { docxToPdf } from '../../src/engine/index.js';
import { renderFor, samples } from '../support/docx.js';

const dir = mkdtempSync(join(tmpdir(), 'vankien-interop-'));
/** Our PDFs, apart from LibreOffice's (which land in `dir` under the .docx names). */
const ours = join(dir, 'ours');
const expected = new Map<string, string[]>();
const docxFiles = new Map<string, Uint8Array>();

for (const { value: conf } of samples.project.conferences) {
  const { minutes, pledge, vm } = renderFor(samples.project, conf);
  if (minutes) {
    writeFileSync(join(dir, `${conf.id}.bien-ban.docx`), minutes);
    docxFiles.set(`${conf.id}.bien-ban`, minutes);
    expected.set(`${conf.id}.bien-ban`, [
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'BIÊN BẢN',
      vm.header.placeDate,
      vm.title,
      `Hội nghị kết thúc vào lúc ${vm.time.end} cùng ngày.`,
      `Biên bản đã được đọc lại và thông qua tại hội nghị`,
    ]);
  }
  if (pledge) {
    const units = vm.pledge.signatureRows.flatMap((r) => [r.left.unit, r.right?.unit ?? '']).filter(Boolean);
    writeFileSync(join(dir, `${conf.id}.giao-uoc.docx`), pledge);
    docxFiles.set(`${conf.id}.giao-uoc`, pledge);
    expected.set(`${conf.id}.giao-uoc`, ['BẢN GIAO ƯỚC THI ĐUA NĂM', 'ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC', ...units]);
  }
}

/** pdftotext's words with all white space folded, in NFC (some PDFs decompose Vietnamese letters). */
const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
const text = (pdf: string) => flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
const pages = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
const lo = (name: string) => join(dir, `${name}.pdf`);
const mine = (name: string) => join(ours, `${name}.pdf`);

/** How many of `want`'s words (with repeats) `have` holds too, and the ones it lacks or adds. */
function wordsCompared(want: string[], have: string[]) {
  const count = new Map<string, number>();
  for (const w of have) count.set(w, (count.get(w) ?? 0) + 1);
  const missing: string[] = [];
  for (const w of want) {
    const n = count.get(w) ?? 0;
    if (n > 0) count.set(w, n - 1);
    else missing.push(w);
  }
  const extra = [...count].flatMap(([w, n]) => Array<string>(n).fill(w));
  return { found: want.length - missing.length, missing, extra };
}

describe('LibreOffice interop', () => {
  beforeAll(async () => {
    mkdirSync(ours, { recursive: true });
    const fonts = createFontSource();
    for (const [name, docx] of docxFiles)
      writeFileSync(mine(name), (await docxToPdf(docx, fonts, { creator: 'vankien', producer: 'vankien' }, name)).pdf);
  });

  it('converts every rendered document to PDF without error', () => {
    const docs = readdirSync(dir)
      .filter((f) => f.endsWith('.docx'))
      .map((f) => join(dir, f));
    expect(docs.length).toBe(expected.size);
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...docs,
      ],
      { stdio: 'pipe', timeout: 240000 },
    );
    const pdfs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.sort()).toEqual([...expected.keys()].map((k) => `${k}.pdf`).sort());
  });

  for (const [name, phrases] of expected) {
    it(`${name}.pdf holds its text with correct diacritics`, () => {
      const got = text(lo(name));
      for (const phrase of phrases) expect(got, phrase).toContain(flat(phrase));
    });

    it(`${name}: our PDF has LibreOffice's page count`, () => {
      expect(pages(mine(name))).toBe(pages(lo(name)));
    });

    it(`${name}: our PDF holds the same phrases with correct diacritics`, () => {
      const got = text(mine(name));
      for (const phrase of phrases) expect(got, phrase).toContain(flat(phrase));
    });

    it(`${name}: copying our PDF's text gives LibreOffice's words`, () => {
      const theirs = text(lo(name)).split(' ').filter(Boolean);
      const words = text(mine(name)).split(' ').filter(Boolean);
      const { found, missing, extra } = wordsCompared(theirs, words);
      const detail = `missing ${JSON.stringify(missing.slice(0, 20))}, extra ${JSON.stringify(extra.slice(0, 20))}`;
      expect(theirs.length).toBeGreaterThan(50);
      expect(found / theirs.length, detail).toBeGreaterThanOrEqual(0.99);
      // More than 1% extra words would be text LibreOffice does not show (hidden or doubled).
      expect(extra.length / theirs.length, detail).toBeLessThanOrEqual(0.01);
    });
  }
});
