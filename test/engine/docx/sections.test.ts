// Sections: page setup, section starts, first-page, even-page and default headers/footers, inheritance, metadata, errors.
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { docx, headerXml, p, paragraphs, rel, textOf } from './make.js';
import { readFailure, wordedElements } from '../../support/worded.js';

const PAGE =
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
const A4 =
  '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>';
const stories = {
  rels: rel('h1', 'header', 'header1.xml') + rel('h2', 'header', 'header2.xml') + rel('f1', 'footer', 'footer1.xml'),
  files: {
    'word/header1.xml': headerXml(`<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${PAGE}</w:p>`),
    'word/header2.xml': headerXml(p('Trang đầu')),
    'word/footer1.xml': headerXml(`<w:p><w:fldSimple w:instr="NUMPAGES"><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>`, 'ftr'),
  },
};
const text = (blocks: Parameters<typeof paragraphs>[0] | undefined) => paragraphs(blocks ?? []).map((x) => textOf(x.inlines));

describe('sections', () => {
  it('converts page size and margins from twips', () => {
    const ir = readDocx(docx({ body: p('x'), sectPr: `<w:sectPr>${A4}</w:sectPr>` }));
    expect(ir.sections[0]?.page).toEqual({
      width: 595.3,
      height: 841.9,
      top: 56.7,
      right: 42.5,
      bottom: 56.7,
      left: 85.05,
      header: 28.35,
      footer: 28.35,
    });
  });

  it("uses Word's Letter page without section properties; swaps a landscape page given in portrait order", () => {
    expect(readDocx(docx({ body: p('x') })).sections[0]?.page).toEqual({
      width: 612,
      height: 792,
      top: 72,
      bottom: 72,
      left: 72,
      right: 72,
      header: 36,
      footer: 36,
    });
    const landscape = readDocx(
      docx({ body: p('x'), sectPr: '<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="landscape"/></w:sectPr>' }),
    );
    expect(landscape.sections[0]?.page).toMatchObject({ width: 841.9, height: 595.3 });
  });

  it('takes the absolute value of a negative top margin and warns', () => {
    const ir = readDocx(
      docx({
        body: p('x'),
        sectPr:
          '<w:sectPr><w:pgMar w:top="-1440" w:bottom="720" w:left="1440" w:right="1440" w:header="720" w:footer="720" w:gutter="360"/></w:sectPr>',
      }),
    );
    expect(ir.sections[0]?.page).toMatchObject({ top: 72, bottom: 36, left: 90 });
    expect(wordedElements(ir.warnings)).toEqual(['w:pgMar w:top âm']);
  });

  it('reads a first-page header and a default header with a PAGE field, and a footer with NUMPAGES', () => {
    const sectPr = `<w:sectPr><w:headerReference w:type="default" r:id="h1"/><w:headerReference w:type="first" r:id="h2"/><w:footerReference w:type="default" r:id="f1"/>${A4}<w:titlePg/></w:sectPr>`;
    const ir = readDocx(docx({ body: p('body'), sectPr, ...stories }));
    const s = ir.sections[0];
    expect(s?.titlePage).toBe(true);
    expect(text(s?.headers.default)).toEqual(['{PAGE}']);
    expect(paragraphs(s?.headers.default ?? [])[0]?.style.align).toBe('center');
    expect(text(s?.headers.first)).toEqual(['Trang đầu']);
    expect(text(s?.footers.default)).toEqual(['{NUMPAGES}']);
    expect(s?.footers.first).toBeUndefined();
    expect(ir.warnings).toEqual([]);
  });

  it('ends a section at a paragraph with w:sectPr; later sections inherit headers they do not set', () => {
    const first = `<w:sectPr><w:headerReference w:type="default" r:id="h1"/><w:headerReference w:type="first" r:id="h2"/>${A4}<w:titlePg/></w:sectPr>`;
    const body = p('one') + `<w:p><w:pPr>${first}</w:pPr><w:r><w:t>two</w:t></w:r></w:p>` + p('three');
    const ir = readDocx(docx({ body, sectPr: '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>', ...stories }));
    expect(ir.sections.map((s) => text(s.blocks))).toEqual([['one', 'two'], ['three']]);
    expect(ir.sections.map((s) => [s.page.width, s.titlePage])).toEqual([
      [595.3, true],
      [841.9, false],
    ]);
    expect(text(ir.sections[1]?.headers.default)).toEqual(['{PAGE}']);
    expect(ir.sections[1]?.headers.first).toBeUndefined();
    expect(ir.sections[0]?.headers.default).toBe(ir.sections[1]?.headers.default);
  });

  it('reads how sections start: continuous, odd and even page; next page and next column start a new page', () => {
    const starts = ['continuous', 'oddPage', 'evenPage', 'nextPage', 'nextColumn'];
    const body = starts.map((t) => `<w:p><w:pPr><w:sectPr><w:type w:val="${t}"/></w:sectPr></w:pPr></w:p>`).join('');
    const ir = readDocx(docx({ body }));
    expect(ir.sections.map((s) => s.start)).toEqual(['continuous', 'oddPage', 'evenPage', undefined, undefined, undefined]);
    expect(ir.warnings).toEqual([]);
    const odd = readDocx(docx({ body: p('x'), sectPr: '<w:sectPr><w:type w:val="sideways"/></w:sectPr>' }));
    expect(wordedElements(odd.warnings)).toEqual(['w:type "sideways" (ngắt phần)']);
  });

  it('reads even-page headers when the settings use them (w:evenAndOddHeaders), inherited like the others', () => {
    const sectPr = '<w:sectPr><w:headerReference w:type="even" r:id="h2"/><w:headerReference w:type="default" r:id="h1"/></w:sectPr>';
    const body = `<w:p><w:pPr>${sectPr}</w:pPr></w:p>` + p('two');
    const even = readDocx(docx({ body, settings: '<w:evenAndOddHeaders/>', ...stories }));
    expect(even.settings.evenAndOddHeaders).toBe(true);
    expect(even.sections.map((s) => text(s.headers.even))).toEqual([['Trang đầu'], ['Trang đầu']]);
    expect(even.warnings).toEqual([]);
    const plain = readDocx(docx({ body, settings: '', ...stories }));
    expect(plain.settings.evenAndOddHeaders).toBeUndefined();
    expect(plain.sections[0]?.headers.even).toBeUndefined();
  });

  it('reads document properties', () => {
    const core =
      '<dc:title>Biên bản</dc:title><dc:subject>Hội nghị</dc:subject><dc:creator>Ban Tổ chức</dc:creator><cp:keywords>thi đua</cp:keywords><dc:language>vi-VN</dc:language>';
    expect(readDocx(docx({ body: p('x'), core })).meta).toEqual({
      title: 'Biên bản',
      subject: 'Hội nghị',
      author: 'Ban Tổ chức',
      keywords: 'thi đua',
      language: 'vi-VN',
    });
    expect(readDocx(docx({ body: p('x') })).meta).toEqual({});
  });

  it('throws a readable error for a corrupt zip or a package without a main document', () => {
    expect(readFailure(() => readDocx(new TextEncoder().encode('not a zip'), { where: 'x.docx' }))).toMatch(
      /^x\.docx: không phải tệp \.docx hợp lệ/,
    );
    const zip = new PizZip();
    zip.file('word/other.xml', '<a/>');
    expect(readFailure(() => readDocx(zip.generate({ type: 'uint8array' }), { where: 'y.docx' }))).toMatch(
      /^y\.docx: thiếu word\/document\.xml/,
    );
  });

  it('survives an unreadable styles part and missing relationships', () => {
    const zip = new PizZip(docx({ body: p('x'), styles: '' }));
    zip.file('word/styles.xml', '');
    const ir = readDocx(zip.generate({ type: 'uint8array' }));
    expect(text(ir.sections[0]?.blocks)).toEqual(['x']);
    expect(wordedElements(ir.warnings)).toEqual(['word/styles.xml (không đọc được)']);
  });
});
