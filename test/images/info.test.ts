// Image header reading (PNG/JPEG size and dpi, problems) and fitting into a box in EMU.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitEmu, imageInfo, type ImageInfo } from '../../src/engine/images/info.js';
import { makeJpeg, makePng, pngChunk } from './make-images.js';

const problemOf = (bytes: Uint8Array): string | undefined => {
  const r = imageInfo(bytes);
  return 'problem' in r ? r.problem : undefined;
};

describe('imageInfo: PNG', () => {
  it('reads the size and defaults to 96 dpi without pHYs', () => {
    expect(imageInfo(makePng({ width: 640, height: 480 }))).toEqual({ format: 'png', widthPx: 640, heightPx: 480, dpiX: 96, dpiY: 96 });
  });

  it('reads pHYs in pixels per metre: 72 and 300 dpi', () => {
    expect(imageInfo(makePng({ width: 10, height: 20, phys: { x: 2835, y: 2835 } }))).toMatchObject({ dpiX: 72, dpiY: 72 });
    expect(imageInfo(makePng({ width: 10, height: 20, phys: { x: 11811, y: 3937 } }))).toMatchObject({ dpiX: 300, dpiY: 100 });
  });

  it('ignores a unitless pHYs (aspect ratio only)', () => {
    expect(imageInfo(makePng({ width: 10, height: 20, phys: { x: 1, y: 2, unit: 0 } }))).toMatchObject({ dpiX: 96, dpiY: 96 });
  });

  it('every proper prefix of a valid PNG is corrupt', () => {
    const png = makePng({ width: 3, height: 2, phys: { x: 2835, y: 2835 } });
    for (let n = 1; n < png.length; n++) expect(problemOf(png.subarray(0, n)), `prefix ${n}`).toBe('corrupt');
  });

  it('rejects a wrong IHDR checksum, a missing IDAT, zero and oversized dimensions', () => {
    const bad = makePng({ width: 3, height: 2 });
    bad[29] = bad[29]! ^ 0xff; // first CRC byte of IHDR
    expect(problemOf(bad)).toBe('corrupt');
    const noData = Uint8Array.from([...makePng({ width: 1, height: 1 }).subarray(0, 33), ...pngChunk('IEND', [])]);
    expect(problemOf(noData)).toBe('corrupt');
    expect(problemOf(makePng({ width: 0, height: 5 }))).toBe('corrupt');
    expect(problemOf(makePng({ width: 10_001, height: 5 }))).toBe('too-large');
    expect(problemOf(makePng({ width: 5, height: 10_000 }))).toBeUndefined();
  });
});

describe('imageInfo: JPEG', () => {
  it('reads the SOF0 size and JFIF density in dpi', () => {
    expect(imageInfo(makeJpeg({ width: 800, height: 600, jfif: { units: 1, x: 300, y: 300 } }))).toEqual({
      format: 'jpeg',
      widthPx: 800,
      heightPx: 600,
      dpiX: 300,
      dpiY: 300,
    });
    expect(imageInfo(makeJpeg({ width: 8, height: 6, jfif: { units: 1, x: 72, y: 72 } }))).toMatchObject({ dpiX: 72, dpiY: 72 });
  });

  it('converts dots per cm, and defaults to 96 when unitless or absent', () => {
    expect(imageInfo(makeJpeg({ width: 8, height: 6, jfif: { units: 2, x: 118, y: 28 } }))).toMatchObject({ dpiX: 300, dpiY: 71 });
    expect(imageInfo(makeJpeg({ width: 8, height: 6, jfif: { units: 0, x: 1, y: 1 } }))).toMatchObject({ dpiX: 96, dpiY: 96 });
    expect(imageInfo(makeJpeg({ width: 8, height: 6 }))).toMatchObject({ dpiX: 96, dpiY: 96 });
  });

  it('skips DHT/JPG/DAC segments (C4, C8, CC) and reads progressive and other SOFn frames', () => {
    const fake = [8, 0, 1, 0, 2, 1, 1, 0x11, 0]; // would read as 2×1 if taken for a frame
    const before: Array<[number, number[]]> = [
      [0xc4, fake],
      [0xc8, fake],
      [0xcc, fake],
      [0xe1, [0x45, 0x78, 0x69, 0x66, 0, 0]],
    ];
    for (const sof of [0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]) {
      expect(imageInfo(makeJpeg({ width: 33, height: 44, sof, before })), sof.toString(16)).toMatchObject({ widthPx: 33, heightPx: 44 });
    }
  });

  it('accepts a scan followed by EOI; every proper prefix is corrupt', () => {
    const jpeg = makeJpeg({ width: 4, height: 3, jfif: { units: 1, x: 96, y: 96 }, scan: true });
    expect(imageInfo(jpeg)).toMatchObject({ format: 'jpeg', widthPx: 4, heightPx: 3 });
    for (let n = 1; n < jpeg.length; n++) expect(problemOf(jpeg.subarray(0, n)), `prefix ${n}`).toBe('corrupt');
  });

  it('rejects zero and oversized frames', () => {
    expect(problemOf(makeJpeg({ width: 8, height: 0 }))).toBe('corrupt');
    expect(problemOf(makeJpeg({ width: 20_000, height: 8 }))).toBe('too-large');
  });
});

describe('imageInfo: other content', () => {
  const text = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['SVG', text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['bare SVG', text('\uFEFF  <svg width="1" height="1"></svg>')],
    ['GIF', text('GIF89a\x01\x00\x01\x00')],
    ['WebP', text('RIFF\x10\x00\x00\x00WEBPVP8 ')],
    ['BMP', text('BM\x3a\x00\x00\x00')],
    ['text', text('Chữ ký của đồng chí Bí thư')],
  ])('%s is unsupported', (_name, bytes) => {
    const r = imageInfo(bytes);
    expect(r).toMatchObject({ problem: 'unsupported' });
    expect((r as { detail: string }).detail).toMatch(/PNG and JPEG/);
  });

  it('an empty file is corrupt', () => {
    expect(problemOf(new Uint8Array())).toBe('corrupt');
  });

  it('never throws on random bytes, with or without a real signature', () => {
    const prefixes = [[], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0xff, 0xd8], [0xff, 0xd8, 0xff]];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 300 }), (prefix, tail) => {
        const r = imageInfo(Uint8Array.from([...prefix, ...tail]));
        if ('problem' in r) expect(['unsupported', 'corrupt', 'too-large']).toContain(r.problem);
        else expect(r.widthPx > 0 && r.heightPx > 0 && r.dpiX > 0 && r.dpiY > 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on mutated valid files', () => {
    const files = [
      makePng({ width: 5, height: 4, phys: { x: 3780, y: 3780 } }),
      makeJpeg({ width: 5, height: 4, jfif: { units: 1, x: 72, y: 72 }, scan: true }),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.nat(), fc.integer({ min: 0, max: 255 }), (file, at, byte) => {
        const copy = Uint8Array.from(file);
        copy[at % copy.length] = byte;
        expect(() => imageInfo(copy)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('does bounded work on large hostile input', () => {
    const fills = new Uint8Array(4_000_000).fill(0xff);
    fills[1] = 0xd8;
    const started = performance.now();
    expect(problemOf(fills)).toBe('corrupt');
    expect(problemOf(Uint8Array.from([...makePng({ width: 2, height: 2 }).subarray(0, 33), ...new Uint8Array(100_000)]))).toBe('corrupt');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('fitEmu', () => {
  const info = (w: number, h: number, dpi = 96): ImageInfo => ({ format: 'png', widthPx: w, heightPx: h, dpiX: dpi, dpiY: dpi });

  it('keeps the real size when it fits (never scales up)', () => {
    expect(fitEmu(info(96, 48), 10_000_000, 10_000_000)).toEqual({ cx: 914_400, cy: 457_200 });
    expect(fitEmu(info(600, 300, 300), 10_000_000, 10_000_000)).toEqual({ cx: 1_828_800, cy: 914_400 });
    expect(fitEmu(info(72, 36, 72), 914_400, 914_400)).toEqual({ cx: 914_400, cy: 457_200 });
  });

  it('scales down proportionally to the limiting side', () => {
    expect(fitEmu(info(1920, 1080), 5_000_000, 5_000_000)).toEqual({ cx: 5_000_000, cy: 2_812_500 });
    expect(fitEmu(info(1000, 2000), 5_000_000, 1_000_000)).toEqual({ cx: 500_000, cy: 1_000_000 });
  });

  it('uses each axis resolution', () => {
    expect(fitEmu({ format: 'jpeg', widthPx: 300, heightPx: 300, dpiX: 300, dpiY: 150 }, 1e9, 1e9)).toEqual({ cx: 914_400, cy: 1_828_800 });
  });

  it('always fits the box and keeps the aspect ratio', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 1200 }),
        fc.integer({ min: 10_000, max: 20_000_000 }),
        fc.integer({ min: 10_000, max: 20_000_000 }),
        (w, h, dpi, mw, mh) => {
          const { cx, cy } = fitEmu(info(w, h, dpi), mw, mh);
          expect(Number.isInteger(cx) && Number.isInteger(cy) && cx >= 1 && cy >= 1).toBe(true);
          expect(cx <= mw && cy <= mh).toBe(true);
          expect(cx).toBeLessThanOrEqual(Math.round((w / dpi) * 914_400));
          if (cx > 1000 && cy > 1000) expect(Math.abs(cx / cy - w / h) / (w / h)).toBeLessThan(0.002);
        },
      ),
    );
  });
});
