// The layout IR: what a document says about its pages, paragraphs, runs, tables and images, in points.
// Readers (WordprocessingML, an HTML subset) produce it; the layout consumes it. No knowledge of conferences.

export type Color = string; // "RRGGBB"

export interface FontSpec {
  /** Family as the document names it ("Times New Roman"); the font source maps it to a file. */
  family: string;
  bold: boolean;
  italic: boolean;
  /** Size in points. */
  size: number;
}

export interface RunStyle extends FontSpec {
  color: Color;
  underline: 'none' | 'single' | 'double';
  strike: boolean;
  caps: boolean;
  smallCaps: boolean;
  vertAlign: 'baseline' | 'superscript' | 'subscript';
  /** Kerning from the font's tables: only when the document turns it on. */
  kerning: boolean;
  /** Background behind the characters (run shading, or a highlight, which wins). */
  shading?: Color;
  /** Extra space after each character, in points (negative condenses). */
  spacing?: number;
  /** Baseline raised (positive) or lowered, in points. */
  position?: number;
  /** Horizontal scale of the characters (w:w), 1 = 100%. */
  scale?: number;
}

/** A plain run (no decoration) in `family` at `size` points: the base every reader starts from. */
export const plainRunStyle = (family: string, size: number, over: Partial<RunStyle> = {}): RunStyle => ({
  family,
  bold: false,
  italic: false,
  size,
  color: '000000',
  underline: 'none',
  strike: false,
  caps: false,
  smallCaps: false,
  vertAlign: 'baseline',
  kerning: false,
  ...over,
});

export interface ImageData {
  bytes: Uint8Array;
  format: 'png' | 'jpeg';
  /** Content hash: the same picture is embedded once. */
  id: string;
}

/** A floating image placed relative to the page, margin, column or paragraph. */
export interface Anchor {
  behindText: boolean;
  x: number;
  y: number;
  relativeX: 'page' | 'margin' | 'column' | 'character';
  relativeY: 'page' | 'margin' | 'paragraph' | 'line';
  /**
   * How text flows around the object (absent: none, as for behind/in-front). topAndBottom keeps the
   * band of the object clear of text; square (also tight and through) shortens the lines beside it.
   */
  wrap?: 'none' | 'topAndBottom' | 'square';
  /** wp:align instead of an offset: the object's edge or centre against the reference frame's. */
  alignX?: 'left' | 'center' | 'right' | 'inside' | 'outside';
  alignY?: 'top' | 'center' | 'bottom' | 'inside' | 'outside';
  /** Wrapping distances from the object to the text, in points (wp:anchor distT/distB/distL/distR). */
  distance?: { top: number; bottom: number; left: number; right: number };
}

export interface Stroke {
  width: number;
  color: Color;
  dash: 'solid' | 'dash' | 'dot';
}

/** Text inside a shape: blocks laid out in the shape's box less the insets, aligned vertically. */
export interface ShapeText {
  blocks: Block[];
  insets: { top: number; left: number; bottom: number; right: number };
  vAlign: 'top' | 'center' | 'bottom';
}

/**
 * One drawn shape of a drawing, placed in the drawing's frame (x, y from its top-left corner, in
 * points). A line goes from the top-left to the bottom-right corner of its box, or between the other
 * two corners when flipped along one axis.
 */
export interface ShapeItem {
  geometry: 'rect' | 'roundRect' | 'ellipse' | 'line';
  x: number;
  y: number;
  width: number;
  height: number;
  flipH: boolean;
  flipV: boolean;
  stroke?: Stroke;
  fill?: Color;
  /** Corner radius of a rounded rectangle, in points. */
  radius?: number;
  text?: ShapeText;
}

/** A footnote: its content goes to the foot of the page on which its reference is laid out. */
export interface Note {
  blocks: Block[];
}

export type Inline =
  | { kind: 'text'; text: string; style: RunStyle }
  /** Where a footnote is referenced (after its mark, which is text): takes no room in the line. */
  | { kind: 'note'; note: Note; style: RunStyle }
  | { kind: 'tab'; style: RunStyle }
  | { kind: 'break'; type: 'line' | 'page' | 'column'; style: RunStyle }
  | { kind: 'field'; field: 'PAGE' | 'NUMPAGES'; style: RunStyle }
  | { kind: 'image'; image: ImageData; width: number; height: number; anchor?: Anchor; style: RunStyle }
  /** A drawing of shapes (lines, rectangles, text boxes; a group flattened to its members). */
  | { kind: 'shape'; items: ShapeItem[]; width: number; height: number; anchor?: Anchor; style: RunStyle };

export interface Border {
  style: 'single' | 'double' | 'none';
  /** Line width in points. */
  width: number;
  color: Color;
  /** Distance from the text in points. */
  space: number;
}

export interface TabStop {
  /** Position from the paragraph's left indent origin (the text column's left edge), in points. */
  pos: number;
  align: 'left' | 'center' | 'right' | 'decimal';
  leader: 'none' | 'dot' | 'hyphen' | 'underscore' | 'middleDot';
}

export interface LineSpacing {
  /** auto: `value` is a multiple of single spacing (1, 1.15, 1.5); exact/atLeast: `value` in points. */
  rule: 'auto' | 'exact' | 'atLeast';
  value: number;
}

export interface ParagraphStyle {
  align: 'left' | 'center' | 'right' | 'both';
  indentLeft: number;
  indentRight: number;
  /** First-line indent; negative for a hanging indent. */
  firstLine: number;
  spaceBefore: number;
  spaceAfter: number;
  line: LineSpacing;
  keepNext: boolean;
  keepLines: boolean;
  pageBreakBefore: boolean;
  widowControl: boolean;
  /** Ignore space before/after between paragraphs of the same style. */
  contextualSpacing: boolean;
  styleId: string;
  tabs: TabStop[];
  borderTop?: Border;
  borderBottom?: Border;
  /** Left and right borders, drawn outside the text: `space` from the indents. */
  borderLeft?: Border;
  borderRight?: Border;
  /** Background of the paragraph, between its indents, its lines and top/bottom borders. */
  shading?: Color;
}

/** A text frame (w:framePr): consecutive paragraphs with the same frame are placed together, off the flow of text. */
export interface Frame {
  /** Width and height in points; undefined width = the column's, height = the content's ('atLeast' grows with it). */
  width?: number;
  height?: { rule: 'atLeast' | 'exact'; value: number };
  /** What x and y are measured from. */
  hAnchor: 'page' | 'margin' | 'text';
  vAnchor: 'page' | 'margin' | 'text';
  x: number;
  y: number;
  xAlign?: 'left' | 'center' | 'right';
  yAlign?: 'top' | 'center' | 'bottom';
  /** 'none' and absolutely placed frames take no room in the text; the others push it below them. */
  wrap: 'none' | 'notBeside' | 'around';
  /** Distance kept from the text above and below (w:vSpace), in points. */
  vSpace: number;
  /** Distance kept from the text beside it (w:hSpace), in points; absent: none. */
  hSpace?: number;
}

export interface Paragraph {
  kind: 'paragraph';
  style: ParagraphStyle;
  /** The frame the paragraph is placed in (with the neighbours that have the same one). */
  frame?: Frame;
  /** A numbering label ("1.", "a)", "•") printed before the text, followed by a tab. */
  marker?: { text: string; style: RunStyle };
  /** Style of the paragraph mark: gives an empty paragraph its height. */
  markStyle: RunStyle;
  inlines: Inline[];
}

export interface CellBorders {
  top?: Border;
  left?: Border;
  bottom?: Border;
  right?: Border;
}

export interface Cell {
  /** Number of grid columns the cell spans. */
  span: number;
  vMerge: 'none' | 'restart' | 'continue';
  margins: { top: number; left: number; bottom: number; right: number };
  borders: CellBorders;
  vAlign: 'top' | 'center' | 'bottom';
  shading?: Color;
  blocks: Block[];
}

export interface Row {
  cantSplit: boolean;
  /** Repeated at the top of each page the table continues on. */
  header: boolean;
  height?: { rule: 'atLeast' | 'exact'; value: number };
  cells: Cell[];
}

export interface Table {
  kind: 'table';
  /** Grid column widths in points. */
  columns: number[];
  indent: number;
  align: 'left' | 'center' | 'right';
  rows: Row[];
}

export type Block = Paragraph | Table;

export interface PageSetup {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Distance of the header from the page top, of the footer from the page bottom. */
  header: number;
  footer: number;
}

/**
 * The headers (or footers) of a section, by the pages they go on: `first` when the section has a title
 * page, `even` on even pages when the document sets evenAndOddHeaders (none: even pages have none).
 */
export interface Stories {
  default?: Block[];
  first?: Block[];
  even?: Block[];
}

export interface Section {
  page: PageSetup;
  /** A different header/footer on the first page. */
  titlePage: boolean;
  headers: Stories;
  footers: Stories;
  /**
   * Where the section starts (w:type): on the page where the previous one ends (continuous, unless the
   * paper differs), or on the next odd or even page (a blank page put in between when needed);
   * absent: on a new page.
   */
  start?: 'continuous' | 'oddPage' | 'evenPage';
  blocks: Block[];
}

export interface DocumentMeta {
  title?: string;
  subject?: string;
  author?: string;
  keywords?: string;
  language?: string;
}

/**
 * Why an element is reported when it is more than "not supported" (the app words each one).
 * A warning without a reason says only that `element` is not supported.
 */
export type WarningReason =
  | 'nested-too-deep'
  | 'printed-as-h2'
  | 'inline-image'
  | 'bad-data-uri'
  | 'image-not-found'
  | 'image-unsupported'
  | 'image-corrupt'
  | 'image-too-large'
  | 'image-animated'
  | 'image-missing'
  | 'image-format'
  | 'linked-image'
  | 'missing-relationship'
  | 'no-wrap'
  | 'crop'
  | 'rotate-flip'
  | 'field-not-ended'
  | 'negative'
  | 'section-break'
  | 'page-vertical-align'
  | 'unreadable'
  | 'symbol-font'
  | 'paragraph-shading'
  | 'run-shading'
  | 'character-spacing'
  | 'border-style'
  | 'tracked-change';

/** An unsupported thing: `element` is a name from the input (an element, a part, a font family, an image format). */
export interface Unsupported {
  element: string;
  reason?: WarningReason;
}

/** Where in the input something was met; the app words it for users. Every field is optional. */
export interface Place {
  /** The document, as the caller names it (the reader's `where` option). */
  file?: string;
  /** A part of a .docx package, e.g. word/document.xml. */
  part?: string;
  /** 1-based paragraph: in `part` (0: before its first paragraph) or, without a part, among a section's blocks. */
  paragraph?: number;
  /** 1-based block of an HTML document. */
  block?: number;
  /** The (1-based) page whose header or footer it is in. */
  headerFooterOfPage?: number;
}

/** Something in the input the engine does not support: reported once per element (and reason) and document. */
export interface ReaderWarning extends Unsupported {
  /** Where it was first seen. */
  where: Place;
}

/** Document-wide layout settings (word/settings.xml). */
export interface DocumentSettings {
  /**
   * How the space after one paragraph and before the next combine: 'max' (the larger, as Word
   * and LibreOffice lay out documents that have settings, unless doNotUseHTMLParagraphAutoSpacing)
   * or 'sum'.
   */
  paragraphSpacing: 'max' | 'sum';
  /** Interval of the default tab stops, in points. */
  defaultTab: number;
  /**
   * A justified line ended by a manual line break is stretched (Word's default for .docx, off with
   * the compatibility option doNotExpandShiftReturn); absent: not stretched (HTML).
   */
  expandShiftReturn?: boolean;
  /** A left tab stop past the line's end is honoured (Word 2010 and earlier layout: compatibilityMode ≤ 14). */
  tabOverMargin?: boolean;
  /** Even pages take the sections' even headers and footers (w:evenAndOddHeaders). */
  evenAndOddHeaders?: boolean;
}

export interface DocumentIR {
  sections: Section[];
  settings: DocumentSettings;
  meta: DocumentMeta;
  warnings: ReaderWarning[];
}
