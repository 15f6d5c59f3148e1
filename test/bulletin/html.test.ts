// The bulletin page is valid HTML5 (html-validate, offline) and carries NewsArticle JSON-LD and Open Graph tags.
import fc from 'fast-check';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { bulletin } from '../support/bulletin.js';
import { sample, samples } from '../support/docx.js';
import { conference, registry } from '../support/arbitrary.js';

const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
}

function jsonLd(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no JSON-LD');
  return JSON.parse(m[1]!) as Record<string, unknown>;
}

const og = (html: string, property: string) =>
  [...html.matchAll(new RegExp(`<meta property="${property}" content="([^"]*)">`, 'g'))].map((m) => m[1]);

describe('bulletin HTML5 and metadata', () => {
  it('the validator is strict enough to notice a broken page', async () => {
    expect(
      await problems('<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><p><div>x</div></p></body></html>'),
    ).not.toEqual([]);
  });

  it('every sample bulletin validates as HTML5', async () => {
    for (const { value } of samples.project.conferences) {
      const { html } = await bulletin(samples.project, value);
      expect(await problems(html), value.id).toEqual([]);
    }
  });

  it('the TTXVN sample carries its NewsArticle: headline, date, author, publisher; Open Graph the same', async () => {
    const { html } = await bulletin(samples.project, sample('cum-3-tong-ket-2023'));
    const ld = jsonLd(html);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe('Ban Tổ chức Tỉnh ủy, Thành ủy khu vực miền Trung - Tây Nguyên ký giao ước thi đua năm 2024');
    expect(ld.datePublished).toBe('2023-12-08');
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Anh Dũng' }]);
    expect(ld.publisher).toEqual({ '@type': 'Organization', name: 'Thông tấn xã Việt Nam' });
    // The photos have no file: no image is named.
    expect(ld.image).toBeUndefined();
    expect(og(html, 'og:title')).toEqual(['Ban Tổ chức Tỉnh ủy, Thành ủy khu vực miền Trung - Tây Nguyên ký giao ước thi đua năm 2024']);
    expect(og(html, 'og:type')).toEqual(['article']);
    expect(og(html, 'og:site_name')).toEqual(['Thông tấn xã Việt Nam']);
    expect(og(html, 'article:published_time')).toEqual(['2023-12-08']);
    expect(og(html, 'og:image')).toEqual([]);
  });

  it('no date without one in the data, no publisher without an agency (never the clock)', async () => {
    const { html } = await bulletin(samples.project, sample('cum-1-giao-ban-6-thang-2024'));
    const ld = jsonLd(html);
    expect(ld.datePublished).toBeUndefined();
    expect(ld.publisher).toBeUndefined();
    expect(ld.author).toBeUndefined();
    expect(og(html, 'article:published_time')).toEqual([]);
  });

  it('a photo with a file is an image of the article, with its caption and credit', async () => {
    const conf = structuredClone(sample('cum-3-tong-ket-2023'));
    conf.press!.photos = [{ file: 'anh/son.png', caption: 'Ông Cao Hoàng Sơn phát biểu.', credit: 'Anh Dũng' }];
    const { html } = await bulletin(samples.project, conf);
    expect(jsonLd(html).image).toEqual([
      { '@type': 'ImageObject', contentUrl: 'anh/son.png', caption: 'Ông Cao Hoàng Sơn phát biểu', creditText: 'Anh Dũng' },
    ]);
    expect(og(html, 'og:image')).toEqual(['anh/son.png']);
  });

  it('markup in the data cannot close the JSON-LD script: it parses back to the text', async () => {
    const conf = structuredClone(sample('long-an-tong-ket-2023'));
    conf.press = { ...conf.press, headline: 'Tin </script><script>alert(1)</script> & "x"' };
    const { html } = await bulletin(samples.project, conf);
    expect(jsonLd(html).headline).toBe('Tin </script><script>alert(1)</script> & "x"');
    expect(html).not.toContain('<script>alert');
    expect(await problems(html)).toEqual([]);
  });

  it('random conferences validate and their JSON-LD parses (property)', async () => {
    const project = registry();
    await fc.assert(
      fc.asyncProperty(conference, async (conf) => {
        const { html } = await bulletin(project, conf);
        expect(await problems(html)).toEqual([]);
        const ld = jsonLd(html);
        expect(ld.datePublished).toBe(conf.date);
      }),
      { numRuns: 40 },
    );
  });
});

describe('bulletin photos', () => {
  it('a photo whose file is given is a real <img> with its caption; one without stays a caption out of print', async () => {
    const conf = structuredClone(sample('cum-3-tong-ket-2023'));
    conf.press!.photos = [
      {
        file: 'test/fixtures/images/dau.png',
        caption: 'Ông Cao Hoàng Sơn, Vụ trưởng Vụ II, Ban Tổ chức Trung ương, phát biểu tại Hội nghị.',
        credit: 'Anh Dũng',
      },
      { caption: 'Đại diện các đơn vị ký giao ước thi đua năm 2024.' },
    ];
    const { html, text } = await bulletin(samples.project, conf);
    expect(html).toMatch(
      /<figure>\n<img src="data:image\/png;base64,[^"]+" alt="Ông Cao Hoàng Sơn, Vụ trưởng Vụ II, Ban Tổ chức Trung ương, phát biểu tại Hội nghị" width="\d+" height="\d+">\n<figcaption>Ông Cao Hoàng Sơn, Vụ trưởng Vụ II, Ban Tổ chức Trung ương, phát biểu tại Hội nghị\. \(Ảnh: Anh Dũng\/TTXVN\)<\/figcaption>/,
    );
    expect(html).toContain('<figure class="no-picture">\n<figcaption>Đại diện các đơn vị ký giao ước thi đua năm 2024.</figcaption>');
    expect(text).toContain('[Ảnh] Đại diện các đơn vị ký giao ước thi đua năm 2024.');
    expect(await problems(html)).toEqual([]);
  });
});
