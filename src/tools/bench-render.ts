// npm run bench: render time per Word document (median of many warm runs) and file sizes, for the sample data.
import { join } from 'node:path';
import { sampleProject } from './sample-project.js';
import { renderDocx } from '../render/docx/render.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const { root, project, templates, vmFor, date, session } = sampleProject();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;
const rows: string[] = [];
const medians: number[] = [];
for (const { value: conf } of project.conferences) {
  const vm = vmFor(conf);
  for (const doc of session.kinds) {
    if (doc.engine !== 'docx' || !doc.applies(conf)) continue;
    const t = templates.get(doc.template);
    if (!t) continue;
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < RUNS + 5; i++) {
      const start = process.hrtime.bigint();
      const r = renderDocx(t.file, t.bytes, vm, date, session.caches);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (!r.ok) throw new Error(`${conf.id} ${doc.id}: render failed`);
      size = r.bytes.length;
      if (i >= 5) times.push(ms); // the first runs warm the JIT up
    }
    medians.push(median(times));
    rows.push(
      `${`${conf.id}/${doc.output}.docx`.padEnd(48)} ${median(times).toFixed(2).padStart(7)} ms  p95 ${p95(times).toFixed(2).padStart(7)} ms  ${String(size).padStart(7)} B`,
    );
  }
}
console.log(`Render time per document, median of ${RUNS} warm runs (Node ${process.version}):`);
for (const r of rows) console.log(`  ${r}`);
console.log(`Worst median: ${Math.max(...medians).toFixed(2)} ms (target: under 20 ms).`);
console.log(`Data: ${join(root, 'data')}`);
