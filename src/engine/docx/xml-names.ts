// Namespace scopes: qualified names renamed to the canonical prefix of their namespace (w:, r:, wp:, a:…).

const OOXML = 'http://schemas.openxmlformats.org/';
const STRICT = 'http://purl.oclc.org/ooxml/';
const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** Namespace URI → the prefix this reader uses, whatever prefix the document chose. */
export const CANONICAL: ReadonlyMap<string, string> = new Map(
  Object.entries({
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
    [XML_NAMESPACE]: 'xml',
  }),
);

/** The namespaces declared where an element stands (prefix → URI, "" for the default), with the names renamed there. */
export interface Scope {
  uris: Map<string, string>;
  elements: Map<string, string>;
  attributes: Map<string, string>;
}

export const emptyScope = (): Scope => ({ uris: new Map(), elements: new Map(), attributes: new Map() });

/** The scope of an element that declares namespaces: its parent's, then its own declarations. */
export const innerScope = (parent: Scope): Scope => ({ uris: new Map(parent.uris), elements: new Map(), attributes: new Map() });

/** An xmlns or xmlns:p attribute (58 is ":"). */
export const isDeclaration = (name: string): boolean => name.startsWith('xmlns') && (name.length === 5 || name.charCodeAt(5) === 58);

/**
 * The canonical name of an element or attribute. A name whose namespace is not in CANONICAL keeps the
 * prefix it was written with; an unprefixed attribute is never renamed (the default namespace is not its).
 */
export function rename(qname: string, scope: Scope, isAttr: boolean): string {
  const cache = isAttr ? scope.attributes : scope.elements;
  const known = cache.get(qname);
  if (known !== undefined) return known;
  const colon = qname.indexOf(':');
  let result = qname;
  if (colon >= 0 || !isAttr) {
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const uri = prefix === 'xml' ? XML_NAMESPACE : scope.uris.get(prefix);
    const canonical = uri === undefined ? undefined : CANONICAL.get(uri);
    if (canonical !== undefined) result = canonical === '' ? local : `${canonical}:${local}`;
  }
  cache.set(qname, result);
  return result;
}
