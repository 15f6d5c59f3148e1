// npm run restyle [-- IN OUT]: our rendered minutes and pledges (default out/, from `npm run build`) restyled
// the ways users restyle them in Word (restyle-variants.ts), written to corpus/restyled/ for `npm run fidelity`.
// Deterministic: the same input gives the same bytes (each changed part keeps its zip entry's date).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import PizZip from 'pizzip';
import { VARIANTS, type Parts } from './restyle-variants.js';

const [inDir = 'out', outDir = join('corpus', 'restyled')] = process.argv.slice(2);
/** The kinds restyled: the Party documents users open in Word (the bulletin is made from HTML). */
const KINDS = new Set(['bien-ban.docx', 'giao-uoc.docx']);
const inputs = readdirSync(inDir, { recursive: true })
  .map(String)
  .filter((f) => KINDS.has(basename(f)))
  .sort();
if (inputs.length === 0) {
  console.error(`Không có biên bản hay giao ước (.docx) nào trong ${inDir}: hãy chạy "npm run build" trước.`);
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
let written = 0;
for (const rel of inputs) {
  const bytes = readFileSync(join(inDir, rel));
  const parts: Parts = new Map();
  const source = new PizZip(bytes);
  for (const name of Object.keys(source.files).sort())
    if (/^word\/[^/]+\.xml$/.test(name)) parts.set(name, source.file(name)?.asText() ?? '');
  const stem = `${dirname(rel).replace(/[\\/]/g, '-')}-${basename(rel, '.docx')}`;
  for (const variant of VARIANTS) {
    const changed = variant.apply(parts);
    if (!changed) continue;
    const zip = new PizZip(bytes);
    for (const [name, xml] of changed) {
      if (xml === parts.get(name)) continue;
      zip.file(name, xml, { date: zip.file(name)?.date ?? new Date(Date.UTC(1980, 0, 1)) });
    }
    const file = join(outDir, `${stem}-${variant.name}.docx`);
    writeFileSync(file, zip.generate({ type: 'uint8array', compression: 'DEFLATE' }));
    written++;
    console.log(file);
  }
}
console.log(`${written} tệp.`);
