// Hostile or broken templates end in a diagnostic naming the template, never a crash or a memory blow-up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { lintTemplate } from '../../src/render/docx/lint.js';
import { zipProblem } from '../../src/engine/docx/zip-guard.js';
import { zipProblemText } from '../../src/render/docx/zip-problem.js';
import { readDocx } from '../../src/engine/docx/index.js';
import { buildViewModel } from '../../src/view/build.js';
import { PROBE_PROFILE, probeConference } from '../../src/view/probe.js';
import { provinces, REPO } from '../support/fixtures.js';
import { readFailure } from '../support/worded.js';

const probe = probeConference();
const vm = buildViewModel(probe.conference, { registry: probe.registry, provinces, image: () => null, profile: PROBE_PROFILE });
const template = () => readFileSync(join(REPO, 'templates', 'bien-ban.docx'));

/** A zip whose one entry claims to unpack to 4 GB (the declared size is what a bomb lies about). */
function bomb(): Uint8Array {
  const zip = new PizZip();
  zip.file('word/document.xml', 'x'.repeat(1000));
  const bytes = Buffer.from(zip.generate({ type: 'uint8array', compression: 'STORE' }));
  const cd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  bytes.writeUInt32LE(0xfffffff0, cd + 24);
  return new Uint8Array(bytes);
}

describe('hostile templates', () => {
  it('a file that is not a zip', () => {
    expect(lintTemplate('templates/x.docx', new TextEncoder().encode('PK garbage'), vm).map((d) => [d.code, d.file])).toEqual([
      ['VK601', 'templates/x.docx'],
    ]);
  });

  it('a zip bomb is refused from its directory, before anything is unpacked', () => {
    expect(zipProblemText(zipProblem(bomb())!)).toMatch(/bom zip/);
    expect(lintTemplate('templates/bom.docx', bomb(), vm).map((d) => d.code)).toEqual(['VK601']);
    expect(readFailure(() => readDocx(bomb(), { where: 'bom.docx' }))).toMatch(/bom zip/);
    expect(zipProblem(template())).toBeUndefined();
  });

  it('broken XML and unbalanced tags name the template', () => {
    const zip = new PizZip(template());
    zip.file('word/document.xml', (zip.file('word/document.xml')?.asText() ?? '').replace('</w:body>', '</w:bdy>'));
    const broken = lintTemplate('templates/bien-ban.docx', zip.generate({ type: 'uint8array' }), vm);
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.every((d) => d.file === 'templates/bien-ban.docx' && /^VK60[12]$/.test(d.code))).toBe(true);
  });

  it('a drawing whose picture is missing is reported by the PDF reader, not fatal', () => {
    const zip = new PizZip(template());
    const drawing =
      '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="914400" cy="914400"/><wp:docPr id="9" name="x"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rIdMissing"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
    zip.file('word/document.xml', (zip.file('word/document.xml')?.asText() ?? '').replace('<w:body>', `<w:body>${drawing}`));
    const ir = readDocx(zip.generate({ type: 'uint8array' }), { where: 'x.docx' });
    expect(ir.warnings.length).toBeGreaterThan(0);
    expect(ir.sections.length).toBeGreaterThan(0);
  });
});
