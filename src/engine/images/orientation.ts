// The EXIF orientation of a JPEG (a phone held upright stores its photo sideways and says so in EXIF),
// and pixels turned upright by it. Browsers honour the tag, PDF and Word do not: a photo rewritten
// without the tag must be turned first, and a sideways photo is rewritten even when its size fits.

import type { Pixels } from './decode.js';

/** Orientation 1–8 from the JPEG's EXIF block (APP1), 1 when there is none or it cannot be read. */
export function jpegOrientation(bytes: Uint8Array): number {
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    if (marker === 0xda || marker === 0xd9) break; // image data: no EXIF after it
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (length < 2) break;
    if (marker === 0xe1 && length >= 16 && ascii(bytes, i + 4, 6) === 'Exif\0\0') return tiffOrientation(bytes, i + 10, i + 2 + length);
    i += 2 + length;
  }
  return 1;
}

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

function tiffOrientation(b: Uint8Array, start: number, end: number): number {
  const little = ascii(b, start, 2) === 'II';
  if (!little && ascii(b, start, 2) !== 'MM') return 1;
  const u16 = (at: number) => (at + 2 > end ? -1 : little ? b[at]! | (b[at + 1]! << 8) : (b[at]! << 8) | b[at + 1]!);
  const u32 = (at: number) =>
    at + 4 > end
      ? -1
      : little
        ? (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000
        : b[at]! * 0x1000000 + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);
  const ifd = u32(start + 4);
  if (ifd < 8) return 1;
  const count = u16(start + ifd);
  for (let k = 0; k < count && k < 1000; k++) {
    const entry = start + ifd + 2 + k * 12;
    const tag = u16(entry);
    if (tag < 0) return 1;
    if (tag === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/** The pixels as they are meant to be seen: turned and mirrored per EXIF orientation 1–8. */
export function upright(src: Pixels, orientation: number): Pixels {
  if (orientation < 2 || orientation > 8) return src;
  const { width: W, height: H } = src;
  const swap = orientation >= 5;
  const width = swap ? H : W;
  const height = swap ? W : H;
  // Where each displayed pixel (x, y) is stored.
  const from: (x: number, y: number) => number = {
    2: (x: number, y: number) => y * W + (W - 1 - x),
    3: (x: number, y: number) => (H - 1 - y) * W + (W - 1 - x),
    4: (x: number, y: number) => (H - 1 - y) * W + x,
    5: (x: number, y: number) => x * W + y,
    6: (x: number, y: number) => (H - 1 - x) * W + y,
    7: (x: number, y: number) => (H - 1 - x) * W + (W - 1 - y),
    8: (x: number, y: number) => x * W + (W - 1 - y),
  }[orientation]!;
  const rgba = new Uint8Array(width * height * 4);
  const s = src.rgba;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = from(x, y) * 4;
      const q = (y * width + x) * 4;
      rgba[q] = s[p]!;
      rgba[q + 1] = s[p + 1]!;
      rgba[q + 2] = s[p + 2]!;
      rgba[q + 3] = s[p + 3]!;
    }
  }
  return { width, height, rgba };
}
