// Stands in for brotli's decoder in the bundle (src/tools/bundle.ts): fontkit imports it at load time, for
// WOFF2 fonts only, and its 120,000-line dictionary would be parsed and built on every start. vankien
// reads .ttf/.otf files, so the real decoder is loaded the first time a font needs it, if ever.
import { createRequire } from 'node:module';

type Decompress = (buffer: Uint8Array, outSize?: number) => Uint8Array;

const load = createRequire(import.meta.url);
let real: Decompress | undefined;

export default function decompress(buffer: Uint8Array, outSize?: number): Uint8Array {
  real ??= load('brotli/decompress.js') as Decompress;
  return real(buffer, outSize);
}
