// The sample bulletin HTML through the whole engine: readHtml → layout → PDF.
import { readBulletinHtml } from '../../support/bulletin.js';
import { describe, expect, it } from 'vitest';
import { createFontSource } from '../../../src/engine/fonts/source.js';
import { irToPdf } from '../../../src/engine/index.js';
import type { ImageBox, TextBox } from '../../../src/engine/layout/boxes.js';
import { CAPTION, DAU_PNG, HEADLINE, SAMPLE_HTML } from './sample.js';

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('bulletin HTML to PDF', () => {
  it('lays out and paints the sample: headline, caption, pictures and metadata', async () => {
    const ir = readBulletinHtml(SAMPLE_HTML, { image: (src) => (src === 'anh/dau.png' ? DAU_PNG : undefined), where: 'ban-tin.html' });
    const result = await irToPdf(ir, createFontSource(), { creator: 'vankien', producer: 'vankien' });
    expect(result.pages).toBeGreaterThanOrEqual(1);
    expect(Buffer.from(result.pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const boxes = result.layout.pages.flatMap((p) => p.boxes);
    const text = boxes
      .filter((b): b is TextBox => b.kind === 'text')
      .flatMap((b) => b.glyphs.map((g) => g.text))
      .join('');
    expect(squeeze(text)).toContain(squeeze(HEADLINE));
    expect(squeeze(text)).toContain(squeeze(CAPTION));
    expect(squeeze(text)).toContain(squeeze('– Hoàn thành 100% chỉ tiêu'));
    const pictures = boxes.filter((b): b is ImageBox => b.kind === 'image');
    expect(pictures).toHaveLength(2);
    // Centred in the column.
    const column = { left: 70.9, right: 595.3 - 56.7 };
    for (const p of pictures) expect(p.x + p.width / 2).toBeCloseTo((column.left + column.right) / 2, 0);
    expect(result.warnings.map((w) => (w.kind === 'unsupported' ? w.element : w.kind === 'missing-glyph' ? w.char : w.family))).toEqual([
      'table',
      'script',
    ]);
    expect(result.warnings.every((w) => w.kind === 'unsupported')).toBe(true);
    const latin1 = Buffer.from(result.pdf).toString('latin1');
    expect(latin1).toContain('/Lang');
  });

  it('paints an empty article as one blank page', async () => {
    const result = await irToPdf(readBulletinHtml('<article class="ban-tin"></article>'), createFontSource(), {
      creator: 'v',
      producer: 'v',
    });
    expect(result.pages).toBe(1);
  });
});
