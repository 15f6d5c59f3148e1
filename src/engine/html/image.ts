// Images of <img>: bytes from a data: URI or the caller's lookup, their format and size, and the CSS px attributes.
import { createHash } from 'node:crypto';
import { imageInfo, isImageProblem } from '../images/info.js';
import type { ImageData, WarningReason } from '../ir.js';

/** Finds the bytes of an image named by a relative path (or any non-data URI). */
export type ImageLookup = (src: string) => Uint8Array | undefined;

export interface LoadedImage {
  data: ImageData;
  widthPx: number;
  heightPx: number;
}

/** Points per CSS pixel (1 px = 1/96 in). */
export const PT_PER_PX = 0.75;

/**
 * The bytes of a data: URI (base64 or percent-encoded); undefined when `src` is not one or is malformed.
 * Only the part after the first comma is data; the media type is not trusted (the bytes say what they are).
 */
export function dataUriBytes(src: string): Uint8Array | undefined {
  const m = /^\s*data:([^,]*),(.*)$/is.exec(src);
  if (!m) return undefined;
  const header = m[1] ?? '';
  const payload = m[2] ?? '';
  if (/;\s*base64\s*$/i.test(header)) return new Uint8Array(Buffer.from(payload.replace(/[\t\n\f\r ]+/g, ''), 'base64'));
  try {
    return new Uint8Array(Buffer.from(decodeURIComponent(payload), 'latin1'));
  } catch {
    return undefined;
  }
}

const IMAGE_PROBLEMS = {
  unsupported: 'image-unsupported',
  corrupt: 'image-corrupt',
  'too-large': 'image-too-large',
  animated: 'image-animated',
} as const satisfies Record<string, WarningReason>;

export const isDataUri = (src: string): boolean => /^\s*data:/i.test(src);

/** The image an <img src> names, or why it cannot be used (for the warning). */
export function loadImage(src: string, lookup: ImageLookup | undefined): LoadedImage | { problem: WarningReason } {
  let bytes: Uint8Array | undefined;
  if (isDataUri(src)) bytes = dataUriBytes(src);
  else if (src.trim() !== '' && lookup) {
    try {
      bytes = lookup(src);
    } catch {
      bytes = undefined;
    }
  }
  if (!bytes) return { problem: isDataUri(src) ? 'bad-data-uri' : 'image-not-found' };
  const info = imageInfo(bytes);
  if (isImageProblem(info)) {
    return { problem: IMAGE_PROBLEMS[info.problem] };
  }
  const id = createHash('sha256').update(bytes).digest('hex');
  return { data: { bytes, format: info.format, id }, widthPx: info.widthPx, heightPx: info.heightPx };
}

/**
 * A width or height attribute in CSS px, as HTML parses dimension values ("600", "600px", " 600.5");
 * undefined for a percentage, a non-number or zero.
 */
export function parseDimension(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^[\t\n\f\r ]*(\d+(?:\.\d+)?|\.\d+)(%?)/.exec(value);
  if (!m || m[2] === '%') return undefined;
  const n = Number(m[1]);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * The displayed size in CSS px: both attributes as given; one attribute with the other from the
 * image's aspect ratio; none → the image's own pixel size (as a browser shows it, whatever its dpi).
 */
export function cssSize(
  width: number | undefined,
  height: number | undefined,
  natural: { widthPx: number; heightPx: number } | undefined,
): { width: number; height: number } | undefined {
  if (width !== undefined && height !== undefined) return { width, height };
  if (!natural) return undefined;
  const { widthPx, heightPx } = natural;
  if (width !== undefined) return { width, height: (width * heightPx) / widthPx };
  if (height !== undefined) return { width: (height * widthPx) / heightPx, height };
  return { width: widthPx, height: heightPx };
}

/** Scales a size down (never up), keeping its aspect ratio, to fit maxWidth × maxHeight. */
export function fitInside(size: { width: number; height: number }, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / size.width, maxHeight / size.height);
  return { width: size.width * scale, height: size.height * scale };
}
