// npm run fuzz:templates -- [cases] [seed]: mutated Word templates (bytes changed or cut, the document
// XML edited, entries added or removed, a huge part) must end in template diagnostics from the lint
// that `check` runs, or render, and the rendered document must lay out as a PDF: never a throw.
import fc from 'fast-check';
import PizZip from 'pizzip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCaches } from '../caches.js';
import { CODES } from '../diagnostics/catalogue.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { bundledKinds } from '../kinds/load.js';
import { docxToPdf } from '../engine/index.js';
import { DocxReadError } from '../engine/docx/read-error.js';
import { createFontSource } from '../engine/fonts/source.js';
import { parseProvinces } from '../reference/provinces.js';
import { documentData } from '../render/documents.js';
import { lintTemplate } from '../render/docx/lint.js';
import { renderDocx } from '../render/docx/render.js';
import { buildViewModel } from '../view/build.js';
import { PROBE_PROFILE, probeConference } from '../view/probe.js';
import { runFuzzer } from './fuzz-run.js';
import { REPO } from './mutate.js';

export type TemplateOp =
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'xml-delete'; at: number; length: number }
  | { kind: 'xml-duplicate'; at: number; length: number }
  | { kind: 'xml-insert'; at: number; text: string }
  | { kind: 'entry-add'; name: string; size: number }
  | { kind: 'entry-remove'; name: string };

export interface TemplateCase {
  base: number;
  ops: TemplateOp[];
}

/** What a hand edit, a careless tool or a hostile file may put into the document XML. */
const SNIPPETS = [
  '{',
  '}',
  '{{',
  '{#pledge.groups}',
  '{/}',
  '{/pledge.groups}',
  '{khong.co.truong.nay}',
  '{@raw}',
  '{%anh}',
  '{-w:p loop}{/loop}',
  '</w:p>',
  '<w:p>',
  '<w:r><w:t>',
  '</w:t></w:r>',
  '<w:tbl>',
  '<w:pict><v:shape><v:textbox><w:p/></v:textbox></v:shape></w:pict>',
  '&bogus;',
  '&#0;',
  '&#xFFFE;',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<?xml version="1.0"?>',
  ']]>',
  '<![CDATA[x]]>',
  '<w:tab/><w:tab/><w:tab/>',
  '<w:br w:type="page"/>',
  '<w:sectPr><w:pgSz w:w="0" w:h="0"/></w:sectPr>',
  '<w:pPr><w:ind w:left="-99999999"/></w:pPr>',
  '<w:rPr><w:sz w:val="0"/></w:rPr>',
  '<w:rPr><w:sz w:val="999999"/></w:rPr>',
  '<w:spacing w:line="0" w:lineRule="exact"/>',
];

const NAMES = [
  '../evil.xml',
  'word/../../x.xml',
  'word/media/lon.bin',
  '[Content_Types].xml',
  'word/document.xml',
  'word/_rels/document.xml.rels',
  'word/styles.xml',
  'word/numbering.xml',
  'customXml/item1.xml',
];

const pos = fc.nat({ max: 10_000_000 });
const templateOp: fc.Arbitrary<TemplateOp> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: pos, xor: fc.integer({ min: 1, max: 255 }) }),
  pos.map((at) => ({ kind: 'truncate' as const, at })),
  fc.record({ kind: fc.constant('xml-delete' as const), at: pos, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('xml-duplicate' as const), at: pos, length: fc.integer({ min: 1, max: 2000 }) }),
  fc.record({
    kind: fc.constant('xml-insert' as const),
    at: pos,
    text: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SNIPPETS) }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) }),
  }),
  fc.record({ kind: fc.constant('entry-add' as const), name: fc.constantFrom(...NAMES), size: fc.constantFrom(0, 10, 1000, 5_000_000) }),
  fc.record({ kind: fc.constant('entry-remove' as const), name: fc.constantFrom(...NAMES) }),
);

export const templateCaseArb = (bases: number): fc.Arbitrary<TemplateCase> =>
  fc.record({ base: fc.nat({ max: bases - 1 }), ops: fc.array(templateOp, { minLength: 1, maxLength: 3 }) });

/** The Word templates of the declared kinds. */
export function templateBases(): Array<{ file: string; bytes: Uint8Array; kind: ReturnType<typeof bundledKinds>[number] }> {
  return bundledKinds()
    .filter((k) => k.engine === 'docx')
    .map((kind) => ({
      file: `templates/${kind.template}`,
      bytes: new Uint8Array(readFileSync(join(REPO, 'templates', kind.template))),
      kind,
    }));
}

/** `bytes` with the operations applied; XML edits go to word/document.xml (skipped when the zip does not open). */
export function mutateTemplate(bytes: Uint8Array, ops: readonly TemplateOp[]): Uint8Array {
  let b = Buffer.from(bytes);
  for (const op of ops) {
    if (op.kind === 'flip') {
      if (b.length > 0) {
        b = Buffer.from(b);
        const i = op.at % b.length;
        b[i] = (b[i] ?? 0) ^ op.xor;
      }
      continue;
    }
    if (op.kind === 'truncate') {
      b = b.subarray(0, b.length === 0 ? 0 : op.at % b.length);
      continue;
    }
    // A zip the edit cannot open or repack (a byte flipped earlier) is left as it is: the edit is skipped.
    try {
      b = Buffer.from(editZip(b, op));
    } catch {
      continue;
    }
  }
  return new Uint8Array(b);
}

function editZip(bytes: Buffer, op: Exclude<TemplateOp, { kind: 'flip' | 'truncate' }>): Uint8Array {
  const zip = new PizZip(bytes);
  if (op.kind === 'entry-add') zip.file(op.name, Buffer.alloc(op.size, 0x41));
  else if (op.kind === 'entry-remove') zip.remove(op.name);
  else {
    const xml = zip.file('word/document.xml')?.asText();
    if (xml === undefined) return bytes;
    const at = xml.length === 0 ? 0 : op.at % xml.length;
    const edited =
      op.kind === 'xml-delete'
        ? xml.slice(0, at) + xml.slice(at + op.length)
        : op.kind === 'xml-duplicate'
          ? xml.slice(0, at + op.length) + xml.slice(at)
          : xml.slice(0, at) + op.text + xml.slice(at);
    zip.file('word/document.xml', edited);
  }
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

const CODE_SET = new Set<string>(CODES);
const provinces = parseProvinces(readFileSync(join(REPO, 'reference', 'provinces.yaml'), 'utf8'));
const fonts = createFontSource();
const probe = probeConference();
const probeVm = buildViewModel(probe.conference, {
  registry: probe.registry,
  provinces,
  image: () => null,
  kinds: bundledKinds(),
  profile: PROBE_PROFILE,
});

function checkDiagnostics(ds: readonly Diagnostic[], file: string): void {
  for (const d of ds) {
    if (!CODE_SET.has(d.code)) throw new Error(`unknown code ${d.code}`);
    if (d.file !== file) throw new Error(`${d.code} names ${d.file}, not the template ${file}`);
  }
}

/** One case: the lint's diagnostics, or a render and a PDF layout without a throw. Throws on a violation. */
export async function checkTemplateCase(bases: ReturnType<typeof templateBases>, c: TemplateCase): Promise<'refused' | 'rendered'> {
  const base = bases[c.base % bases.length]!;
  const bytes = mutateTemplate(base.bytes, c.ops);
  const data = documentData(base.kind, probeVm);
  const lint = lintTemplate(base.file, bytes, data);
  checkDiagnostics(lint, base.file);
  if (lint.some((d) => d.severity === 'error')) return 'refused';
  // Fresh caches per case: a mutated template must not meet compiled parts of another.
  const rendered = renderDocx(base.file, bytes, data, new Date(Date.UTC(1980, 0, 1)), createCaches());
  if (!rendered.ok) {
    checkDiagnostics(rendered.diagnostics, base.file);
    if (rendered.diagnostics.length === 0) throw new Error('a render failed without a diagnostic');
    return 'refused';
  }
  try {
    await docxToPdf(rendered.bytes, fonts, { title: 'fuzz', creator: 'vankien', producer: 'vankien' }, base.file, undefined);
  } catch (e) {
    // The build reports a rendered document the reader cannot read as the template's fault (VK601, render/pdf-outputs.ts).
    if (e instanceof DocxReadError) return 'refused';
    throw e;
  }
  return 'rendered';
}

async function main(): Promise<number> {
  const bases = templateBases();
  return runFuzzer(templateCaseArb(bases.length), (c) => checkTemplateCase(bases, c), 1000);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main();
