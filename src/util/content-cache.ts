// A bounded cache of results computed from bytes, keyed by their hash, that keeps a result only from
// the second time its bytes are seen: parts that recur (a template's own) are computed once, while
// parts that are new every time (a document's body) never fill it.
import { createHash } from 'node:crypto';

export class RecurringCache<V> {
  private readonly values = new Map<string, V>();
  private readonly seen = new Set<string>();

  constructor(
    private readonly maxValues: number,
    private readonly maxSeen = 256,
  ) {}

  /** The value for `bytes`: cached when they were seen before, else `compute(bytes)`. */
  get(bytes: Uint8Array, compute: (bytes: Uint8Array) => V): V {
    const key = createHash('sha1').update(bytes).digest('base64');
    const hit = this.values.get(key);
    if (hit !== undefined) return hit;
    const value = compute(bytes);
    if (!this.seen.has(key)) {
      if (this.seen.size >= this.maxSeen) this.seen.delete(this.seen.values().next().value!);
      this.seen.add(key);
      return value;
    }
    if (this.values.size >= this.maxValues) this.values.delete(this.values.keys().next().value!);
    this.values.set(key, value);
    return value;
  }
}
