// Symbol fonts (Symbol, Wingdings…): their characters mapped to Unicode so a text font can draw them.

const SYMBOL_FONTS = new Set([
  'symbol',
  'wingdings',
  'wingdings 2',
  'wingdings 3',
  'webdings',
  'zapfdingbats',
  'zapf dingbats',
  'mt extra',
  'marlett',
]);

/** Whether the family is a symbol font (readers ask once per run style, so nothing is remembered). */
export function isSymbolFont(family: string): boolean {
  return SYMBOL_FONTS.has(family.trim().toLowerCase());
}

const GREEK_UPPER = 'ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ';
const GREEK_LOWER = 'αβχδεφγηιϕκλμνοπθρστυϖωξψζ';

/** The Symbol font's code points (0x20–0xFF) that are not plain ASCII. */
const SYMBOL: Record<number, string> = {
  0x22: '∀',
  0x24: '∃',
  0x27: '∋',
  0x2a: '∗',
  0x2d: '−',
  0x40: '≅',
  0x5c: '∴',
  0x5e: '⊥',
  0x60: '‾',
  0xa1: 'ϒ',
  0xa2: '′',
  0xa3: '≤',
  0xa4: '⁄',
  0xa5: '∞',
  0xa6: 'ƒ',
  0xa7: '♣',
  0xa8: '♦',
  0xa9: '♥',
  0xaa: '♠',
  0xab: '↔',
  0xac: '←',
  0xad: '↑',
  0xae: '→',
  0xaf: '↓',
  0xb0: '°',
  0xb1: '±',
  0xb2: '″',
  0xb3: '≥',
  0xb4: '×',
  0xb5: '∝',
  0xb6: '∂',
  0xb7: '•',
  0xb8: '÷',
  0xb9: '≠',
  0xba: '≡',
  0xbb: '≈',
  0xbc: '…',
  0xc4: '⊗',
  0xc5: '⊕',
  0xc6: '∅',
  0xc7: '∩',
  0xc8: '∪',
  0xc9: '⊃',
  0xca: '⊇',
  0xcb: '⊄',
  0xcc: '⊂',
  0xcd: '⊆',
  0xce: '∈',
  0xcf: '∉',
  0xd0: '∠',
  0xd1: '∇',
  0xd5: '∏',
  0xd6: '√',
  0xd7: '⋅',
  0xd8: '¬',
  0xd9: '∧',
  0xda: '∨',
  0xdb: '⇔',
  0xdc: '⇐',
  0xdd: '⇑',
  0xde: '⇒',
  0xdf: '⇓',
  0xe0: '◊',
  0xe1: '〈',
  0xe5: '∑',
  0xf1: '〉',
  0xf2: '∫',
};

/** Wingdings characters commonly used as bullets and marks. */
const WINGDINGS: Record<number, string> = {
  0x46: '☞',
  0x4a: '☺',
  0x4c: '☹',
  0x6c: '●',
  0x6e: '■',
  0x6f: '□',
  0x71: '❑',
  0x75: '◆',
  0x76: '❖',
  0x9f: '•',
  0xa1: '○',
  0xa7: '▪',
  0xa8: '◻',
  0xd8: '➢',
  0xfb: '✗',
  0xfc: '✓',
  0xfd: '☒',
  0xfe: '☑',
};

/**
 * The Unicode text for a character of a symbol font (given either as 0x20–0xFF or in the private
 * area 0xF020–0xF0FF where Word stores it); undefined when unknown.
 */
export function mapSymbol(family: string, code: number): string | undefined {
  const c = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  const font = family.trim().toLowerCase();
  if (font === 'symbol') {
    if (c >= 0x41 && c <= 0x5a) return GREEK_UPPER[c - 0x41];
    if (c >= 0x61 && c <= 0x7a) return GREEK_LOWER[c - 0x61];
    if (SYMBOL[c] !== undefined) return SYMBOL[c];
    return c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : undefined;
  }
  if (font === 'wingdings') return WINGDINGS[c];
  return undefined;
}

/** A w:sym character in an ordinary font: Word's private-area codes stand for 0x00–0xFF. */
export function plainSymbol(code: number): string {
  const c = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  return String.fromCodePoint(c);
}
