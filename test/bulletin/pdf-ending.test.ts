// The bulletin PDF never ends with the byline alone on its last page: the closing "./." line keeps with
// the byline (the template's "break-before: avoid", read by our HTML reader), and a paragraph that has
// to break leaves at least two lines on each page. Read back with pdftotext, page by page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulletin, readBulletinHtml } from '../support/bulletin.js';
import { sample, samples } from '../support/docx.js';

const dir = mkdtempSync(join(tmpdir(), 'vk-ending-'));

/** The text of each page, as pdftotext reads it. */
function pages(pdf: Uint8Array): string[] {
  const file = join(dir, 'b.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', file, '-'], { encoding: 'utf8' }),
  );
}

const lines = (page: string) =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe('the end of the bulletin PDF', () => {
  // A lead one sentence longer each time moves everything after it down by about a line, so one of
  // these lengths puts the page end right before the byline whatever the fonts measure.
  const sentence = 'Hội nghị diễn ra trong không khí dân chủ, thẳng thắn, trách nhiệm.';
  const variants = Array.from({ length: 16 }, (_, n) => n);

  it('the last page holds more than the byline, and the "./." line is on the byline\'s page', async () => {
    const base = sample('cum-1-giao-ban-6-thang-2024');
    const seen = new Set<number>();
    for (const n of variants) {
      const conf = structuredClone(base);
      conf.press = {
        ...conf.press,
        authors: ['Huỳnh Phong', 'Hùng Anh'],
        lead: [`Sáng 10-7, Cụm thi đua số 1 tổ chức Hội nghị giao ban.`, ...Array.from({ length: n }, () => sentence)].join(' '),
      };
      const { pdf } = await bulletin(samples.project, conf, true);
      const all = pages(pdf ?? new Uint8Array());
      seen.add(all.length);
      const last = lines(all[all.length - 1] ?? '');
      expect(last[last.length - 1], `lead + ${n}`).toBe('Huỳnh Phong - Hùng Anh');
      // Two lines of the closing paragraph at least, then the byline.
      expect(last.length, `lead + ${n}: ${last.join(' | ')}`).toBeGreaterThanOrEqual(3);
      expect(
        last.some((l) => l.endsWith('./.')),
        `lead + ${n}`,
      ).toBe(true);
    }
    // The sweep did cross a page boundary (the bulletin grew by a page along the way).
    expect(seen.size).toBeGreaterThan(1);
  }, 120_000);
});

describe('CSS break wishes in the bulletin HTML', () => {
  const styles = (body: string) =>
    readBulletinHtml(`<!DOCTYPE html><html lang="vi"><head><title>t</title></head><body>${body}</body></html>`).sections[0]!.blocks.map(
      (b) => (b.kind === 'paragraph' ? [b.style.keepNext, b.style.keepLines] : []),
    );

  it('break-after and page-break-after: avoid keep a paragraph with the next; break-inside: avoid keeps its lines', () => {
    expect(
      styles('<p style="break-after: avoid">a</p><p style="page-break-after:avoid">b</p><p style="break-inside: avoid">c</p><p>d</p>'),
    ).toEqual([
      [true, false],
      [true, false],
      [false, true],
      [false, false],
    ]);
  });

  it('break-before: avoid keeps the block before with it; other values and other properties do nothing', () => {
    expect(styles('<p>a</p><p style="page-break-before: avoid">b</p><p>c</p><p style="break-before: page; color: red">d</p>')).toEqual([
      [true, false],
      [false, false],
      [false, false],
      [false, false],
    ]);
  });
});
