// Every diagnostic code says what is wrong and how to fix it, in Vietnamese and English.
import { describe, expect, it } from 'vitest';
import { CATALOGUE, CODES } from '../src/diagnostics/catalogue.js';

const sample = {
  id: 'x',
  value: 'x',
  field: 'x',
  key: 'x',
  year: 2024,
  period: 2023,
  reason: 'x',
  template: 'templates/x.docx',
  tag: 'x',
  document: 'x.docx',
  element: 'w:x',
  where: 'đoạn 1',
  char: '☃',
  code: 'U+2603',
  requested: 'X',
  used: 'Y',
  detail: 'x',
  detail_vi: 'x',
  detail_en: 'x',
  hint_vi: 'gợi ý sửa',
  hint_en: 'how to fix',
};

describe('diagnostic catalogue', () => {
  it.each(CODES)('%s has a message and a hint in both languages, in NFC', (code) => {
    const e = CATALOGUE[code];
    for (const lang of ['vi', 'en'] as const) {
      const message = e.message[lang](sample);
      const hint = e.hint?.[lang](sample) ?? '';
      expect(message.length).toBeGreaterThan(5);
      expect(hint.length, `${code} ${lang} hint`).toBeGreaterThan(5);
      expect(message).toBe(message.normalize('NFC'));
      expect(hint).toBe(hint.normalize('NFC'));
      expect(message + hint).not.toMatch(/undefined|\[object/);
    }
  });

  it('codes are stable: VK + three digits, grouped by stage', () => {
    for (const code of CODES) expect(code).toMatch(/^VK[1-7]\d{2}$/);
  });
});
