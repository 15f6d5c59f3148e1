// htmlToText: the bulletin HTML as plain text for a newsroom system or an e-mail.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/bulletin/html-text.js';
import { SAMPLE_HTML } from '../engine/html/sample.js';

const article = (body: string) =>
  `<!DOCTYPE html><html lang="vi"><head><title>t</title><style>p{}</style></head><body><article class="ban-tin">${body}</article></body></html>`;

describe('htmlToText', () => {
  it('writes the sample as paragraphs separated by blank lines', () => {
    expect(htmlToText(SAMPLE_HTML)).toBe(
      [
        'Cụm thi đua số 3 tổng kết công tác năm 2023',
        '',
        'Sáng 8/12, tại Long An, Cụm thi đua số 3 tổ chức hội nghị tổng kết.',
        '',
        'TTXVN - Ngày 8/12, tại Hội trường Tỉnh ủy\u00a0Long An, các ban tổ chức tỉnh ủy & thành ủy đã ký kết giao ước thi đua năm 2024.',
        '',
        'Kết quả nổi bật',
        '',
        'Dòng một',
        'Dòng hai <ghi chú> "trích dẫn" Phạm trang tin cuối.',
        '',
        '[Ảnh] Đồng chí Nguyễn Văn A phát biểu tại hội nghị (Ảnh: Anh Dũng/TTXVN)',
        '',
        '- Hoàn thành 100% chỉ tiêu',
        '- Kết nạp 1.200 đảng viên',
        '',
        '1. Quý I',
        '2. Quý II',
        '',
        '[Ảnh] Con dấu',
        '',
        'Anh Dũng (TTXVN)',
        '',
      ].join('\n'),
    );
  });

  it('gives nothing for an empty article or document', () => {
    expect(htmlToText(article(''))).toBe('');
    expect(htmlToText(article('<p> </p><ul><li> </li></ul>'))).toBe('');
    expect(htmlToText('')).toBe('');
  });

  it('flattens nested inline tags and decodes entities', () => {
    const html = article('<p><b>Đậm <i>nghiêng <span><a href="#">liên</a> kết</span></i></b>  &amp;&lt;&gt;&quot;&#39;&#x1EA1;&copy;</p>');
    expect(htmlToText(html)).toBe('Đậm nghiêng liên kết &<>"\'ạ©\n');
  });

  it('puts the author line last and marks figures without a caption by their alt text', () => {
    const html = article('<p class="author">Tác giả</p><h1>Tin</h1><figure><img src="a.png" alt="Toàn cảnh"></figure><img src="b.png">');
    expect(htmlToText(html)).toBe('Tin\n\n[Ảnh] Toàn cảnh\n\n[Ảnh]\n\nTác giả\n');
  });

  it('writes lists one item per line, numbered from start, nested ones indented, separate lists apart', () => {
    const html = article('<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul><ol start="5"><li>năm</li><li>sáu</li></ol>');
    expect(htmlToText(html)).toBe('- a\n  - a1\n- b\n\n5. năm\n6. sáu\n');
  });

  it('keeps at most one empty line for several <br> in a row (fast-check found <figcaption>ệ<p><br><br>ệ)', () => {
    expect(htmlToText(article('<p>a<br><br><br><br>b</p>'))).toBe('a\n\nb\n');
    expect(htmlToText('<figcaption>ệ<p><br><br>ệ')).not.toMatch(/\n{3}/);
  });

  it('normalises to NFC and never writes undefined or null', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('<p>', '<h1>', '<li>', '<ol>', '<figure>', '<img>', '<figcaption>', '<br>', 'e\u0323\u0302', ' ', '&amp;', 'x'),
          { maxLength: 40 },
        ),
        (parts) => {
          const text = htmlToText(parts.join(''));
          expect(text).not.toMatch(/undefined|null|&amp;/);
          expect(text).toBe(text.normalize('NFC'));
          if (text !== '') expect(text).toMatch(/[^\n]\n$/);
          expect(text).not.toMatch(/\n{3}/);
        },
      ),
    );
  });
});
