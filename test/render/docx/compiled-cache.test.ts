// A template compiled once and reused gives the same bytes as compiling afresh for every document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderDocx } from '../../../src/render/docx/render.js';
import { createCaches } from '../../../src/caches.js';
import { BULLETIN_DOCX_PROBE } from '../../../src/workspace/bulletin-templates.js';
import { bundledKinds } from '../../../src/kinds/load.js';
import { sampleProject } from '../../../src/tools/sample-project.js';
import { buildViewModel } from '../../../src/view/build.js';
import { PROBE_PROFILE, probeConference } from '../../../src/view/probe.js';
import { provinces, REPO } from '../../support/fixtures.js';
import { makePng } from '../../images/make-images.js';
import { makeDocx, para } from './make-docx.js';

const date = new Date(Date.UTC(1980, 0, 1));
const read = (name: string) => new Uint8Array(readFileSync(join(REPO, 'templates', `${name}.docx`)));
const bytesOf = (r: ReturnType<typeof renderDocx>) => {
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return Buffer.from(r.bytes);
};

/** Every template with data that takes its loops and conditions different ways. */
function cases(): Array<[string, object[]]> {
  const probe = probeConference();
  const probeVm = buildViewModel(probe.conference, { registry: probe.registry, provinces, image: () => null, profile: PROBE_PROFILE });
  const { project, vmFor } = sampleProject();
  const byTemplate = new Map<string, object[]>([
    ['bien-ban', [probeVm]],
    ['giao-uoc', [probeVm]],
  ]);
  for (const { value } of project.conferences) {
    for (const doc of bundledKinds().filter((k) => k.engine === 'docx' && k.applies(value))) {
      const name = doc.output;
      if (name) byTemplate.get(name)?.push(vmFor(value));
    }
  }
  const blocks = BULLETIN_DOCX_PROBE.blocks[0]!;
  const bulletin = [
    BULLETIN_DOCX_PROBE,
    { blocks: [] },
    {
      blocks: [
        { ...blocks, figure: false, caption: false },
        { ...blocks, headline: false, text: 'một hai ba' },
      ],
    },
  ];
  return [...byTemplate, ['ban-tin', bulletin]];
}

afterEach(() => vi.restoreAllMocks());

describe('templates compiled once per cache owner', () => {
  it.each(cases())('%s.docx: reused compilations give the bytes of fresh ones, in any order', (name, data) => {
    const caches = createCaches();
    expect(data.length).toBeGreaterThanOrEqual(2);
    const template = read(name);
    const fresh = data.map((d) => bytesOf(renderDocx(`${name}.docx`, template, d, date, createCaches(), false)));
    // Forwards, then backwards: each document follows another one's render of the shared parts.
    const order = [...data.keys(), ...[...data.keys()].reverse()];
    for (const i of order) expect(bytesOf(renderDocx(`${name}.docx`, template, data[i]!, date, caches)).equals(fresh[i]!)).toBe(true);
  });

  it('compiles the parts of a template once: later documents do not compile them again', () => {
    const caches = createCaches();
    const template = read('giao-uoc');
    const probe = probeConference();
    const vm = buildViewModel(probe.conference, { registry: probe.registry, provinces, image: () => null, profile: PROBE_PROFILE });
    const compile = vi.spyOn(Docxtemplater.prototype as unknown as { precompileFile: (f: string) => void }, 'precompileFile');
    bytesOf(renderDocx('giao-uoc.docx', template, vm, date, caches));
    const first = compile.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    bytesOf(renderDocx('giao-uoc.docx', template, vm, date, caches));
    bytesOf(renderDocx('giao-uoc.docx', template, vm, date, caches));
    expect(compile.mock.calls.length).toBe(first);
  });

  it('pictures, loops and render errors come out the same with reuse (the image module adds parts per document)', () => {
    const caches = createCaches();
    const template = makeDocx({
      body:
        para('Ký: {%signature} xong') +
        para('{#rows}') +
        para('{name}: {%sig}') +
        para('{/rows}') +
        `<w:p><w:r><w:t>[{#rows}{%sig}{/rows}]</w:t></w:r></w:p>`,
      header: para('{%signature}'),
    }).generate({ type: 'uint8array' });
    const png = (fill: number) => ({
      bytes: makePng({ width: 20, height: 10, fill }),
      format: 'png',
      cx: 600_000,
      cy: 300_000,
      description: 'Chữ ký',
    });
    const data = [
      {
        signature: png(1),
        rows: [
          { name: 'A', sig: png(2) },
          { name: 'B', sig: png(1) },
        ],
      },
      { signature: null, rows: [] },
      { signature: png(3), rows: [{ name: 'C', sig: null }] },
    ];
    const invalid = { signature: 'chữ ký.png', rows: [{ name: 'D', sig: png(2) }] };
    const fresh = data.map((d) => bytesOf(renderDocx('t.docx', template, d, date, createCaches(), false)));
    expect(new PizZip(fresh[0]!).file(/^word\/media\//)).toHaveLength(2);
    const freshError = renderDocx('t.docx', template, invalid, date, createCaches(), false);
    expect(freshError.ok).toBe(false);
    for (const i of [0, 1, 2, 0, 2, 1]) {
      expect(bytesOf(renderDocx('t.docx', template, data[i]!, date, caches)).equals(fresh[i]!)).toBe(true);
      expect(renderDocx('t.docx', template, invalid, date, caches)).toEqual(freshError);
    }
  });

  it('a template that does not compile is reported every time, as without reuse', () => {
    const caches = createCaches();
    const zip = new PizZip(read('giao-uoc'));
    zip.file(
      'word/document.xml',
      (zip.file('word/document.xml')?.asText() ?? '').replace('</w:body>', '<w:p><w:r><w:t>{#open}</w:t></w:r></w:p></w:body>'),
    );
    const broken = zip.generate({ type: 'uint8array' });
    const fresh = renderDocx('x.docx', broken, {}, date, createCaches(), false);
    expect(fresh.ok).toBe(false);
    for (let i = 0; i < 2; i++) expect(renderDocx('x.docx', broken, {}, date, caches)).toEqual(fresh);
  });
});
