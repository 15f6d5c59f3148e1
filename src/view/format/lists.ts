// Joining phrases into Vietnamese lists: "A, B và C" and "A; B; C", skipping empty items.

/** Items as printed: NFC, whitespace collapsed, stray commas/semicolons trimmed off, empty ones dropped. */
export function cleanItems(items: ReadonlyArray<string | null | undefined>): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string') continue;
    const text = item
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,;]+|[\s,;]+$/g, '');
    if (text !== '') out.push(text);
  }
  return out;
}

/** [] → "", [A] → "A", [A, B] → "A và B", [A, B, C] → "A, B và C"; another conjunction e.g. "hoặc". */
export function joinVi(items: ReadonlyArray<string | null | undefined>, conj: string = 'và'): string {
  const parts = cleanItems(items);
  const word = conj.replace(/\s+/g, ' ').trim();
  const last = parts.pop();
  if (last === undefined) return '';
  if (parts.length === 0) return last;
  return word === '' ? [...parts, last].join(', ') : `${parts.join(', ')} ${word} ${last}`;
}

/** [A, B, C] → "A; B; C": long clauses in one sentence. */
export function joinSemicolon(items: ReadonlyArray<string | null | undefined>): string {
  return cleanItems(items).join('; ');
}

/**
 * Items of a dash list as Party texts punctuate them (formats.md §6): each ends with ";", the last
 * with "." (or `last`, e.g. ":" before a sub-list). Trailing punctuation of the data is replaced;
 * a closing quotation mark or bracket stays, with the mark after it.
 */
export function punctuateList(items: ReadonlyArray<string>, last = '.'): string[] {
  const cleaned = items
    .map((s) =>
      s
        .normalize('NFC')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\s.;,:]+$/u, ''),
    )
    .filter((s) => s !== '');
  return cleaned.map((s, i) => `${s}${i === cleaned.length - 1 ? last : ';'}`);
}
