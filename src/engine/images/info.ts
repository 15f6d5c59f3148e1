// Image header inspection (PNG/JPEG size and resolution) and fitting into a box in EMU.
import { readJpeg } from './jpeg.js';
import { readPng } from './png.js';

export interface ImageInfo {
  format: 'png' | 'jpeg';
  widthPx: number;
  heightPx: number;
  dpiX: number;
  dpiY: number;
}

/** What a format reader finds; a resolution is undefined when the file does not state a usable one. */
export interface ImageHeader {
  format: 'png' | 'jpeg';
  widthPx: number;
  heightPx: number;
  dpiX: number | undefined;
  dpiY: number | undefined;
}

export interface ImageProblem {
  problem: 'unsupported' | 'corrupt' | 'too-large' | 'animated';
  detail: string;
}

/** Largest accepted width or height, in pixels. */
export const MAX_IMAGE_PX = 10_000;
/** Resolution assumed when the file does not state one. */
export const DEFAULT_DPI = 96;
/** English Metric Units per inch. */
export const EMU_PER_INCH = 914_400;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isImageProblem(x: ImageInfo | ImageProblem): x is ImageProblem {
  return 'problem' in x;
}

/** Reads format, pixel size and resolution from the file header; never throws, never decodes pixels. */
export function imageInfo(bytes: Uint8Array): ImageInfo | ImageProblem {
  try {
    if (bytes.length === 0) return { problem: 'corrupt', detail: 'the file is empty' };
    if (startsWith(bytes, PNG_SIGNATURE)) return checked(readPng(bytes));
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xd8) return checked(readJpeg(bytes));
    if (bytes.length < PNG_SIGNATURE.length && startsWith(PNG_SIGNATURE, Array.from(bytes))) {
      return { problem: 'corrupt', detail: 'the PNG file is truncated' };
    }
    if (bytes.length === 1 && bytes[0] === 0xff) return { problem: 'corrupt', detail: 'the JPEG file is truncated' };
    return { problem: 'unsupported', detail: `${otherFormat(bytes)}; only PNG and JPEG images are supported` };
  } catch (err) {
    // Defensive: the readers are bounds-checked, but a reader bug must not escape as an exception.
    return { problem: 'corrupt', detail: `the image header could not be read (${String(err)})` };
  }
}

function checked(result: ImageHeader | ImageProblem): ImageInfo | ImageProblem {
  if ('problem' in result) return result;
  const { format, widthPx: w, heightPx: h } = result;
  if (w === 0 || h === 0) return { problem: 'corrupt', detail: `the image header gives a size of ${w}×${h} px` };
  if (w > MAX_IMAGE_PX || h > MAX_IMAGE_PX) {
    return { problem: 'too-large', detail: `${w}×${h} px is larger than ${MAX_IMAGE_PX} px on a side` };
  }
  return { format, widthPx: w, heightPx: h, dpiX: result.dpiX ?? DEFAULT_DPI, dpiY: result.dpiY ?? DEFAULT_DPI };
}

function startsWith(bytes: ArrayLike<number>, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
}

/** A short human name for a file that is neither PNG nor JPEG. */
function otherFormat(bytes: Uint8Array): string {
  const head = ascii(bytes, 0, 16);
  if (head.startsWith('GIF8')) return 'this is a GIF image';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'this is a WebP image';
  if (head.startsWith('BM')) return 'this is a BMP image';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'this is a TIFF image';
  if (head.slice(4, 8) === 'ftyp') return 'this is a HEIC/AVIF image';
  if (head.startsWith('%PDF')) return 'this is a PDF document';
  const text = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<(\?xml|svg|!--|!DOCTYPE)/i.test(text)) return 'this is an SVG or other XML file';
  if (looksLikeText(bytes.subarray(0, 512))) return 'this is a text file';
  return 'the file is not a PNG or JPEG image';
}

function looksLikeText(sample: Uint8Array): boolean {
  for (const b of sample) if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) return false;
  return true;
}

/**
 * The image's real size (pixels at its stated dpi), scaled down proportionally to fit
 * maxWidthEmu × maxHeightEmu; never scaled up. Results are positive integers.
 */
export function fitEmu(info: ImageInfo, maxWidthEmu: number, maxHeightEmu: number): { cx: number; cy: number } {
  if (!(maxWidthEmu > 0) || !(maxHeightEmu > 0)) throw new RangeError('fitEmu: the box must have a positive size');
  const realCx = (info.widthPx / info.dpiX) * EMU_PER_INCH;
  const realCy = (info.heightPx / info.dpiY) * EMU_PER_INCH;
  const scale = Math.min(1, maxWidthEmu / realCx, maxHeightEmu / realCy);
  const cx = Math.min(Math.floor(maxWidthEmu), Math.max(1, Math.round(realCx * scale)));
  const cy = Math.min(Math.floor(maxHeightEmu), Math.max(1, Math.round(realCy * scale)));
  return { cx: Math.max(1, cx), cy: Math.max(1, cy) };
}
