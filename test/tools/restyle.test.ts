// The restyles of our templates for the fidelity corpus: each does what Word does, and nothing else.
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { bodyFont, drawnLines, signatureTableStyle, titleBox, type Parts } from '../../src/tools/restyle-variants.js';
import { familiesOf } from '../../src/tools/fidelity-fonts.js';
import { renderFor, sample, samples } from '../support/docx.js';
import { parseXml } from '../../src/engine/docx/xml-parse.js';

/** The rendered pledge of the sample conference that signs one, as word/*.xml parts. */
function pledgeParts(): Parts {
  const { pledge } = renderFor(samples.project, sample('cum-3-tong-ket-2023'));
  const zip = new PizZip(pledge as Uint8Array);
  return new Map(
    Object.keys(zip.files)
      .filter((n) => /^word\/[^/]+\.xml$/.test(n))
      .map((n) => [n, zip.file(n)?.asText() ?? '']),
  );
}

const wellFormed = (xml: string) => expect(() => parseXml(xml)).not.toThrow();

describe('restyle variants', () => {
  const parts = pledgeParts();
  const doc = parts.get('word/document.xml') ?? '';

  it('a body font replaces every family the runs name, and only that', () => {
    const out = bodyFont('Arial', 'arial').apply(parts);
    for (const xml of out?.values() ?? []) expect(xml).not.toContain('Times New Roman');
    expect(out?.get('word/styles.xml')).toContain('<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>');
    expect(out?.get('word/document.xml')).toBe(doc);
  });

  it('draws the Party line rule and the dash rule as line shapes with a VML fallback, the underline gone', () => {
    const out = drawnLines.apply(parts);
    const xml = out?.get('word/document.xml') ?? '';
    wellFormed(xml);
    expect(xml.match(/<wps:wsp><wps:cNvCnPr\/>/g)?.length).toBe(xml.match(/<v:line /g)?.length);
    expect(xml).toContain('<a:prstGeom prst="line">');
    expect(xml).not.toContain('>-----<');
    expect(xml).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(out?.get('word/styles.xml')).not.toMatch(/w:styleId="VkPartyLine"(?:(?!<\/w:style>)[\s\S])*<w:u /);
  });

  it('moves the title into a text box, its words in both the DrawingML and the VML text', () => {
    const xml = titleBox.apply(parts)?.get('word/document.xml') ?? '';
    wellFormed(xml);
    expect(xml.match(/<w:txbxContent>/g)).toHaveLength(2);
    expect(xml.match(/BẢN GIAO ƯỚC THI ĐUA/g)).toHaveLength(2);
    expect(xml).toContain('<wp:wrapTopAndBottom/>');
  });

  it('gives the signature grid a table style with a header row and banded rows, and its own borders go', () => {
    const out = signatureTableStyle.apply(parts);
    const xml = out?.get('word/document.xml') ?? '';
    wellFormed(xml);
    const styled = xml.match(/<w:tblStyle w:val="GridTable4-Accent1"\/>/g)?.length ?? 0;
    expect(styled).toBe(doc.match(/<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*VkSignUnit/g)?.length);
    expect(styled).toBeGreaterThan(0);
    expect(out?.get('word/styles.xml')).toContain('<w:tblStylePr w:type="band1Horz">');
    expect(out?.get('word/styles.xml')).toContain('<w:tblStylePr w:type="firstRow">');
  });

  it('gives no variant for a document without its target (the minutes have no signature grid)', () => {
    const minutes = new Map(parts).set('word/document.xml', doc.replace(/VkSignUnit/g, 'VkBody'));
    expect(signatureTableStyle.apply(minutes)).toBeUndefined();
  });
});

describe('fidelity fonts', () => {
  it('lists the families a document names in run fonts, the font table and the theme, not language tags', () => {
    const zip = new PizZip();
    zip.file(
      'word/document.xml',
      '<w:r><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Arial"/><w:lang w:val="vi-VN" w:eastAsia="en-US"/></w:rPr></w:r>',
    );
    zip.file('word/fontTable.xml', '<w:fonts><w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/></w:font></w:fonts>');
    zip.file(
      'word/theme/theme1.xml',
      '<a:minorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:font script="Jpan" typeface="MS Mincho"/></a:minorFont>',
    );
    expect(familiesOf(zip.generate({ type: 'uint8array' })).sort()).toEqual(['Arial', 'Calibri', 'Cambria', 'Courier New']);
  });
});
