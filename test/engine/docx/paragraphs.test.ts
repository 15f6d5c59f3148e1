// Paragraph properties: spacing rules, indents, tabs, borders, keep/page-break flags and the paragraph mark.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { docx, p, paragraphs, paraStyle } from './make.js';
import { worded } from '../../support/worded.js';

const read = (body: string, styles?: string) =>
  paragraphs(readDocx(docx({ body, ...(styles !== undefined ? { styles } : {}) })).sections[0]?.blocks ?? []);

describe('paragraph properties', () => {
  it('converts spacing: before/after in twips, auto line as a multiple of 240, exact and atLeast in points', () => {
    const [auto, exact, least, negative] = read(
      p('a', '<w:spacing w:before="120" w:after="240" w:line="360" w:lineRule="auto"/>') +
        p('b', '<w:spacing w:line="300" w:lineRule="exact"/>') +
        p('c', '<w:spacing w:line="1417" w:lineRule="atLeast" w:beforeAutospacing="1"/>') +
        p('d', '<w:spacing w:line="-280"/>'),
    );
    expect(auto?.style).toMatchObject({ spaceBefore: 6, spaceAfter: 12, line: { rule: 'auto', value: 1.5 } });
    expect(exact?.style.line).toEqual({ rule: 'exact', value: 15 });
    expect(least?.style.line).toEqual({ rule: 'atLeast', value: 70.85 });
    expect(negative?.style.line).toEqual({ rule: 'exact', value: 14 });
  });

  it('reads indents: left/start, right/end, first line, hanging as a negative first line', () => {
    const [a, b, c] = read(
      p('a', '<w:ind w:left="720" w:right="360" w:firstLine="567"/>') +
        p('b', '<w:ind w:start="1440" w:end="720" w:hanging="360" w:firstLine="100"/>') +
        p('c', '<w:ind w:left="10mm"/>'),
    );
    expect(a?.style).toMatchObject({ indentLeft: 36, indentRight: 18, firstLine: 28.35 });
    expect(b?.style).toMatchObject({ indentLeft: 72, indentRight: 36, firstLine: -18 });
    expect(c?.style.indentLeft).toBeCloseTo(28.3465, 3);
  });

  it('keeps an inherited indent side when direct formatting sets only another one', () => {
    const styles = paraStyle('List', '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>');
    const [para] = read(p('x', '<w:pStyle w:val="List"/><w:ind w:firstLine="0"/>'), styles);
    expect(para?.style).toMatchObject({ indentLeft: 36, firstLine: 0 });
  });

  it('reads tab stops with alignment and leaders, from the text column edge; clear removes inherited stops', () => {
    const styles = paraStyle(
      'Tabbed',
      '<w:pPr><w:tabs><w:tab w:val="left" w:pos="1440"/><w:tab w:val="right" w:pos="9000" w:leader="dot"/></w:tabs></w:pPr>',
    );
    const [para] = read(
      p(
        'x',
        '<w:pStyle w:val="Tabbed"/><w:tabs><w:tab w:val="clear" w:pos="1440"/><w:tab w:val="center" w:pos="4680" w:leader="hyphen"/><w:tab w:val="decimal" w:pos="6000" w:leader="underscore"/></w:tabs><w:ind w:left="720"/>',
      ),
      styles,
    );
    expect(para?.style.tabs).toEqual([
      { pos: 234, align: 'center', leader: 'hyphen' },
      { pos: 300, align: 'decimal', leader: 'underscore' },
      { pos: 450, align: 'right', leader: 'dot' },
    ]);
  });

  it('reads top and bottom borders (width in eighths of a point, space in points), none removes an inherited one', () => {
    const styles = paraStyle('Ruled', '<w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr></w:pPr>');
    const [a, b] = read(
      p('a', '<w:pBdr><w:bottom w:val="double" w:sz="12" w:space="4" w:color="FF0000"/></w:pBdr>') +
        p('b', '<w:pStyle w:val="Ruled"/><w:pBdr><w:top w:val="nil"/></w:pBdr>'),
      styles,
    );
    expect(a?.style.borderBottom).toEqual({ style: 'double', width: 1.5, color: 'FF0000', space: 4 });
    expect(a?.style.borderTop).toBeUndefined();
    expect(b?.style.borderTop).toBeUndefined();
    const [c] = read(p('c', '<w:pStyle w:val="Ruled"/>'), styles);
    expect(c?.style.borderTop).toEqual({ style: 'single', width: 0.5, color: '000000', space: 1 });
  });

  it('reads left and right borders (also as w:start and w:end) without a warning', () => {
    const bdr = (side: string, sz: number) => `<w:${side} w:val="single" w:sz="${sz}" w:space="4" w:color="auto"/>`;
    const ir = readDocx(
      docx({
        body:
          p('a', `<w:pBdr>${bdr('left', 4)}${bdr('right', 8)}</w:pBdr>`) + p('b', `<w:pBdr>${bdr('start', 4)}${bdr('end', 8)}</w:pBdr>`),
      }),
    );
    for (const x of paragraphs(ir.sections[0]?.blocks ?? [])) {
      expect(x.style.borderLeft).toEqual({ style: 'single', width: 0.5, color: '000000', space: 4 });
      expect(x.style.borderRight).toEqual({ style: 'single', width: 1, color: '000000', space: 4 });
    }
    expect(ir.warnings).toEqual([]);
  });

  it('reads alignment values and keep/page-break/contextual flags', () => {
    const paras = read(
      p('a', '<w:jc w:val="start"/>') +
        p('b', '<w:jc w:val="end"/>') +
        p('c', '<w:jc w:val="distribute"/>') +
        p('d', '<w:keepNext/><w:keepLines w:val="1"/><w:pageBreakBefore/><w:contextualSpacing/><w:widowControl w:val="0"/>'),
    );
    expect(paras.map((x) => x.style.align)).toEqual(['left', 'right', 'both', 'left']);
    expect(paras[3]?.style).toMatchObject({
      keepNext: true,
      keepLines: true,
      pageBreakBefore: true,
      contextualSpacing: true,
      widowControl: false,
    });
  });

  it('gives an empty paragraph the style of its mark', () => {
    const [para] = read('<w:p><w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:pPr></w:p>');
    expect(para?.inlines).toEqual([]);
    expect(para?.markStyle).toMatchObject({ bold: true, size: 16 });
  });

  it('reports unsupported paragraph features once, with the paragraph where they first occur', () => {
    const ir = readDocx(
      docx({ body: p('a') + p('b', '<w:framePr w:dropCap="drop" w:lines="2"/>') + p('c', '<w:framePr w:dropCap="drop" w:lines="2"/>') }),
      { where: 'x.docx' },
    );
    expect(ir.warnings).toEqual([{ element: 'w:framePr w:dropCap', where: { file: 'x.docx', part: 'word/document.xml', paragraph: 2 } }]);
    expect(worded(ir.warnings)).toEqual([{ element: 'w:framePr w:dropCap', where: 'x.docx, word/document.xml, đoạn 2' }]);
  });
});
