// Text frames (w:framePr): read into the IR, grouped and placed on the page (positions measured on LibreOffice 7.4).
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import type { TextBox } from '../../../src/engine/layout/boxes.js';
import { layoutDocument } from '../../../src/engine/layout/document.js';
import { docx, p, paragraphs } from './make.js';

const STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>';
const A4 =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';
const framed = (t: string, framePr: string) =>
  `<w:p><w:pPr><w:framePr ${framePr}/><w:spacing w:after="0"/></w:pPr><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const ABS = 'w:w="3402" w:h="1134" w:hRule="atLeast" w:wrap="none" w:hAnchor="page" w:vAnchor="page" w:x="6804" w:y="8504"';
const IN_TEXT = 'w:w="9071" w:wrap="notBeside" w:vAnchor="text" w:hAnchor="margin" w:y="1"';

describe('frames', () => {
  it('reads w:framePr: size, anchors, offsets, wrapping; a drop cap stays in the text', () => {
    const ir = readDocx(
      docx({ body: framed('a', ABS) + framed('b', 'w:dropCap="drop" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"') }),
    );
    const [a, b] = paragraphs(ir.sections[0]?.blocks ?? []);
    expect(a?.frame).toEqual({
      width: 170.1,
      height: { rule: 'atLeast', value: 56.7 },
      hAnchor: 'page',
      vAnchor: 'page',
      x: 340.2,
      y: 425.2,
      wrap: 'none',
      vSpace: 0,
    });
    expect(b?.frame).toBeUndefined();
    expect(ir.warnings.map((w) => w.element)).toEqual(['w:framePr w:dropCap']);
  });

  it('places a page-anchored frame where it says and one anchored to the text in the flow, as LibreOffice does', () => {
    const body =
      p('First paragraph.') +
      framed('Frame line 1', ABS) +
      framed('Frame line 2', ABS) +
      p('After the absolute frame.') +
      framed('In text 1', IN_TEXT) +
      framed('In text 2', IN_TEXT) +
      p('After.');
    const { pages } = layoutDocument(readDocx(docx({ body, styles: STYLES, sectPr: A4, settings: '' })), createFontSource());
    const lines = (pages[0]?.boxes ?? [])
      .filter((b): b is TextBox => b.kind === 'text')
      .map((b) => ({ x: b.glyphs[0]?.x ?? 0, y: b.y, text: b.glyphs.map((g) => g.text).join('') }));
    const at = (t: string) => lines.find((l) => l.text.startsWith(t));
    // LibreOffice's word boxes (top of the line box + 0.2): the frame at x 340.3, lines at 425.0 and 439.9;
    // the text goes on below the first paragraph as if the frame were not there (79.4).
    expect(at('Frame line 1')?.x).toBeCloseTo(340.2, 1);
    expect((at('Frame line 2')?.y ?? 0) - (at('Frame line 1')?.y ?? 0)).toBeCloseTo(439.9 - 425.0, 0);
    expect((at('After the absolute')?.y ?? 0) - (at('First')?.y ?? 0)).toBeCloseTo(79.4 - 56.5, 0);
    expect((at('Frame line 1')?.y ?? 0) - (at('First')?.y ?? 0)).toBeCloseTo(425.0 - 56.5, 0);
    // A frame anchored to the text takes its place in the flow (102.4 and 117.3 after 56.5).
    expect((at('In text 1')?.y ?? 0) - (at('First')?.y ?? 0)).toBeCloseTo(102.4 - 56.5, 0);
    expect((at('In text 2')?.y ?? 0) - (at('First')?.y ?? 0)).toBeCloseTo(117.3 - 56.5, 0);
  });
});
