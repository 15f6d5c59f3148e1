// Test support: small .docx packages built in memory (body, styles, numbering, theme, headers, media) and IR helpers.
import PizZip from 'pizzip';
import type { Block, Inline, Paragraph, Table } from '../../../src/engine/ir.js';

export const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface Parts {
  /** Inner XML of w:body, before the final section properties. */
  body: string;
  /** The final w:sectPr element; an empty one when absent. */
  sectPr?: string;
  /** Inner XML of w:styles. */
  styles?: string;
  /** Inner XML of w:numbering. */
  numbering?: string;
  /** Inner XML of w:settings. */
  settings?: string;
  /** Inner XML of a:fontScheme in word/theme/theme1.xml. */
  fontScheme?: string;
  /** Inner XML of cp:coreProperties. */
  core?: string;
  /** Extra relationships of word/document.xml. */
  rels?: string;
  /** Extra files (headers, their relationships, media). */
  files?: Record<string, string | Uint8Array>;
}

export const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
export const relsXml = (inner: string) =>
  `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${inner}</Relationships>`;
export const headerXml = (inner: string, tag = 'hdr') => `${DECL}<w:${tag} ${NS}>${inner}</w:${tag}>`;

export function docx(p: Parts): Uint8Array {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    relsXml(
      rel('rId1', 'officeDocument', 'word/document.xml') +
        (p.core
          ? rel('rId2', 'metadata/core-properties', 'docProps/core.xml').replace(
              REL,
              'http://schemas.openxmlformats.org/package/2006/relationships',
            )
          : ''),
    ),
  );
  let rels = p.rels ?? '';
  if (p.styles !== undefined) {
    zip.file('word/styles.xml', `${DECL}<w:styles ${NS}>${p.styles}</w:styles>`);
    rels += rel('rSt', 'styles', 'styles.xml');
  }
  if (p.numbering !== undefined) {
    zip.file('word/numbering.xml', `${DECL}<w:numbering ${NS}>${p.numbering}</w:numbering>`);
    rels += rel('rNum', 'numbering', 'numbering.xml');
  }
  if (p.settings !== undefined) {
    zip.file('word/settings.xml', `${DECL}<w:settings ${NS}>${p.settings}</w:settings>`);
    rels += rel('rSet', 'settings', 'settings.xml');
  }
  if (p.fontScheme !== undefined) {
    zip.file(
      'word/theme/theme1.xml',
      `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements><a:fontScheme name="F">${p.fontScheme}</a:fontScheme></a:themeElements></a:theme>`,
    );
    rels += rel('rTh', 'theme', 'theme/theme1.xml');
  }
  if (p.core !== undefined) {
    zip.file(
      'docProps/core.xml',
      `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${p.core}</cp:coreProperties>`,
    );
  }
  zip.file('word/_rels/document.xml.rels', relsXml(rels));
  zip.file('word/document.xml', `${DECL}<w:document ${NS}><w:body>${p.body}${p.sectPr ?? '<w:sectPr/>'}</w:body></w:document>`);
  for (const [name, content] of Object.entries(p.files ?? {})) zip.file(name, content);
  return zip.generate({ type: 'uint8array' });
}

/** A paragraph with one run: `<w:p><w:pPr>…</w:pPr><w:r><w:rPr>…</w:rPr><w:t>…</w:t></w:r></w:p>`. */
export const p = (text: string, pPr = '', rPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

export const paraStyle = (id: string, inner: string, extra = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"${extra}><w:name w:val="${id}"/>${inner}</w:style>`;
export const charStyle = (id: string, inner: string) =>
  `<w:style w:type="character" w:styleId="${id}"><w:name w:val="${id}"/>${inner}</w:style>`;

export function paragraphs(blocks: Block[]): Paragraph[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => paragraphs(c.blocks)))));
}

export function tables(blocks: Block[]): Table[] {
  return blocks.filter((b): b is Table => b.kind === 'table');
}

/** The text of a paragraph: tabs as \t, breaks as \n, fields as {PAGE}. */
export function textOf(inlines: Inline[]): string {
  return inlines
    .map((i) =>
      i.kind === 'text'
        ? i.text
        : i.kind === 'tab'
          ? '\t'
          : i.kind === 'break'
            ? i.type === 'line'
              ? '\n'
              : `[${i.type}]`
            : i.kind === 'field'
              ? `{${i.field}}`
              : '[image]',
    )
    .join('');
}

export function only<T>(items: readonly T[]): T {
  if (items.length !== 1) throw new Error(`expected one item, got ${items.length}`);
  return items[0] as T;
}
