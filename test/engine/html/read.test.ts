// readHtml: the bulletin HTML subset as layout IR — styles per element, whitespace, images, warnings, metadata.
import { readBulletinHtml } from '../../support/bulletin.js';
import { describe, expect, it } from 'vitest';
import { BULLETIN_TYPOGRAPHY } from '../../../src/bulletin/print-typography.js';
import type { DocumentIR, Inline, Paragraph } from '../../../src/engine/ir.js';
import { CAPTION, CHU_KY_PNG, DAU_PNG, dataUri, HEADLINE, SAMPLE_HTML } from './sample.js';
import { worded } from '../../support/worded.js';

const lookup = (src: string) => (src === 'anh/dau.png' ? DAU_PNG : undefined);
const paragraphs = (ir: DocumentIR): Paragraph[] =>
  ir.sections.flatMap((s) => s.blocks.filter((b): b is Paragraph => b.kind === 'paragraph'));
const textOf = (p: Paragraph) => p.inlines.map((i) => (i.kind === 'text' ? i.text : i.kind === 'break' ? '\n' : '')).join('');
const texts = (p: Paragraph) => p.inlines.filter((i): i is Extract<Inline, { kind: 'text' }> => i.kind === 'text');
const images = (p: Paragraph) => p.inlines.filter((i): i is Extract<Inline, { kind: 'image' }> => i.kind === 'image');
const article = (body: string) =>
  `<!DOCTYPE html><html lang="vi"><head><title>t</title></head><body><article class="ban-tin">${body}</article></body></html>`;

describe('readHtml on the sample bulletin', () => {
  const ir = readBulletinHtml(SAMPLE_HTML, { image: lookup, where: 'ban-tin.html' });
  const ps = paragraphs(ir);
  const byStyle = (id: string) => ps.filter((p) => p.style.styleId === id);

  it('makes one A4 section with summed paragraph spacing', () => {
    expect(ir.sections).toHaveLength(1);
    const s = ir.sections[0]!;
    expect(s.page).toMatchObject({ width: 595.3, height: 841.9, top: 56.7, bottom: 56.7, left: 70.9, right: 56.7 });
    expect(ir.settings).toEqual({ paragraphSpacing: 'sum', defaultTab: 36 });
    expect(ps.map((p) => p.style.styleId)).toEqual([
      'Headline',
      'Lead',
      'Body',
      'Subhead',
      'Body',
      'Figure',
      'Caption',
      'ListItem',
      'ListItem',
      'ListItem',
      'ListItem',
      'Figure',
      'Caption',
      'Author',
    ]);
    for (const p of ps) {
      expect(p.style.widowControl).toBe(true);
      for (const t of texts(p)) expect(t.style).toMatchObject({ family: 'Times New Roman', color: '000000', underline: 'none' });
    }
  });

  it('styles the headline, subhead, lead, body, caption and author line', () => {
    const [h1] = byStyle('Headline');
    expect(textOf(h1!)).toBe(HEADLINE);
    expect(h1!.style).toMatchObject({ align: 'left', spaceAfter: 12, keepNext: true });
    expect(texts(h1!)[0]!.style).toMatchObject({ size: 20, bold: true, italic: false });
    const [h2] = byStyle('Subhead');
    expect(h2!.style.keepNext).toBe(true);
    expect(texts(h2!)[0]!.style).toMatchObject({ size: 14, bold: true });
    const [lead] = byStyle('Lead');
    expect(lead!.style).toMatchObject({ align: 'both', spaceAfter: 9 });
    expect(texts(lead!).every((t) => t.style.bold && t.style.size === 13)).toBe(true);
    const body = byStyle('Body')[0]!;
    expect(body.style).toMatchObject({ align: 'both', spaceAfter: 6, firstLine: 0, line: { rule: 'auto', value: 1.2 } });
    const caption = byStyle('Caption')[0]!;
    expect(textOf(caption)).toBe(CAPTION);
    expect(caption.style).toMatchObject({ align: 'center', spaceAfter: 9 });
    expect(texts(caption)[0]!.style).toMatchObject({ size: 11, italic: true, bold: false });
    const author = byStyle('Author')[0]!;
    expect(textOf(author)).toBe('Anh Dũng (TTXVN)');
    expect(author.style).toMatchObject({ align: 'right', spaceBefore: 6 });
    expect(texts(author)[0]!.style.bold).toBe(true);
  });

  it('keeps bold and italic spans, the inline dateline, entities and line breaks', () => {
    const body = byStyle('Body')[0]!;
    const spans = texts(body).map((t) => [t.text, t.style.bold, t.style.italic]);
    expect(spans[0]).toEqual(['TTXVN - Ngày 8/12', true, false]);
    expect(spans).toContainEqual(['Tỉnh ủy', false, true]);
    expect(spans).toContainEqual(['ký kết', true, false]);
    expect(textOf(body)).toBe(
      'TTXVN - Ngày 8/12, tại Hội trường Tỉnh ủy\u00a0Long An, các ban tổ chức tỉnh ủy & thành ủy đã ký kết giao ước thi đua năm 2024.',
    );
    const second = byStyle('Body')[1]!;
    expect(second.inlines.map((i) => i.kind)).toEqual(['text', 'break', 'text']);
    expect(textOf(second)).toBe('Dòng một\nDòng hai <ghi chú> "trích dẫn" Phạm trang tin cuối.');
  });

  it('centres each picture in its own paragraph kept with its caption, scaled into the column', () => {
    const [wide, seal] = byStyle('Figure');
    expect(wide!.style).toMatchObject({ align: 'center', keepNext: true, line: { rule: 'auto', value: 1 } });
    const column = 595.3 - 70.9 - 56.7;
    // 1200 × 320 CSS px = 900 × 240 pt: scaled down to the column width, aspect ratio kept.
    const [img] = images(wide!);
    expect(img!.width).toBeCloseTo(column, 6);
    expect(img!.height).toBeCloseTo((column * 320) / 1200, 6);
    expect(img!.image.format).toBe('png');
    expect(img!.image.bytes).toEqual(CHU_KY_PNG);
    expect(img!.image.id).toMatch(/^[0-9a-f]{64}$/);
    // No attributes: the picture's own 120 × 120 px, found through the lookup for a relative src.
    const [small] = images(seal!);
    expect([small!.width, small!.height]).toEqual([90, 90]);
  });

  it('gives list items a marker and an 18 pt hanging indent', () => {
    const items = byStyle('ListItem');
    expect(items.map((p) => p.marker?.text)).toEqual(['\u2013', '\u2013', '1.', '2.']);
    expect(items.map(textOf)).toEqual(['Hoàn thành 100% chỉ tiêu', 'Kết nạp 1.200 đảng viên', 'Quý I', 'Quý II']);
    for (const p of items) expect(p.style).toMatchObject({ indentLeft: 18, firstLine: -18 });
    expect(texts(items[0]!).map((t) => t.style.bold)).toEqual([false, true, false]);
    // The last item of a list is spaced from what follows like a body paragraph.
    expect(items.map((p) => p.style.spaceAfter)).toEqual([3, 6, 3, 6]);
  });

  it('warns once per unsupported element name, where it was first seen', () => {
    expect(worded(ir.warnings)).toEqual([
      { element: 'table', where: 'ban-tin.html, khối 12' },
      { element: 'script', where: 'ban-tin.html, khối 12' },
    ]);
    expect(ps.map(textOf).join(' ')).not.toMatch(/Bảng|alert/);
  });

  it('reads the metadata from the head', () => {
    expect(ir.meta).toEqual({
      title: 'Cụm thi đua số 3 – tổng kết năm 2023',
      author: 'Anh Dũng',
      subject: 'Tin bài hội nghị tổng kết',
      keywords: 'thi đua, tổ chức xây dựng Đảng',
      language: 'vi',
    });
  });
});

describe('readHtml details', () => {
  it('collapses whitespace across elements as a browser does, and NFC-normalises', () => {
    const decomposed = 'Vie\u0323\u0302t Nam';
    const ir = readBulletinHtml(article(`<p>\n  Một  <b> hai </b>  ba\t\n<br>  bốn <em></em> năm  </p><p>${decomposed}</p>`));
    const [p, q] = paragraphs(ir);
    expect(textOf(p!)).toBe('Một hai ba\nbốn năm');
    expect(texts(p!).map((t) => [t.text, t.style.bold])).toEqual([
      ['Một ', false],
      ['hai ', true],
      ['ba', false],
      ['bốn năm', false],
    ]);
    expect(textOf(q!)).toBe('Việt Nam'.normalize('NFC'));
    expect(textOf(q!)).toBe(decomposed.normalize('NFC'));
  });

  it('drops empty paragraphs and a final <br>, keeps a paragraph of NBSP', () => {
    const ps = paragraphs(readBulletinHtml(article('<p> </p><p></p><p>a<br></p><p>&nbsp;</p>')));
    expect(ps.map(textOf)).toEqual(['a', '\u00a0']);
  });

  it('uses the body when there is no article, and vi-VN when there is no lang', () => {
    const ir = readBulletinHtml('<html><body><h1>Tiêu đề</h1>Chữ rời <b>đậm</b><p>Đoạn</p></body></html>');
    expect(paragraphs(ir).map((p) => [p.style.styleId, textOf(p)])).toEqual([
      ['Headline', 'Tiêu đề'],
      ['Body', 'Chữ rời đậm'],
      ['Body', 'Đoạn'],
    ]);
    expect(ir.meta).toEqual({ language: 'vi-VN' });
  });

  it('sizes pictures from one attribute and caps them at 40% of the page height', () => {
    const ir = readBulletinHtml(
      article(`<figure><img src="${dataUri(DAU_PNG)}" height="2000"></figure><img src="${dataUri(CHU_KY_PNG)}" width="200">`),
    );
    const [tall, wide] = paragraphs(ir).map((p) => images(p)[0]!);
    expect(tall!.height).toBeCloseTo(841.9 * 0.4, 6);
    expect(tall!.width).toBeCloseTo(841.9 * 0.4, 6);
    expect([wide!.width, wide!.height]).toEqual([150, 40]);
    // No caption: nothing to keep the picture with.
    expect(paragraphs(ir)[0]!.style.keepNext).toBe(false);
  });

  it('warns about pictures it cannot use and keeps their captions', () => {
    const ir = readBulletinHtml(
      article(
        '<figure><img src="mat.png"><figcaption>Chú thích</figcaption></figure><figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></figure>',
      ),
      { where: 'x.html' },
    );
    expect(paragraphs(ir).map(textOf)).toEqual(['Chú thích']);
    expect(worded(ir.warnings)).toEqual([
      { element: 'img (không tìm thấy tệp ảnh)', where: 'x.html, khối 1' },
      { element: 'img (chỉ hỗ trợ ảnh PNG và JPEG)', where: 'x.html, khối 3' },
    ]);
  });

  it("numbers from <ol start>, indents nested lists and keeps unknown inline elements' text", () => {
    const ir = readBulletinHtml(
      article('<ol start="3"><li>Ba<ul><li>con</li></ul></li><li><p>Bốn</p><p>tiếp</p></li></ol><p>H<sub>2</sub>O <u>gạch</u></p>'),
    );
    const ps = paragraphs(ir);
    expect(ps.map((p) => [p.marker?.text, p.style.indentLeft, textOf(p)])).toEqual([
      ['3.', 18, 'Ba'],
      ['\u2013', 36, 'con'],
      ['4.', 18, 'Bốn\ntiếp'],
      [undefined, 0, 'H2O gạch'],
    ]);
    expect(ir.warnings.map((w) => w.element)).toEqual(['sub', 'u']);
  });

  it('takes typography overrides, merging partial objects', () => {
    const ir = readBulletinHtml(article('<h1>T</h1><p>b</p>'), {
      typography: { family: 'Arial', body: { ...BULLETIN_TYPOGRAPHY.body, size: 12 } },
    });
    const [h1, p] = paragraphs(ir);
    expect(texts(h1!)[0]!.style).toMatchObject({ family: 'Arial', size: 20 });
    expect(texts(p!)[0]!.style).toMatchObject({ family: 'Arial', size: 12 });
    expect(BULLETIN_TYPOGRAPHY.body.size).toBe(13);
  });
});
