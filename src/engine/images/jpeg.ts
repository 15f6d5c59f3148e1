// JPEG header reader: walks marker segments for the JFIF density and the first SOFn frame size.
import type { ImageHeader, ImageProblem } from './info.js';

const corrupt = (detail: string): ImageProblem => ({ problem: 'corrupt', detail: `the JPEG file is damaged: ${detail}` });

/** Start-of-frame markers carrying the image size (C4 DHT, C8 JPG and CC DAC are not frames). */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const EOI = 0xd9;
const SOS = 0xda;

function u16(b: Uint8Array, at: number): number {
  return (b[at]! << 8) + b[at + 1]!;
}

/** Markers without a length field: TEM, RST0–RST7. */
function isStandalone(m: number): boolean {
  return m === 0x01 || (m >= 0xd0 && m <= 0xd7);
}

interface Density {
  dpiX: number;
  dpiY: number;
}

/** JFIF APP0 density; undefined when absent, unitless or zero. */
function jfifDensity(b: Uint8Array, at: number, length: number): Density | undefined {
  if (length < 16 || String.fromCharCode(...b.subarray(at + 2, at + 7)) !== 'JFIF\0') return undefined;
  const units = b[at + 9];
  const x = u16(b, at + 10);
  const y = u16(b, at + 12);
  if (x === 0 || y === 0) return undefined;
  if (units === 1) return { dpiX: x, dpiY: y };
  if (units === 2) return { dpiX: Math.max(1, Math.round(x * 2.54)), dpiY: Math.max(1, Math.round(y * 2.54)) };
  return undefined;
}

/** True when an EOI marker follows the entropy-coded data starting at `from`. */
function hasEoiAfter(b: Uint8Array, from: number): boolean {
  for (let i = from; i + 1 < b.length; i++) if (b[i] === 0xff && b[i + 1] === EOI) return true;
  return false;
}

/** Assumes the SOI marker has been checked. Every step moves forward, so work is linear in the size. */
export function readJpeg(b: Uint8Array): ImageHeader | ImageProblem {
  let at = 2;
  let density: Density | undefined;
  let size: { w: number; h: number } | undefined;
  for (;;) {
    if (at >= b.length) return corrupt(size ? 'it is truncated (no end marker)' : 'it ends before the frame header');
    if (b[at] !== 0xff) return corrupt(`expected a marker at byte ${at}`);
    while (at < b.length && b[at] === 0xff) at++;
    if (at >= b.length) return corrupt('it is truncated');
    const marker = b[at]!;
    at++;
    if (isStandalone(marker)) continue;
    if (marker === 0x00 || marker === 0xd8) return corrupt(`unexpected marker FF${marker.toString(16).toUpperCase()}`);
    if (marker === EOI || marker === SOS) {
      if (!size) return corrupt('the image data comes before any frame header');
      if (marker === SOS && !hasEoiAfter(b, at)) return corrupt('it is truncated (no end marker)');
      return { format: 'jpeg', widthPx: size.w, heightPx: size.h, dpiX: density?.dpiX, dpiY: density?.dpiY };
    }
    if (at + 2 > b.length) return corrupt('it is truncated');
    const length = u16(b, at);
    if (length < 2) return corrupt(`invalid segment length at byte ${at}`);
    if (at + length > b.length) return corrupt('it is truncated');
    if (marker === 0xe0 && !density && !size) density = jfifDensity(b, at, length);
    if (SOF.has(marker) && !size) {
      if (length < 8) return corrupt('the frame header is too short');
      size = { h: u16(b, at + 3), w: u16(b, at + 5) };
    }
    at += length;
  }
}
