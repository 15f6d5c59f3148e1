// Images as large as their place in a document needs: a camera photo is decoded once and scaled down,
// not embedded at 24 megapixels in every document (and its base64 in the HTML) nor refused.
import { createHash } from 'node:crypto';
import { decodeImage } from './decode.js';
import { encodeJpeg, encodePng } from './encode.js';
import { imageInfo, isImageProblem, type ImageProblem } from './info.js';
import { jpegOrientation, upright } from './orientation.js';
import { scaleDown } from './resize.js';

export interface PixelLimit {
  maxWidthPx: number;
  maxHeightPx: number;
}

/**
 * Scaled results by content and limit, owned by the caller (a build session or a worker, through its
 * caches): conferences share signatures and seals, and a photo may repeat. Bounded to SHRUNK_ENTRIES.
 */
export type ShrunkImages = Map<string, Uint8Array | ImageProblem>;
const SHRUNK_ENTRIES = 32;

/**
 * `bytes` when the image fits `limit` and is stored upright (unchanged, so small images keep their
 * exact bytes), else the image turned upright (EXIF orientation) and scaled down proportionally to fit, in its own format, with its resolution lowered so that its
 * printed size stays the same; or what is wrong with its data. Every image is decoded, so damaged
 * data is found here whatever its size. Never throws. `shrunk`: results kept between calls (none by default).
 */
export function shrinkImage(bytes: Uint8Array, limit: PixelLimit, shrunk: ShrunkImages = new Map()): Uint8Array | ImageProblem {
  const key = `${createHash('sha256').update(bytes).digest('hex')}:${limit.maxWidthPx}x${limit.maxHeightPx}`;
  const known = shrunk.get(key);
  if (known) return known;
  const result = shrinkUncached(bytes, limit);
  if (shrunk.size >= SHRUNK_ENTRIES) shrunk.delete(shrunk.keys().next().value!);
  shrunk.set(key, result);
  return result;
}

function shrinkUncached(bytes: Uint8Array, limit: PixelLimit): Uint8Array | ImageProblem {
  const info = imageInfo(bytes);
  if (isImageProblem(info)) return info;
  const decoded = decodeImage(bytes, info);
  if ('problem' in decoded) return decoded;
  const orientation = info.format === 'jpeg' ? jpegOrientation(bytes) : 1;
  const pixels = upright(decoded, orientation);
  const turned = orientation >= 5;
  const [dpiXIn, dpiYIn] = turned ? [info.dpiY, info.dpiX] : [info.dpiX, info.dpiY];
  const scale = Math.min(1, limit.maxWidthPx / pixels.width, limit.maxHeightPx / pixels.height);
  if (scale >= 1 && orientation === 1) return bytes;
  const width = Math.max(1, Math.round(pixels.width * scale));
  const height = Math.max(1, Math.round(pixels.height * scale));
  const scaled = scale < 1 ? scaleDown(pixels, width, height) : pixels;
  // Same inches as before: the resolution falls with the pixel count.
  const dpiX = Math.min(65_535, Math.max(1, Math.round((dpiXIn * width) / pixels.width)));
  const dpiY = Math.min(65_535, Math.max(1, Math.round((dpiYIn * height) / pixels.height)));
  return info.format === 'jpeg' ? encodeJpeg(scaled, dpiX, dpiY) : encodePng(scaled, dpiX, dpiY);
}
