// Test helpers for the layout: a fake fixed-pitch font source and small IR builders.
import type { FontFace, FontSource } from '../../../src/engine/fonts/face.js';
import type { Block, DocumentIR, Inline, Paragraph, ParagraphStyle, RunStyle, Section, Table } from '../../../src/engine/ir.js';
import { plainRunStyle } from '../../../src/engine/ir.js';

/** Every glyph 500 units wide on a 1000-unit em (so 6 pt at 12 pt); "W" twice as wide; no glyph for "☃". */
export function fakeFace(key = 'Fake'): FontFace {
  return {
    key,
    postscriptName: key,
    unitsPerEm: 1000,
    ascent: 800,
    descent: 200,
    lineGap: 0,
    underlinePosition: -100,
    underlineThickness: 50,
    glyphId: (cp) => (cp === 0x2603 ? 0 : cp),
    advance: (id) => (id === 0x57 ? 1000 : 500),
    kern: () => 0,
    bytes: new Uint8Array(),
  };
}

export const fakeFonts = (): FontSource => {
  const face = fakeFace();
  return { face: () => face, fallbacks: () => [] };
};

export const run = (over: Partial<RunStyle> = {}): RunStyle => plainRunStyle('Fake', 12, over);

export const pstyle = (over: Partial<ParagraphStyle> = {}): ParagraphStyle => ({
  align: 'left',
  indentLeft: 0,
  indentRight: 0,
  firstLine: 0,
  spaceBefore: 0,
  spaceAfter: 0,
  line: { rule: 'auto', value: 1 },
  keepNext: false,
  keepLines: false,
  pageBreakBefore: false,
  widowControl: true,
  contextualSpacing: false,
  styleId: 'Normal',
  tabs: [],
  ...over,
});

export const text = (t: string, over: Partial<RunStyle> = {}): Inline => ({ kind: 'text', text: t, style: run(over) });

export const para = (inlines: Inline[] | string, over: Partial<ParagraphStyle> = {}): Paragraph => ({
  kind: 'paragraph',
  style: pstyle(over),
  markStyle: run(),
  inlines: typeof inlines === 'string' ? [text(inlines)] : inlines,
});

/** A page 100 pt wide text column (page 200 wide, margins 50) and `lines` lines of 12 pt tall. */
export function section(blocks: Block[], lines = 10, over: Partial<Section> = {}): Section {
  return {
    page: { width: 200, height: 100 + lines * 12, top: 50, bottom: 50, left: 50, right: 50, header: 20, footer: 20 },
    titlePage: false,
    headers: {},
    footers: {},
    blocks,
    ...over,
  };
}

export const doc = (sections: Section[], paragraphSpacing: 'max' | 'sum' = 'max'): DocumentIR => ({
  sections,
  settings: { paragraphSpacing, defaultTab: 36 },
  meta: {},
  warnings: [],
});

export const cellOf = (blocks: Block[]) => ({
  span: 1,
  vMerge: 'none' as const,
  margins: { top: 0, left: 0, bottom: 0, right: 0 },
  borders: {},
  vAlign: 'top' as const,
  blocks,
});

export const table = (rows: Array<{ lines: number; cantSplit?: boolean; header?: boolean }>): Table => ({
  kind: 'table',
  columns: [50, 50],
  indent: 0,
  align: 'left',
  rows: rows.map((r) => ({
    cantSplit: r.cantSplit ?? false,
    header: r.header ?? false,
    cells: [cellOf([para(Array.from({ length: r.lines }, (_, i) => `r${i}`).join(' '.repeat(20)))]), cellOf([para('x')])],
  })),
});
