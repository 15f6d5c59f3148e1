// XML access: parse a package part into a small ordered tree whose names carry canonical prefixes (w:, r:, wp:, a:…).
import { XMLParser } from 'fast-xml-parser';

export interface XElement {
  /** Qualified name with the canonical prefix of its namespace ("w:p"), or the document's own prefix when unknown. */
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
}
/** An element or a run of character data. */
export type XNode = XElement | string;

const OOXML = 'http://schemas.openxmlformats.org/';
const STRICT = 'http://purl.oclc.org/ooxml/';
/** Namespace URI → the prefix this reader uses, whatever prefix the document chose. */
const CANONICAL: Record<string, string> = {
  [`${OOXML}wordprocessingml/2006/main`]: 'w',
  [`${STRICT}wordprocessingml/main`]: 'w',
  [`${OOXML}officeDocument/2006/relationships`]: 'r',
  [`${STRICT}officeDocument/relationships`]: 'r',
  [`${OOXML}drawingml/2006/wordprocessingDrawing`]: 'wp',
  [`${STRICT}drawingml/wordprocessingDrawing`]: 'wp',
  [`${OOXML}drawingml/2006/main`]: 'a',
  [`${STRICT}drawingml/main`]: 'a',
  [`${OOXML}drawingml/2006/picture`]: 'pic',
  [`${STRICT}drawingml/picture`]: 'pic',
  [`${OOXML}markup-compatibility/2006`]: 'mc',
  [`${OOXML}officeDocument/2006/math`]: 'm',
  [`${STRICT}officeDocument/math`]: 'm',
  [`${OOXML}package/2006/relationships`]: '',
  [`${OOXML}package/2006/metadata/core-properties`]: 'cp',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:office': 'o',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Decodes numeric character references (&#x1EA1;) as well as the five XML entities.
  htmlEntities: true,
  maxNestedTags: 2000,
});

type Raw = Record<string, unknown>;

/** A namespace scope: prefix → URI, with a cache of the names already renamed in it. */
interface Scope {
  uris: Map<string, string>;
  names: Map<string, string>;
}

function rename(qname: string, scope: Scope, isAttr: boolean): string {
  const key = isAttr ? `@${qname}` : qname;
  const known = scope.names.get(key);
  if (known !== undefined) return known;
  const colon = qname.indexOf(':');
  let result = qname;
  if (colon >= 0 || !isAttr) {
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const uri = prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : scope.uris.get(prefix);
    const canonical = uri === undefined ? undefined : CANONICAL[uri];
    if (canonical !== undefined) result = canonical === '' ? local : `${canonical}:${local}`;
  }
  scope.names.set(key, result);
  return result;
}

function convert(items: Raw[], scope: Scope, out: XNode[]): void {
  for (const item of items) {
    let key: string | undefined;
    for (const k in item) if (k !== ':@') { key = k; break; }
    if (key === undefined) continue;
    const value = item[key];
    if (key === '#text') {
      const text = String(value);
      const last = out[out.length - 1];
      if (typeof last === 'string') out[out.length - 1] = last + text;
      else if (text !== '') out.push(text);
      continue;
    }
    if (key.charCodeAt(0) === 63 /* ? */ || key.charCodeAt(0) === 33 /* ! */ || key === '#comment') continue;
    const rawAttrs = item[':@'] as Record<string, unknown> | undefined;
    let inner = scope;
    const attrs: Record<string, string> = {};
    if (rawAttrs) {
      for (const k in rawAttrs) {
        if (k === 'xmlns' || k.startsWith('xmlns:')) {
          if (inner === scope) inner = { uris: new Map(scope.uris), names: new Map() };
          inner.uris.set(k === 'xmlns' ? '' : k.slice(6), String(rawAttrs[k]));
        }
      }
      for (const k in rawAttrs) {
        if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
        attrs[rename(k, inner, true)] = String(rawAttrs[k]);
      }
    }
    const el: XElement = { name: rename(key, inner, false), attrs, children: [] };
    if (Array.isArray(value)) convert(value as Raw[], inner, el.children);
    out.push(el);
  }
}

/** Parses a part; returns its root element, or throws when the text is not XML. */
export function parseXml(text: string): XElement {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const raw = parser.parse(normalized) as Raw[];
  const nodes: XNode[] = [];
  convert(raw, { uris: new Map(), names: new Map() }, nodes);
  const root = nodes.find((n): n is XElement => typeof n !== 'string');
  if (!root) throw new Error('no root element');
  return root;
}

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
