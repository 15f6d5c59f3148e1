// npm run bench:pdf: DOCX→PDF time and size of our engine for each sample document, against LibreOffice's.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleProject } from './sample-project.js';
import { createFontSource } from '../engine/fonts/source.js';
import { docxToPdf } from '../engine/index.js';
import type { PdfMeta } from '../engine/paint/paint.js';
import { renderConference } from '../render/documents.js';
import { PRODUCER } from '../render/pdf-outputs.js';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 50));
const WARMUP = 10;
const TARGET_MS_PER_3_PAGES = 30;
const TARGET_SPEEDUP = 50;
const TARGET_SIZE_RATIO = 1.3;

const { project, templates, vmFor, date, session } = sampleProject();
const has = (cmd: string) => {
  try {
    execFileSync('which', [cmd], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
};
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;
const pdfPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? NaN);

interface Doc {
  name: string;
  docx: Uint8Array;
  meta: PdfMeta;
}

// The documents, rendered in-process as `vankien build` renders them (no prior build needed).
const docs: Doc[] = [];
for (const { value: conf } of project.conferences) {
  const vm = vmFor(conf);
  const { outputs } = renderConference(conf, vm, templates, session.kinds, date, session.caches);
  for (const o of outputs) {
    if (!o.path.endsWith('.docx') || typeof o.bytes === 'string') continue;
    const meta = {
      title: vm.title,
      subject: vm.title,
      author: vm.header.issuerName,
      keywords: vm.kinds,
      language: 'vi-VN',
      creator: PRODUCER,
      producer: PRODUCER,
    };
    docs.push({ name: o.path.replace(/\.docx$/, ''), docx: o.bytes, meta });
  }
}

// Ours: one font source for the whole run, as in a build; warm runs first, then the timed ones.
const fonts = createFontSource();
const work = mkdtempSync(join(tmpdir(), 'vankien-bench-pdf-'));
interface Row {
  name: string;
  pages: number;
  median: number;
  p95: number;
  size: number;
  lo?: { ms: number; pages: number; size: number };
}
const rows: Row[] = [];
for (const d of docs) {
  let last = await docxToPdf(d.docx, fonts, d.meta, d.name);
  for (let i = 1; i < WARMUP; i++) await docxToPdf(d.docx, fonts, d.meta, d.name);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    last = await docxToPdf(d.docx, fonts, d.meta, d.name);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  rows.push({ name: d.name, pages: last.pages, median: quantile(times, 0.5), p95: quantile(times, 0.95), size: last.pdf.length });
}

// LibreOffice: one soffice call per file, timed from process start to PDF (what a user waits for).
const withLo = has('soffice') && has('pdfinfo');
if (withLo) {
  const file = (d: Doc, ext: string) => join(work, `${d.name.replace(/[\\/]/g, '__')}.${ext}`);
  const convert = (d: Doc) =>
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        file(d, 'docx'),
      ],
      { stdio: 'pipe', timeout: 300000 },
    );
  for (const d of docs) writeFileSync(file(d, 'docx'), d.docx);
  // The first call creates LibreOffice's user profile (seconds): not counted.
  if (docs[0]) convert(docs[0]);
  docs.forEach((d, i) => {
    const start = process.hrtime.bigint();
    convert(d);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const row = rows[i];
    if (row) row.lo = { ms, pages: pdfPages(file(d, 'pdf')), size: statSync(file(d, 'pdf')).size };
  });
}
rmSync(work, { recursive: true, force: true });

// The table and the totals against the targets.
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s: string, n: number) => s.padStart(n);
const lo = (r: Row, f: (l: NonNullable<Row['lo']>) => string) => (r.lo ? f(r.lo) : '—');
console.log(
  `DOCX→PDF, our engine: median and p95 of ${RUNS} warm runs after ${WARMUP} warm-up runs (Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}).`,
);
if (withLo)
  console.log('LibreOffice: one `soffice --headless --convert-to pdf` call per file (process start included; profile created beforehand).');
const head = ['document', 'pages ours/LO', 'median', 'p95', 'ms/3 p.', 'LibreOffice', 'speed-up', 'our size', 'LO size', 'size ratio'];
const widths = [44, 13, 9, 9, 8, 11, 9, 9, 9, 10];
const line = (cells: string[]) =>
  console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[0] ?? 0) : pad(c, widths[i] ?? 0))).join('  '));
line(head);
for (const r of rows) {
  line([
    r.name,
    `${r.pages}/${lo(r, (l) => String(l.pages))}`,
    `${r.median.toFixed(1)} ms`,
    `${r.p95.toFixed(1)} ms`,
    `${((r.median * 3) / r.pages).toFixed(1)}`,
    lo(r, (l) => `${l.ms.toFixed(0)} ms`),
    lo(r, (l) => `${(l.ms / r.median).toFixed(0)}×`),
    kb(r.size),
    lo(r, (l) => kb(l.size)),
    lo(r, (l) => `${(r.size / l.size).toFixed(2)}×`),
  ]);
}
const sum = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0);
const worstPer3 = Math.max(...rows.map((r) => (r.median * 3) / r.pages));
const ok = (pass: boolean) => (pass ? 'met' : 'NOT met');
console.log('');
console.log(
  `Total: ${rows.length} documents, ${sum((r) => r.pages)} pages; ours ${sum((r) => r.median).toFixed(1)} ms (sum of medians), ${kb(sum((r) => r.size))}.`,
);
console.log(
  `Time per 3 pages, warm: worst ${worstPer3.toFixed(1)} ms — target ≤ ${TARGET_MS_PER_3_PAGES} ms: ${ok(worstPer3 <= TARGET_MS_PER_3_PAGES)}.`,
);
if (withLo) {
  const measured = rows.filter((r) => r.lo);
  const loMs = sum((r) => r.lo?.ms ?? 0);
  const loSize = sum((r) => r.lo?.size ?? 0);
  const minSpeedup = Math.min(...measured.map((r) => (r.lo?.ms ?? 0) / r.median));
  const maxRatio = Math.max(...measured.map((r) => r.size / (r.lo?.size ?? 1)));
  const samePages = measured.filter((r) => r.pages === r.lo?.pages).length;
  console.log(`LibreOffice: ${loMs.toFixed(0)} ms, ${kb(loSize)}; same page count for ${samePages}/${measured.length} documents.`);
  console.log(
    `Speed-up: ${(loMs / sum((r) => r.median)).toFixed(0)}× overall, ${minSpeedup.toFixed(0)}× at worst — target ≥ ${TARGET_SPEEDUP}×: ${ok(minSpeedup >= TARGET_SPEEDUP)}.`,
  );
  console.log(
    `Size: ${(sum((r) => r.size) / loSize).toFixed(2)}× LibreOffice's overall, ${maxRatio.toFixed(2)}× at worst — target ≤ ${TARGET_SIZE_RATIO}×: ${ok(maxRatio <= TARGET_SIZE_RATIO)}.`,
  );
} else {
  console.log(
    'LibreOffice columns need `soffice` (apt-get install libreoffice-writer-nogui) and `pdfinfo` (poppler-utils): not found, so only our numbers are shown.',
  );
}
