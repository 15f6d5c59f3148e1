// Test helpers: tiny, valid PNG and JPEG files built byte by byte.
import { crc32, deflateSync } from 'node:zlib';

function u32(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}
function u16(n: number): number[] {
  return [(n >>> 8) & 255, n & 255];
}

export function pngChunk(type: string, data: ArrayLike<number>): number[] {
  const body = Uint8Array.from([...Buffer.from(type, 'latin1'), ...Array.from(data)]);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
}

export interface PngOptions {
  width: number;
  height: number;
  /** pHYs pixels per unit (x, y) and unit (1 = metre); no pHYs chunk when absent. */
  phys?: { x: number; y: number; unit?: number };
  /** Byte used to fill the pixel rows, to make distinct files of equal size. */
  fill?: number;
}

/** A 1-bit greyscale PNG; its IDAT is real zlib data for small images, a stub for huge ones. */
export function makePng(o: PngOptions): Uint8Array {
  const ihdr = [...u32(o.width), ...u32(o.height), 1, 0, 0, 0, 0];
  const rowBytes = Math.ceil(o.width / 8) + 1;
  const raw = o.width * o.height <= 1_000_000 ? Buffer.alloc(rowBytes * o.height, o.fill ?? 0) : Buffer.alloc(0);
  for (let r = 0; r < o.height && raw.length > 0; r++) raw[r * rowBytes] = 0; // filter type None
  const phys = o.phys ? pngChunk('pHYs', [...u32(o.phys.x), ...u32(o.phys.y), o.phys.unit ?? 1]) : [];
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...pngChunk('IHDR', ihdr),
    ...phys,
    ...pngChunk('IDAT', deflateSync(raw)),
    ...pngChunk('IEND', []),
  ]);
}

export interface JpegOptions {
  width: number;
  height: number;
  /** JFIF density; no APP0 segment when absent. units 0 = aspect only, 1 = dpi, 2 = dots per cm. */
  jfif?: { units: number; x: number; y: number };
  /** Frame marker, C0 by default. */
  sof?: number;
  /** Segments (marker, payload) placed before the frame header. */
  before?: Array<[number, number[]]>;
  /** Adds a start-of-scan segment and a few bytes of "entropy-coded" data before EOI. */
  scan?: boolean;
  /** Distinguishes files that are otherwise equal (goes in a COM segment). */
  comment?: string;
}

function segment(marker: number, payload: number[]): number[] {
  return [0xff, marker, ...u16(payload.length + 2), ...payload];
}

/** SOI, optional APP0 JFIF, extra segments, SOFn, optional SOS + data, EOI: enough for a header reader. */
export function makeJpeg(o: JpegOptions): Uint8Array {
  const bytes = [0xff, 0xd8];
  if (o.jfif) bytes.push(...segment(0xe0, [0x4a, 0x46, 0x49, 0x46, 0, 1, 2, o.jfif.units, ...u16(o.jfif.x), ...u16(o.jfif.y), 0, 0]));
  for (const [marker, payload] of o.before ?? []) bytes.push(...segment(marker, payload));
  if (o.comment) bytes.push(...segment(0xfe, [...Buffer.from(o.comment, 'latin1')]));
  bytes.push(...segment(o.sof ?? 0xc0, [8, ...u16(o.height), ...u16(o.width), 1, 1, 0x11, 0]));
  if (o.scan) bytes.push(...segment(0xda, [1, 1, 0, 0, 63, 0]), 0x12, 0xff, 0x00, 0x34, 0x56);
  bytes.push(0xff, 0xd9);
  return Uint8Array.from(bytes);
}

export { literalGif as makeGif } from '../../src/tools/literal-gif.js';
