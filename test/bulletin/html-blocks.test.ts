// htmlToBlocks: the bulletin HTML as one Word paragraph per block, for the docxtemplater loop.
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../src/bulletin/html-blocks.js';
import { CAPTION, CHU_KY_PNG, DAU_PNG, dataUri, HEADLINE, SAMPLE_HTML } from '../engine/html/sample.js';

const article = (body: string) => `<html><body><article class="ban-tin">${body}</article></body></html>`;

describe('htmlToBlocks', () => {
  it('gives the sample as blocks in document order', () => {
    const blocks = htmlToBlocks(SAMPLE_HTML, { image: (src) => (src === 'anh/dau.png' ? DAU_PNG : undefined) });
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['headline', HEADLINE],
      ['lead', 'Sáng 8/12, tại Long An, Cụm thi đua số 3 tổ chức hội nghị tổng kết.'],
      [
        'body',
        'TTXVN - Ngày 8/12, tại Hội trường Tỉnh ủy\u00a0Long An, các ban tổ chức tỉnh ủy & thành ủy đã ký kết giao ước thi đua năm 2024.',
      ],
      ['subhead', 'Kết quả nổi bật'],
      ['body', 'Dòng một\nDòng hai <ghi chú> "trích dẫn" Phạm trang tin cuối.'],
      ['figure', 'Toàn cảnh hội nghị'],
      ['caption', CAPTION],
      ['item', '– Hoàn thành 100% chỉ tiêu'],
      ['item', '– Kết nạp 1.200 đảng viên'],
      ['item', '1. Quý I'],
      ['item', '2. Quý II'],
      ['figure', 'Con dấu'],
      ['caption', 'Con dấu'],
      ['author', 'Anh Dũng (TTXVN)'],
    ]);
    expect(blocks[5]!.image).toEqual({ src: dataUri(CHU_KY_PNG), alt: 'Toàn cảnh hội nghị', width: 1200, height: 320 });
    // No attributes: the picture's own size, through the lookup.
    expect(blocks[11]!.image).toEqual({ src: 'anh/dau.png', alt: 'Con dấu', width: 120, height: 120 });
    expect(blocks.filter((b) => b.kind !== 'figure').every((b) => b.image === undefined && !('image' in b))).toBe(true);
  });

  it('gives no blocks for an empty article', () => {
    expect(htmlToBlocks(article(''))).toEqual([]);
    expect(htmlToBlocks(article('<p>\n </p><h1></h1>'))).toEqual([]);
    expect(htmlToBlocks('')).toEqual([]);
  });

  it('drops nested inline formatting and decodes entities', () => {
    expect(htmlToBlocks(article('<p class="lead"><strong>A <em>b <span>c</span></em></strong>&nbsp;&#7841;&amp;<br>d</p>'))).toEqual([
      { kind: 'lead', text: 'A b c\u00a0ạ&\nd' },
    ]);
  });

  it('sizes a picture from one attribute or its data URI, and leaves unknown sizes out', () => {
    const blocks = htmlToBlocks(
      article(`<img src="${dataUri(CHU_KY_PNG)}" width="150"><img src="${dataUri(DAU_PNG)}"><img src="x.png" alt="X" height="40">`),
    );
    expect(blocks.map((b) => b.image)).toEqual([
      { src: dataUri(CHU_KY_PNG), alt: '', width: 150, height: 40 },
      { src: dataUri(DAU_PNG), alt: '', width: 120, height: 120 },
      { src: 'x.png', alt: 'X', height: 40 },
    ]);
    expect(blocks.map((b) => b.kind)).toEqual(['figure', 'figure', 'figure']);
  });

  it('prefixes list items with their marker, numbering from start', () => {
    const blocks = htmlToBlocks(article('<ol start="9"><li>chín</li><li><b>mười</b></li></ol><ul><li>gạch</li></ul>'));
    expect(blocks).toEqual([
      { kind: 'item', text: '9. chín' },
      { kind: 'item', text: '10. mười' },
      { kind: 'item', text: '– gạch' },
    ]);
  });
});
