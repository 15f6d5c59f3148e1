// Reading the text features of restyled forms: tab leaders, shading, highlight, character spacing and position, compatibility settings.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import type { Paragraph } from '../../../src/engine/ir.js';
import { charStyle, docx, p, paragraphs } from './make.js';

const read = (body: string, extra: { styles?: string; settings?: string } = {}) => readDocx(docx({ body, ...extra }));
const first = (body: string, extra: { styles?: string; settings?: string } = {}): Paragraph => {
  const found = paragraphs(read(body, extra).sections[0]?.blocks ?? [])[0];
  if (!found) throw new Error('no paragraph');
  return found;
};
const runStyle = (rPr: string) => {
  const inline = first(p('x', '', rPr)).inlines[0];
  if (!inline || inline.kind !== 'text') throw new Error('no text');
  return inline.style;
};
const COMPAT = (mode: number, extra = '') =>
  `<w:compat>${extra}<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="${mode}"/></w:compat>`;

describe('tab stops and leaders', () => {
  it('reads each leader: middleDot as its own, heavy as underscores (as LibreOffice draws it)', () => {
    const tabs = ['dot', 'hyphen', 'underscore', 'middleDot', 'heavy', 'none']
      .map((l, i) => `<w:tab w:val="right" w:leader="${l}" w:pos="${9000 + i * 20}"/>`)
      .join('');
    expect(first(p('a', `<w:tabs>${tabs}</w:tabs>`)).style.tabs.map((t) => t.leader)).toEqual([
      'dot',
      'hyphen',
      'underscore',
      'middleDot',
      'underscore',
      'none',
    ]);
  });

  it('keeps a stop past the right margin where the document sets it (9356 twips = 467.8 pt)', () => {
    expect(first(p('a', '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9356"/></w:tabs>')).style.tabs).toEqual([
      { pos: 467.8, align: 'right', leader: 'dot' },
    ]);
  });
});

describe('compatibility settings', () => {
  it('Word 2013+ (mode 15): shift-return lines stretch, left tabs stop at the margin', () => {
    expect(read(p('a'), { settings: COMPAT(15) }).settings).toMatchObject({ expandShiftReturn: true });
    expect(read(p('a'), { settings: COMPAT(15) }).settings.tabOverMargin).toBeUndefined();
  });

  it('doNotExpandShiftReturn turns stretching off; mode 14 or none keeps tabs over the margin', () => {
    expect(read(p('a'), { settings: COMPAT(15, '<w:doNotExpandShiftReturn/>') }).settings.expandShiftReturn).toBeUndefined();
    expect(read(p('a'), { settings: COMPAT(14) }).settings).toMatchObject({ tabOverMargin: true, expandShiftReturn: true });
    expect(read(p('a'), { settings: '' }).settings).toMatchObject({ tabOverMargin: true });
  });
});

describe('run shading, highlight, spacing and position', () => {
  it('reads w:shd fills: clear with a fill, solid with its colour, percent patterns as their average; auto is none', () => {
    expect(runStyle('<w:shd w:val="clear" w:color="auto" w:fill="FF0000"/>').shading).toBe('FF0000');
    expect(runStyle('<w:shd w:val="solid" w:color="00FF00" w:fill="auto"/>').shading).toBe('00FF00');
    // 20% black over white: 255 × 0.8 = 204 = CC.
    expect(runStyle('<w:shd w:val="pct20" w:color="auto" w:fill="auto"/>').shading).toBe('CCCCCC');
    expect(runStyle('<w:shd w:val="clear" w:color="auto" w:fill="auto"/>').shading).toBeUndefined();
  });

  it('maps highlight names to ECMA-376 colours; a highlight wins over shading', () => {
    expect(runStyle('<w:highlight w:val="yellow"/>').shading).toBe('FFFF00');
    expect(runStyle('<w:highlight w:val="darkCyan"/>').shading).toBe('008080');
    expect(runStyle('<w:shd w:val="clear" w:fill="FF0000"/><w:highlight w:val="green"/>').shading).toBe('00FF00');
    expect(runStyle('<w:highlight w:val="none"/>').shading).toBeUndefined();
  });

  it('reads character spacing in twentieths of a point and position in half-points', () => {
    expect(runStyle('<w:spacing w:val="40"/>').spacing).toBe(2);
    expect(runStyle('<w:spacing w:val="-20"/>').spacing).toBe(-1);
    expect(runStyle('<w:position w:val="6"/>').position).toBe(3);
    expect(runStyle('<w:position w:val="-6"/>').position).toBe(-3);
    const plain = runStyle('');
    expect([plain.shading, plain.spacing, plain.position]).toEqual([undefined, undefined, undefined]);
  });

  it('takes them from a character style, and direct "none" removes an inherited highlight', () => {
    const styles = charStyle('Mark', '<w:rPr><w:highlight w:val="yellow"/><w:spacing w:val="60"/></w:rPr>');
    const body = `<w:p><w:r><w:rPr><w:rStyle w:val="Mark"/></w:rPr><w:t>a</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Mark"/><w:highlight w:val="none"/></w:rPr><w:t>b</w:t></w:r></w:p>`;
    const [a, b] = first(body, { styles }).inlines;
    expect(a).toMatchObject({ style: { shading: 'FFFF00', spacing: 3 } });
    expect(b && b.kind === 'text' ? b.style.shading : 'missing').toBeUndefined();
  });

  it('reads the character scale w:w in percent', () => {
    expect(runStyle('<w:w w:val="150"/>').scale).toBe(1.5);
    expect(runStyle('<w:w w:val="100"/>').scale).toBeUndefined();
  });

  it('draws these without a warning', () => {
    const body = p(
      'x',
      '<w:shd w:val="clear" w:fill="D9D9D9"/>',
      '<w:shd w:val="clear" w:fill="FF0000"/><w:highlight w:val="yellow"/><w:spacing w:val="20"/><w:position w:val="4"/><w:w w:val="150"/>',
    );
    expect(read(body).warnings).toEqual([]);
  });
});

describe('paragraph shading', () => {
  it('reads a paragraph fill, and a style fill removed by a direct auto one', () => {
    expect(first(p('a', '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>')).style.shading).toBe('D9D9D9');
    const styles =
      '<w:style w:type="paragraph" w:styleId="Box"><w:name w:val="Box"/><w:pPr><w:shd w:val="clear" w:fill="BDD7EE"/></w:pPr></w:style>';
    expect(first(p('a', '<w:pStyle w:val="Box"/>'), { styles }).style.shading).toBe('BDD7EE');
    expect(first(p('a', '<w:pStyle w:val="Box"/><w:shd w:val="clear" w:fill="auto"/>'), { styles }).style.shading).toBeUndefined();
  });
});
