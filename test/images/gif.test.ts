// GIF decoding: palette, transparency, interlacing, the first frame of an animation, damaged and oversized files.
import { describe, expect, it } from 'vitest';
import { decodeGif } from '../../src/engine/images/gif.js';
import { makeGif } from './make-images.js';

const PALETTE = [
  [255, 0, 0],
  [0, 128, 0],
  [0, 0, 255],
  [10, 20, 30],
];
/** A 5 × 9 picture whose row y is colour y % 4 except its last column, colour 3. */
const indexes = Array.from({ length: 45 }, (_, i) => (i % 5 === 4 ? 3 : Math.floor(i / 5) % 4));
const pixel = (p: { width: number; rgba: Uint8Array }, x: number, y: number) =>
  Array.from(p.rgba.subarray((y * p.width + x) * 4, (y * p.width + x) * 4 + 4));

describe('GIF', () => {
  it('decodes palette indexes to opaque RGBA, row by row', () => {
    const p = decodeGif(makeGif({ width: 5, height: 9, palette: PALETTE, indexes }));
    if ('problem' in p) throw new Error(p.detail);
    expect([p.width, p.height]).toEqual([5, 9]);
    expect([pixel(p, 0, 0), pixel(p, 2, 1), pixel(p, 0, 2), pixel(p, 4, 8)]).toEqual([
      [255, 0, 0, 255],
      [0, 128, 0, 255],
      [0, 0, 255, 255],
      [10, 20, 30, 255],
    ]);
  });

  it('puts the rows of an interlaced file back in order, and leaves the transparent colour clear', () => {
    const p = decodeGif(makeGif({ width: 5, height: 9, palette: PALETTE, indexes, interlace: true, transparent: 3 }));
    if ('problem' in p) throw new Error(p.detail);
    expect([0, 1, 2, 3, 8].map((y) => pixel(p, 0, y))).toEqual([
      [255, 0, 0, 255],
      [0, 128, 0, 255],
      [0, 0, 255, 255],
      [0, 0, 0, 0],
      [255, 0, 0, 255],
    ]);
    expect(pixel(p, 4, 0)).toEqual([0, 0, 0, 0]);
    expect(pixel(p, 3, 3)[3]).toBe(0);
  });

  it('takes the first frame of an animation', () => {
    const p = decodeGif(makeGif({ width: 5, height: 9, palette: PALETTE, indexes, frames: 3 }));
    expect('problem' in p ? p.problem : pixel(p, 0, 1)).toEqual([0, 128, 0, 255]);
  });

  it('refuses damaged and oversized files without throwing', () => {
    const good = makeGif({ width: 5, height: 9, palette: PALETTE, indexes });
    expect(decodeGif(good.subarray(0, 10))).toMatchObject({ problem: 'corrupt' });
    expect(decodeGif(good.subarray(0, 13 + 768 + 5))).toMatchObject({ problem: 'corrupt' });
    const huge = Uint8Array.from(good);
    huge.set([0x10, 0x27, 0x10, 0x27], 6);
    expect(decodeGif(huge)).toMatchObject({ problem: 'too-large' });
    const wide = Uint8Array.from(good);
    wide.set([0x11, 0x27], 6);
    expect(decodeGif(wide)).toMatchObject({ problem: 'too-large' });
  });

  it('shows what a file cut short in its image data holds, transparent below', () => {
    const good = makeGif({ width: 5, height: 9, palette: PALETTE, indexes });
    const p = decodeGif(good.subarray(0, good.length - 30));
    if ('problem' in p) throw new Error(p.detail);
    expect(pixel(p, 0, 0)).toEqual([255, 0, 0, 255]);
    expect(pixel(p, 4, 8)[3]).toBe(0);
  });
});
