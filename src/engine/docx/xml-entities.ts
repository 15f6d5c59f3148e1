// Entity and character references in character data and attribute values.

/**
 * References decoded by name: XML's five, and the HTML names fast-xml-parser decoded with
 * `htmlEntities: true` (its COMMON_HTML and CURRENCY tables, which it does not export), so that
 * replacing it changed no text. Any other name is kept as written.
 */
const NAMED = new Map<string, string>(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    nbsp: '\u00a0',
    copy: '©',
    reg: '®',
    trade: '™',
    mdash: '—',
    ndash: '–',
    hellip: '…',
    laquo: '«',
    raquo: '»',
    lsquo: '‘',
    rsquo: '’',
    ldquo: '“',
    rdquo: '”',
    bull: '•',
    para: '¶',
    sect: '§',
    deg: '°',
    frac12: '½',
    frac14: '¼',
    frac34: '¾',
    cent: '¢',
    pound: '£',
    curren: '¤',
    yen: '¥',
    euro: '€',
    dollar: '$',
    fnof: 'ƒ',
    inr: '₹',
    af: '؋',
    birr: 'ብር',
    peso: '₱',
    rub: '₽',
    won: '₩',
    yuan: '¥',
    cedil: '¸',
  }),
);

/** The names above, for tests. */
export const NAMED_REFERENCES: ReadonlyMap<string, string> = NAMED;

/** A reference's text ("amp", "#233", "#x1F600"); undefined when it is kept as written. */
function resolve(token: string): string | undefined {
  if (token.charCodeAt(0) !== 35 /* # */) return NAMED.get(token);
  const second = token.charCodeAt(1);
  const code = second === 120 /* x */ || second === 88 /* X */ ? Number.parseInt(token.slice(2), 16) : Number.parseInt(token.slice(1), 10);
  if (Number.isNaN(code) || code < 0 || code > 0x10ffff) return undefined;
  // NUL, surrogates and the C0 controls XML 1.0 forbids are dropped.
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || (code < 0x20 && code !== 9 && code !== 10 && code !== 13)) return '';
  return String.fromCodePoint(code);
}

/**
 * Replaces the references in `s`. As fast-xml-parser did: a reference is `&`, at most 32 characters and
 * `;`; numbers are read with parseInt; a reference that does not resolve, and a bare `&`, stay as written.
 */
export function decodeReferences(s: string): string {
  let out = '';
  let last = 0;
  let i = s.indexOf('&');
  while (i >= 0) {
    const end = Math.min(s.length, i + 34);
    let j = i + 1;
    while (j < end && s.charCodeAt(j) !== 59 /* ; */) j++;
    const value = j < end && j > i + 1 ? resolve(s.slice(i + 1, j)) : undefined;
    if (value === undefined) {
      i = s.indexOf('&', i + 1);
      continue;
    }
    out += s.slice(last, i) + value;
    last = j + 1;
    i = s.indexOf('&', last);
  }
  return last === 0 ? s : out + s.slice(last);
}
