// The test-support XML checker itself: it must catch what it is used to rule out.
import { describe, expect, it } from 'vitest';
import { xmlProblems } from './xml-check.js';

describe('xmlProblems', () => {
  it('accepts a well-formed document with declarations, comments and entities', () => {
    expect(
      xmlProblems('<?xml version="1.0"?>\n<!-- c --><a:x xmlns:a="u" xml:space="preserve"><a:y b=\'1 &amp; 2\'>&lt;&#10;</a:y><z/></a:x>'),
    ).toEqual([]);
  });

  it.each([
    ['mismatched nesting', '<a><b></a></b>'],
    ['an unclosed element', '<a><b/>'],
    ['an undeclared element prefix', '<a><wp:inline/></a>'],
    ['an undeclared attribute prefix', '<a xmlns:x="u"><x:b r:embed="1"/></a>'],
    ['a prefix declared only on a sibling', '<a><b xmlns:p="u"/><p:c/></a>'],
    ['a raw ampersand', '<a>&</a>'],
    ['an unknown entity', '<a t="&nbsp;"/>'],
    ['an unquoted attribute', '<a t=1/>'],
    ['a duplicate attribute', '<a t="1" t="2"/>'],
    ['two roots', '<a/><b/>'],
    ['a control character', '<a>\u0001</a>'],
  ])('rejects %s', (_label, xml) => {
    expect(xmlProblems(xml)).not.toEqual([]);
  });
});
