// Duplicate keys, found in the syntax tree: the yaml library says only "Map keys must be unique",
// at the end of the line before when the first key has no value, so the key and its lines come from here.
import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type Scalar } from 'yaml';
import type { DataPath, Params } from '../diagnostics/types.js';
import type { RawDiagnostic } from './parse.js';

/** Where a key is written: its own range, or for a key with no text, the ":" that stands for it. */
function keyRange(text: string, key: Scalar): [number, number] {
  const [start, end] = key.range ?? [0, 0];
  if (end > start) return [start, end];
  // An empty key's range is where it would start, often the end of the line before: skip blanks and comments.
  let i = start;
  for (;;) {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    if (text[i] !== '#') break;
    while (i < text.length && text[i] !== '\n') i++;
  }
  return text[i] === ':' ? [i, i + 1] : [start, start + 1];
}

const lineOf = (text: string, offset: number) => {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/** How a key is shown: as written when quoted (escapes and all), else its text in double quotes. */
const quotedForm = (written: string) => (/^["'][^\n]*["']$/.test(written) ? written : undefined);

function duplicateOf(text: string, first: Scalar, again: Scalar, path: DataPath): RawDiagnostic {
  const range = keyRange(text, again);
  const key = String(again.value ?? '');
  const written = text.slice(range[0], range[1]);
  const firstRange = keyRange(text, first);
  const firstWritten = text.slice(firstRange[0], firstRange[1]);
  const params: Params = { key, first: lineOf(text, firstRange[0]) };
  const quoted = quotedForm(written);
  if (quoted) params.quoted = quoted;
  // A ":" with nothing before it: there is no name to show.
  if (key === '' && !quoted) params.empty = 1;
  // The same name written two ways ("title" and title): show both, or the user looks for a twin that is not there.
  else if (written !== firstWritten)
    Object.assign(params, { written, firstWritten: firstWritten === '' || firstWritten === ':' ? '":"' : firstWritten });
  return { code: 'VK103', params, range, path: key === '' ? path : [...path, key] };
}

/** Every key written again in the same mapping, at the second (third...) time, with the line of the first. */
export function duplicateKeys(doc: Document, text: string): RawDiagnostic[] {
  const out: RawDiagnostic[] = [];
  const walk = (node: unknown, path: DataPath): void => {
    if (isMap(node)) {
      const seen = new Map<string, Scalar>();
      for (const pair of node.items as Array<Pair<unknown, unknown>>) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value ?? '');
        const first = seen.get(name);
        if (first) out.push(duplicateOf(text, first, pair.key, path));
        else seen.set(name, pair.key);
        walk(pair.value, [...path, name]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(doc.contents as Node | null, []);
  return out;
}
