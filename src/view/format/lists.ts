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
