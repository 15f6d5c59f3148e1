// The real templates and rendered sample documents read into the IR: page, body style, tables, header, images.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { writtenEntries } from '../../../src/render/docx/zip.js';
import { createCaches } from '../../../src/caches.js';
import type { DocumentIR, Inline } from '../../../src/engine/ir.js';
import { checkProject } from '../../../src/validate/project.js';
import { renderFor, sample, samples } from '../../support/docx.js';
import { envFor, FIXTURES, REPO } from '../../support/fixtures.js';
import { paragraphs, tables, textOf } from './make.js';

const template = (name: string) => readDocx(readFileSync(join(REPO, 'templates', `${name}.docx`)), { where: `templates/${name}.docx` });

function expectHouseLayout(ir: DocumentIR): void {
  expect(ir.warnings).toEqual([]);
  expect(ir.sections).toHaveLength(1);
  const s = ir.sections[0];
  expect(s?.page.width).toBeCloseTo(595.3, 1);
  expect(s?.page.height).toBeCloseTo(841.9, 1);
  expect(s?.page.top).toBeCloseTo(56.7, 1);
  expect(s?.page.right).toBeCloseTo(42.5, 1);
  expect(s?.page.bottom).toBeCloseTo(56.7, 1);
  expect(s?.page.left).toBeCloseTo(85.0, 0);
  // Page numbers from page 2: a different (empty) first-page header.
  expect(s?.titlePage).toBe(true);
  expect(s?.headers.first).toBeUndefined();
  expect(paragraphs(s?.headers.default ?? []).map((x) => textOf(x.inlines))).toEqual(['{PAGE}']);
  // The header table (after the draft mark, when there is one): issuing body left, Party line and date right.
  const at = s?.blocks.findIndex((b) => b.kind === 'table') ?? -1;
  const header = s?.blocks[at];
  expect((s?.blocks.slice(0, at) ?? []).every((b) => b.kind === 'paragraph' && b.style.styleId === 'VkDraft')).toBe(true);
  expect(header?.kind === 'table' && header.columns.length).toBe(2);
  expect(header?.kind === 'table' && header.rows[0]?.cells.every((c) => Object.keys(c.borders).length === 0)).toBe(true);
  const body = paragraphs(s?.blocks ?? []).filter((x) => x.style.styleId === 'VkBody');
  expect(body.length).toBeGreaterThan(3);
  for (const para of body) {
    expect(para.style).toMatchObject({ align: 'both', firstLine: 36, spaceAfter: 6, line: { rule: 'auto', value: 1.15 } });
    expect(para.markStyle).toMatchObject({ family: 'Times New Roman', size: 14, bold: false });
  }
}

const texts = (ir: DocumentIR) => paragraphs(ir.sections[0]?.blocks ?? []).map((x) => textOf(x.inlines));

describe('the repository templates', () => {
  it('bien-ban.docx', () => {
    const ir = template('bien-ban');
    expectHouseLayout(ir);
    // The template's properties are tags: each document gets its own title and issuing body as author.
    expect(ir.meta).toMatchObject({ title: '{properties.title}', author: '{properties.author}', language: 'vi-VN' });
    const heading = paragraphs(ir.sections[0]?.blocks ?? []).find((x) => x.style.styleId === 'VkHeading');
    expect(heading?.style).toMatchObject({ keepNext: true, spaceBefore: 6 });
    expect(heading?.inlines[0]).toMatchObject({ style: { bold: true, size: 14 } });
  });

  it('giao-uoc.docx', () => {
    const ir = template('giao-uoc');
    expectHouseLayout(ir);
    const party = paragraphs(ir.sections[0]?.blocks ?? []).find((x) => x.style.styleId === 'VkPartyLine');
    expect(party?.inlines[0]).toMatchObject({ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: { bold: true, underline: 'single', size: 15 } });
  });
});

describe('rendered sample documents', () => {
  it('minutes and pledge of cum-3-tong-ket-2023', () => {
    const { minutes, pledge } = renderFor(samples.project, sample('cum-3-tong-ket-2023'));
    const m = readDocx(minutes ?? new Uint8Array(), { where: 'bien-ban.docx' });
    expectHouseLayout(m);
    expect(texts(m)).toContain('BIÊN BẢN');
    expect(texts(m)).toContain('Đắk Lắk, ngày 08 tháng 12 năm 2023');

    const p = readDocx(pledge ?? new Uint8Array(), { where: 'giao-uoc.docx' });
    expectHouseLayout(p);
    // The grid of two blocks a row, then the odd thirteenth block centred in a table of its own.
    const [signatures, single] = tables(p.sections[0]?.blocks ?? []).slice(-2);
    expect(signatures?.columns).toEqual([233.85, 233.85]);
    expect(single?.columns).toEqual([116.95, 233.85, 116.95]);
    expect(single?.rows.map((r) => r.cantSplit)).toEqual([true]);
    expect(signatures?.rows.length).toBeGreaterThan(3);
    expect(signatures?.rows.every((r) => r.cantSplit)).toBe(true);
    const space = paragraphs(signatures ? [signatures] : []).find((x) => x.style.styleId === 'VkSignSpace');
    expect(space?.style.line).toEqual({ rule: 'atLeast', value: 70.85 });
  });

  it('reads a .docx from the entries its writer passes, the same as from its unzipped bytes', () => {
    const caches = createCaches();
    const { minutes, pledge } = renderFor(samples.project, sample('cum-3-tong-ket-2023'), REPO, caches);
    for (const docx of [minutes, pledge]) {
      if (!docx) throw new Error('rendered');
      expect(writtenEntries(docx, caches.zip)?.get('word/document.xml')?.length).toBeGreaterThan(1000);
      // A copy is not known to the zip writer: it is unzipped.
      const copy = Uint8Array.from(docx);
      expect(writtenEntries(copy, caches.zip)).toBeUndefined();
      const unzipped = readDocx(copy, { where: 'x.docx' });
      expect(readDocx(docx, { where: 'x.docx', entries: writtenEntries(docx, caches.zip) })).toEqual(unzipped);
      // Without entries the engine unzips whatever made the bytes: no back-channel from the writer.
      expect(readDocx(docx, { where: 'x.docx' })).toEqual(unzipped);
    }
  });

  it('a pledge with a signature picture and a seal anchored behind it', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const files = [...readme.matchAll(/<!-- example: (\S+) -->\n```yaml\n([\s\S]*?)```/g)].map((b) => ({
      file: b[1] ?? '',
      bytes: new TextEncoder().encode(b[2] ?? ''),
    }));
    const result = checkProject(files, envFor(FIXTURES));
    const conf = structuredClone(result.project.conferences[0]?.value);
    const signatory = conf?.pledge?.signatories?.[0];
    if (!conf || !signatory) throw new Error('README example missing');
    signatory.signature = 'images/chu-ky.png';
    signatory.seal = 'images/dau.png';
    const { pledge } = renderFor(result.project, conf, FIXTURES);
    const ir = readDocx(pledge ?? new Uint8Array());
    expect(ir.warnings).toEqual([]);
    const images = paragraphs(ir.sections[0]?.blocks ?? [])
      .flatMap((x) => x.inlines)
      .filter((i): i is Extract<Inline, { kind: 'image' }> => i.kind === 'image');
    expect(images).toHaveLength(2);
    const [inline, anchored] = [images.find((i) => !i.anchor), images.find((i) => i.anchor)];
    // 1371600 × 365760 EMU: 38.1 × 10.16 mm.
    expect(inline).toMatchObject({ width: 108, height: 28.8, image: { format: 'png' } });
    expect(anchored?.anchor).toMatchObject({ behindText: true, relativeX: 'column', relativeY: 'paragraph' });
    expect(inline?.image.id).toMatch(/^[0-9a-f]{64}$/);
    expect(inline?.image.id).not.toBe(anchored?.image.id);
  });
});
