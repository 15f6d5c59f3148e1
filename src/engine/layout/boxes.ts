// Layout output: pages of positioned boxes, y measured from the top of the page, all in points.
import type { Color, ImageData, Place } from '../ir.js';

export interface PlacedGlyph {
  id: number;
  /** x of the glyph origin, absolute on the page. */
  x: number;
  /** The text this glyph stands for (usually one character), for the PDF text layer. */
  text: string;
}

export interface TextBox {
  kind: 'text';
  /** Baseline. */
  y: number;
  fontKey: string;
  size: number;
  color: Color;
  /** Horizontal scale of the glyphs (w:w); absent: 1. */
  scale?: number;
  glyphs: PlacedGlyph[];
}

export interface LineBox {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: Color;
  /** Drawn lines of shapes: dashed or dotted, and painted before the text when behind it. */
  dash?: 'dash' | 'dot';
  behindText?: boolean;
}

export interface ImageBox {
  kind: 'image';
  x: number;
  /** Top edge. */
  y: number;
  width: number;
  height: number;
  image: ImageData;
  behindText: boolean;
}

export interface RectBox {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  color: Color;
}

/** A drawn shape: a rectangle, rounded rectangle or ellipse in the box, filled and/or outlined. */
export interface ShapeBox {
  kind: 'shape';
  geometry: 'rect' | 'roundRect' | 'ellipse';
  x: number;
  /** Top edge. */
  y: number;
  width: number;
  height: number;
  fill?: Color;
  stroke?: { width: number; color: Color; dash?: 'dash' | 'dot' };
  /** Corner radius of a rounded rectangle. */
  radius?: number;
  behindText: boolean;
}

export type Box = TextBox | LineBox | ImageBox | RectBox | ShapeBox;

export interface Page {
  width: number;
  height: number;
  boxes: Box[];
  /**
   * Boxes painted over the body in a content stream of their own (a copy number, a stamp): pages
   * sharing one `boxes` array share one body stream in the PDF, whatever their overlays.
   */
  overlay?: Box[];
}

export interface LayoutResult {
  pages: Page[];
  /** Characters no font had, with where they were (for warnings). */
  missing: Array<{ char: string; where: Place }>;
}
