// Vietnamese-aware comparison keys: diacritic-free folding and tone-placement-neutral forms.

/** "Đắk Lắk" → "dak lak": no diacritics, lower case, single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A key under which the old and new tone placements are equal ("Hoà" = "Hòa", "Thuỷ" = "Thủy"):
 * each syllable keeps its letters (with ă â ê ô ơ ư đ) and its tone, but not where the tone sits.
 */
export function toneNeutral(text: string): string {
  return text
    .normalize('NFC')
    .split(/(\s+|-)/)
    .map((syllable) => {
      const nfd = syllable.normalize('NFD');
      const tones = nfd.match(TONES)?.join('') ?? '';
      return nfd.replace(TONES, '').normalize('NFC').toLowerCase() + tones;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
