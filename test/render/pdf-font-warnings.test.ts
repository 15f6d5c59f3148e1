// Replaced fonts: the engine reports each family of a document that has no metric clone (as a value), the app words it.
import { describe, expect, it } from 'vitest';
import { createFontSource } from '../../src/engine/fonts/source.js';
import { layoutDocxPdf } from '../../src/engine/index.js';
import { warningDiagnostics } from '../../src/render/pdf-outputs.js';
import { messageOf } from '../../src/diagnostics/render.js';
import { docx } from '../engine/docx/make.js';

const run = (family: string, text: string) =>
  `<w:p><w:r><w:rPr><w:rFonts w:ascii="${family}" w:hAnsi="${family}"/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;
const meta = { title: 't', author: 'a', subject: 's', keywords: 'k', language: 'vi-VN', creator: 'c', producer: 'p' };

describe('font substitution warnings', () => {
  const body = run('Verdana', 'một') + run('Calibri', 'hai') + run('Verdana', 'ba') + run('.VnTime', 'Hµ Néi') + run('Georgia', 'bốn');
  const fonts = createFontSource();
  const { warnings } = layoutDocxPdf(docx({ body }), fonts, meta, 'x.docx');

  it('lists each replaced family once, in document order, with the face used; a metric clone (Calibri → Carlito) is not one', () => {
    expect(warnings.filter((w) => w.kind === 'font')).toEqual([
      { kind: 'font', family: 'Verdana', font: { used: 'Arimo', match: 'generic' } },
      { kind: 'font', family: '.VnTime', font: { used: 'Tinos', match: 'legacy-vietnamese' } },
      { kind: 'font', family: 'Georgia', font: { used: 'Tinos', match: 'generic' } },
    ]);
  });

  it('words them as VK703 naming the family and the face, and VK706 for a legacy Vietnamese font', () => {
    const diagnostics = warningDiagnostics(
      'out/x.pdf',
      warnings.filter((w) => w.kind === 'font'),
    );
    expect(diagnostics.map((d) => d.code)).toEqual(['VK703', 'VK706', 'VK703']);
    expect(messageOf(diagnostics[0]!, 'vi').message).toBe(
      'out/x.pdf: không có phông "Verdana" hay phông cùng số đo; PDF dùng "Arimo" (phông không chân gần nhất), dòng có thể ngắt khác Word.',
    );
    expect(messageOf(diagnostics[2]!, 'en').message).toBe(
      'out/x.pdf: no "Georgia" or metric-compatible font; the PDF uses "Tinos" (the closest serif face) and lines may break differently from Word.',
    );
    expect(messageOf(diagnostics[1]!, 'vi').message).toContain('phông ".VnTime" là phông tiếng Việt 8 bit cũ (TCVN3/VNI)');
  });

  it('gives no font warning for a document in Times New Roman, Arial and Courier New', () => {
    const plain = run('Times New Roman', 'a') + run('Arial', 'b') + run('Courier New', 'c');
    expect(layoutDocxPdf(docx({ body: plain }), createFontSource(), meta, 'y.docx').warnings.filter((w) => w.kind === 'font')).toEqual([]);
  });
});
