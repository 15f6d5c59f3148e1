// The part of a file with errors that can still be read: the value with every subtree an error
// points into taken out, so later checks see only what the schema found sound.
import type { DataPath, Diagnostic } from '../diagnostics/types.js';

const startsWith = (path: DataPath, prefix: DataPath) => prefix.every((seg, i) => path[i] === seg);

/** Does an error lie at or under `prefix`? */
export const touches = (errors: readonly Diagnostic[], prefix: DataPath) => errors.some((e) => startsWith(e.path, prefix));

const isContainer = (v: unknown): v is Record<string | number, unknown> => v !== null && typeof v === 'object';

/** Removes the deepest written node on `path` (a list item leaves a hole: the later items keep their index, and so their paths). */
function remove(root: Record<string | number, unknown>, path: DataPath): void {
  let parent = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as string | number;
    if (!Object.hasOwn(parent, seg)) return;
    const child = parent[seg];
    if (i === path.length - 1 || !isContainer(child)) {
      delete parent[seg];
      return;
    }
    parent = child;
  }
}

/**
 * A copy of `value` without the parts the errors point into, or undefined when an error is about
 * the whole file. The copy's lists may have holes where items were removed (forEach skips them),
 * and a required field may be missing.
 */
export function readablePart(value: unknown, errors: readonly Diagnostic[]): unknown {
  if (!isContainer(value) || errors.some((e) => e.path.length === 0 && e.code !== 'VK201')) return undefined;
  const copy = structuredClone(value);
  // A missing field (VK201, placed at its parent) takes nothing out: the rest of the parent is sound.
  for (const e of errors) if (e.code !== 'VK201') remove(copy, e.path);
  return copy;
}
