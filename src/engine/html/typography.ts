// How the HTML reader typesets each kind of block: page, fonts and paragraph styles in points. The caller
// gives all of it (the bulletin's is in src/bulletin/print-typography.ts): the engine has no look of its own.
import type { Color, LineSpacing, PageSetup, ParagraphStyle } from '../ir.js';

/** How one kind of paragraph looks. */
export interface BlockTypography {
  /** Font size in points. */
  size: number;
  bold: boolean;
  italic: boolean;
  align: ParagraphStyle['align'];
  spaceBefore: number;
  spaceAfter: number;
  line: LineSpacing;
  /** First-line indent in points (list items use their own hanging indent). */
  firstLine: number;
  keepNext: boolean;
}

export interface NewsTypography {
  page: PageSetup;
  /** Font family of every run ("Times New Roman"). */
  family: string;
  color: Color;
  /** `<p>` */
  body: BlockTypography;
  /** `<h1>` */
  headline: BlockTypography;
  /** `<h2>` (and, with a warning, `<h3>`–`<h6>`) */
  subhead: BlockTypography;
  /** `<p class="lead">` (sapo) */
  lead: BlockTypography;
  /** `<figcaption>` */
  caption: BlockTypography;
  /** `<p class="author">` */
  author: BlockTypography;
  /** `<li>` */
  item: BlockTypography;
  /** The paragraph holding a figure's image: centred, kept with its caption. */
  figure: { spaceBefore: number; spaceAfter: number; maxHeightRatio: number };
  list: { bullet: string; indent: number };
}
