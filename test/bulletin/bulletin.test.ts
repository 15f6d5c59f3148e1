// The press bulletin: the facts of each seed article, valid HTML, safe templates, natural text, same PDF rules.
import fc from 'fast-check';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { loadBulletin } from '../../src/workspace/bulletin-templates.js';
import { bulletin, flat, loaded } from '../support/bulletin.js';
import { compileBulletin, renderBulletinHtml } from '../../src/bulletin/handlebars.js';
import { bulletinContext } from '../../src/bulletin/context.js';
import { part, sample, samples } from '../support/docx.js';
import { provinces, REPO } from '../support/fixtures.js';
import { conference, registry } from '../support/arbitrary.js';
import { parseCMap, readPdf, replayText } from '../engine/paint/helpers.js';
import { parseFont } from '../../src/engine/fonts/load.js';

describe('bulletin of the seed conferences', () => {
  it('the bundled templates compile and lint clean', () => {
    expect(loaded.diagnostics).toEqual([]);
  });

  it('loads without linting when asked (a build lints templates itself): same compiled template, no probe findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vk-bulletin-'));
    cpSync(join(REPO, 'templates'), join(dir, 'templates'), { recursive: true });
    const hbs = join(dir, 'templates', 'ban-tin.hbs');
    writeFileSync(hbs, readFileSync(hbs, 'utf8').replace('{{news.headline}}', '{{news.headlien}}'));
    const linted = loadBulletin(dir, provinces);
    expect(linted.diagnostics.map((d) => d.params.detail_vi).join('\n')).toContain('{{news.headlien}}');
    const plain = loadBulletin(dir, provinces, false);
    expect(plain.diagnostics).toEqual([]);
    expect(plain.html?.ok).toBe(true);
    expect(plain.docx?.bytes).toEqual(linted.docx?.bytes);
  });

  it('seed 000 (TTXVN): dateline in the lead, members, the central guest, proposed awards, the pledge, credits, byline', async () => {
    const { text, html } = await bulletin(samples.project, sample('cum-3-tong-ket-2023'));
    const t = flat(text);
    expect(t).toContain(
      'TTXVN - Ngày 8/12, tại thành phố Buôn Ma Thuột, tỉnh Đắk Lắk, Cụm thi đua Ban Tổ chức các Tỉnh ủy, Thành ủy khu vực miền Trung - Tây Nguyên (Cụm thi đua số III) tổ chức Hội nghị tổng kết công tác thi đua năm 2023, phát động và ký giao ước thi đua năm 2024.',
    );
    expect(t).toContain(
      'Cụm gồm các đơn vị của các địa phương: Quảng Bình, Quảng Trị, Thừa Thiên Huế, Đà Nẵng, Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên, Khánh Hòa, Kon Tum, Gia Lai, Đắk Lắk và Đắk Nông.',
    );
    expect(t).toContain(
      'Dự Hội nghị có đồng chí Cao Hoàng Sơn, Vụ trưởng Vụ II, Ban Tổ chức Trung ương. Cùng dự Hội nghị có đại diện Ban Tổ chức các Tỉnh ủy, Thành ủy trong Cụm thi đua số III.',
    );
    expect(t).toContain(
      'Tại Hội nghị, Cụm thi đua số III thống nhất đề nghị Ban Tổ chức Trung ương tặng Cờ Thi đua đơn vị xuất sắc ngành tổ chức xây dựng Đảng cho Ban Tổ chức Tỉnh ủy Khánh Hòa và Bằng khen cho 5 tập thể, 13 cá nhân có thành tích xuất sắc năm 2023.',
    );
    // Named with his position in the attendance paragraph, by name afterwards.
    expect(t).toContain('Tại Hội nghị, đồng chí Cao Hoàng Sơn phát biểu.');
    expect(t).toContain('Các đơn vị trong Cụm thi đua số III ký giao ước thi đua năm 2024./.');
    expect(t).toContain('Ông Cao Hoàng Sơn, Vụ trưởng Vụ II, Ban Tổ chức Trung ương, phát biểu tại Hội nghị. (Ảnh: Anh Dũng/TTXVN)');
    expect(t).toMatch(/\s*Anh Dũng\s*$/);
    expect(html).toContain('<p class="author" style="break-before: avoid; page-break-before: avoid">Anh Dũng</p>');
  });

  it('seed 001 (Long An): who attended and chaired, each figure under its own subject, the quote, both awards, two authors', async () => {
    const t = flat((await bulletin(samples.project, sample('long-an-tong-ket-2023'))).text);
    expect(t).toContain('Sáng 12-1, Ban Tổ chức Tỉnh ủy Long An tổ chức Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023.');
    expect(t).toContain(
      'Dự Hội nghị có các đồng chí: Nguyễn Văn Được, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Long An; Phạm Tấn Hoà, Phó Chủ tịch UBND tỉnh. Trưởng Ban Tổ chức Tỉnh ủy Lê Thanh Nghiêm chủ trì Hội nghị.',
    );
    // The sector advises, the Ban advises on the staffing its committee decides, the province admits members; the term's total stands apart.
    expect(t).toContain(
      'Năm 2023, ngành tổ chức xây dựng Đảng tham mưu triển khai thực hiện hoàn thành 29/29 chỉ tiêu. Ban Tổ chức Tỉnh ủy Long An tham mưu giao trên 1.200 biên chế cho các cơ quan khối Đảng, Mặt trận Tổ quốc và các tổ chức chính trị xã hội cấp tỉnh, cấp huyện năm 2024. Toàn tỉnh kết nạp được trên 1.600 đảng viên, vượt gần 6% so với chỉ tiêu Nghị quyết năm. Từ đầu nhiệm kỳ đến nay, toàn tỉnh kết nạp được hơn 5.800 đảng viên.',
    );
    expect(t).not.toMatch(/Ban Tổ chức Tỉnh ủy Long An[^.]*kết nạp/u);
    expect(t).toContain(
      'Phát biểu chỉ đạo Hội nghị, đồng chí Nguyễn Văn Được nhấn mạnh: “Tăng cường hơn nữa việc phân cấp quản lý, phân định rõ về trách nhiệm, thẩm quyền, đi đôi với tăng cường kiểm tra, giám sát, kiểm soát quyền lực chặt chẽ”.',
    );
    // Within the paragraph that has just named him: the short form, then the pronoun after an opener.
    expect(t).toContain(
      'Đồng chí Được đề nghị ngành tổ chức xây dựng Đảng của tỉnh tiếp tục phát huy truyền thống “Trung dũng, kiên cường”, tinh thần 7 dám;',
    );
    expect(t).toContain('Đồng thời, đồng chí đề nghị triển khai, thực hiện Chỉ thị');
    expect(t).toContain(
      'Dịp này, Ban Tổ chức Trung ương tặng Bằng khen cho đồng chí Lê Thanh Nghiêm vì có thành tích xuất sắc trong công tác tổ chức xây dựng Đảng năm 2023.',
    );
    expect(t).toContain(
      'Cũng tại Hội nghị, Ban Tổ chức Tỉnh ủy Long An tặng Giấy khen cho 5 tập thể đạt thành tích xuất sắc về thực hiện công tác tổ chức xây dựng Đảng năm 2023./.',
    );
    expect(t).not.toContain('(Ảnh:');
    expect(t).toMatch(/Huỳnh Phong - Hùng Anh\s*$/);
  });

  it("seed 002: the report and its presenter, figures the Bans advised on, units that shared results, the conclusions with the speaker's title", async () => {
    const text = (await bulletin(samples.project, sample('cum-1-giao-ban-6-thang-2024'))).text;
    const t = flat(text);
    expect(t).toContain(
      'Hà Nội, Vĩnh Phúc, Phú Thọ, Hòa Bình, Yên Bái, Lào Cai, Lai Châu, Sơn La, Điện Biên, Tuyên Quang, Hà Giang, Cao Bằng, Bắc Kạn và Thái Nguyên',
    );
    expect(t).toContain('Nguyễn Văn Tùng, Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương;');
    expect(t).toContain('Đồng chí Nguyễn Văn Tùng trình bày báo cáo công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2024');
    expect(t).toContain(
      'Sáu tháng đầu năm 2024, các đơn vị trong Cụm thi đua số 1 tham mưu ban hành 15 đề án, 3 nghị quyết, 49 quy định, 45 kế hoạch.',
    );
    // The staffing figures carry the theme "công tác cán bộ" in the data: a paragraph of their own.
    expect(text).toContain(
      '\n\nVề công tác cán bộ, các đơn vị trong Cụm thi đua số 1 tham mưu bổ nhiệm 166, giới thiệu ứng cử 147 và điều động, luân chuyển 40 lượt cán bộ diện ban thường vụ các tỉnh, thành ủy quản lý.',
    );
    expect(t).toContain(
      'Tiếp đó, đại diện Ban Tổ chức Tỉnh ủy Cao Bằng chia sẻ một số kết quả nổi bật: hoàn thành việc bố trí 100% bí thư cấp ủy cấp huyện không là người địa phương; tổ chức thành công hội thi lãnh đạo, quản lý cấp phòng giỏi.',
    );
    expect(t).toContain(
      'Phát biểu kết luận Hội nghị, đồng chí Nguyễn Quang Dương khẳng định, sáu tháng đầu năm, các tỉnh, thành phố trong khu vực đã triển khai',
    );
    // The photo of a speaker follows the paragraph of his speech, except in the last paragraph, which it
    // precedes (as in the article: nothing between "./." and the byline); the general view follows the first paragraph.
    const paras = text.trim().split('\n\n');
    const conclusion = paras.findIndex((p) => p.startsWith('Phát biểu kết luận Hội nghị'));
    expect(conclusion).toBe(paras.length - 1);
    expect(paras[conclusion - 1]).toBe(
      '[Ảnh] Phó Trưởng Ban Tổ chức Trung ương Nguyễn Quang Dương phát biểu ý kiến kết luận tại Hội nghị.',
    );
    expect(paras[3]).toBe('[Ảnh] Toàn cảnh Hội nghị.');
  });
});

describe('bulletin HTML', () => {
  it('is a standalone HTML5 page that parses without errors, in Vietnamese and UTF-8', async () => {
    for (const { value } of samples.project.conferences) {
      const { html } = await bulletin(samples.project, value);
      const errors: string[] = [];
      parse(html, { onParseError: (e) => errors.push(e.code) });
      expect(errors, value.id).toEqual([]);
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain('@page { size: A4;');
    }
  });

  it('escapes data: markup in the data shows as text', async () => {
    const conf = structuredClone(sample('long-an-tong-ket-2023'));
    conf.title = 'Hội nghị <script>alert(1)</script> & "bạn"';
    conf.press = { ...conf.press, headline: undefined };
    const { html, text } = await bulletin(samples.project, conf);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(text).toContain('Hội nghị <script>alert(1)</script> & "bạn"');
  });
});

describe('bulletin templates are safe', () => {
  const main = (text: string) => compileBulletin({ main: { file: 't.hbs', text }, partials: [] });
  it('refuses unescaped output, unknown helpers and broken syntax', () => {
    for (const bad of ['{{{news.lead}}}', '{{& news.lead}}', '{{exec "ls"}}', '{{#if news.lead}}x', '{{log news}}']) {
      const r = main(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.diagnostics.every((d) => d.code === 'VK605' && d.file === 't.hbs')).toBe(true);
    }
  });

  it('reports a field the data does not have when rendering (strict)', () => {
    const r = main('<p>{{news.leed}}</p>');
    expect(r.ok).toBe(true);
    if (r.ok) expect(() => r.render({ news: {} })).toThrow(/leed/);
  });

  it('says in Vietnamese what is wrong, at the line and column of the template that has it', () => {
    const partial = { name: 'anh', file: 'p/anh.hbs', text: '<figure>\n  {{photo.captoin}}\n</figure>' };
    const r = compileBulletin({
      main: { file: 't.hbs', text: '<h1>{{news.headline}}</h1>\n{{#with news}}{{> anh photo=this}}{{/with}}' },
      partials: [partial],
    });
    if (!r.ok) throw new Error('compiles');
    const missing = renderBulletinHtml(r, { news: { headline: 'x' } }, 't.hbs');
    expect(missing).toEqual({
      diagnostics: [expect.objectContaining({ code: 'VK605', file: 'p/anh.hbs', start: { line: 2, column: 5 } })],
    });
    if ('diagnostics' in missing)
      expect(missing.diagnostics[0]!.params.detail_vi).toBe('dùng tên {{photo.captoin}} mà dữ liệu hội nghị không có');
    const inMain = renderBulletinHtml(r, {}, 't.hbs');
    expect(inMain).toEqual({
      diagnostics: [
        expect.objectContaining({
          file: 't.hbs',
          start: { line: 1, column: 7 },
          params: expect.objectContaining({ detail_vi: 'dùng tên {{news.headline}} mà dữ liệu hội nghị không có' }),
        }),
      ],
    });
    const helper = main('<p>\n{{exec "ls"}}</p>');
    expect(helper).toEqual({
      ok: false,
      diagnostics: [
        expect.objectContaining({
          start: { line: 2, column: 1 },
          params: expect.objectContaining({ detail_vi: 'dùng hàm "exec" không có trong danh sách được phép' }),
        }),
      ],
    });
    const syntax = main('<p>\n\n{{#if news.lead}x</p>');
    expect(syntax).toEqual({
      ok: false,
      diagnostics: [
        expect.objectContaining({
          start: { line: 3, column: 1 },
          params: expect.objectContaining({ detail_vi: expect.stringMatching(/^sai cú pháp Handlebars \(/) }),
        }),
      ],
    });
  });
});

describe('bulletin prose for any conference (property)', () => {
  const project = registry();
  it('never prints undefined, null, NaN, [object, doubled spaces or punctuation, an empty "và", or a raw "<"', async () => {
    await fc.assert(
      fc.asyncProperty(conference, async (conf) => {
        const { text, html } = await bulletin(project, conf);
        expect(text).not.toMatch(/undefined|null|NaN|\[object/);
        expect(text).not.toMatch(/[^\S\n] {1,}[^\S\n]| {2}/);
        expect(text).not.toMatch(/([.,;:])\s*\1(?!\/)|,\s*\.|\.\s*,/);
        expect(text).not.toMatch(/(^|\s)và(\s*[,.]|\s*$|\s+và\s)/m);
        expect(text).not.toMatch(/,\s*và\s/);
        const body = html.slice(html.indexOf('<body>'));
        expect(body.replace(/<\/?(html|body|article|h1|h2|p|figure|figcaption|img|ul|ol|li|strong|em|br)\b[^>]*>/g, '')).not.toContain('<');
      }),
      { numRuns: 150 },
    );
  });
});

describe('bulletin Word and PDF', () => {
  it('the .docx carries the headline, lead and captions in their named styles', async () => {
    const { docx, vm } = await bulletin(samples.project, sample('cum-3-tong-ket-2023'));
    const xml = part(docx ?? new Uint8Array(), 'word/document.xml');
    expect(xml).toMatch(
      /<w:pStyle w:val="VkNewsHeadline"\/>.*?Ban Tổ chức Tỉnh ủy, Thành ủy khu vực miền Trung - Tây Nguyên ký giao ước thi đua năm 2024/s,
    );
    expect(xml).toContain('<w:pStyle w:val="VkNewsLead"/>');
    expect(xml.match(/<w:pStyle w:val="VkNewsCaption"\/>/g)).toHaveLength(vm.news.photos.length);
    expect(xml).toContain('(Ảnh: Anh Dũng/TTXVN)');
  });

  it('the PDF is byte-identical when rebuilt and holds the text', async () => {
    const a = await bulletin(samples.project, sample('long-an-tong-ket-2023'), true);
    const b = await bulletin(samples.project, sample('long-an-tong-ket-2023'), true);
    expect(a.pdf && b.pdf && Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
    expect(Buffer.from(a.pdf ?? []).toString('latin1')).not.toMatch(/CreationDate|ModDate/);
  });

  it('the PDF embeds a non-empty outline for every drawn character and maps it back to NFC text', async () => {
    const { pdf, text } = await bulletin(samples.project, sample('cum-3-tong-ket-2023'), true);
    const { pages } = await readPdf(pdf ?? new Uint8Array());
    let drawn = '';
    let checked = 0;
    for (const page of pages) {
      const programs = new Map([...page.fonts].map(([name, f]) => [name, parseFont(f.program)]));
      const cmaps = new Map([...page.fonts].map(([name, f]) => [name, parseCMap(f.cmap)]));
      for (const s of replayText(page.content, (name) => page.fonts.get(name)?.widths ?? new Map())) {
        const ch = cmaps.get(s.font)?.get(s.code) ?? '';
        drawn += ch;
        if (ch.trim()) {
          expect(programs.get(s.font)?.getGlyph(s.code).path.commands.length, ch).toBeGreaterThan(0);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(drawn.normalize('NFC')).toBe(drawn);
    for (const word of ['Đắk', 'Khánh', 'Hòa', 'Quảng', 'giao', 'ước', 'thi', 'đua']) expect(drawn).toContain(word);
    expect(text.length).toBeGreaterThan(0);
  });
});

describe('templates written before the body carried its photos', () => {
  it('a project template using news.paragraphs and photos/extraPhotos still renders every paragraph and photo', async () => {
    const text = readFileSync(join(REPO, 'test', 'fixtures', 'ban-tin-before-17.hbs'), 'utf8');
    const partials = ['photo', 'style'].map((name) => ({
      name,
      file: `p/${name}.hbs`,
      text: readFileSync(join(REPO, 'templates', 'ban-tin', 'partials', `${name}.hbs`), 'utf8'),
    }));
    const compiled = compileBulletin({ main: { file: 'ban-tin.hbs', text }, partials });
    if (!compiled.ok) throw new Error('compiles');
    const { vm } = await bulletin(samples.project, sample('long-an-tong-ket-2023'));
    const rendered = renderBulletinHtml(
      compiled,
      bulletinContext(
        vm,
        vm.news.photos.map((p) => ({ ...p, src: '', width: 0, height: 0 })),
      ),
      'ban-tin.hbs',
    );
    if (!('html' in rendered)) throw new Error(JSON.stringify(rendered.diagnostics));
    for (const p of vm.news.paragraphs) expect(rendered.html).toContain(`<p>${p.replace(/"/g, '&quot;')}</p>`);
    expect(rendered.html.match(/<figcaption>/g)).toHaveLength(3);
  });
});
