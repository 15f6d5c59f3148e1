// A template unzipped once gives each document the parts a fresh unzip would, and keeps documents apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { templateZip, type TemplateParts } from '../../../src/render/docx/template-zip.js';
import { createZipCaches, packZip } from '../../../src/render/docx/zip.js';
import { REPO } from '../../support/fixtures.js';
import { makeDocx, para } from './make-docx.js';

const date = new Date(Date.UTC(1980, 0, 1));
const parts = (zip: PizZip) => zip.file(/./).map((f) => [f.name, Buffer.from(f.asUint8Array()).toString('hex')]);

describe('templateZip', () => {
  it.each(['bien-ban', 'giao-uoc', 'ban-tin'])('%s.docx: the parts, text and order of a fresh unzip, and the same .docx packed', (name) => {
    const cache: TemplateParts = new WeakMap();
    const template = new Uint8Array(readFileSync(join(REPO, 'templates', `${name}.docx`)));
    const fresh = new PizZip(template);
    for (let i = 0; i < 2; i++) {
      const zip = templateZip(template, cache);
      expect(parts(zip)).toEqual(parts(fresh));
      expect(zip.file('word/document.xml')?.asText()).toBe(fresh.file('word/document.xml')?.asText());
      expect(Buffer.from(packZip(zip, date, createZipCaches())).equals(Buffer.from(packZip(fresh, date, createZipCaches())))).toBe(true);
    }
  });

  it('gives each document its own zip: what one document changes, the next does not see', () => {
    const cache: TemplateParts = new WeakMap();
    const template = makeDocx({ body: para('{ten}') }).generate({ type: 'uint8array' });
    const first = templateZip(template, cache);
    const original = first.file('word/document.xml')?.asText();
    first.file('word/document.xml', '<w:document/>');
    first.file('word/media/image1.png', new Uint8Array([1, 2, 3]), { binary: true });
    const next = templateZip(template, cache);
    expect(next.file('word/document.xml')?.asText()).toBe(original);
    expect(next.file('word/media/image1.png')).toBeNull();
  });

  it('keeps an XML part that is not UTF-8 as its bytes', () => {
    const source = makeDocx({ body: para('x') });
    const latin1 = new Uint8Array([...Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>caf'), 0xe9, ...Buffer.from('</a>')]);
    source.file('customXml/item1.xml', latin1, { binary: true });
    const zip = templateZip(source.generate({ type: 'uint8array' }), new WeakMap());
    expect([...zip.file('customXml/item1.xml')!.asUint8Array()]).toEqual([...latin1]);
  });

  it('throws on bytes that are not a zip, as PizZip does', () => {
    expect(() => templateZip(new Uint8Array([1, 2, 3, 4]), new WeakMap())).toThrow();
  });
});
