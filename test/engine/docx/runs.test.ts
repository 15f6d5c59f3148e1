// Run content: text and whitespace, tabs, breaks, special hyphens, symbols, fields, containers and warnings.
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { docx, paragraphs, textOf } from './make.js';
import { worded, wordedElements } from '../../support/worded.js';

const r = (inner: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${inner}</w:r>`;
const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;
const read = (body: string) => readDocx(docx({ body }));
const texts = (body: string) => paragraphs(read(body).sections[0]?.blocks ?? []).map((x) => textOf(x.inlines));

describe('run content', () => {
  it('reads text with entities and character references; trims unpreserved whitespace', () => {
    expect(texts(`<w:p>${r('<w:t>  a &amp; b  </w:t>')}${r(t(' &lt;c&gt; &#x1EA1;&#7897; '))}</w:p>`)).toEqual(['a & b <c> ạộ ']);
  });

  it('keeps non-breaking spaces and maps no-break and soft hyphens', () => {
    expect(texts(`<w:p>${r(t('Điều\u00A05'))}${r('<w:noBreakHyphen/>')}${r(t('x'))}${r('<w:softHyphen/>')}</w:p>`)).toEqual([
      'Điều\u00A05\u2011x\u00AD',
    ]);
  });

  it('reads tabs and line, page and column breaks, carriage returns included', () => {
    const body = `<w:p>${r(`${t('a')}<w:tab/>${t('b')}<w:br/>${t('c')}<w:cr/>${t('d')}<w:br w:type="page"/><w:br w:type="column"/><w:br w:type="textWrapping" w:clear="all"/>`)}</w:p>`;
    expect(texts(body)).toEqual(['a\tb\nc\nd[page][column]\n']);
    const inl = paragraphs(read(body).sections[0]?.blocks ?? [])[0]?.inlines ?? [];
    expect(inl[1]).toMatchObject({ kind: 'tab', style: { size: 10 } });
  });

  it('maps w:sym characters: ordinary fonts by code, Symbol and Wingdings through a table, others warned', () => {
    const body = `<w:p>${r('<w:sym w:font="Times New Roman" w:char="F041"/><w:sym w:font="Symbol" w:char="F0B7"/><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="Webdings" w:char="F021"/>')}</w:p>`;
    const ir = read(body);
    const inl = paragraphs(ir.sections[0]?.blocks ?? [])[0]?.inlines ?? [];
    expect(textOf(inl)).toBe('A•✓');
    expect(inl[0]).toMatchObject({ style: { family: 'Times New Roman' } });
    expect(ir.warnings.map((w) => w.element)).toEqual(['w:sym']);
  });

  it('turns PAGE and NUMPAGES into fields (simple and complex) and keeps the cached result of other fields', () => {
    const complex = (instr: string, cached: string) =>
      r('<w:fldChar w:fldCharType="begin"/>') +
      r(`<w:instrText xml:space="preserve">${instr}</w:instrText>`) +
      r('<w:fldChar w:fldCharType="separate"/>', '<w:b/>') +
      r(t(cached)) +
      r('<w:fldChar w:fldCharType="end"/>');
    const body =
      `<w:p>${r(t('Trang '))}${complex(' PAGE  \\* MERGEFORMAT ', '2')}${r(t(' / '))}${complex('NUMPAGES', '9')}</w:p>` +
      `<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:i/></w:rPr><w:t>1</w:t></w:r></w:fldSimple><w:fldSimple w:instr="AUTHOR"><w:r><w:t>An</w:t></w:r></w:fldSimple></w:p>` +
      `<w:p>${complex('DATE \\@ "d/M/yyyy"', '1/1/2024')}${r('<w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText><w:fldChar w:fldCharType="end"/>')}</w:p>`;
    const paras = paragraphs(read(body).sections[0]?.blocks ?? []);
    expect(paras.map((x) => textOf(x.inlines))).toEqual(['Trang {PAGE} / {NUMPAGES}', '{PAGE}An', '1/1/2024{PAGE}']);
    expect(paras[0]?.inlines[1]).toMatchObject({ kind: 'field', field: 'PAGE', style: { bold: true } });
    expect(paras[1]?.inlines[0]).toMatchObject({ kind: 'field', style: { italic: true } });
  });

  it('treats a field nested in another field code as part of the code', () => {
    const body = `<w:p>${r('<w:fldChar w:fldCharType="begin"/><w:instrText>IF </w:instrText><w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>3</w:t><w:fldChar w:fldCharType="end"/><w:instrText> = 1 "x" "y"</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>y</w:t><w:fldChar w:fldCharType="end"/>')}</w:p>`;
    expect(texts(body)).toEqual(['y']);
  });

  it('reads hyperlinks, smart tags, content controls and insertions; drops hidden text and deletions', () => {
    const body =
      `<w:p><w:hyperlink r:id="rX">${r(t('link'))}</w:hyperlink><w:smartTag w:uri="u" w:element="e">${r(t(' tag'))}</w:smartTag>` +
      `<w:sdt><w:sdtPr><w:alias w:val="a"/></w:sdtPr><w:sdtContent>${r(t(' sdt'))}</w:sdtContent></w:sdt>` +
      `<w:ins w:id="1" w:author="x">${r(t(' ins'))}</w:ins><w:del w:id="2" w:author="x">${r('<w:delText>gone</w:delText>')}</w:del>` +
      `${r(t(' hidden'), '<w:vanish/>')}<w:bookmarkStart w:id="0" w:name="b"/><w:proofErr w:type="spellStart"/>${r('<w:lastRenderedPageBreak/>' + t(' end'))}<w:bookmarkEnd w:id="0"/></w:p>` +
      `<w:sdt><w:sdtContent>${'<w:p>' + r(t('block sdt')) + '</w:p>'}</w:sdtContent></w:sdt>`;
    const ir = read(body);
    expect(paragraphs(ir.sections[0]?.blocks ?? []).map((x) => textOf(x.inlines))).toEqual(['link tag sdt ins end', 'block sdt']);
    expect(wordedElements(ir.warnings)).toEqual(['w:del (thay đổi được theo dõi)']);
  });

  it('warns where a field that never ends begins', () => {
    const ir = read(
      `<w:p>${r(t('a'))}</w:p><w:p>${r('<w:fldChar w:fldCharType="begin"/><w:instrText>TOC</w:instrText>')}</w:p><w:p>${r(t('lost'))}</w:p>`,
    );
    expect(paragraphs(ir.sections[0]?.blocks ?? []).map((x) => textOf(x.inlines))).toEqual(['a', '', '']);
    expect(ir.warnings).toEqual([{ element: 'w:fldChar', reason: 'field-not-ended', where: { part: 'word/document.xml', paragraph: 2 } }]);
    expect(worded(ir.warnings)).toEqual([{ element: 'w:fldChar (trường không có điểm kết thúc)', where: 'word/document.xml, đoạn 2' }]);
  });

  it('reads the fallback of mc:AlternateContent', () => {
    const body = `<w:p><mc:AlternateContent><mc:Choice Requires="w14">${r(t('choice'))}</mc:Choice><mc:Fallback>${r(t('fallback'))}</mc:Fallback></mc:AlternateContent></w:p>`;
    expect(texts(body)).toEqual(['fallback']);
  });

  it('reports each unsupported element once per document, where it is first seen', () => {
    const body =
      `<w:p>${r(t('a'))}</w:p><w:p>${r('<w:object/>')}${r('<w:pict><v:shape/></w:pict>')}</w:p>` +
      `<w:p><m:oMath><m:r><m:t>x</m:t></m:r></m:oMath>${r('<w:footnoteReference w:id="1"/>')}${r('<w:pict/>')}</w:p>` +
      `<w:tbl><w:tr><w:tc><w:p>${r('<w:object/>')}</w:p></w:tc></w:tr></w:tbl>`;
    const ir = readDocx(docx({ body }), { where: 'a.docx' });
    expect(worded(ir.warnings)).toEqual([
      { element: 'w:object', where: 'a.docx, word/document.xml, đoạn 2' },
      { element: 'v:shape', where: 'a.docx, word/document.xml, đoạn 2' },
      { element: 'm:oMath', where: 'a.docx, word/document.xml, đoạn 3' },
      { element: 'w:footnoteReference', where: 'a.docx, word/document.xml, đoạn 3' },
    ]);
  });

  it('recognises WordprocessingML under any namespace prefix', () => {
    const xml = `<?xml version="1.0"?><x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:rPr><x:b/></x:rPr><x:t>ok</x:t></x:r></x:p></x:body></x:document>`;
    const zip = new PizZip(docx({ body: '' }));
    zip.file('word/document.xml', xml);
    const ir = readDocx(zip.generate({ type: 'uint8array' }));
    expect(paragraphs(ir.sections[0]?.blocks ?? [])[0]?.inlines[0]).toMatchObject({ text: 'ok', style: { bold: true } });
  });
});
