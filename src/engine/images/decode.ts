// Decoding a PNG or JPEG to 8-bit RGBA pixels, within bounded memory: what the scaler and the checks read.
import UPNG from '@cantoo/pdf-lib/upng';
import jpeg from 'jpeg-js';
import { imageInfo, isImageProblem, type ImageInfo, type ImageProblem } from './info.js';
import { verifyPngData } from './png.js';

export interface Pixels {
  width: number;
  height: number;
  /** width × height × 4 bytes, row by row. */
  rgba: Uint8Array;
}

/**
 * Memory the JPEG decoder may take for one image: enough for MAX_IMAGE_PX on a side in RGBA
 * (10,000 × 10,000 × 4 bytes plus its working buffers), so that no accepted image is refused for it,
 * and a bound for one that claims more.
 */
const JPEG_MEMORY_MB = 1024;

/** The pixels of an image whose header `imageInfo` accepted, or what is wrong with its data. Never throws. */
export function decodeImage(bytes: Uint8Array, info: ImageInfo): Pixels | ImageProblem {
  try {
    if (info.format === 'png') {
      const problem = verifyPngData(bytes);
      if (problem === 'too-large') return { problem: 'too-large', detail: 'the PNG unpacks to more than 100 MB' };
      if (problem) return { problem: 'corrupt', detail: `the PNG file is damaged: ${problem}` };
      const png = UPNG.decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      const frame = UPNG.toRGBA8(png)[0];
      if (!frame) return { problem: 'corrupt', detail: 'the PNG file is damaged: no frame' };
      return { width: png.width, height: png.height, rgba: new Uint8Array(frame) };
    }
    const d = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: 100, maxMemoryUsageInMB: JPEG_MEMORY_MB });
    if (d.width !== info.widthPx || d.height !== info.heightPx || d.data.length !== d.width * d.height * 4) {
      return { problem: 'corrupt', detail: 'the JPEG file is damaged: its data does not match its size' };
    }
    return { width: d.width, height: d.height, rgba: d.data };
  } catch (err) {
    const text = String(err);
    if (/maxMemoryUsageInMB|maxResolutionInMP/.test(text)) return { problem: 'too-large', detail: text };
    return { problem: 'corrupt', detail: `the image data cannot be decoded (${text})` };
  }
}

/** Decodes after reading the header: the one entry for bytes nobody has looked at yet. */
export function decodeBytes(bytes: Uint8Array): Pixels | ImageProblem {
  const info = imageInfo(bytes);
  return isImageProblem(info) ? info : decodeImage(bytes, info);
}
