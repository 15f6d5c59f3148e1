// Detects Vietnamese text pasted from legacy 8-bit fonts (TCVN3/ABC .VnTime, VNI-Times).

/**
 * Characters TCVN3 uses for Vietnamese letters. The symbols (e.g. "©" for â, "¬" for ơ,
 * "®" for đ, "¸" for á: "nh©n d©n" = nhân dân) never stand inside a Unicode word and weigh 2;
 * the foreign letters ("æ" for ổ, "ø" for ứ) may occur in foreign names and weigh 1.
 */
const TCVN3_SYMBOLS = '¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾×÷\u00ad';
const TCVN3_LETTERS = 'ÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïñöøûüþ';
/**
 * VNI writes a base vowel followed by a mark character: "aø" = à, "eä" = ệ, "aï" = ạ.
 * After a vowel, "ë" and "ï" also occur in French names (Noël, Loïc) and weigh 1; the others 2.
 */
const VNI_MARKS_STRONG = 'øüåäöûØÜÅÄÖÛ';
const VNI_MARKS_WEAK = 'ïëÏË';
/** VNI marks that are Vietnamese letters themselves, but never right after these vowels. */
const VNI_SAME_CLASS: Record<string, string> = {
  ù: 'aeioyAEIOY', // sắc: "caùc" = các
  õ: 'aeioyAEIOY', // ngã: "ñaõ" = đã
  â: 'aeoAEO', // circumflex: "daân" = dân, "Vieät"
  Â: 'AEO',
  ê: 'aA', // breve: "aê" = ă
  Ù: 'AEIOY',
};
const VOWELS = 'aeiouyAEIOUY';
/**
 * A text is taken for legacy-encoded at weight 2 with at least one strong sign,
 * or at weight 3 from weak signs alone (two foreign names such as "Noël Loïc" stay below).
 */
const flagged = (weight: number, strong: boolean) => (strong && weight >= 2) || weight >= 3;

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

const escapeClass = (s: string) => s.replace(/[\\\]^-]/g, '\\$&');
/**
 * Text without any of these cannot score (every sign below needs one): most text is skipped at once.
 * The VNI marks that are Vietnamese letters count only after the vowels they follow in VNI, so that
 * Unicode words such as "quân" or "xuân" (u before â) do not send a text to the full scan.
 */
const ANY_SIGN = new RegExp(
  [
    `[${escapeClass(TCVN3_SYMBOLS + TCVN3_LETTERS + VNI_MARKS_STRONG + VNI_MARKS_WEAK)}ñ]`,
    ...Object.entries(VNI_SAME_CLASS).map(([mark, after]) => `[${escapeClass(after)}]${escapeClass(mark)}`),
  ].join('|'),
  'u',
);

export type LegacyEncoding = 'tcvn3' | 'vni';

export interface LegacyHit {
  encoding: LegacyEncoding;
  /** Offset (UTF-16) of the first suspicious character in the string. */
  offset: number;
  /** The word it was found in, to quote back to the user. */
  sample: string;
}

function wordAround(text: string, offset: number): string {
  let a = offset;
  let b = offset + 1;
  while (a > 0 && !/\s/.test(text[a - 1] ?? ' ')) a--;
  while (b < text.length && !/\s/.test(text[b] ?? ' ')) b++;
  return text.slice(a, b).slice(0, 40);
}

/** Returns the likely legacy encoding of `text`, or undefined for ordinary Unicode text. */
export function detectLegacy(text: string): LegacyHit | undefined {
  return ANY_SIGN.test(text) ? scanLegacy(text) : undefined;
}

/** detectLegacy without the quick test that skips most text (exported for the test that checks that test). */
export function scanLegacy(text: string): LegacyHit | undefined {
  let tcvn = 0;
  let vni = 0;
  let firstTcvn = -1;
  let firstVni = -1;
  let strongTcvn = false;
  let strongVni = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const prev = text[i - 1];
    const next = text[i + 1];
    const afterVowel = prev !== undefined && VOWELS.includes(prev);
    let v = 0;
    if (afterVowel && VNI_MARKS_STRONG.includes(ch)) v = 2;
    else if (afterVowel && VNI_SAME_CLASS[ch]?.includes(prev ?? '')) v = 2;
    else if (afterVowel && VNI_MARKS_WEAK.includes(ch)) v = 1;
    else if (ch === 'ñ' && /[aeiouôöAEIOU]/.test(next ?? '') && !isLetter(prev)) v = 1; // VNI đ: "ñaïi" = đại
    if (v > 0) {
      vni += v;
      strongVni ||= v === 2;
      if (firstVni < 0) firstVni = i;
    }
    const sign = TCVN3_SYMBOLS.includes(ch) ? 2 : TCVN3_LETTERS.includes(ch) ? 1 : 0;
    const t = sign > 0 && (isLetter(prev) || isLetter(next)) ? sign : 0;
    if (t > 0) {
      tcvn += t;
      strongTcvn ||= t === 2;
      if (firstTcvn < 0) firstTcvn = i;
    }
  }
  const isTcvn = flagged(tcvn, strongTcvn);
  const isVni = flagged(vni, strongVni);
  if (!isTcvn && !isVni) return undefined;
  const encoding: LegacyEncoding = isVni && (!isTcvn || vni >= tcvn) ? 'vni' : 'tcvn3';
  const offset = encoding === 'vni' ? firstVni : firstTcvn;
  return { encoding, offset, sample: wordAround(text, offset) };
}
