// The native UTF-8 conversion gives the bytes of docxtemplater's own, for parts and for whole templates.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImageModule } from '../../../src/render/docx/image-module.js';
import { pathParser } from '../../../src/render/docx/parser.js';
import { Utf8Module, utf8Parts } from '../../../src/render/docx/utf8-module.js';
import { bundledKinds } from '../../../src/kinds/load.js';
import { sampleProject } from '../../../src/tools/sample-project.js';
import { REPO } from '../../support/fixtures.js';

type Parts = Array<string | Uint8Array>;
/** docxtemplater's own postrender: modules' hooks, the join, then its JavaScript UTF-8 encoder. */
const postrender = createRequire(import.meta.url)('docxtemplater/js/postrender.js') as (parts: Parts, options: object) => Uint8Array;
const theirs = (parts: Parts) => Buffer.from(postrender([...parts], { modules: [], joinUncorrupt: (p: Parts) => p }));

afterEach(() => vi.restoreAllMocks());

describe('utf8Parts', () => {
  it.each<[string, Parts]>([
    ['ASCII XML', ['<w:t>', 'abc', '</w:t>']],
    ['Vietnamese text', ['<w:t xml:space="preserve">', 'Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi', ' — nhiệm kỳ 2025–2030', '</w:t>']],
    ['a surrogate pair split between two parts', ['chữ ', '\ud83d', '\ude00', ' 𠀀 xong']],
    ['empty parts', ['', 'a', '', '']],
    ['parts that are already bytes', ['ký ', new Uint8Array([0xe1, 0xba, 0xa1]), ' tên', new Uint8Array([]), 'ạ']],
  ])('%s: the bytes of docxtemplater’s encoder', (_name, parts) => {
    expect(Buffer.from(utf8Parts(parts)).equals(theirs(parts))).toBe(true);
  });

  it('writes a lone surrogate (never in valid XML) as U+FFFD', () => {
    expect([...utf8Parts(['a\ud800b'])]).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62]);
  });
});

describe('Utf8Module', () => {
  const render = (template: Uint8Array, data: object, modules: object[]) => {
    const doc = new Docxtemplater(new PizZip(template), {
      modules: [new ImageModule(), ...modules],
      paragraphLoop: true,
      linebreaks: true,
      parser: pathParser,
      nullGetter: () => '',
    });
    doc.render(data);
    const zip = doc.getZip();
    return new Map(zip.file(/./).map((f) => [f.name, Buffer.from(f.asUint8Array())]));
  };

  it('renders every template of the sample data to the same parts as docxtemplater alone', () => {
    const { project, vmFor } = sampleProject();
    const hook = vi.spyOn(Utf8Module.prototype, 'postrender');
    let compared = 0;
    for (const { value } of project.conferences) {
      for (const doc of bundledKinds().filter((k) => k.engine === 'docx' && k.applies(value))) {
        const name = doc.output;
        if (!name) continue;
        const template = new Uint8Array(readFileSync(join(REPO, 'templates', `${name}.docx`)));
        const vm = vmFor(value);
        const plain = render(template, vm, []);
        const native = render(template, vm, [new Utf8Module()]);
        expect([...native.keys()]).toEqual([...plain.keys()]);
        for (const [part, bytes] of plain) expect(native.get(part)!.equals(bytes), `${name}.docx ${part}`).toBe(true);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(4);
    expect(hook.mock.calls.length).toBeGreaterThanOrEqual(compared);
  });
});
