// PNG header reader: walks the chunk list for IHDR size and pHYs resolution, without decoding pixels.
import { crc32 } from 'node:zlib';
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

/** Assumes the 8-byte signature has been checked. Work is linear in the number of chunks. */
export function readPng(b: Uint8Array): ImageHeader | ImageProblem {
  let at = 8;
  let size: { w: number; h: number } | undefined;
  let dpiX: number | undefined;
  let dpiY: number | undefined;
  let sawData = false;
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
    } else if (type === 'pHYs' && !sawData && length === 9 && b[data + 8] === 1 && crcMatches(b, at, length)) {
      dpiX = ppmToDpi(u32(b, data));
      dpiY = ppmToDpi(u32(b, data + 4));
    } else if (type === 'IDAT') {
      sawData = true;
    } else if (type === 'IEND') {
      if (!sawData) return corrupt('it has no image data (IDAT)');
      return { format: 'png', widthPx: size.w, heightPx: size.h, dpiX, dpiY };
    }
    at += 12 + length;
  }
}
