// ToUnicode CMap text: subset glyph codes → NFC Unicode, so copy/paste and text extraction give the source text.

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** UTF-16BE of a string as hex digits. */
export function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

const HEADER = [
  '/CIDInit /ProcSet findresource begin',
  '12 dict begin',
  'begincmap',
  '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
  '/CMapName /Adobe-Identity-UCS def',
  '/CMapType 2 def',
  '1 begincodespacerange',
  '<0000> <FFFF>',
  'endcodespacerange',
];
const FOOTER = ['endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end'];
/** The CMap syntax allows at most 100 entries per bfchar/bfrange block. */
const BLOCK = 100;

function blocks(kind: 'bfchar' | 'bfrange', lines: string[], out: string[]): void {
  for (let i = 0; i < lines.length; i += BLOCK) {
    const chunk = lines.slice(i, i + BLOCK);
    out.push(`${chunk.length} begin${kind}`, ...chunk, `end${kind}`);
  }
}

/**
 * A ToUnicode CMap for `entries` (code → text). Runs of consecutive codes mapping to consecutive
 * single UTF-16 units, within one low-byte page, become bfrange lines; the rest bfchar lines.
 */
export function toUnicodeCMap(entries: ReadonlyMap<number, string>): string {
  const codes = [...entries.keys()].sort((a, b) => a - b);
  const chars: string[] = [];
  const ranges: string[] = [];
  let i = 0;
  while (i < codes.length) {
    const code = codes[i]!;
    const text = entries.get(code)!.normalize('NFC');
    let j = i;
    if (text.length === 1) {
      const unit = text.charCodeAt(0);
      while (j + 1 < codes.length) {
        const next = codes[j + 1]!;
        const t = entries.get(next)!.normalize('NFC');
        const step = next - code;
        if (next !== codes[j]! + 1 || t.length !== 1 || t.charCodeAt(0) !== unit + step) break;
        if (next >> 8 !== code >> 8 || (unit + step) >> 8 !== unit >> 8) break;
        j++;
      }
    }
    if (j > i) ranges.push(`<${hex4(code)}> <${hex4(codes[j]!)}> <${utf16Hex(text)}>`);
    else if (text.length > 0) chars.push(`<${hex4(code)}> <${utf16Hex(text)}>`);
    i = j + 1;
  }
  const out = [...HEADER];
  blocks('bfchar', chars, out);
  blocks('bfrange', ranges, out);
  out.push(...FOOTER);
  return out.join('\n') + '\n';
}
