// Scaling pixels down by area averaging: every source pixel counts for the part of it each target pixel covers.

import type { Pixels } from './decode.js';

/**
 * For each target cell along one axis, the source cells it covers and their weights (the covered
 * fraction of each), as flat arrays: cost linear in the source length.
 */
function spans(from: number, to: number): { start: Int32Array; count: Int32Array; weights: Float64Array; offsets: Int32Array } {
  const scale = from / to;
  const start = new Int32Array(to);
  const count = new Int32Array(to);
  const offsets = new Int32Array(to);
  const weights: number[] = [];
  for (let t = 0; t < to; t++) {
    const a = t * scale;
    const b = Math.min(from, (t + 1) * scale);
    const first = Math.floor(a);
    const last = Math.min(from - 1, Math.ceil(b) - 1);
    start[t] = first;
    count[t] = last - first + 1;
    offsets[t] = weights.length;
    for (let s = first; s <= last; s++) weights.push((Math.min(b, s + 1) - Math.max(a, s)) / scale);
  }
  return { start, count, weights: Float64Array.from(weights), offsets };
}

/** `src` scaled to width × height (each no larger than the source's); colour weighted by alpha. */
export function scaleDown(src: Pixels, width: number, height: number): Pixels {
  const xs = spans(src.width, width);
  const ys = spans(src.height, height);
  const rgba = new Uint8Array(width * height * 4);
  // One target row at a time: premultiplied sums of its source rows, already narrowed to `width`.
  const acc = new Float64Array(width * 4);
  const row = new Float64Array(width * 4);
  const s = src.rgba;
  for (let ty = 0; ty < height; ty++) {
    acc.fill(0);
    for (let k = 0; k < ys.count[ty]!; k++) {
      const sy = ys.start[ty]! + k;
      const wy = ys.weights[ys.offsets[ty]! + k]!;
      row.fill(0);
      const base = sy * src.width * 4;
      for (let tx = 0; tx < width; tx++) {
        let r = 0,
          g = 0,
          b = 0,
          a = 0;
        for (let j = 0; j < xs.count[tx]!; j++) {
          const p = base + (xs.start[tx]! + j) * 4;
          const w = xs.weights[xs.offsets[tx]! + j]! * s[p + 3]!;
          r += s[p]! * w;
          g += s[p + 1]! * w;
          b += s[p + 2]! * w;
          a += xs.weights[xs.offsets[tx]! + j]! * s[p + 3]!;
        }
        row[tx * 4] = r;
        row[tx * 4 + 1] = g;
        row[tx * 4 + 2] = b;
        row[tx * 4 + 3] = a;
      }
      for (let i = 0; i < acc.length; i++) acc[i]! += row[i]! * wy;
    }
    const out = ty * width * 4;
    for (let tx = 0; tx < width; tx++) {
      const a = acc[tx * 4 + 3]!;
      for (let c = 0; c < 3; c++) rgba[out + tx * 4 + c] = a > 0 ? Math.min(255, Math.round(acc[tx * 4 + c]! / a)) : 0;
      rgba[out + tx * 4 + 3] = Math.min(255, Math.round(a));
    }
  }
  return { width, height, rgba };
}
