// GIF (87a/89a): the first frame decoded to RGBA — palette, transparency, interlacing — within the bounds the other formats keep.
import type { Pixels } from './decode.js';
import { MAX_IMAGE_PX, type ImageProblem } from './info.js';
import { MAX_VERIFIED_PNG_BYTES } from './png.js';

const corrupt = (detail: string): ImageProblem => ({ problem: 'corrupt', detail: `the GIF file is damaged: ${detail}` });

export const isGif = (b: Uint8Array): boolean =>
  b.length >= 6 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);

/** The data of a run of sub-blocks from `at` (each a length byte and that many bytes, ended by a zero length), and where it ends. */
function subBlocks(b: Uint8Array, at: number, keep: boolean): { data: Uint8Array; end: number } | undefined {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    if (at >= b.length) return undefined;
    const n = b[at] as number;
    at++;
    if (n === 0) break;
    if (at + n > b.length) return undefined;
    if (keep) {
      parts.push(b.subarray(at, at + n));
      total += n;
    }
    at += n;
  }
  const data = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    data.set(p, o);
    o += p.length;
  }
  return { data, end: at };
}

/**
 * LZW-decodes `data` into `out` (palette indexes), stopping when it is full or the data ends; returns
 * how many indexes were written. Codes are read least significant bit first, as GIF writes them.
 */
function lzw(data: Uint8Array, minSize: number, out: Uint8Array): number {
  const clear = 1 << minSize;
  const eoi = clear + 1;
  const prefix = new Uint16Array(4096);
  const suffix = new Uint8Array(4096);
  const stack = new Uint8Array(4097);
  for (let i = 0; i < clear; i++) suffix[i] = i;
  let size = minSize + 1;
  let next = eoi + 1;
  let prev = -1;
  let first = 0;
  let bits = 0;
  let acc = 0;
  let written = 0;
  for (let i = 0; written < out.length;) {
    while (bits < size && i < data.length) {
      acc |= (data[i++] as number) << bits;
      bits += 8;
    }
    if (bits < size) break;
    const code = acc & ((1 << size) - 1);
    acc >>>= size;
    bits -= size;
    if (code === clear) {
      size = minSize + 1;
      next = eoi + 1;
      prev = -1;
      continue;
    }
    if (code === eoi) break;
    if (prev === -1) {
      if (code >= clear) break;
      out[written++] = code;
      prev = first = code;
      continue;
    }
    if (code > next) break;
    let top = 0;
    let cur = code;
    if (code === next) {
      stack[top++] = first;
      cur = prev;
    }
    while (cur > eoi) {
      stack[top++] = suffix[cur] as number;
      cur = prefix[cur] as number;
    }
    first = cur;
    stack[top++] = cur;
    if (next < 4096) {
      prefix[next] = prev;
      suffix[next] = first;
      next++;
      if (next === 1 << size && size < 12) size++;
    }
    while (top > 0 && written < out.length) out[written++] = stack[--top] as number;
    prev = code;
  }
  return written;
}

/** Row order of an interlaced frame: every 8th row from 0, every 8th from 4, every 4th from 2, every 2nd from 1. */
function interlacedRows(h: number): number[] {
  const rows: number[] = [];
  for (const [start, step] of [
    [0, 8],
    [4, 8],
    [2, 4],
    [1, 2],
  ] as const)
    for (let y = start; y < h; y += step) rows.push(y);
  return rows;
}

/** The logical screen size, for the header checks. */
export function gifSize(b: Uint8Array): { widthPx: number; heightPx: number } | ImageProblem {
  if (!isGif(b)) return { problem: 'unsupported', detail: 'not a GIF image' };
  if (b.length < 13) return corrupt('it is truncated');
  const widthPx = u16(b, 6);
  const heightPx = u16(b, 8);
  if (widthPx === 0 || heightPx === 0) return corrupt(`its size is ${widthPx}×${heightPx} px`);
  if (widthPx > MAX_IMAGE_PX || heightPx > MAX_IMAGE_PX)
    return { problem: 'too-large', detail: `${widthPx}×${heightPx} px is larger than ${MAX_IMAGE_PX} px on a side` };
  return { widthPx, heightPx };
}

/**
 * The first frame of a GIF on its logical screen (transparent where the frame does not cover it or
 * its transparent colour shows); an animation's later frames are ignored. Never throws.
 */
export function decodeGif(b: Uint8Array): Pixels | ImageProblem {
  const size = gifSize(b);
  if ('problem' in size) return size;
  const { widthPx: w, heightPx: h } = size;
  if (w * h * 4 > MAX_VERIFIED_PNG_BYTES) return { problem: 'too-large', detail: 'the GIF unpacks to more than 100 MB' };
  const packed = b[10] as number;
  let at = 13;
  let global: Uint8Array | undefined;
  if (packed & 0x80) {
    const n = 3 * (2 << (packed & 7));
    if (at + n > b.length) return corrupt('it is truncated in its colour table');
    global = b.subarray(at, at + n);
    at += n;
  }
  let transparent = -1;
  while (at < b.length) {
    const kind = b[at] as number;
    if (kind === 0x3b) break;
    if (kind === 0x21) {
      const label = b[at + 1];
      // Graphic control extension: the frame's transparent colour.
      if (label === 0xf9 && b[at + 2] === 4 && at + 6 < b.length) transparent = (b[at + 3] as number) & 1 ? (b[at + 6] as number) : -1;
      const skipped = subBlocks(b, at + 2, false);
      if (!skipped) return corrupt('it is truncated in an extension');
      at = skipped.end;
      continue;
    }
    if (kind !== 0x2c) return corrupt(`unknown block 0x${kind.toString(16)} at byte ${at}`);
    if (at + 10 > b.length) return corrupt('it is truncated in an image descriptor');
    const [fx, fy, fw, fh] = [u16(b, at + 1), u16(b, at + 3), u16(b, at + 5), u16(b, at + 7)];
    const flags = b[at + 9] as number;
    at += 10;
    if (fw > MAX_IMAGE_PX || fh > MAX_IMAGE_PX || fw * fh * 4 > MAX_VERIFIED_PNG_BYTES)
      return { problem: 'too-large', detail: `its first frame is ${fw}×${fh} px` };
    let palette = global;
    if (flags & 0x80) {
      const n = 3 * (2 << (flags & 7));
      if (at + n > b.length) return corrupt('it is truncated in a colour table');
      palette = b.subarray(at, at + n);
      at += n;
    }
    if (!palette) return corrupt('it has no colour table');
    const minSize = b[at] as number;
    if (minSize < 2 || minSize > 11) return corrupt(`its LZW code size is ${minSize}`);
    const data = subBlocks(b, at + 1, true);
    // A file cut short in its image data shows what it holds, as browsers do.
    const indexes = new Uint8Array(fw * fh);
    const got = lzw(data?.data ?? b.subarray(Math.min(b.length, at + 2)), minSize, indexes);
    if (got === 0 && fw * fh > 0) return corrupt('its image data is empty');
    const rgba = new Uint8Array(w * h * 4);
    const rows = flags & 0x40 ? interlacedRows(fh) : undefined;
    for (let r = 0; r < fh; r++) {
      const y = fy + (rows ? (rows[r] as number) : r);
      if (y >= h) continue;
      for (let x = 0; x < fw; x++) {
        const k = r * fw + x;
        if (k >= got || fx + x >= w) continue;
        const index = indexes[k] as number;
        if (index === transparent) continue;
        const o = (y * w + fx + x) * 4;
        rgba[o] = palette[index * 3] ?? 0;
        rgba[o + 1] = palette[index * 3 + 1] ?? 0;
        rgba[o + 2] = palette[index * 3 + 2] ?? 0;
        rgba[o + 3] = 255;
      }
    }
    return { width: w, height: h, rgba };
  }
  return corrupt('it holds no image');
}
