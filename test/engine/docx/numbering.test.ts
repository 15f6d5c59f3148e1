// Numbering: labels across levels, resets, formats, overrides, shared counters, bullets, level indents and label style.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { docx, p, paragraphs, paraStyle } from './make.js';

const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>${extra}</w:lvl>`;

const OUTLINE =
  '<w:abstractNum w:abstractNumId="0">' +
  lvl(0, 'upperRoman', '%1.', '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:b/></w:rPr>') +
  lvl(1, 'decimal', '%1.%2.', '<w:pPr><w:ind w:left="720" w:hanging="432"/><w:tabs><w:tab w:val="num" w:pos="720"/></w:tabs></w:pPr>') +
  lvl(2, 'lowerLetter', '%3)') +
  '</w:abstractNum>' +
  '<w:abstractNum w:abstractNumId="1">' +
  lvl(0, 'bullet', '\uF0B7', '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>') +
  lvl(1, 'bullet', 'o', '<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/></w:rPr>') +
  '</w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
  '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';

const item = (text: string, numId: number, ilvl: number, pPr = '') =>
  p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>${pPr}`);
const read = (body: string, styles = '') =>
  paragraphs(
    readDocx(
      docx({
        body,
        numbering: OUTLINE,
        styles:
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>' +
          styles,
      }),
    ).sections[0]?.blocks ?? [],
  );

describe('numbering', () => {
  it('numbers levels, resets deeper levels when a higher level advances, formats roman, decimal and letters', () => {
    const paras = read(
      item('A', 1, 0) +
        item('A1', 1, 1) +
        item('A2', 1, 1) +
        item('A2a', 1, 2) +
        item('A2b', 1, 2) +
        item('B', 1, 0) +
        item('B1', 1, 1) +
        item('B1a', 1, 2) +
        p('plain') +
        item('C', 1, 0),
    );
    expect(paras.map((x) => x.marker?.text ?? '-')).toEqual(['I.', 'I.1.', 'I.2.', 'a)', 'b)', 'II.', 'II.1.', 'a)', '-', 'III.']);
  });

  it("applies the level's indent and tabs unless the paragraph sets its own", () => {
    const [a, b, c] = read(item('A', 1, 0) + item('A1', 1, 1) + item('X', 1, 0, '<w:ind w:left="1080" w:hanging="720"/>'));
    expect(a?.style).toMatchObject({ indentLeft: 18, firstLine: -18 });
    expect(b?.style).toMatchObject({ indentLeft: 36, firstLine: -21.6, tabs: [{ pos: 36, align: 'left', leader: 'none' }] });
    expect(c?.style).toMatchObject({ indentLeft: 54, firstLine: -36 });
  });

  it("styles the label with the level's run properties over the paragraph mark", () => {
    const [a] = read(item('A', 1, 0, '<w:rPr><w:i/><w:sz w:val="24"/></w:rPr>'));
    expect(a?.marker?.style).toMatchObject({ bold: true, italic: true, size: 12, family: 'Times New Roman' });
    expect(a?.inlines[0]).toMatchObject({ style: { bold: false, italic: false, size: 14 } });
  });

  it('maps Symbol-font bullets to Unicode in a text font; keeps ordinary-font bullets', () => {
    const [a, b] = read(item('one', 2, 0) + item('two', 2, 1));
    expect(a?.marker).toMatchObject({ text: '•', style: { family: 'Times New Roman' } });
    expect(b?.marker).toMatchObject({ text: 'o', style: { family: 'Courier New' } });
  });

  it('shares counters between instances of one list and restarts at a startOverride on first use', () => {
    const paras = read(item('a', 1, 0) + item('b', 1, 0) + item('c', 3, 0) + item('d', 3, 0) + item('e', 1, 0));
    expect(paras.map((x) => x.marker?.text)).toEqual(['I.', 'II.', 'V.', 'VI.', 'VII.']);
  });

  it('takes numbering from the paragraph style; numId 0 switches it off', () => {
    const styles = paraStyle('Heading', '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>');
    const paras = read(
      p('h1', '<w:pStyle w:val="Heading"/>') +
        p('h2', '<w:pStyle w:val="Heading"/><w:numPr><w:ilvl w:val="1"/></w:numPr>') +
        p('none', '<w:pStyle w:val="Heading"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
      styles,
    );
    expect(paras.map((x) => x.marker?.text)).toEqual(['I.', 'I.1.', undefined]);
  });

  it('shows legal numbering in decimal and ignores unknown lists', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="7">' +
      lvl(0, 'upperRoman', '%1.') +
      lvl(1, 'lowerLetter', '%1.%2', '<w:isLgl/>') +
      '</w:abstractNum>' +
      '<w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num>';
    const paras = paragraphs(
      readDocx(docx({ body: item('a', 9, 0) + item('b', 9, 1) + item('c', 42, 0), numbering })).sections[0]?.blocks ?? [],
    );
    expect(paras.map((x) => x.marker?.text)).toEqual(['I.', '1.1', undefined]);
  });

  it('warns about label features the IR cannot show', () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="3">' +
      lvl(0, 'ordinal', '%1', '<w:suff w:val="space"/>') +
      '</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>';
    const ir = readDocx(docx({ body: item('a', 4, 0), numbering }));
    expect(ir.warnings.map((w) => w.element)).toEqual(['w:numFmt "ordinal"', 'w:suff "space"']);
  });
});
