import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/engine/images/decode.js';
import { jpegOrientation, upright } from '../../src/engine/images/orientation.js';
import { shrinkImage } from '../../src/engine/images/shrink.js';

/** A W × H JPEG whose left half is red and right half blue, with an EXIF block giving `orientation` (none for undefined). */
function sideways(width: number, height: number, orientation: number | undefined, littleEndian = false): Uint8Array {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      data[p] = x < width / 2 ? 255 : 0;
      data[p + 2] = x < width / 2 ? 0 : 255;
      data[p + 3] = 255;
    }
  const plain = Buffer.from(jpeg.encode({ width, height, data }, 95).data);
  if (orientation === undefined) return plain;
  const w16 = (n: number) => (littleEndian ? [n & 255, n >> 8] : [n >> 8, n & 255]);
  const w32 = (n: number) =>
    littleEndian ? [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24] : [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];
  // TIFF header, IFD0 at 8 with one entry: Orientation (0x0112), SHORT, count 1, the value.
  const tiff = [
    ...(littleEndian ? [0x49, 0x49] : [0x4d, 0x4d]),
    ...w16(42),
    ...w32(8),
    ...w16(1),
    ...w16(0x0112),
    ...w16(3),
    ...w32(1),
    ...w16(orientation),
    0,
    0,
    ...w32(0),
  ];
  const body = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  const app1 = [0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 255, ...body];
  return Buffer.concat([plain.subarray(0, 2), Buffer.from(app1), plain.subarray(2)]);
}

const colourAt = (bytes: Uint8Array, x: number, y: number) => {
  const p = decodeBytes(bytes);
  if ('problem' in p) throw new Error(p.detail);
  const i = (y * p.width + x) * 4;
  return { width: p.width, height: p.height, red: p.rgba[i]! > 128, blue: p.rgba[i + 2]! > 128 };
};

describe('EXIF orientation', () => {
  it('is read in both byte orders, and is 1 without EXIF', () => {
    expect(jpegOrientation(sideways(8, 4, 6))).toBe(6);
    expect(jpegOrientation(sideways(8, 4, 8, true))).toBe(8);
    expect(jpegOrientation(sideways(8, 4, undefined))).toBe(1);
    expect(jpegOrientation(Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0x00]))).toBe(1);
  });

  it('turns the pixels: 6 is a quarter turn clockwise, 8 anticlockwise, 3 a half turn', () => {
    // 2 × 1: [A, B]
    const px = { width: 2, height: 1, rgba: Uint8Array.from([1, 1, 1, 255, 2, 2, 2, 255]) };
    const first = (p: { rgba: Uint8Array }, i: number) => p.rgba[i * 4];
    const six = upright(px, 6);
    expect([six.width, six.height, first(six, 0), first(six, 1)]).toEqual([1, 2, 1, 2]); // A on top
    const eight = upright(px, 8);
    expect([eight.width, eight.height, first(eight, 0), first(eight, 1)]).toEqual([1, 2, 2, 1]); // B on top
    const three = upright(px, 3);
    expect([three.width, three.height, first(three, 0), first(three, 1)]).toEqual([2, 1, 2, 1]);
    expect(upright(px, 1)).toBe(px);
  });

  it('a sideways photo is rewritten upright even when it fits: its red left side on top (orientation 6)', () => {
    const photo = sideways(64, 32, 6);
    const out = shrinkImage(photo, { maxWidthPx: 1600, maxHeightPx: 1600 });
    if ('problem' in out) throw new Error(out.detail);
    expect(out).not.toBe(photo);
    expect(jpegOrientation(out)).toBe(1);
    const top = colourAt(out, 16, 4);
    const bottom = colourAt(out, 16, 60);
    expect([top.width, top.height]).toEqual([32, 64]);
    expect([top.red, top.blue, bottom.red, bottom.blue]).toEqual([true, false, false, true]);
  });

  it('an upright photo that fits keeps its exact bytes; one too large is scaled with its turn', () => {
    const plain = sideways(64, 32, undefined);
    expect(shrinkImage(plain, { maxWidthPx: 1600, maxHeightPx: 1600 })).toBe(plain);
    const out = shrinkImage(sideways(64, 32, 8), { maxWidthPx: 16, maxHeightPx: 16 });
    if ('problem' in out) throw new Error(out.detail);
    const c = colourAt(out, 4, 2);
    expect([c.width, c.height]).toEqual([8, 16]);
    expect([c.red, c.blue]).toEqual([false, true]); // anticlockwise: the blue right side on top
  });

  it('keeps scaled images only in the cache it is given, and gives the same bytes with or without one', () => {
    const photo = sideways(64, 32, 8);
    const limit = { maxWidthPx: 16, maxHeightPx: 16 };
    const shrunk = new Map();
    const cached = shrinkImage(photo, limit, shrunk);
    expect(shrunk.size).toBe(1);
    expect(shrinkImage(photo, limit, shrunk)).toBe(cached);
    const fresh = shrinkImage(photo, limit);
    expect(fresh).not.toBe(cached);
    expect(fresh).toEqual(cached);
  });
});
