// Styles: docDefaults, basedOn chains, the default paragraph style, direct formatting, toggles, theme fonts, units.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { charStyle, docx, p, paragraphs, paraStyle } from './make.js';

const DEFAULTS =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>';

const read = (body: string, styles: string) => paragraphs(readDocx(docx({ body, styles })).sections[0]?.blocks ?? []);

describe('style resolution', () => {
  it('applies docDefaults, then the default paragraph style, then basedOn chains, then direct formatting', () => {
    const styles =
      DEFAULTS +
      paraStyle(
        'Normal',
        '<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr>',
        ' w:default="1"',
      ) +
      paraStyle('Body', '<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/><w:ind w:firstLine="720"/></w:pPr>') +
      paraStyle('Heading', '<w:basedOn w:val="Body"/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:color w:val="1f3864"/></w:rPr>');
    const [plain, body, heading, direct] = read(
      p('a') +
        p('b', '<w:pStyle w:val="Body"/>') +
        p('c', '<w:pStyle w:val="Heading"/>') +
        p('d', '<w:pStyle w:val="Heading"/><w:jc w:val="center"/>', '<w:b w:val="0"/><w:sz w:val="24"/>'),
      styles,
    );
    expect(plain?.style).toMatchObject({ styleId: 'Normal', spaceAfter: 0, line: { rule: 'auto', value: 259 / 240 }, align: 'left' });
    expect(plain?.inlines[0]).toMatchObject({ kind: 'text', style: { family: 'Times New Roman', size: 14, bold: false } });
    expect(body?.style).toMatchObject({ styleId: 'Body', align: 'both', firstLine: 36, spaceAfter: 0 });
    expect(heading?.style).toMatchObject({ styleId: 'Heading', align: 'both', firstLine: 36, keepNext: true });
    expect(heading?.inlines[0]).toMatchObject({ style: { bold: true, color: '1F3864', size: 14 } });
    expect(direct?.style.align).toBe('center');
    expect(direct?.inlines[0]).toMatchObject({ style: { bold: false, size: 12, color: '1F3864' } });
  });

  it('falls back to the default paragraph style for an unknown style id and survives basedOn cycles', () => {
    const styles =
      paraStyle('Normal', '<w:rPr><w:sz w:val="26"/></w:rPr>', ' w:default="1"') +
      paraStyle('A', '<w:basedOn w:val="B"/><w:rPr><w:i/></w:rPr>') +
      paraStyle('B', '<w:basedOn w:val="A"/><w:rPr><w:b/></w:rPr>');
    const [unknown, cyclic] = read(p('x', '<w:pStyle w:val="Missing"/>') + p('y', '<w:pStyle w:val="A"/>'), styles);
    expect(unknown?.style.styleId).toBe('Normal');
    expect(unknown?.inlines[0]).toMatchObject({ style: { size: 13 } });
    expect(cyclic?.inlines[0]).toMatchObject({ style: { bold: true, italic: true } });
  });

  it('toggles bold and italic from a character style over a paragraph style, as Word does', () => {
    const styles =
      paraStyle('Quote', '<w:rPr><w:i/></w:rPr>') +
      charStyle('Emphasis', '<w:rPr><w:i/></w:rPr>') +
      charStyle('Strong', '<w:rPr><w:b/></w:rPr>');
    const body =
      `<w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Emphasis"/></w:rPr><w:t>upright</w:t></w:r>` +
      `<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>bold italic</w:t></w:r>` +
      `<w:r><w:rPr><w:rStyle w:val="Emphasis"/><w:i/></w:rPr><w:t>direct wins</w:t></w:r>` +
      `<w:r><w:rPr><w:i w:val="false"/></w:rPr><w:t>off</w:t></w:r></w:p>`;
    const inl = read(body, styles)[0]?.inlines ?? [];
    expect(inl.map((i) => (i.kind === 'text' ? [i.text, i.style.bold, i.style.italic] : null))).toEqual([
      ['upright', false, false],
      ['bold italic', true, true],
      ['direct wins', false, true],
      ['off', false, false],
    ]);
  });

  it('reads run properties: underline kinds, strike, caps, vertical alignment, colour auto, kerning threshold', () => {
    const body =
      p('u', '', '<w:u w:val="double"/><w:dstrike/>') +
      p('w', '', '<w:u w:val="wave"/><w:caps/><w:smallCaps/>') +
      p('s', '', '<w:vertAlign w:val="superscript"/><w:color w:val="auto"/><w:smallCaps/><w:kern w:val="28"/><w:sz w:val="28"/>') +
      p('k', '', '<w:kern w:val="32"/><w:sz w:val="28"/>') +
      p('z', '', '<w:kern w:val="0"/><w:sz w:val="28"/>');
    const [u, w, s, k, z] = read(body, '').map((x) => x.inlines[0]);
    expect(u).toMatchObject({ style: { underline: 'double', strike: true } });
    expect(w).toMatchObject({ style: { underline: 'single', caps: true, smallCaps: false } });
    expect(s).toMatchObject({ style: { vertAlign: 'superscript', color: '000000', smallCaps: true, kerning: true, size: 14 } });
    expect(k).toMatchObject({ style: { kerning: false } });
    // w:val="0" is "no kerning" (LibreOffice reads it as autokern off), not "kern from 0 pt up".
    expect(z).toMatchObject({ style: { kerning: false } });
  });

  it('lets a run turn off with w:kern w:val="0" the kerning its style turns on', () => {
    const styles = '<w:docDefaults><w:rPrDefault><w:rPr><w:kern w:val="2"/></w:rPr></w:rPrDefault></w:docDefaults>';
    const [on, off] = read(p('on') + p('off', '', '<w:kern w:val="0"/>'), styles).map((x) => x.inlines[0]);
    expect(on).toMatchObject({ style: { kerning: true } });
    expect(off).toMatchObject({ style: { kerning: false } });
  });

  it("uses Word's defaults (Times New Roman 10 pt, single spacing, widow control on) when the document says nothing", () => {
    const para = paragraphs(readDocx(docx({ body: p('x') })).sections[0]?.blocks ?? [])[0];
    expect(para?.markStyle).toMatchObject({ family: 'Times New Roman', size: 10, bold: false, color: '000000' });
    expect(para?.style).toMatchObject({ line: { rule: 'auto', value: 1 }, widowControl: true, spaceBefore: 0, spaceAfter: 0, styleId: '' });
  });

  it('lets docDefaults turn widow control off', () => {
    const styles = '<w:docDefaults><w:pPrDefault><w:pPr><w:widowControl w:val="0"/></w:pPr></w:pPrDefault></w:docDefaults>';
    expect(read(p('x'), styles)[0]?.style.widowControl).toBe(false);
    expect(read(p('x', '<w:widowControl/>'), styles)[0]?.style.widowControl).toBe(true);
  });

  it('resolves theme fonts from the major and minor font schemes', () => {
    const fontScheme =
      '<a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>' +
      '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>';
    const styles =
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:ascii="Ignored"/></w:rPr></w:rPrDefault></w:docDefaults>';
    const body = p('body') + p('head', '', '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>');
    const [a, b] = paragraphs(readDocx(docx({ body, styles, fontScheme })).sections[0]?.blocks ?? []);
    expect(a?.inlines[0]).toMatchObject({ style: { family: 'Calibri' } });
    expect(b?.inlines[0]).toMatchObject({ style: { family: 'Cambria' } });
  });

  it('gives ASCII characters the ascii font and other Latin letters the hAnsi font', () => {
    const body = p('Ab ạ', '', '<w:rFonts w:ascii="Arial" w:hAnsi="Tahoma"/>');
    const inl = paragraphs(readDocx(docx({ body })).sections[0]?.blocks ?? [])[0]?.inlines ?? [];
    expect(inl.map((i) => (i.kind === 'text' ? [i.text, i.style.family] : null))).toEqual([
      ['Ab ', 'Arial'],
      ['ạ', 'Tahoma'],
    ]);
  });

  it('shares one style object between runs with equal formatting and merges their text', () => {
    const body = `<w:p><w:r><w:t xml:space="preserve">Hội </w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>nghị</w:t></w:r></w:p>`;
    const para = paragraphs(readDocx(docx({ body })).sections[0]?.blocks ?? [])[0];
    expect(para?.inlines).toHaveLength(1);
    expect(para?.inlines[0]).toMatchObject({ kind: 'text', text: 'Hội nghị' });
    expect(para?.inlines[0]?.style).toBe(para?.markStyle);
  });
});
