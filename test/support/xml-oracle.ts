// Test oracle: the fast-xml-parser reader that parseXml replaced, kept verbatim to compare the new parser with.
import { XMLParser } from 'fast-xml-parser';
import type { XElement, XNode } from '../../src/engine/docx/xml.js';

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
  'urn:schemas-microsoft-com:office:word': 'w10',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup': 'wpg',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing': 'wp14',
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
    for (const k in item)
      if (k !== ':@') {
        key = k;
        break;
      }
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
export function parseXmlOld(text: string): XElement {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const raw = parser.parse(normalized) as Raw[];
  const nodes: XNode[] = [];
  convert(raw, { uris: new Map(), names: new Map() }, nodes);
  const root = nodes.find((n): n is XElement => typeof n !== 'string');
  if (!root) throw new Error('no root element');
  return root;
}
