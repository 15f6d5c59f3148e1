// Compressed PDF streams with the fflate the rest of vankien uses (the Word zip writer), not pdf-lib's
// bundled copy of the same library: one deflate compiled and warmed up per process, not two.
import { zlibSync } from 'fflate';
import type { PDFContext, PDFRawStream } from '@cantoo/pdf-lib';

type StreamDict = Parameters<PDFContext['stream']>[1];

/**
 * A FlateDecode stream of `data` (zlib format, level 6, as pdf-lib's own flateStream writes). Text
 * (operators, CMaps) is ASCII: it becomes bytes in one native latin1 conversion.
 */
export function flateStream(context: PDFContext, data: Uint8Array | string, dict: StreamDict = {}): PDFRawStream {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return context.stream(zlibSync(bytes, { level: 6 }), { ...dict, Filter: 'FlateDecode' });
}
