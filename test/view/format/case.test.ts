// Vietnamese letter case: upper case of every Vietnamese letter, first-letter case, sentences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerFirst, lowerVi, sentence, upperFirst, upperVi } from '../../../src/view/format/case.js';

const LOWER_VOWELS = [...'aăâeêioôơuưy'];
const UPPER_VOWELS = [...'AĂÂEÊIOÔƠUƯY'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
/** Every Vietnamese letter as [lower, upper], NFC: 72 vowel forms, đ and the plain consonants. */
const PAIRS: Array<[string, string]> = [
  ...LOWER_VOWELS.flatMap((v, i) =>
    TONES.map((t): [string, string] => [(v + t).normalize('NFC'), ((UPPER_VOWELS[i] ?? '') + t).normalize('NFC')]),
  ),
  ['đ', 'Đ'],
  ...[...'bcdghklmnpqrstvx'].map((c): [string, string] => [c, c.toUpperCase()]),
];
const LOWER_LETTERS = PAIRS.map(([lower]) => lower);
const lowerText = fc.string({ unit: fc.constantFrom(...LOWER_LETTERS, ' '), maxLength: 20 });

describe('upperVi', () => {
  it('upper-cases a unit name', () => {
    expect(upperVi('Ban Tổ chức Tỉnh ủy Đắk Lắk')).toBe('BAN TỔ CHỨC TỈNH ỦY ĐẮK LẮK');
    expect(upperVi('Đảng bộ tỉnh Quảng Trị')).toBe('ĐẢNG BỘ TỈNH QUẢNG TRỊ');
    expect(upperVi('Khánh Hoà')).toBe('KHÁNH HOÀ');
  });

  it('is right for every precomposed Vietnamese letter, from NFC and from NFD input', () => {
    expect(PAIRS.length).toBe(12 * 6 + 1 + 16);
    for (const [lower, upper] of PAIRS) {
      expect([...lower].length, lower).toBe(1);
      expect(upperVi(lower), lower).toBe(upper);
      expect(upperVi(lower.normalize('NFD')), `${lower} (NFD)`).toBe(upper);
      expect(lowerVi(upper), upper).toBe(lower);
    }
  });

  it('leaves no lower-case letter, returns NFC, and lowerVi undoes it', () => {
    fc.assert(
      fc.property(lowerText, fc.boolean(), (text, decompose) => {
        const out = upperVi(decompose ? text.normalize('NFD') : text);
        expect(out).not.toMatch(/\p{Ll}/u);
        expect(out.normalize('NFC')).toBe(out);
        expect(lowerVi(out)).toBe(text);
      }),
    );
  });
});

describe('lowerFirst', () => {
  it.each([
    ['Hội nghị tổng kết', 'hội nghị tổng kết'],
    ['Đại hội Đảng bộ', 'đại hội Đảng bộ'],
    ['Ủy ban kiểm tra', 'ủy ban kiểm tra'],
    ['Ô tô', 'ô tô'],
    ['HĐND tỉnh', 'HĐND tỉnh'],
    ['UBND', 'UBND'],
    ['TP. Huế', 'TP. Huế'],
    ['BAN TỔ CHỨC', 'BAN TỔ CHỨC'],
    ['“Hội nghị”', '“hội nghị”'],
    ['8 nhóm nội dung', '8 nhóm nội dung'],
    ['', ''],
    ['hội nghị', 'hội nghị'],
  ])('%s → %s', (text, out) => {
    expect(lowerFirst(text)).toBe(out);
  });

  it('normalises NFD input to NFC', () => {
    expect(lowerFirst('Hội nghị'.normalize('NFD'))).toBe('hội nghị');
  });
});

describe('upperFirst', () => {
  it.each([
    ['hội nghị', 'Hội nghị'],
    ['đại hội', 'Đại hội'],
    ['ủy ban', 'Ủy ban'],
    ['  ủy ban', '  Ủy ban'],
    ['“đoàn kết”', '“Đoàn kết”'],
    ['(xem phụ lục)', '(Xem phụ lục)'],
    ['8 nhóm', '8 nhóm'],
    ['HĐND', 'HĐND'],
    ['', ''],
  ])('%s → %s', (text, out) => {
    expect(upperFirst(text)).toBe(out);
  });

  it('changes only the first letter, and lowerFirst undoes it for lower-case words', () => {
    const word = fc.tuple(fc.constantFrom(...LOWER_LETTERS), lowerText).map(([first, rest]) => first + rest);
    fc.assert(
      fc.property(word, (text) => {
        const up = upperFirst(text);
        expect(up.slice(1)).toBe(text.slice(1));
        expect(up.charAt(0)).toBe(upperVi(text.charAt(0)));
        expect(lowerFirst(up)).toBe(text);
      }),
    );
  });
});

describe('sentence', () => {
  it.each([
    ['  hội nghị kết thúc  ', 'Hội nghị kết thúc.'],
    ['Hội nghị kết thúc.', 'Hội nghị kết thúc.'],
    ['Hội nghị kết thúc..', 'Hội nghị kết thúc.'],
    ['Hội nghị kết thúc ...', 'Hội nghị kết thúc…'],
    ['Hội nghị kết thúc .', 'Hội nghị kết thúc.'],
    ['Hội nghị kết thúc./.', 'Hội nghị kết thúc./.'],
    ['Thật sao?', 'Thật sao?'],
    ['Tuyệt vời!', 'Tuyệt vời!'],
    ['Còn nữa…', 'Còn nữa…'],
    ['Thành phần gồm:', 'Thành phần gồm.'],
    ['a, b, ', 'A, b.'],
    ['Ông nói: "Tốt."', 'Ông nói: "Tốt."'],
    ['“đoàn kết”', '“Đoàn kết”.'],
    ['(xem phụ lục)', '(Xem phụ lục).'],
    ['8 nhóm nội dung', '8 nhóm nội dung.'],
    ['', ''],
    ['   ', ''],
  ])('"%s" → "%s"', (text, out) => {
    expect(sentence(text)).toBe(out);
  });

  it('is NFC, trimmed, idempotent and ends with exactly one final mark, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        const out = sentence(text);
        expect(sentence(out)).toBe(out);
        expect(out.normalize('NFC')).toBe(out);
        expect(out).toBe(out.trim());
        if (out === '') return;
        expect(out).not.toMatch(/\.\.$/);
        expect(out).toMatch(/(\.\/\.|[.!?…][\p{Pe}\p{Pf}"']*)$/u);
      }),
    );
  });

  it('gives every Vietnamese phrase a capital and one period', () => {
    fc.assert(
      fc.property(
        lowerText.filter((s) => s.trim() !== ''),
        (text) => {
          const out = sentence(text);
          const core = text.trim().replace(/\s+/g, ' ');
          expect(out.endsWith('.') && !out.endsWith('..')).toBe(true);
          expect(out.charAt(0)).toBe(upperVi(core.charAt(0)));
          expect(out.slice(1, -1)).toBe(text.trim().slice(1));
        },
      ),
    );
  });
});
