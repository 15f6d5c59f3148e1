// PNG header reader: walks the chunk list for IHDR size and pHYs resolution, without decoding pixels.
import { crc32, inflateSync } from 'node:zlib';
import type { ImageHeader, ImageProblem } from './info.js';

const corrupt = (detail: string): ImageProblem => ({ problem: 'corrupt', detail: `the PNG file is damaged: ${detail}` });

function u32(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
}

function isChunkType(b: Uint8Array, at: number): boolean {
  for (let i = at; i < at + 4; i++) {
    const c = b[i]!;
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false;
  }
  return true;
}

function crcMatches(b: Uint8Array, at: number, length: number): boolean {
  return crc32(b.subarray(at + 4, at + 8 + length)) === u32(b, at + 8 + length);
}

/** Pixels per metre → dots per inch; undefined when the value is unusable. */
function ppmToDpi(ppm: number): number | undefined {
  const dpi = Math.round(ppm * 0.0254);
  return dpi >= 1 ? dpi : undefined;
}

/** Bit depths each PNG colour type allows (PNG specification, 11.2.2). */
const VALID_DEPTHS: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/** Assumes the 8-byte signature has been checked. Work is linear in the number of chunks. */
export function readPng(b: Uint8Array): ImageHeader | ImageProblem {
  let at = 8;
  let size: { w: number; h: number } | undefined;
  let dpiX: number | undefined;
  let dpiY: number | undefined;
  let sawData = false;
  let palette = false;
  let sawPalette = false;
  for (;;) {
    if (at + 12 > b.length) return corrupt(at === 8 ? 'it ends after the signature' : 'it is truncated (no IEND chunk)');
    const length = u32(b, at);
    if (length > 0x7fffffff || !isChunkType(b, at + 4)) return corrupt(`invalid chunk header at byte ${at}`);
    if (at + 12 + length > b.length) return corrupt('it is truncated');
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    const data = at + 8;
    if (size === undefined) {
      if (type !== 'IHDR' || length !== 13) return corrupt('the first chunk is not a valid IHDR');
      if (!crcMatches(b, at, length)) return corrupt('the IHDR checksum is wrong');
      size = { w: u32(b, data), h: u32(b, data + 4) };
      const depths = VALID_DEPTHS[b[data + 9]!];
      if (!depths?.includes(b[data + 8]!)) return corrupt(`colour type ${b[data + 9]} with bit depth ${b[data + 8]} is not a PNG format`);
      if (b[data + 10] !== 0 || b[data + 11] !== 0 || b[data + 12]! > 1)
        return corrupt('the IHDR compression, filter or interlace method is unknown');
      palette = b[data + 9] === 3;
    } else if (type === 'pHYs' && !sawData && length === 9 && b[data + 8] === 1 && crcMatches(b, at, length)) {
      dpiX = ppmToDpi(u32(b, data));
      dpiY = ppmToDpi(u32(b, data + 4));
    } else if (type === 'acTL' || type === 'fcTL' || type === 'fdAT') {
      // An animated PNG: the painter's decoder cannot take its frames, and a document shows one picture.
      return { problem: 'animated', detail: 'the PNG is animated (APNG)' };
    } else if (type === 'PLTE') {
      sawPalette = true;
    } else if (type === 'IDAT') {
      if (palette && !sawPalette) return corrupt('a palette image has no palette (PLTE) before its data');
      sawData = true;
    } else if (type === 'IEND') {
      if (!sawData) return corrupt('it has no image data (IDAT)');
      return { format: 'png', widthPx: size.w, heightPx: size.h, dpiX, dpiY };
    }
    at += 12 + length;
  }
}

/** Bytes of a PNG's filtered pixel data for its size and format (every Adam7 pass when interlaced). */
function rawSize(w: number, h: number, bitDepth: number, colorType: number, interlaced: boolean): number {
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType] ?? 4;
  const rows = (pw: number, ph: number) => (pw > 0 && ph > 0 ? ph * (1 + Math.ceil((pw * channels * bitDepth) / 8)) : 0);
  if (!interlaced) return rows(w, h);
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ] as const;
  return passes.reduce((n, [x, y, dx, dy]) => n + rows(Math.ceil((w - x) / dx), Math.ceil((h - y) / dy)), 0);
}

/**
 * Largest pixel data of a PNG, unpacked (a 5000×5000 RGBA photo, 6000×4000 RGB): it is unpacked to verify
 * it here, and the PDF painter unpacks it again. A larger one is refused ("too-large"), not left to
 * exhaust the memory of the build.
 */
export const MAX_VERIFIED_PNG_BYTES = 100 * 1024 * 1024;

/**
 * Unpacks a PNG's compressed pixel data (within MAX_VERIFIED_PNG_BYTES, never more than its size
 * calls for): undefined when it is whole, 'too-large' when its pixels would take more than that, else
 * what is wrong. A file the header reader accepted can still hold damaged data, which the PDF painter
 * would only find while rendering.
 */
export function verifyPngData(b: Uint8Array, maxBytes = MAX_VERIFIED_PNG_BYTES): string | undefined {
  const parts: Uint8Array[] = [];
  let header: { w: number; h: number; bitDepth: number; colorType: number; interlaced: boolean } | undefined;
  for (let at = 8; at + 12 <= b.length;) {
    const length = u32(b, at);
    if (at + 12 + length > b.length) break;
    const type = String.fromCharCode(b[at + 4]!, b[at + 5]!, b[at + 6]!, b[at + 7]!);
    const data = at + 8;
    if (type === 'IHDR' && length === 13)
      header = { w: u32(b, data), h: u32(b, data + 4), bitDepth: b[data + 8]!, colorType: b[data + 9]!, interlaced: b[data + 12] === 1 };
    else if (type === 'IDAT') parts.push(b.subarray(data, data + length));
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!header || parts.length === 0) return 'it has no image data';
  const expected = rawSize(header.w, header.h, header.bitDepth, header.colorType, header.interlaced);
  if (expected > maxBytes) return 'too-large';
  let out: Buffer;
  try {
    out = inflateSync(Buffer.concat(parts), { maxOutputLength: Math.max(1, expected) });
  } catch (e) {
    // More data than the size calls for (never unpacked past it: the painter would unpack it all), or damage.
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'the image data is larger than its size';
    return 'the compressed image data is damaged';
  }
  return out.length < expected ? 'the image data is truncated' : undefined;
}
