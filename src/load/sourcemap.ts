// Data path → where it is written in the YAML source (key or value), for exact diagnostics.
import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { DataPath } from '../diagnostics/types.js';

export type Target = 'key' | 'value';

interface Found {
  node: Node | null;
  pair?: Pair;
  depth: number;
}

function walk(doc: Document, path: DataPath): Found {
  let node = doc.contents as Node | null;
  let pair: Pair | undefined;
  let depth = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const hit = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!hit) break;
      pair = hit as Pair;
      node = (hit.value ?? null) as Node | null;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      pair = undefined;
      node = item;
    } else break;
    depth++;
  }
  return { node, pair, depth };
}

/**
 * The source range of the deepest existing node on `path`: the key of the last mapping entry
 * when `target` is 'key' (or the value has no source of its own), else the value.
 */
export function locate(doc: Document, path: DataPath, target: Target = 'value'): [number, number] {
  const { node, pair, depth } = walk(doc, path);
  const complete = depth === path.length;
  const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
  if ((target === 'key' || !complete || !node?.range) && keyNode?.range) {
    return [keyNode.range[0], keyNode.range[1]];
  }
  if (node?.range) return [node.range[0], Math.max(node.range[1], node.range[0] + 1)];
  const root = doc.contents as Node | null;
  const start = root?.range?.[0] ?? 0;
  return [start, start + 1];
}

/** The source range of the value at `path`, or undefined when it is not written in the file. */
export function valueRange(doc: Document, path: DataPath): [number, number] | undefined {
  const { node, depth } = walk(doc, path);
  if (depth !== path.length || !node?.range) return undefined;
  return [node.range[0], node.range[1]];
}
