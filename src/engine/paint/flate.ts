// Compressed PDF streams with the fflate the rest of vankien uses (the Word zip writer), not pdf-lib's
// bundled copy of the same library: one deflate compiled and warmed up per process, not two.
import { zlibSync } from 'fflate';
import type { PDFContext, PDFRawStream } from '@cantoo/pdf-lib';

type StreamDict = Parameters<PDFContext['stream']>[1];

/**
 * Streams shorter than this stay uncompressed: deflate saves a few bytes on them, and each call costs
 * ~50 µs whatever the size (tables, Huffman trees). A conference has ~20 (the copy numbers of the print
 * bundle, blank pages).
 */
export const STORED_BELOW = 256;

/** zlib format, level 6, as pdf-lib's own flateStream writes. */
const deflate = (bytes: Uint8Array): Uint8Array => zlibSync(bytes, { level: 6 });

/**
 * Page bodies compressed lately, by their text (in PdfCaches): a print bundle repeats the pages of the
 * pledge painted just before it (same boxes, same subset codes), and deflate gives the same bytes for the same text.
 */
export type RecentBodies = Map<string, Uint8Array>;
const RECENT_BODIES = 16;

/** A FlateDecode stream of a page body's content: compressed once while it recurs in `recentBodies`. */
export function flateBody(context: PDFContext, content: string, recentBodies: RecentBodies): PDFRawStream {
  if (content.length < STORED_BELOW) return flateStream(context, content);
  let deflated = recentBodies.get(content);
  if (!deflated) {
    deflated = deflate(Buffer.from(content, 'latin1'));
    if (recentBodies.size >= RECENT_BODIES) recentBodies.delete(recentBodies.keys().next().value!);
    recentBodies.set(content, deflated);
  }
  return context.stream(deflated, { Filter: 'FlateDecode' });
}

/**
 * A FlateDecode stream of `data` (zlib format, level 6, as pdf-lib's own flateStream writes), or a plain
 * one below STORED_BELOW bytes. Text (operators, CMaps) is latin1: it becomes bytes in one native conversion.
 */
export function flateStream(context: PDFContext, data: Uint8Array | string, dict: StreamDict = {}): PDFRawStream {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  if (bytes.length < STORED_BELOW) return context.stream(bytes, dict);
  return context.stream(deflate(bytes), { ...dict, Filter: 'FlateDecode' });
}
