// readHtml never throws: random HTML-ish strings, deep nesting, odd images; the IR it gives can be laid out.
import { readBulletinHtml } from '../../support/bulletin.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentIR } from '../../../src/engine/ir.js';
import { layoutDocument } from '../../../src/engine/layout/document.js';
import { fakeFonts } from '../layout/ir-helpers.js';
import { DAU_PNG, dataUri } from './sample.js';
import { wordedElements } from '../../support/worded.js';

const TOKENS = [
  '<p>',
  '</p>',
  '<p class="lead">',
  '<p class="author">',
  '<h1>',
  '</h1>',
  '<h2>',
  '<h3>',
  '<b>',
  '</b>',
  '<strong class="dateline">',
  '</strong>',
  '<em>',
  '<i>',
  '</i>',
  '<br>',
  '<br/>',
  '<span>',
  '<a href="x">',
  '</a>',
  '<ul>',
  '</ul>',
  '<ol start="-5">',
  '<ol start="99999999999999999999">',
  '<li>',
  '</li>',
  '<figure>',
  '</figure>',
  '<figcaption>',
  '</figcaption>',
  `<img src="${dataUri(DAU_PNG)}" width="0" height="1e999">`,
  '<img src="data:image/png;base64,iVBOR">',
  '<img src="data:,%E0%A4%A">',
  '<img src="a.png" width="50%">',
  '<img>',
  '<table><tr><td>',
  '<script>',
  '</script>',
  '<iframe>',
  '<template>',
  '<svg><p>',
  '<math>',
  '<article class="ban-tin">',
  '</article>',
  '<html lang="">',
  '<head>',
  '<title>',
  '</title>',
  '<meta name="author" content="">',
  '<frameset>',
  '<!--',
  '-->',
  '<!DOCTYPE html>',
  '&amp;',
  '&#x1EA1;',
  '&#0;',
  '&#xD800;',
  '&nbsp;',
  '&bogus;',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u0000',
  '\u0007',
  '\ud800',
  'ạ',
  'e\u0323\u0302',
  'Đảng',
  '<',
  '>',
  '"',
  "'",
  '=',
  '/',
  'x',
];
const htmlish = fc.oneof(
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Every text run: no collapsible whitespace left but single spaces, no control characters. */
function checkText(ir: DocumentIR): void {
  for (const b of ir.sections.flatMap((s) => s.blocks)) {
    if (b.kind !== 'paragraph') continue;
    for (const i of b.inlines) {
      if (i.kind !== 'text') continue;
      expect(i.text).not.toBe('');
      expect(i.text).not.toMatch(/[\t\n\f\r\u0000-\u001f]| {2}/);
      expect(i.text).toBe(i.text.normalize('NFC'));
    }
  }
}

describe('readHtml robustness', () => {
  it('never throws on random HTML-ish strings, and its IR lays out', () => {
    const fonts = fakeFonts();
    fc.assert(
      fc.property(htmlish, (html) => {
        const ir = readBulletinHtml(html, { image: () => undefined });
        expect(ir.sections).toHaveLength(1);
        checkText(ir);
        expect(layoutDocument(ir, fonts).pages.length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 400 },
    );
  });

  it('survives deep nesting and a throwing image lookup', () => {
    const deep = `${'<div><span><b>'.repeat(5000)}sâu${'</b></span></div>'.repeat(5000)}<ul>${'<li><ul>'.repeat(3000)}<p><img src="x.png"></p>`;
    const ir = readBulletinHtml(deep, {
      image: () => {
        throw new Error('boom');
      },
    });
    expect(wordedElements(ir.warnings).some((w) => w.includes('lồng quá sâu'))).toBe(true);
    const figure = readBulletinHtml('<figure><img src="x.png"><figcaption>c</figcaption></figure>', {
      image: () => {
        throw new Error('boom');
      },
    });
    expect(wordedElements(figure.warnings)).toEqual(['img (không tìm thấy tệp ảnh)']);
  });

  it('accepts non-string input from JavaScript callers', () => {
    expect(() => readBulletinHtml(undefined as unknown as string)).not.toThrow();
    expect(() => readBulletinHtml(42 as unknown as string)).not.toThrow();
  });
});
