// Property test: random element trees, written as XML with random prefixes, escapes and markup, parse back to themselves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml, type XElement, type XNode } from '../../../src/engine/docx/xml.js';
import { parseXmlOld } from '../../support/xml-oracle.js';

const OOXML = 'http://schemas.openxmlformats.org/';
const STRICT = 'http://purl.oclc.org/ooxml/';
/** Canonical prefix → the namespace URIs that carry it (transitional first). */
const URIS: Record<string, string[]> = {
  w: [`${OOXML}wordprocessingml/2006/main`, `${STRICT}wordprocessingml/main`],
  r: [`${OOXML}officeDocument/2006/relationships`, `${STRICT}officeDocument/relationships`],
  a: [`${OOXML}drawingml/2006/main`, `${STRICT}drawingml/main`],
  wp: [`${OOXML}drawingml/2006/wordprocessingDrawing`, `${STRICT}drawingml/wordprocessingDrawing`],
  m: [`${OOXML}officeDocument/2006/math`, `${STRICT}officeDocument/math`],
  v: ['urn:schemas-microsoft-com:vml'],
  '': [`${OOXML}package/2006/relationships`],
};
const UNKNOWN = ['http://schemas.microsoft.com/office/word/2010/wordml', 'urn:example:other'];
const canonicalOf = (uri: string | undefined): string | undefined => Object.keys(URIS).find((c) => URIS[c]?.includes(uri ?? '\0'));

/**
 * A name as the tree has it: in a namespace with a canonical prefix (`ns`), with the xml: prefix, with a
 * prefix no declaration binds to a known namespace (`foreign`, kept as written), or with none (`plain`).
 */
type Name =
  | { kind: 'ns'; ns: string; local: string }
  | { kind: 'xml'; local: string }
  | { kind: 'plain'; local: string }
  | { kind: 'foreign'; prefix: string; local: string };
/** A namespace declaration: `xmlns:p="…"`, or `xmlns="…"` when prefix is "" (target "none" undeclares the default). */
interface Decl {
  prefix: string;
  target: string;
  variant: number;
}
interface Text {
  pieces: { text: string; cdata: boolean }[];
  between: string[];
}
interface Node {
  name: Name;
  attrs: { name: Name; value: string }[];
  children: (Node | Text)[];
  decls: Decl[];
  style: number;
}

const expectedName = (n: Name): string => {
  if (n.kind === 'ns') return n.ns === '' ? n.local : `${n.ns}:${n.local}`;
  if (n.kind === 'xml') return `xml:${n.local}`;
  if (n.kind === 'foreign') return `${n.prefix}:${n.local}`;
  return n.local;
};

// Generators.
const local = fc
  .oneof(fc.constantFrom('p', 'r', 't', 'val', 'id', 'Id', 'body', 'sz'), fc.stringMatching(/^[a-zA-Z_][\w.-]{0,4}$/))
  .filter((s) => !/^xml/i.test(s));
const char = fc.oneof(
  fc.constantFrom('&', '<', '>', '"', "'", '\n', '\t', '\r', ' ', ']', ';', '#', 'ạ', 'Đ', 'ữ', '😀', '\u00a0', 'a'),
  fc
    .integer({ min: 0x20, max: 0x10ffff })
    .filter((c) => (c < 0xd800 || c > 0xdfff) && c !== 0xfffe && c !== 0xffff)
    .map((c) => String.fromCodePoint(c)),
);
const text = fc.array(char, { maxLength: 8 }).map((cs) => cs.join(''));
const elementName: fc.Arbitrary<Name> = fc.oneof(
  fc.record({ kind: fc.constant('ns' as const), ns: fc.constantFrom(...Object.keys(URIS)), local }),
  fc.record({ kind: fc.constant('plain' as const), local }),
  fc.record({ kind: fc.constant('foreign' as const), prefix: fc.constantFrom('u', 'w14'), local }),
);
const attrName: fc.Arbitrary<Name> = fc.oneof(
  fc.record({ kind: fc.constant('ns' as const), ns: fc.constantFrom('w', 'r', 'a', 'm'), local }),
  fc.record({ kind: fc.constant('xml' as const), local: fc.constantFrom('space', 'lang') }),
  fc.record({ kind: fc.constant('plain' as const), local }),
  fc.record({ kind: fc.constant('foreign' as const), prefix: fc.constantFrom('u', 'w14'), local }),
);
const decl: fc.Arbitrary<Decl> = fc
  .record({
    prefix: fc.constantFrom('', 'p', 'q', 'w', 'a'),
    target: fc.constantFrom(...Object.keys(URIS), 'unknown', 'none'),
    variant: fc.nat(3),
  })
  .filter((d) => d.target !== 'none' || d.prefix === '');
const textNode: fc.Arbitrary<Text> = fc.record({
  pieces: fc.array(fc.record({ text, cdata: fc.boolean() }), { minLength: 1, maxLength: 3 }),
  between: fc.array(fc.constantFrom('', '<!-- c -->', '<!---->', '<?pi x?>'), { minLength: 3, maxLength: 3 }),
});
const node: fc.Memo<Node> = fc.memo((depth) =>
  fc.record({
    name: elementName,
    attrs: fc.uniqueArray(fc.record({ name: attrName, value: text }), { maxLength: 4, selector: (a) => expectedName(a.name) }),
    children: depth <= 1 ? fc.array(textNode, { maxLength: 1 }) : fc.array(fc.oneof(node(depth - 1), textNode), { maxLength: 4 }),
    decls: fc.uniqueArray(decl, { maxLength: 3, selector: (d) => d.prefix }),
    style: fc.nat(1000),
  }),
);

// The tree the parser should give.
function expected(n: Node): XElement {
  const children: XNode[] = [];
  for (const c of n.children) {
    const item = 'pieces' in c ? c.pieces.map((p) => p.text).join('') : expected(c);
    const last = children[children.length - 1];
    if (typeof item !== 'string') children.push(item);
    else if (typeof last === 'string') children[children.length - 1] = last + item;
    else if (item !== '') children.push(item);
  }
  return { name: expectedName(n.name), attrs: Object.fromEntries(n.attrs.map((a) => [expectedName(a.name), a.value])), children };
}

// Writing it.
function escape(s: string, style: number, quote?: string): string {
  let out = '';
  let k = style;
  for (const c of s) {
    k = (k * 31 + 7) % 1009;
    const code = c.codePointAt(0) ?? 0;
    if (c === '&') out += ['&amp;', '&#38;', '&#x26;'][k % 3];
    else if (c === '<') out += k % 2 ? '&lt;' : '&#60;';
    else if (c === '\r') out += '&#13;';
    else if (c === quote) out += c === '"' ? '&quot;' : '&apos;';
    else if (c === '\u00a0' && k % 3 === 0) out += '&nbsp;';
    else if (c === '>' && k % 2) out += '&gt;';
    else if (code > 0x7f && k % 4 === 0) out += k % 8 ? `&#x${code.toString(16)};` : `&#${code};`;
    else out += c;
  }
  return out;
}

let fresh = 0;
function write(n: Node, outer: Map<string, string>): string {
  const scope = new Map(outer);
  const decls: [string, string][] = [];
  for (const d of n.decls) {
    const uri =
      d.target === 'none'
        ? ''
        : d.target === 'unknown'
          ? (UNKNOWN[d.variant % 2] ?? '')
          : (URIS[d.target]?.[d.variant % (URIS[d.target]?.length ?? 1)] ?? '');
    scope.set(d.prefix, uri);
    decls.push([d.prefix, uri]);
  }
  /** A prefix bound to the canonical namespace `ns`, declared here when none is. */
  const prefixFor = (ns: string): string => {
    for (const [p, uri] of scope) if (p !== '' && canonicalOf(uri) === ns) return p;
    const p = `n${fresh++}`;
    const uri = URIS[ns]?.[0] ?? '';
    scope.set(p, uri);
    decls.push([p, uri]);
    return p;
  };
  const qname = (name: Name, isAttr: boolean): string => {
    const defaultNs = canonicalOf(scope.get(''));
    if (name.kind === 'xml' || name.kind === 'foreign') return expectedName(name);
    if (name.kind === 'plain') return isAttr || defaultNs === undefined || defaultNs === '' ? name.local : `${prefixFor('')}:${name.local}`;
    if (!isAttr && defaultNs === name.ns && (n.style % 2 === 0 || name.ns === '')) return name.local;
    return `${prefixFor(name.ns)}:${name.local}`;
  };
  const tag = qname(n.name, false);
  const attrs = n.attrs.map((a) => [qname(a.name, true), a.value] as const);
  const space = ['  ', '\n', '\r\n', '\t'][n.style % 4];
  const quote = n.style % 3 === 0 ? "'" : '"';
  const all = [...decls.map(([p, uri]) => [p ? `xmlns:${p}` : 'xmlns', uri] as const), ...attrs];
  const start = `<${tag}${all.map(([k, v], i) => `${space}${k}${i % 2 ? ' = ' : '='}${quote}${escape(v, n.style + i, quote)}${quote}`).join('')}`;
  const children = n.children.map((c) => ('pieces' in c ? writeText(c, n.style) : write(c, scope))).join('');
  if (children === '' && n.style % 3 !== 1) return `${start}${n.style % 2 ? ' ' : ''}/>`;
  return `${start}>${children}</${tag}${n.style % 5 === 0 ? space : ''}>`;
}

function writeText(t: Text, style: number): string {
  return t.pieces
    .map((p, i) => {
      const body = p.cdata && !p.text.includes(']]>') && !p.text.includes('\r') ? `<![CDATA[${p.text}]]>` : escape(p.text, style + i);
      return body + (t.between[i] ?? '');
    })
    .join('');
}

function document(root: Node, style: number): string {
  const decl = style % 2 ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${style % 4 === 1 ? '\r\n' : '\n'}` : '';
  const bom = style % 5 === 0 ? '\uFEFF' : '';
  const around = style % 3 === 0 ? '<!-- before -->\n' : '';
  return `${bom}${decl}${around}${write(root, new Map())}${style % 7 === 0 ? '\n<!-- after --><?after?>\n' : ''}`;
}

describe('parseXml on random trees', () => {
  it('gives back the tree that was written, and the tree the old reader gives', () => {
    fc.assert(
      fc.property(node(4), fc.nat(1000), (root, style) => {
        const xml = document(root, style);
        const parsed = parseXml(xml);
        expect(parsed).toStrictEqual(expected(root));
        expect(parsed).toStrictEqual(parseXmlOld(xml));
      }),
      { numRuns: 500 },
    );
  });
});
