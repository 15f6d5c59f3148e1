// Test support: a minimal .docx (content types, rels, document, header) built in memory with pizzip.
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { ImageModule } from '../../../src/render/docx/image-module.js';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const para = (text: string, rPr = ''): string => `<w:p><w:r>${rPr}<w:t>${text}</w:t></w:r></w:p>`;

export interface DocxParts {
  /** Inner XML of <w:body>, before the section properties. */
  body: string;
  /** Inner XML of <w:hdr>; no header part when absent. */
  header?: string;
  /** Extra <Relationship/> elements for word/_rels/document.xml.rels. */
  extraRels?: string;
  /** Extra <Default/> elements for [Content_Types].xml. */
  extraDefaults?: string;
  /** Extra files, e.g. docProps/core.xml with its content-type override. */
  files?: Record<string, string>;
  overrides?: string;
}

export function makeDocx(p: DocxParts): PizZip {
  const zip = new PizZip();
  const header = p.header !== undefined;
  zip.file(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      `<Default Extension="xml" ContentType="application/xml"/>${p.extraDefaults ?? ''}` +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      (header
        ? '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        : '') +
      `${p.overrides ?? ''}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${DECL}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `${DECL}<Relationships xmlns="${PKG_RELS}">` +
      (header ? `<Relationship Id="rId1" Type="${R}/header" Target="header1.xml"/>` : '') +
      `${p.extraRels ?? ''}</Relationships>`,
  );
  const sectPr = header ? `<w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr>` : '<w:sectPr/>';
  zip.file('word/document.xml', `${DECL}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${p.body}${sectPr}</w:body></w:document>`);
  if (header) zip.file('word/header1.xml', `${DECL}<w:hdr xmlns:w="${W}" xmlns:r="${R}">${p.header}</w:hdr>`);
  for (const [name, text] of Object.entries(p.files ?? {})) zip.file(name, text);
  return zip;
}

/** Renders like the application does: constructor form, paragraph loops, line breaks. */
export function renderDocx(zip: PizZip, data: object, errorLogging = true): PizZip {
  const doc = new Docxtemplater(zip, { modules: [new ImageModule()], paragraphLoop: true, linebreaks: true, errorLogging });
  doc.render(data);
  return doc.getZip();
}

export const text = (zip: PizZip, name: string): string => {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} is not in the zip`);
  return file.asText();
};

/** Attributes of every <Relationship/> in a relationships part. */
export function relationships(xml: string): Array<Record<string, string>> {
  return [...xml.matchAll(/<Relationship\s([^>]*?)\/?>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}
