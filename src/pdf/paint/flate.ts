// Compressed PDF streams with the fflate the rest of vankien uses (the Word zip writer), not pdf-lib's
// bundled copy of the same library: one deflate compiled and warmed up per process, not two.
import { zlibSync } from 'fflate';
import type { PDFContext, PDFRawStream } from '@cantoo/pdf-lib';

type StreamDict = Parameters<PDFContext['stream']>[1];

/** A FlateDecode stream of `bytes` (zlib format, level 6, as pdf-lib's own flateStream writes). */
export function flateStream(context: PDFContext, bytes: Uint8Array, dict: StreamDict = {}): PDFRawStream {
  return context.stream(zlibSync(bytes, { level: 6 }), { ...dict, Filter: 'FlateDecode' });
}
