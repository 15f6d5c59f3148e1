// XML access: parse a package part into a small ordered tree whose names carry canonical prefixes (w:, r:, wp:, a:…).
export { parseXml } from './xml-parse.js';

export interface XElement {
  /** Qualified name with the canonical prefix of its namespace ("w:p"), or the document's own prefix when unknown. */
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
}
/** An element or a run of character data. */
export type XNode = XElement | string;

export const isElement = (n: XNode): n is XElement => typeof n !== 'string';

/** The element children, in document order. */
export function elements(n: XElement | undefined): XElement[] {
  return n ? n.children.filter(isElement) : [];
}

export function child(n: XElement | undefined, name: string): XElement | undefined {
  if (!n) return undefined;
  for (const c of n.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function childrenNamed(n: XElement | undefined, name: string): XElement[] {
  return elements(n).filter((c) => c.name === name);
}

/** Follows a path of child names: path(rPr, 'w:rFonts'). */
export function path(n: XElement | undefined, ...names: string[]): XElement | undefined {
  let cur = n;
  for (const name of names) cur = child(cur, name);
  return cur;
}

export function attr(n: XElement | undefined, name: string): string | undefined {
  return n?.attrs[name];
}

/** The w:val attribute. */
export const val = (n: XElement | undefined): string | undefined => attr(n, 'w:val');

/** An ST_OnOff element: undefined when absent, true when present without w:val or with a true value. */
export function onOff(n: XElement | undefined): boolean | undefined {
  if (!n) return undefined;
  const v = val(n);
  return v === undefined ? true : !['0', 'false', 'off'].includes(v.trim().toLowerCase());
}

const UNIT_PT: Record<string, number> = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12, pi: 12 };

/**
 * A measure in points from an attribute: a plain number counts units of which `perPoint` make a point
 * (twips: 20), a universal measure ("1.5cm", "12pt") is converted. Undefined when absent or unreadable.
 */
export function measure(n: XElement | undefined, name: string, perPoint: number): number | undefined {
  const raw = attr(n, name)?.trim();
  if (raw === undefined || raw === '') return undefined;
  const m = /^(-?\d+(?:\.\d+)?|-?\.\d+)(pt|in|cm|mm|pc|pi)?$/i.exec(raw);
  if (!m || m[1] === undefined) return undefined;
  const num = Number(m[1]);
  if (!Number.isFinite(num)) return undefined;
  return m[2] ? num * (UNIT_PT[m[2].toLowerCase()] ?? 1) : num / perPoint;
}

/** An integer attribute; undefined when absent or not a number. */
export function intAttr(n: XElement | undefined, name: string): number | undefined {
  const raw = attr(n, name)?.trim();
  if (raw === undefined || raw === '') return undefined;
  const num = Number.parseInt(raw, 10);
  return Number.isFinite(num) ? num : undefined;
}

/** All character data below an element, concatenated. */
export function textContent(n: XElement | undefined): string {
  if (!n) return '';
  return n.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/** Units per point: twentieths (twips), half-points, English Metric Units, eighths (border widths). */
export const TWIPS = 20;
export const HALF_POINTS = 2;
export const EMUS = 12700;
export const EIGHTHS = 8;
