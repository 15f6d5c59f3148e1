// npm run fidelity: our PDF against LibreOffice's for every rendered .docx — pages, lines, word positions.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxToPdf } from '../engine/index.js';
import { createFontSource } from '../engine/fonts/source.js';
import { matchWords, pdfText } from './pdf-words.js';

const outDir = process.argv[2] ?? 'out';
const work = mkdtempSync(join(tmpdir(), 'vankien-fidelity-'));
const need = (cmd: string, pkg: string) => {
  try {
    execFileSync('which', [cmd], { stdio: 'pipe' });
  } catch {
    console.error(`Thiếu lệnh "${cmd}": cài bằng "apt-get install ${pkg}".`);
    process.exit(2);
  }
};
need('soffice', 'libreoffice-writer-nogui');
need('pdftotext', 'poppler-utils');
const serif = execFileSync('fc-match', ['Times New Roman'], { encoding: 'utf8' });
if (!/Liberation Serif|Tinos/i.test(serif)) {
  console.error(`LibreOffice thay Times New Roman bằng "${serif.trim()}", không cùng số đo: so sánh vô nghĩa. Cài fonts-liberation2 hoặc fonts-croscore.`);
  process.exit(2);
}

const docs = readdirSync(outDir, { recursive: true }).map(String).filter((f) => f.endsWith('.docx')).sort();
if (docs.length === 0) {
  console.error(`Không có tệp .docx nào trong ${outDir}: hãy chạy "npm run build" trước.`);
  process.exit(2);
}
const fonts = createFontSource();
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;
const all: number[] = [];
let linesOk = 0;
let linesAll = 0;
let pagesEqual = 0;
console.log(`${'văn bản'.padEnd(48)} trang(ta/LO)  dòng khớp   lệch TV   lệch p95`);
for (const rel of docs) {
  const name = rel.replace(/[\\/]/g, '__').replace(/\.docx$/, '');
  const docx = readFileSync(join(outDir, rel));
  writeFileSync(join(work, `${name}.docx`), docx);
  const ours = await docxToPdf(docx, fonts, { creator: 'vankien', producer: 'vankien' }, rel);
  writeFileSync(join(work, `${name}.ours.pdf`), ours.pdf);
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'lo')}`, '--convert-to', 'pdf', '--outdir', work, join(work, `${name}.docx`)], { stdio: 'pipe' });
  const a = pdfText(join(work, `${name}.ours.pdf`));
  const b = pdfText(join(work, `${name}.pdf`));
  let ok = 0;
  let total = 0;
  b.lines.forEach((pageLines, p) => {
    const mine = new Set(a.lines[p] ?? []);
    for (const l of pageLines) {
      total++;
      if (mine.has(l)) ok++;
    }
  });
  const d = matchWords(a.words, b.words)
    .map(([i, j]) => [a.words[i], b.words[j]] as const)
    .filter(([x, y]) => x && y && x.page === y.page)
    .map(([x, y]) => Math.hypot((x?.xMin ?? 0) - (y?.xMin ?? 0), (x?.baseline ?? 0) - (y?.baseline ?? 0)));
  all.push(...d);
  linesOk += ok;
  linesAll += total;
  if (a.pages === b.pages) pagesEqual++;
  const share = total ? (100 * ok) / total : 100;
  console.log(`${rel.padEnd(48)} ${`${a.pages}/${b.pages}`.padStart(11)}  ${share.toFixed(1).padStart(8)}%  ${quantile(d, 0.5).toFixed(2).padStart(6)} pt  ${quantile(d, 0.95).toFixed(2).padStart(6)} pt`);
}
const share = linesAll ? (100 * linesOk) / linesAll : 100;
console.log(`Tổng: ${pagesEqual}/${docs.length} văn bản cùng số trang; ${share.toFixed(1)}% dòng khớp; lệch vị trí từ: trung vị ${quantile(all, 0.5).toFixed(2)} pt, p95 ${quantile(all, 0.95).toFixed(2)} pt.`);
console.log('Mục tiêu: cùng số trang, ≥ 98% dòng khớp, trung vị ≤ 1 pt, p95 ≤ 3 pt.');
console.log(`Tệp so sánh: ${work}`);
