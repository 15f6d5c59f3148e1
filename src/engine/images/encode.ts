// Encoding scaled pixels back to the format they came in, with the resolution that keeps their printed size.
import { zlibSync } from 'fflate';
import { crc32 } from 'node:zlib';
import jpeg from 'jpeg-js';
import type { Pixels } from './decode.js';

/** JPEG quality of a scaled photo: no visible loss at its new size. */
const JPEG_QUALITY = 90;

function u32(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([Buffer.from(u32(data.length)), body, Buffer.from(u32(crc32(body)))]);
}

/** A JPEG of `p` (alpha dropped onto white), its JFIF density set to dpiX × dpiY. */
export function encodeJpeg(p: Pixels, dpiX: number, dpiY: number): Uint8Array {
  const rgba = Buffer.from(p.rgba);
  for (let i = 0; i < rgba.length; i += 4) {
    const a = rgba[i + 3]!;
    if (a === 255) continue;
    for (let c = 0; c < 3; c++) rgba[i + c] = Math.round((rgba[i + c]! * a + 255 * (255 - a)) / 255);
    rgba[i + 3] = 255;
  }
  const out = new Uint8Array(jpeg.encode({ width: p.width, height: p.height, data: rgba }, JPEG_QUALITY).data);
  // The encoder writes JFIF APP0 first (FFD8 FFE0 len "JFIF\0" ver units xd yd): units 1 = dots per inch.
  out[13] = 1;
  out[14] = (dpiX >> 8) & 255;
  out[15] = dpiX & 255;
  out[16] = (dpiY >> 8) & 255;
  out[17] = dpiY & 255;
  return out;
}

/** An 8-bit RGBA PNG of `p` (rows unfiltered), with a pHYs chunk for dpiX × dpiY. */
export function encodePng(p: Pixels, dpiX: number, dpiY: number): Uint8Array {
  const stride = p.width * 4;
  const raw = Buffer.alloc((stride + 1) * p.height);
  for (let y = 0; y < p.height; y++) raw.set(p.rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const ihdr = Uint8Array.from([...u32(p.width), ...u32(p.height), 8, 6, 0, 0, 0]);
  const ppm = (dpi: number) => u32(Math.round(dpi / 0.0254));
  const phys = Uint8Array.from([...ppm(dpiX), ...ppm(dpiY), 1]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('pHYs', phys),
    // fflate, as everywhere bytes are written: Node's zlib may give other bytes on another CPU.
    chunk('IDAT', zlibSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
