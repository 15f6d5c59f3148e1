// parseXml: references, CDATA, skipped markup, namespaces, line ends and the errors for malformed parts.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/engine/docx/index.js';
import { NAMED_REFERENCES } from '../../../src/engine/docx/xml-entities.js';
import { parseXml, type XElement } from '../../../src/engine/docx/xml.js';
import { parseXmlOld } from '../../support/xml-oracle.js';
import { docx } from './make.js';
import { readFailure } from '../../support/worded.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Parses with the new parser, after checking the old reader gives the same tree. */
function parse(xml: string): XElement {
  const tree = parseXml(xml);
  expect(tree).toStrictEqual(parseXmlOld(xml));
  return tree;
}
const el = (name: string, attrs: Record<string, string> = {}, children: XElement['children'] = []): XElement => ({ name, attrs, children });
const textOf = (xml: string) => parse(xml).children;

describe('references', () => {
  it('decodes the five XML entities in text and attribute values', () => {
    expect(textOf('<a>&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;</a>')).toEqual(['<b> & "c" \'d\'']);
    expect(parse('<a v="&lt;&gt;&amp;&quot;&apos;"/>').attrs).toEqual({ v: '<>&"\'' });
  });

  it('decodes decimal and hexadecimal character references, astral ones included', () => {
    expect(textOf('<a>&#65;&#x1EA1;&#X1ea1;&#7841;&#128512;&#x1F600;</a>')).toEqual(['Aạạạ😀😀']);
    expect(parse('<a v="&#x1F600;&#233;"/>').attrs).toEqual({ v: '😀é' });
  });

  it('drops NUL, surrogates and forbidden controls, keeps tab/line feed/carriage return, leaves out-of-range numbers as written', () => {
    expect(textOf('<a>[&#0;&#xD800;&#1;&#x1F;&#9;&#10;&#13;&#x110000;&#xZZ;&#;]</a>')).toEqual(['[\t\n\r&#x110000;&#xZZ;&#;]']);
  });

  it('decodes the HTML names fast-xml-parser decoded, and keeps any other name and a bare & as written', () => {
    for (const [name, value] of NAMED_REFERENCES) expect(textOf(`<a>x&${name};y</a>`), name).toEqual([`x${value}y`]);
    expect(NAMED_REFERENCES.get('nbsp')).toBe('\u00a0');
    expect(textOf('<a>&hearts; &NBSP; &unknown; a & b &amp</a>')).toEqual(['&hearts; &NBSP; &unknown; a & b &amp']);
  });
});

describe('markup that is not elements', () => {
  it('delivers CDATA sections as text, undecoded, merged with the text around them', () => {
    expect(textOf('<a>x<![CDATA[<y> &amp; ]]]>z<![CDATA[]]></a>')).toEqual(['x<y> &amp; ]z']);
    expect(parse('<a><![CDATA[]]></a>').children).toEqual([]);
  });

  it('skips comments and processing instructions, merging the text on both sides', () => {
    expect(parse('<?xml version="1.0"?><!-- c --><a>x<!-- <b> -->y<?pi z?>w<b/><!---->v</a><!-- after --><?after?>')).toEqual(
      el('a', {}, ['xyw', el('b'), 'v']),
    );
  });

  it('skips a DOCTYPE with an internal subset', () => {
    expect(parse('<!DOCTYPE a SYSTEM "x>y" [<!ELEMENT a ANY><!-- ] > --><!ATTLIST a b CDATA "]>">]>\n<a>t</a>')).toEqual(
      el('a', {}, ['t']),
    );
  });

  it('keeps white-space text inside elements and drops empty text', () => {
    expect(parse('<a>  <b></b>\n <c/></a>')).toEqual(el('a', {}, ['  ', el('b'), '\n ', el('c')]));
  });
});

describe('namespaces', () => {
  it('renames elements and prefixed attributes to the canonical prefix, leaving declarations out', () => {
    const xml = `<x:p xmlns:x="${W}" xmlns:q="${R}" x:val="1" q:id="r1" xml:space="preserve" plain="2"><x:r/></x:p>`;
    expect(parse(xml)).toEqual(el('w:p', { 'w:val': '1', 'r:id': 'r1', 'xml:space': 'preserve', plain: '2' }, [el('w:r')]));
  });

  it('scopes a prefix redeclared in a child to that child', () => {
    const xml = `<x:doc xmlns:x="${W}"><x:p xmlns:x="${A}" x:v="1"><x:t/></x:p><x:q x:v="2"/></x:doc>`;
    expect(parse(xml)).toEqual(el('w:doc', {}, [el('a:p', { 'a:v': '1' }, [el('a:t')]), el('w:q', { 'w:v': '2' })]));
  });

  it('applies a default namespace to unprefixed elements only, and an undeclaration ends it', () => {
    const xml = `<document xmlns="${W}" val="1"><body xmlns=""><p/></body><p/></document>`;
    expect(parse(xml)).toEqual(el('w:document', { val: '1' }, [el('body', {}, [el('p')]), el('w:p')]));
  });

  it('reads strict OOXML namespaces as the transitional ones', () => {
    expect(parse(`<s:document xmlns:s="${W_STRICT}"><s:body s:x="1"/></s:document>`)).toEqual(
      el('w:document', {}, [el('w:body', { 'w:x': '1' })]),
    );
  });

  it('keeps unknown and undeclared prefixes as written; the package relationships namespace has no prefix', () => {
    expect(
      parse(`<w:p xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" w14:paraId="1" u:x="2"><u:y/></w:p>`),
    ).toEqual(el('w:p', { 'w14:paraId': '1', 'u:x': '2' }, [el('u:y')]));
    expect(parse(`<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1"/></Relationships>`)).toEqual(
      el('Relationships', {}, [el('Relationship', { Id: 'rId1' })]),
    );
  });

  it('does not take Object.prototype members for namespace URIs (the old reader did)', () => {
    expect(parseXml('<p:a xmlns:p="constructor"/>').name).toBe('p:a');
    expect(parseXmlOld('<p:a xmlns:p="constructor"/>').name).toMatch(/^function Object/);
  });
});

describe('line ends and byte-order mark', () => {
  it('ignores a leading byte-order mark', () => {
    expect(parse('\uFEFF<?xml version="1.0"?>\r\n<a>x</a>')).toEqual(el('a', {}, ['x']));
  });

  it('reads \\r\\n and \\r as \\n in text, CDATA and attribute values; &#13; stays a carriage return', () => {
    expect(parse('<a v="1\r\n2\r3">x\r\ny\rz<![CDATA[\r\n]]>&#13;</a>')).toEqual(el('a', { v: '1\n2\n3' }, ['x\ny\nz\n\r']));
  });
});

describe('malformed parts throw, saying what and where', () => {
  const bad: [string, string, RegExp][] = [
    ['an unclosed element', '<a>\n  <b></b>', /^line 1, column 1: element <a> not closed before the end of the text$/],
    ['a mismatched end tag', '<a>\r\n  <b>\r\n</a>', /^line 3, column 1: end tag <\/a> does not match <b> opened at line 2, column 3$/],
    ['an end tag without a start tag', '<a></a></b>', /^line 1, column 8: end tag <\/b> without a start tag$/],
    ['"<" in an attribute value', '<a>\n<b v="x<y"/></a>', /^line 2, column 8: "<" in the value of attribute v of <b>$/],
    ['no root element', '<?xml version="1.0"?>\n<!-- nothing -->\n', /^no root element$/],
    ['an empty part', '', /^no root element$/],
    ['a second root element', '<a/><b/>', /^line 1, column 5: second root element <b>$/],
    ['text outside the root element', '<a/>x', /^line 1, column 5: text outside the root element$/],
    ['an attribute without a value', '<a b/>', /^line 1, column 5: attribute b of <a> has no value$/],
    ['an unquoted attribute value', '<a b=c/>', /^line 1, column 6: value of attribute b of <a> is not quoted$/],
    ['an unclosed attribute value', '<a b="c/>', /^line 1, column 6: value of attribute b of <a> not closed before the end of the text$/],
    ['an unclosed start tag', '<a><b c="1"', /^line 1, column 4: start tag <b> not closed before the end of the text$/],
    ['an unclosed end tag', '<a></a', /^line 1, column 4: end tag <\/a> not closed before the end of the text$/],
    ['junk in an end tag', '<a></a b>', /^line 1, column 8: unexpected "b" in end tag <\/a>$/],
    ['a missing element name', '<a>< b/></a>', /^line 1, column 4: expected an element name after "<"$/],
    ['an unclosed comment', '<a><!-- x</a>', /^line 1, column 4: comment not closed$/],
    ['an unclosed CDATA section', '<a><![CDATA[ x</a>', /^line 1, column 4: CDATA section not closed$/],
    ['an unclosed processing instruction', '<?xml version="1.0"', /^line 1, column 1: processing instruction not closed$/],
    ['an unclosed DOCTYPE', '<!DOCTYPE a [', /^line 1, column 1: <!DOCTYPE not closed$/],
    ['unknown markup', '<a><!ELEMENT a></a>', /^line 1, column 4: unexpected markup "<!ELEMENT "$/],
    ['an attribute named __proto__', '<a __proto__="x"/>', /^line 1, column 1: attribute named __proto__$/],
  ];
  for (const [what, xml, message] of bad) {
    it(what, () => {
      expect(() => parseXml(xml)).toThrow(message);
    });
  }

  it('counts columns after a byte-order mark from the first character of the text', () => {
    expect(() => parseXml('\uFEFF<a></b>')).toThrow(/^line 1, column 4: end tag <\/b> does not match <a> opened at line 1, column 1$/);
  });

  it('accepts 2000 levels below the root and refuses 2001, as before', () => {
    const nested = (levels: number) => '<a>'.repeat(levels + 1) + '<leaf/>' + '</a>'.repeat(levels + 1);
    // Walked down rather than compared whole: a recursive deep-equal would run out of stack.
    const walk = (tree: XElement) => {
      let node = tree;
      for (let i = 0; i < 2000; i++) node = node.children[0] as XElement;
      return node;
    };
    expect(walk(parseXml(nested(2000)))).toEqual(el('a', {}, [el('leaf')]));
    expect(walk(parseXmlOld(nested(2000)))).toEqual(el('a', {}, [el('leaf')]));
    expect(() => parseXml(nested(2001))).toThrow(/^line 1, column 6004: elements nested more than 2000 levels below the root$/);
    expect(() => parseXmlOld(nested(2001))).toThrow('Maximum nested tags exceeded');
  });

  it('reaches the reader as a message naming the part, line and column', () => {
    const bytes = docx({ body: '<w:p><w:r></w:p>' });
    expect(readFailure(() => readDocx(bytes, { where: 'x.docx' }))).toMatch(
      /^x\.docx: không đọc được word\/document\.xml \(line 2, column \d+: end tag <\/w:p> does not match <w:r> opened at line 2, column \d+\)$/,
    );
  });
});

describe('differences from the fast-xml-parser reader', () => {
  it('refuses the malformed parts the old reader accepted', () => {
    for (const xml of ['<a><b></b>', '<a><b></c></a>', '<a x="<b>"/>', '<a></a></b>', '<a/><b/>', 'x<a/>', '<a b/>']) {
      expect(() => parseXmlOld(xml), xml).not.toThrow();
      expect(() => parseXml(xml), xml).toThrow();
    }
  });

  it('keeps names the old reader renamed or refused as Object.prototype members', () => {
    expect(parseXmlOld('<toString valueOf="1"/>')).toEqual(el('__toString', { __valueOf: '1' }));
    expect(parseXml('<toString valueOf="1"/>')).toEqual(el('toString', { valueOf: '1' }));
    expect(() => parseXmlOld('<constructor/>')).toThrow(/SECURITY/);
    expect(parseXml('<constructor/>')).toEqual(el('constructor'));
  });

  it('does not expand entities declared in a DOCTYPE (OOXML parts have none)', () => {
    const xml = '<!DOCTYPE a [<!ENTITY who "Word">]><a>&who;</a>';
    expect(parseXmlOld(xml).children).toEqual(['Word']);
    expect(parseXml(xml).children).toEqual(['&who;']);
  });
});
