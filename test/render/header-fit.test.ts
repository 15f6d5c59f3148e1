// The fitted header in the documents: the .docx carries the widened columns and sizes (Word users print
// it), the rendered package of the compiled template is left as it was for the next document, and the
// PDF laid out from the .docx prints each of the cluster III header lines whole on one line.
import { describe, expect, it } from 'vitest';
import { docxToPdf } from '../../src/engine/index.js';
import { createFontSource } from '../../src/engine/fonts/source.js';
import { createCaches } from '../../src/caches.js';
import { part, renderFor, sample, samples } from '../support/docx.js';

const grid = (xml: string) => [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
const size = (styles: string, id: string) => new RegExp(`w:styleId="${id}"[^]*?<w:sz w:val="(\\d+)"/>`).exec(styles)?.[1];

describe('the fitted header in the documents', () => {
  const caches = createCaches();
  const cum3 = renderFor(samples.project, sample('cum-3-tong-ket-2023'), undefined, caches);

  it('sets the fitted columns and sizes in the .docx of a cluster III document, and the usual ones elsewhere', () => {
    const fit = cum3.vm.pledgeHeader.fit!;
    expect(fit.columns[0]).toBeGreaterThan(fit.usual.columns[0]);
    const xml = part(cum3.pledge!, 'word/document.xml');
    expect(grid(xml).slice(0, 2)).toEqual(fit.columns);
    expect(size(part(cum3.pledge!, 'word/styles.xml'), 'VkIssuer')).toBe(String(fit.sizes.issuer * 2));
    // A document rendered next from the same compiled template keeps the template's own header.
    const other = renderFor(samples.project, sample('long-an-tong-ket-2023'), undefined, caches);
    const usual = other.vm.header.fit!;
    expect(usual.columns).toEqual(usual.usual.columns);
    expect(grid(part(other.minutes!, 'word/document.xml')).slice(0, 2)).toEqual(usual.usual.columns);
    expect(size(part(other.minutes!, 'word/styles.xml'), 'VkIssuer')).toBe(String(usual.usual.sizes.issuer * 2));
  });

  it('prints each issuer line of the cluster III pledge whole, on one line of the PDF', async () => {
    const { laidOut } = await docxToPdf(cum3.pledge!, createFontSource(), { title: 't', creator: 'vankien', producer: 'vankien' } as never);
    const lines = laidOut.layout.pages[0]!.boxes.flatMap((b) => (b.kind === 'text' ? [b.glyphs.map((g) => g.text).join('')] : []));
    const flat = lines.map((l) => l.replace(/\u00a0/g, ' ').trim());
    for (const line of ['CỤM THI ĐUA SỐ III', 'BAN TỔ CHỨC CÁC TỈNH ỦY, THÀNH ỦY', 'KHU VỰC MIỀN TRUNG - TÂY NGUYÊN'])
      expect(flat).toContain(line);
  });
});
