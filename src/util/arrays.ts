// Appending without spreading into arguments: `push(...list)` overflows the stack past ~100,000 items.

/** Appends every item of each list to `target` (in order) and returns it. */
export function append<T>(target: T[], ...lists: ReadonlyArray<readonly T[]>): T[] {
  for (const list of lists) for (const item of list) target.push(item);
  return target;
}
