// Vietnamese letter case: whole-string upper case, first-letter case, and sentence tidying.

/** Leading whitespace and opening quotes/brackets, then the first letter, then the rest of its word. */
const FIRST_WORD = /^([\s\p{Ps}\p{Pi}"']*)(\p{L})(\S*)/u;

/** "Ban Tổ chức Tỉnh ủy Đắk Lắk" → "BAN TỔ CHỨC TỈNH ỦY ĐẮK LẮK" (NFC in, NFC out). */
export function upperVi(s: string): string {
  return s.normalize('NFC').toLocaleUpperCase('vi').normalize('NFC');
}

/** Lower case in NFC, the counterpart of upperVi. */
export function lowerVi(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('vi').normalize('NFC');
}

/**
 * "Hội nghị tổng kết" → "hội nghị tổng kết": lower-cases the first letter only, and leaves the text
 * alone when its first word has another capital ("HĐND tỉnh", "TP. Huế", "UBND"). It cannot tell
 * a proper noun ("Đắk Lắk") from an ordinary word: callers only pass common phrases.
 */
export function lowerFirst(s: string): string {
  const text = s.normalize('NFC');
  const match = FIRST_WORD.exec(text);
  if (!match) return text;
  const [whole, lead = '', letter = '', rest = ''] = match;
  if (/[\p{Lu}\p{Lt}]/u.test(rest)) return text;
  // "Ban Tổ chức…", "Ngành Tổ chức…": a capitalised next word marks a proper name; keep it.
  if (/^\s+[\p{Lu}\p{Lt}]/u.test(text.slice(whole.length))) return text;
  return lead + letter.toLocaleLowerCase('vi') + rest + text.slice(whole.length);
}

/** "hội nghị" → "Hội nghị", "“đoàn kết”" → "“Đoàn kết”"; text starting with a digit is left as it is. */
export function upperFirst(s: string): string {
  const text = s.normalize('NFC');
  const match = FIRST_WORD.exec(text);
  if (!match) return text;
  const [whole, lead = '', letter = '', rest = ''] = match;
  return (lead + letter.toLocaleUpperCase('vi') + rest).normalize('NFC') + text.slice(whole.length);
}

/** Closing quotes and brackets that may follow a sentence's final mark. */
const CLOSERS = /[\p{Pe}\p{Pf}"']*$/u;

/**
 * A tidy sentence: trimmed, first letter upper case, exactly one final period unless it already
 * ends with . ! ? … or "./." (also inside closing quotes or brackets). Trailing commas, semicolons
 * and colons become the period; ".." becomes "." and "..." becomes "…". Blank text stays "".
 */
export function sentence(s: string): string {
  const trimmed = s
    .normalize('NFC')
    .replace(/[\s,;:]+$/u, '')
    .trim();
  if (trimmed === '') return '';
  const text = upperFirst(trimmed);
  if (text.endsWith('./.')) return text;
  const closers = CLOSERS.exec(text)?.[0] ?? '';
  const core = text
    .slice(0, text.length - closers.length)
    .replace(/\s+(?=\.+$)/u, '')
    .replace(/\.{3,}$/, '…')
    .replace(/\.\.$/, '.');
  return /[.!?…]$/.test(core) ? core + closers : `${core}${closers}.`;
}
