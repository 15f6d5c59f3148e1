// npm run fuzz:images -- [cases] [seed]: mutated PNG, JPEG and GIF files (cut short, bytes changed, another
// size in the header, chunks or junk inserted) must end in VK315 or in an image the documents can embed:
// the header reader and the data check never throw, an accepted image embeds in a PDF (as the painter
// does) without an error, and a refused one is refused before anything is unpacked beyond its bound.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import jpeg from 'jpeg-js';
import { decodeImage } from '../engine/images/decode.js';
import { encodePng } from '../engine/images/encode.js';
import { decodeGif, gifSize, isGif } from '../engine/images/gif.js';
import { literalGif } from './literal-gif.js';
import { imageInfo, isImageProblem } from '../engine/images/info.js';
import { shrinkImage } from '../engine/images/shrink.js';
import { verifyPngData } from '../engine/images/png.js';
import { PDFDocument } from '../engine/paint/pdf-lib.js';
import { runFuzzer } from './fuzz-run.js';
import { REPO } from './mutate.js';

export type ImageOp =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; xor: number }
  | { kind: 'size'; width: number; height: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'append'; bytes: number[] }
  | { kind: 'chunk'; type: string; data: number[] };

export interface ImageCase {
  base: number;
  ops: ImageOp[];
}

/**
 * The images mutated: the signature and seal of the tests, a small photo (JPEG) with an EXIF
 * orientation, and a small interlaced GIF with a transparent colour (what the .docx reader decodes).
 */
export function imageBases(): Uint8Array[] {
  const pngs = ['chu-ky.png', 'dau.png'].map((f) => new Uint8Array(readFileSync(join(REPO, 'test', 'fixtures', 'images', f))));
  const gif = literalGif({
    width: 12,
    height: 10,
    palette: [
      [255, 255, 255],
      [200, 0, 0],
      [0, 0, 160],
    ],
    indexes: Array.from({ length: 120 }, (_, i) => (i * 7) % 3),
    transparent: 0,
    interlace: true,
    frames: 2,
  });
  return [...pngs, samplePhoto(), gif];
}

/** A 48 × 32 JPEG with a gradient and an EXIF block (orientation 6), made here so no binary is committed. */
function samplePhoto(): Uint8Array {
  const width = 48;
  const height = 32;
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([(i * 7) & 255, (i * 3) & 255, (i * 11) & 255, 255], i * 4);
  const plain = Buffer.from(jpeg.encode({ width, height, data }, 85).data);
  const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
  const body = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  return new Uint8Array(Buffer.concat([plain.subarray(0, 2), Buffer.from([0xff, 0xe1, 0, body.length + 2, ...body]), plain.subarray(2)]));
}

const pos = fc.nat({ max: 1_000_000 });
const someBytes = fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 });
const side = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.integer({ min: 1, max: 12_000 }),
  fc.constantFrom(0, 1, 4000, 9999, 10_000, 10_001, 65_535, 0x7fffffff, 0xffffffff),
);
const imageOp: fc.Arbitrary<ImageOp> = fc.oneof(
  pos.map((at) => ({ kind: 'truncate' as const, at })),
  fc.record({ kind: fc.constant('flip' as const), at: pos, xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('size' as const), width: side, height: side }),
  fc.record({ kind: fc.constant('insert' as const), at: pos, bytes: someBytes }),
  fc.record({ kind: fc.constant('append' as const), bytes: someBytes }),
  fc.record({
    kind: fc.constant('chunk' as const),
    type: fc.constantFrom('IDAT', 'acTL', 'fcTL', 'fdAT', 'tEXt', 'iCCP', 'PLTE', 'tRNS', 'IEND', 'zzzz'),
    data: someBytes,
  }),
);

export const imageCaseArb = (bases: number): fc.Arbitrary<ImageCase> =>
  fc.record({ base: fc.nat({ max: bases - 1 }), ops: fc.array(imageOp, { minLength: 1, maxLength: 4 }) });

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

/** `bytes` with the operations applied; a size change rewrites the IHDR checksum too, so that the header reads as sound. */
export function mutateImage(bytes: Uint8Array, ops: readonly ImageOp[]): Uint8Array {
  let b = Buffer.from(bytes);
  for (const op of ops) {
    const at = (n: number) => (b.length === 0 ? 0 : n % b.length);
    if (op.kind === 'truncate') b = b.subarray(0, at(op.at));
    else if (op.kind === 'flip') {
      if (b.length > 0) {
        b = Buffer.from(b);
        const i = at(op.at);
        b[i] = (b[i] ?? 0) ^ op.xor;
      }
    } else if (op.kind === 'size') {
      if (isGif(b) && b.length >= 10) {
        b = Buffer.from(b);
        b.writeUInt16LE(op.width & 0xffff, 6);
        b.writeUInt16LE(op.height & 0xffff, 8);
      } else if (b.length >= 33) {
        b = Buffer.from(b);
        b.writeUInt32BE(op.width >>> 0, 16);
        b.writeUInt32BE(op.height >>> 0, 20);
        b.writeUInt32BE(crc32(b.subarray(12, 29)), 29);
      }
    } else if (op.kind === 'insert') b = Buffer.concat([b.subarray(0, at(op.at)), Buffer.from(op.bytes), b.subarray(at(op.at))]);
    else if (op.kind === 'append') b = Buffer.concat([b, Buffer.from(op.bytes)]);
    else {
      // A whole chunk, with its checksum, before IEND (the last 12 bytes of a well-formed file).
      const body = Buffer.concat([Buffer.from(op.type, 'latin1'), Buffer.from(op.data)]);
      const chunk = Buffer.concat([u32(op.data.length), body, u32(crc32(body))]);
      const end = Math.max(8, b.length - 12);
      b = Buffer.concat([b.subarray(0, end), chunk, b.subarray(end)]);
    }
  }
  return new Uint8Array(b);
}

/**
 * One case: refused as the check refuses it (VK315: the header, then the decoded data), or accepted,
 * scaled for a document without a fault, and embeddable. Throws on a violation.
 */
export async function checkImageCase(bases: readonly Uint8Array[], c: ImageCase): Promise<'refused' | 'accepted'> {
  const original = mutateImage(bases[c.base % bases.length]!, c.ops);
  if (isGif(original)) return checkGif(original);
  const header = imageInfo(original);
  if (isImageProblem(header)) return 'refused';
  if (header.format === 'png' && verifyPngData(original)) return 'refused';
  if ('problem' in decodeImage(original, header)) return 'refused';
  // What the documents embed: the image scaled to a signature's room (and turned upright), as view/images.ts does.
  const bytes = shrinkImage(original, { maxWidthPx: 40, maxHeightPx: 40 });
  if ('problem' in bytes) throw new Error(`an image the check decodes cannot be scaled: ${bytes.detail}`);
  const info = imageInfo(bytes);
  if (isImageProblem(info)) throw new Error(`a scaled image does not read back: ${info.detail}`);
  const doc = await PDFDocument.create();
  try {
    if (info.format === 'png') await doc.embedPng(bytes);
    else await doc.embedJpg(bytes);
  } catch (e) {
    throw new Error(
      `an image the check accepts (${info.format}, ${info.widthPx}×${info.heightPx}) cannot be embedded: ${(e as Error).message}`,
      { cause: e },
    );
  }
  return 'accepted';
}

/**
 * A GIF as the .docx reader takes it: decoded within bounds (never past 10,000 px a side or 100 MB of
 * pixels) or refused, and the decoded frame embeds as a PNG.
 */
async function checkGif(bytes: Uint8Array): Promise<'refused' | 'accepted'> {
  const pixels = decodeGif(bytes);
  if ('problem' in pixels) return 'refused';
  const size = gifSize(bytes);
  if (
    'problem' in size ||
    size.widthPx !== pixels.width ||
    size.heightPx !== pixels.height ||
    pixels.rgba.length !== pixels.width * pixels.height * 4
  ) {
    throw new Error(`a decoded GIF does not have the size its header gives (${pixels.width}×${pixels.height})`);
  }
  const doc = await PDFDocument.create();
  await doc.embedPng(encodePng(pixels, 96, 96));
  return 'accepted';
}

async function main(): Promise<number> {
  const bases = imageBases();
  return runFuzzer(imageCaseArb(bases.length), (c) => checkImageCase(bases, c), 10_000);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main();
