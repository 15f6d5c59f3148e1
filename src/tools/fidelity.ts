// npm run fidelity [-- DIR…]: our PDF against LibreOffice's for every .docx of the folders (default: the
// examples built into out/) — pages, identical lines, word positions, and the engine's warnings.
// LibreOffice gets the very font files the engine uses (fidelity-fonts.ts), so differences are layout.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docxToPdf, type PdfWarning } from '../engine/index.js';
import { createFontSource } from '../engine/fonts/source.js';
import { comparePdfs, lineShare, quantile, type Comparison } from './fidelity-compare.js';
import { familiesOf, writeFontConfig } from './fidelity-fonts.js';
import { pdfText } from './pdf-words.js';
import { unsupportedText } from '../render/engine-words.js';

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
need('pdffonts', 'poppler-utils');

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
if (args.length === 0) {
  // The default: our own documents, freshly built from the examples.
  execFileSync(
    process.execPath,
    [join(repo, 'bin', 'vankien.js'), 'build', '--project', join(repo, 'examples'), '--out', join(repo, 'out'), '--quiet'],
    { stdio: 'inherit' },
  );
  args.push(join(repo, 'out'));
}

/** Every .docx under the arguments (folders searched recursively), with the name shown for it. */
const docs = args.flatMap((arg) => {
  if (statSync(arg, { throwIfNoEntry: false })?.isFile()) return [{ path: arg, name: basename(arg) }];
  return readdirSync(arg, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.docx') && !basename(f).startsWith('~$'))
    .sort()
    .map((f) => ({ path: join(arg, f), name: f }));
});
if (docs.length === 0) {
  console.error(`Không có tệp .docx nào trong ${args.join(', ')}.`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'vankien-fidelity-'));
const bytesOf = new Map(docs.map((d) => [d.path, readFileSync(d.path)]));
const config = writeFontConfig(
  join(work, 'fontconfig'),
  docs.flatMap((d) => familiesOf(bytesOf.get(d.path) ?? new Uint8Array())),
  createFontSource(),
);
const profile = `file://${join(work, 'lo-profile')}`;

/**
 * LibreOffice's PDF export leaves out by default the blank pages it puts in before a section that must
 * start on an odd or even page; Word prints them, and so does the engine: they are asked for.
 */
const PDF_EXPORT = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';

/** LibreOffice's PDF of one .docx (one conversion at a time, our fontconfig, our profile), or why not. */
function libreOffice(docx: string): string | Error {
  try {
    execFileSync(
      'soffice',
      ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', PDF_EXPORT, '--outdir', work, docx],
      {
        stdio: 'pipe',
        timeout: 180000,
        env: { ...process.env, FONTCONFIG_FILE: config.file },
      },
    );
    const pdf = docx.replace(/\.docx$/, '.pdf');
    statSync(pdf);
    return pdf;
  } catch (e) {
    return e as Error;
  }
}

/** Fonts LibreOffice embedded that are not the engine's faces (the comparison would then measure fonts). */
function foreignFonts(pdf: string): string[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2);
  const names = out.map((l) => (l.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, '')).filter(Boolean);
  return [...new Set(names.filter((n) => !config.postscriptNames.has(n)))];
}

/** The engine's warnings in one line: each element once with how often, the missing characters and replaced fonts counted. */
function warningLine(warnings: readonly PdfWarning[]): string {
  const count = new Map<string, number>();
  const chars = new Set<string>();
  const replaced: Array<{ requested: string; used: string }> = [];
  for (const w of warnings) {
    if (w.kind === 'unsupported') {
      const what = unsupportedText(w);
      count.set(what, (count.get(what) ?? 0) + 1);
    } else if (w.kind === 'font') replaced.push({ requested: w.family, used: w.font.used });
    else chars.add(`U+${(w.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  }
  const few = (list: string[]) => (list.length > 4 ? `${list.slice(0, 4).join(', ')} và ${list.length - 4} khác` : list.join(', '));
  const parts = [...count].map(([k, n]) => `VK701 ${k}${n > 1 ? ` ×${n}` : ''}`);
  if (chars.size) parts.push(`VK702 ${chars.size} ký tự (${few([...chars])})`);
  if (replaced.length) parts.push(`VK703 ${few(replaced.map((r) => `${r.requested}→${r.used}`))}`);
  return parts.join('; ');
}

interface Row extends Partial<Comparison> {
  name: string;
  warnings: string;
  problem?: string;
}

const rows: Row[] = [];
const fmt = (n: number | undefined, digits = 2) => (n === undefined ? '—' : n.toFixed(digits));
console.log(`Phông cho LibreOffice: ${config.file}`);
for (const [family, face] of [...config.mapping].sort()) if (family !== face) console.log(`  ${family} → ${face}`);
console.log(`${'văn bản'.padEnd(48)} trang(ta/LO)  dòng khớp   lệch TV   lệch p95`);
for (const [i, doc] of docs.entries()) {
  const stem = `${String(i).padStart(3, '0')}-${basename(doc.path, '.docx').replace(/[^A-Za-z0-9_.-]/g, '_')}`;
  const copy = join(work, `${stem}.docx`);
  const bytes = bytesOf.get(doc.path) ?? new Uint8Array();
  writeFileSync(copy, bytes);
  const fonts = createFontSource();
  let warnings = '';
  try {
    const ours = await docxToPdf(bytes, fonts, { creator: 'vankien', producer: 'vankien' }, doc.name);
    writeFileSync(join(work, `${stem}.ours.pdf`), ours.pdf);
    warnings = warningLine(ours.warnings);
  } catch (e) {
    rows.push({ name: doc.name, warnings, problem: `bộ dàn trang lỗi: ${(e as Error).message}` });
    console.log(`${doc.name.padEnd(48)} bộ dàn trang lỗi: ${(e as Error).message}`);
    continue;
  }
  const lo = libreOffice(copy);
  if (lo instanceof Error) {
    rows.push({ name: doc.name, warnings, problem: `LibreOffice không chuyển được: ${lo.message.split('\n')[0]}` });
    console.log(`${doc.name.padEnd(48)} LibreOffice không chuyển được`);
    continue;
  }
  const c = comparePdfs(pdfText(join(work, `${stem}.ours.pdf`)), pdfText(lo));
  const foreign = foreignFonts(lo);
  rows.push({
    name: doc.name,
    warnings,
    ...c,
    ...(foreign.length ? { problem: `LibreOffice dùng phông ngoài: ${foreign.join(', ')}` } : {}),
  });
  console.log(
    `${doc.name.padEnd(48)} ${`${c.pagesOurs}/${c.pagesTheirs}`.padStart(11)}  ${lineShare(c).toFixed(1).padStart(8)}%  ${fmt(quantile(c.displacements, 0.5)).padStart(6)} pt  ${fmt(quantile(c.displacements, 0.95)).padStart(6)} pt`,
  );
  if (warnings) console.log(`    cảnh báo: ${warnings}`);
  if (foreign.length) console.log(`    LibreOffice dùng phông ngoài: ${foreign.join(', ')}`);
}

const compared = rows.filter((r) => r.linesAll !== undefined);
const samePages = compared.filter((r) => r.pagesOurs === r.pagesTheirs).length;
const shares = compared.map((r) => lineShare({ linesSame: r.linesSame ?? 0, linesAll: r.linesAll ?? 0 }));
const allSame = compared.reduce((s, r) => s + (r.linesSame ?? 0), 0);
const allLines = compared.reduce((s, r) => s + (r.linesAll ?? 0), 0);
const moved = compared.flatMap((r) => r.displacements ?? []);
const pct = (a: number, b: number) => (b ? (100 * a) / b : 100).toFixed(1);
const summary = [
  `Tổng: ${compared.length}/${rows.length} văn bản so được; cùng số trang ${samePages}/${compared.length} (${pct(samePages, compared.length)}%);`,
  `dòng khớp: trung vị theo văn bản ${quantile(shares, 0.5).toFixed(1)}%, tính chung ${pct(allSame, allLines)}%;`,
  `lệch vị trí từ: trung vị ${fmt(quantile(moved, 0.5))} pt, p95 ${fmt(quantile(moved, 0.95))} pt.`,
].join(' ');
console.log(summary);
console.log('Mục tiêu: cùng số trang, ≥ 98% dòng khớp, trung vị ≤ 1 pt, p95 ≤ 3 pt.');

// The same table for the README / docs, and the raw numbers.
const table = [
  '| văn bản | trang (ta/LO) | dòng khớp | lệch trung vị | lệch p95 | cảnh báo của bộ dàn trang |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) =>
    r.linesAll === undefined
      ? `| ${r.name} | — | — | — | — | ${r.problem ?? ''} |`
      : `| ${r.name} | ${r.pagesOurs}/${r.pagesTheirs} | ${lineShare({ linesSame: r.linesSame ?? 0, linesAll: r.linesAll }).toFixed(1)}% | ${fmt(quantile(r.displacements ?? [], 0.5), 1)} pt | ${fmt(quantile(r.displacements ?? [], 0.95), 1)} pt | ${[r.warnings, r.problem].filter(Boolean).join('; ')} |`,
  ),
  '',
  summary,
  '',
].join('\n');
writeFileSync(join(work, 'fidelity.md'), table);
writeFileSync(
  join(work, 'fidelity.json'),
  JSON.stringify(
    rows.map(({ displacements, ...r }) => ({
      ...r,
      share: r.linesAll === undefined ? undefined : lineShare({ linesSame: r.linesSame ?? 0, linesAll: r.linesAll }),
      median: quantile(displacements ?? [], 0.5),
      p95: quantile(displacements ?? [], 0.95),
    })),
    null,
    2,
  ),
);
console.log(`Tệp so sánh: ${work} (bảng: ${relative(process.cwd(), join(work, 'fidelity.md')) || 'fidelity.md'})`);
