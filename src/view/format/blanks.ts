// Dotted blanks (U+2026 ellipses) printed where a draft has no value yet, to be filled by hand.

/** Short blank for an hour, a minute or a day/month/year number: 2 ellipses. */
export const BLANK_SHORT = '…'.repeat(2);

/** Blank for a name or a short phrase: 7 ellipses. */
export const BLANK = '…'.repeat(7);

/**
 * Blank for a whole line of body text: 30 ellipses. An ellipsis is 1 em wide in Times New Roman,
 * so 30 of them at 14 pt (about 148 mm) fit the 165 mm text width even after a 1.27 cm first-line indent.
 */
export const BLANK_LONG = '…'.repeat(30);

/** True when a value is missing, empty or only whitespace. */
export function isBlankValue(value: string | undefined | null): value is undefined | null | '' {
  return value === undefined || value === null || value.trim() === '';
}

/** The value unchanged, or the blank when it is missing, empty or only whitespace. */
export function orBlank(value: string | undefined | null, blank: string = BLANK): string {
  return isBlankValue(value) ? blank : value;
}

/** The formatted value, or the blank when the value is missing (or a blank string). */
export function formatOrBlank<T>(value: T | undefined | null, format: (value: T) => string, blank: string = BLANK): string {
  if (value === undefined || value === null) return blank;
  if (typeof value === 'string' && value.trim() === '') return blank;
  return format(value);
}

/**
 * A generous width of a text in em of Times New Roman (and Tinos, its metric twin): no letter is
 * narrower than its share here, so the estimate never falls short of the printed width.
 */
export function emWidthAtMost(text: string): number {
  let em = 0;
  // Letter by letter as printed (NFC): a horn or a breve widens its letter ("Ư" is wider than "U").
  for (const ch of text.normalize('NFC')) {
    const base = ch.normalize('NFD')[0] ?? ch;
    if (ch === ' ') em += 0.25;
    else if (/[MWmw]/u.test(base)) em += 0.95;
    else if (/\p{Lu}/u.test(base)) em += 0.8;
    else if (/\p{Ll}/u.test(base)) em += 0.56;
    else if (/\p{N}/u.test(base)) em += 0.5;
    else em += 0.6;
  }
  return em;
}

/**
 * The blank that completes a body line after `prefix` ("Ban Tổ chức Tỉnh ủy A: ……"): as long as the
 * line has room for, so the line never wraps. A blank wrapped onto a line of its own would leave the
 * line above justified into gaps (formats §6). `slack` is what follows the blank on the line (";").
 */
export function blankAfter(prefix: string, slack = 1): string {
  const room = BLANK_LONG.length - Math.ceil(emWidthAtMost(prefix) + slack);
  return '…'.repeat(Math.max(BLANK.length, room));
}
