// Footnotes and endnotes: reading (marks, numbering, the note's content) and the foot of the page (positions measured on LibreOffice 7.4).
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import type { Inline, Note } from '../../../src/engine/ir.js';
import type { LineBox, TextBox } from '../../../src/engine/layout/boxes.js';
import { layoutDocument } from '../../../src/engine/layout/document.js';
import { docx, NS, paragraphs, rel, textOf } from './make.js';

const SUP = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>';
const ref = (id: number, extra = '') => `<w:r>${SUP}<w:footnoteReference w:id="${id}"${extra}/></w:r>`;
const note = (id: number, text: string, tag = 'footnote') =>
  `<w:${tag} w:id="${id}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r>${SUP}<w:${tag}Ref/></w:r><w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:p></w:${tag}>`;
const SEPARATORS =
  '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
const STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>';
/** A4 with 2 cm top and bottom margins, 3 cm left, 2 cm right (the text column: 453.55 pt). */
const A4 =
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>';

function withNotes(body: string, notes: string, sectPr = A4, extra: Record<string, string> = {}) {
  return docx({
    body,
    sectPr,
    styles: STYLES,
    settings: '',
    rels: rel('rFn', 'footnotes', 'footnotes.xml') + (extra['word/endnotes.xml'] ? rel('rEn', 'endnotes', 'endnotes.xml') : ''),
    files: { 'word/footnotes.xml': `<w:footnotes ${NS}>${SEPARATORS}${notes}</w:footnotes>`, ...extra },
  });
}

const notesIn = (inlines: Inline[]): Note[] => inlines.flatMap((i) => (i.kind === 'note' ? [i.note] : []));

describe('reading footnotes', () => {
  it("prints the next number as the mark, in the run's style, and reads the note with its own mark", () => {
    const ir = readDocx(
      withNotes(
        `<w:p><w:r><w:t>Text</w:t></w:r>${ref(5)}<w:r><w:t xml:space="preserve"> more</w:t></w:r>${ref(7)}</w:p>`,
        note(5, 'First.') + note(7, 'Second.'),
      ),
    );
    expect(ir.warnings).toEqual([]);
    const [p] = paragraphs(ir.sections[0]?.blocks ?? []);
    expect(textOf((p?.inlines ?? []).filter((i) => i.kind !== 'note'))).toBe('Text1 more2');
    const mark = p?.inlines.find((i) => i.kind === 'text' && i.text === '1');
    expect(mark?.kind === 'text' && mark.style.vertAlign).toBe('superscript');
    const notes = notesIn(p?.inlines ?? []);
    expect(
      notes.map((n) =>
        paragraphs(n.blocks)
          .map((q) => textOf(q.inlines))
          .join('|'),
      ),
    ).toEqual(['1 First.', '2 Second.']);
  });

  it('numbers by w:footnotePr (format, first number) and leaves a custom mark to the text that follows', () => {
    const sect = A4.replace('<w:pgSz', '<w:footnotePr><w:numFmt w:val="lowerRoman"/><w:numStart w:val="3"/></w:footnotePr><w:pgSz');
    const body = `<w:p>${ref(1)}<w:r>${SUP}<w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>${ref(3)}</w:p>`;
    const ir = readDocx(withNotes(body, note(1, 'a') + note(2, 'b') + note(3, 'c'), sect));
    const [p] = paragraphs(ir.sections[0]?.blocks ?? []);
    expect(textOf((p?.inlines ?? []).filter((i) => i.kind !== 'note'))).toBe('iii*iv');
    expect(notesIn(p?.inlines ?? [])).toHaveLength(3);
  });

  it("puts endnotes after the last section's text, numbered i, ii, iii", () => {
    const en = `<w:endnotes ${NS}>${note(1, 'End.', 'endnote')}</w:endnotes>`;
    const body = `<w:p><w:r><w:t>Body</w:t></w:r><w:r>${SUP}<w:endnoteReference w:id="1"/></w:r></w:p><w:p><w:r><w:t>Last</w:t></w:r></w:p>`;
    const ir = readDocx(withNotes(body, '', A4, { 'word/endnotes.xml': en }));
    expect(ir.warnings).toEqual([]);
    expect(paragraphs(ir.sections[0]?.blocks ?? []).map((q) => textOf(q.inlines))).toEqual(['Bodyi', 'Last', '', 'i End.']);
  });
});

describe('the foot of the page', () => {
  /** One reference, then 400 paragraphs of 2 pt exact lines: LibreOffice puts "0" … "346" on page 1. */
  const fill =
    `<w:p><w:r><w:t>Ref</w:t></w:r>${ref(1)}</w:p>` +
    Array.from(
      { length: 400 },
      (_, i) =>
        `<w:p><w:pPr><w:spacing w:after="0" w:line="40" w:lineRule="exact"/></w:pPr><w:r><w:rPr><w:sz w:val="2"/></w:rPr><w:t>${i}</w:t></w:r></w:p>`,
    ).join('');

  it('keeps room for the note, its separator and their spacing, and ends the notes at the bottom margin', () => {
    const { pages } = layoutDocument(readDocx(withNotes(fill, note(1, 'Note.'))), createFontSource());
    const texts = (n: number) =>
      (pages[n]?.boxes ?? [])
        .filter((b): b is TextBox => b.kind === 'text')
        .map((b) => ({ y: b.y, text: b.glyphs.map((g) => g.text).join('') }));
    const page1 = texts(0);
    const small = page1.filter((t) => /^\d+$/.test(t.text) && t.y < 766);
    expect(small[small.length - 1]?.text).toBe('346');
    // LibreOffice: the 0.5 pt rule from 768.05 to 768.55, from the left margin (85.05) a quarter of the column long (to 198.4).
    const rule = (pages[0]?.boxes ?? []).find((b): b is LineBox => b.kind === 'line');
    expect(rule?.y1).toBeCloseTo(768.3, 0);
    expect([rule?.x1, rule?.x2, rule?.width]).toEqual([85.05, expect.closeTo(198.4, 1), 0.5]);
    // The note's line ends at the bottom margin (841.9 − 56.7 = 785.2): its baseline a Times descent (0.216 em) above.
    const noteLine = page1.find((t) => t.text.includes('Note.'));
    expect(noteLine?.y).toBeCloseTo(785.2 - 0.216 * 12, 1);
  });

  it('carries what does not fit of a long note to the foot of the next page', () => {
    const long = 'Long note text that goes on and on. '.repeat(200);
    const { pages } = layoutDocument(
      readDocx(withNotes(`<w:p><w:r><w:t>Ref</w:t></w:r>${ref(1)}</w:p><w:p><w:r><w:t>After</w:t></w:r></w:p>`, note(1, long))),
      createFontSource(),
    );
    expect(pages.length).toBe(2);
    const lines = (n: number) =>
      (pages[n]?.boxes ?? []).filter((b): b is TextBox => b.kind === 'text' && b.glyphs.some((g) => g.text === 'L'));
    expect(lines(0).length).toBeGreaterThan(10);
    expect(lines(1).length).toBeGreaterThan(0);
    // Both pages draw a separator; the body of page 2 is empty, its notes end at the bottom margin.
    expect(pages.map((p) => p.boxes.filter((b) => b.kind === 'line').length)).toEqual([1, 1]);
    const last = lines(1).reduce((m, b) => Math.max(m, b.y), 0);
    expect(last).toBeLessThan(785.2);
    expect(last).toBeGreaterThan(785.2 - 13.8);
  });
});
