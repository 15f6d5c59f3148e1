// The templates: built from their sources and the format profile, and linted against the view model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { lintTemplate } from '../../src/render/docx/lint.js';
import { mmToTwips, ptToHalfPoints } from '../../src/profile/profile.js';
import { buildTemplate, TEMPLATE_TITLES } from '../../src/tools/make-templates.js';
import { buildViewModel } from '../../src/view/build.js';
import { documentData } from '../../src/render/documents.js';
import { bundledKinds } from '../../src/kinds/load.js';
import { PROBE_PROFILE, probeConference } from '../../src/view/probe.js';
import { BULLETIN_DOCX_PROBE } from '../../src/workspace/bulletin-templates.js';
import { provinces, REPO } from '../support/fixtures.js';
import { profile } from '../support/docx.js';

const probe = probeConference();
// Templates are rendered with the view model and the document's properties (render/documents.ts).
const vm = documentData(
  bundledKinds()[0]!,
  buildViewModel(probe.conference, { registry: probe.registry, provinces, image: () => null, profile: PROBE_PROFILE }),
);
const names = Object.keys(TEMPLATE_TITLES);
const template = (name: string) => readFileSync(join(REPO, 'templates', `${name}.docx`));
const edited = (name: string, edit: (xml: string) => string) => {
  const zip = new PizZip(template(name));
  zip.file('word/document.xml', edit(zip.file('word/document.xml')?.asText() ?? ''));
  return zip.generate({ type: 'uint8array' });
};

describe('templates', () => {
  it.each(names)('%s.docx is what its source and the profile build (npm run templates)', (name) => {
    expect(Buffer.from(buildTemplate(REPO, name, profile)).equals(template(name))).toBe(true);
  });

  it.each(names)('%s.docx follows the profile: A4, margins, font, sizes', (name) => {
    const zip = new PizZip(template(name));
    const doc = zip.file('word/document.xml')?.asText() ?? '';
    const styles = zip.file('word/styles.xml')?.asText() ?? '';
    expect(doc).toContain(`<w:pgSz w:w="${mmToTwips(210)}" w:h="${mmToTwips(297)}"/>`);
    const m = profile.margins_mm;
    expect(doc).toContain(
      `w:top="${mmToTwips(m.top.value)}" w:right="${mmToTwips(m.right.value)}" w:bottom="${mmToTwips(m.bottom.value)}" w:left="${mmToTwips(m.left.value)}"`,
    );
    expect(styles).toContain('w:ascii="Times New Roman"');
    const size = (styleId: string) => new RegExp(`w:styleId="${styleId}">.*?<w:sz w:val="(\\d+)"/>`).exec(styles)?.[1];
    expect(size('VkPartyLine')).toBe(String(ptToHalfPoints(profile.sizes_pt.party_line.value)));
    expect(size('VkDocType')).toBe(String(ptToHalfPoints(profile.sizes_pt.doc_type.value)));
    expect(size('VkBody')).toBe(String(ptToHalfPoints(profile.sizes_pt.body.value)));
    expect(size('VkIssuer')).toBe(String(ptToHalfPoints(profile.sizes_pt.issuer.value)));
  });

  it.each(names)('%s.docx uses only tags its data has', (name) => {
    const data = name === 'ban-tin' ? BULLETIN_DOCX_PROBE : vm;
    expect(lintTemplate(`templates/${name}.docx`, template(name), data)).toEqual([]);
  });

  it('names an unknown tag, its template and the closest existing name', () => {
    const bytes = edited('bien-ban', (x) => x.replace('{header.placeDate}', '{header.placeDat}'));
    const d = lintTemplate('templates/bien-ban.docx', bytes, vm);
    expect(d.map((x) => [x.code, x.file, x.params.tag, x.params.suggestion])).toEqual([
      ['VK603', 'templates/bien-ban.docx', 'header.placeDat', '"header.placeDate"'],
    ]);
  });

  it('refuses expressions: templates cannot run code', () => {
    const bytes = edited('bien-ban', (x) => x.replace('{title}', '{constructor.constructor("return process")()}'));
    expect(lintTemplate('t.docx', bytes, vm).map((x) => x.code)).toEqual(['VK604']);
  });

  it('turns docxtemplater syntax errors into diagnostics naming the tag', () => {
    const bytes = edited('bien-ban', (x) => x.replace('{#reports}', '{#reports').replace('{/discussion}', ''));
    const d = lintTemplate('templates/bien-ban.docx', bytes, vm);
    expect(d.every((x) => x.code === 'VK602' && x.file === 'templates/bien-ban.docx')).toBe(true);
    expect(d.map((x) => x.params.tag)).toEqual(expect.arrayContaining(['#reports', 'discussion']));
    expect(String(d[0]?.params.detail_vi)).toMatch(/thiếu|chưa được đóng/);
  });

  it('reports a template that is not a .docx', () => {
    expect(lintTemplate('templates/x.docx', new TextEncoder().encode('không phải zip'), vm).map((x) => x.code)).toEqual(['VK601']);
  });
});
