// The single-pass parser against the fast-xml-parser reader it replaced, on every XML part of the real documents.
import { unzipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../src/engine/docx/xml.js';
import { loadBulletin } from '../../../src/workspace/bulletin-templates.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import { renderBulletin } from '../../../src/render/bulletin.js';
import { buildViewModel } from '../../../src/view/build.js';
import { envFor, provinces, REPO } from '../../support/fixtures.js';
import { FIXED, profile, renderAll, samples } from '../../support/docx.js';
import { parseXmlOld } from '../../support/xml-oracle.js';
import { createCaches } from '../../../src/caches.js';

/** The XML parts of a package, decoded as the docx reader decodes them. */
function xmlParts(docx: Uint8Array): [string, string][] {
  return Object.entries(unzipSync(docx))
    .filter(([name]) => /\.(xml|rels)$/i.test(name))
    .map(([name, bytes]) => [name, new TextDecoder('utf-8').decode(bytes)]);
}

/** Asserts both parsers give the same tree for every XML part; returns how many parts were compared. */
function compareParts(docx: Uint8Array): number {
  const parts = xmlParts(docx);
  for (const [name, text] of parts) expect(parseXml(text), name).toStrictEqual(parseXmlOld(text));
  return parts.length;
}

function docxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.docx'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

let loadedBulletin: ReturnType<typeof loadBulletin> | undefined;
const bulletinTemplates = () => (loadedBulletin ??= loadBulletin(REPO, provinces));

const files = ['templates', join('test', 'fixtures')].flatMap((d) => docxFiles(join(REPO, d)));

describe('parseXml gives the tree the fast-xml-parser reader gave', () => {
  it('finds the three templates', () => {
    expect(files.map((f) => relative(REPO, f))).toEqual(
      expect.arrayContaining(['templates/ban-tin.docx', 'templates/bien-ban.docx', 'templates/giao-uoc.docx']),
    );
  });

  for (const file of files) {
    it(relative(REPO, file), () => {
      expect(compareParts(readFileSync(file))).toBeGreaterThan(5);
    });
  }

  for (const { value: conf } of samples.project.conferences) {
    it(`the documents rendered for ${conf.id}`, () => {
      const docs = renderAll(samples.project, conf).outputs.filter((o) => o.path.endsWith('.docx'));
      expect(docs.map((o) => o.path)).toContain(`${conf.id}/bien-ban.docx`);
      for (const o of docs) {
        expect(o.bytes).toBeInstanceOf(Uint8Array);
        if (o.bytes instanceof Uint8Array) expect(compareParts(o.bytes), o.path).toBeGreaterThan(5);
      }
    });

    it(`the bulletin rendered for ${conf.id}`, async () => {
      const loaded = bulletinTemplates();
      if (!loaded.html) throw new Error('the bulletin templates do not compile');
      const vm = buildViewModel(conf, { registry: samples.project, provinces, image: () => null, profile });
      const ctx = {
        kind: loaded.kind!,
        html: loaded.html,
        htmlFile: loaded.htmlFile,
        docx: loaded.docx,
        profile,
        fonts: createFontSource(),
        image: envFor(REPO).read,
        date: FIXED,
        caches: createCaches(),
        pdf: false,
      };
      const docx = renderBulletin(vm, ctx, 'out').outputs.find((o) => o.path.endsWith('ban-tin.docx'))?.bytes;
      expect(docx).toBeInstanceOf(Uint8Array);
      if (docx instanceof Uint8Array) expect(compareParts(docx)).toBeGreaterThan(5);
    });
  }
});
