// Rasterised page snapshots: pages of the sample documents from our PDF engine against stored grayscale PNGs.
import { createCanvas, DOMMatrix, ImageData, loadImage, Path2D } from '@napi-rs/canvas';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createFontSource } from '../../src/engine/fonts/source.js';
import { docxToPdf } from '../../src/engine/index.js';
import { REPO } from '../support/fixtures.js';
import { renderFor, samples } from '../support/docx.js';

// pdf.js draws on a canvas through these browser globals: set them before it loads.
const g = globalThis as Record<string, unknown>;
g.Path2D = Path2D;
g.DOMMatrix ??= DOMMatrix;
g.ImageData ??= ImageData;
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');

const DIR = join(REPO, 'test', 'engine', 'snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
/** Pixels per point: small files, yet one changed word is hundreds of pixels. */
const SCALE = 0.75;
/** A pixel differs when its gray level moves by more than this (anti-aliasing noise stays below). */
const GRAY_DELTA = 48;
/**
 * A page fails when more than this share of its pixels differ. Rendering is deterministic (same
 * page twice: 0 pixels), so the bar is low: one changed digit is ~14 pixels (0.005%), one changed
 * word 200–900 (0.08–0.3%), a paragraph moved 2 pt sideways ~660 (0.23%), 2 pt down thousands.
 */
const MAX_SHARE = 0.00002;
/** Stored pixels have 16 gray levels (4-bit PNG): a third of the size of 8-bit, same verdicts. */
const quantize = (v: number) => Math.round(v / 17) * 17;
const SIGNATURES = 'ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC';

interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

type PdfDoc = Awaited<ReturnType<typeof getDocument>['promise']>;

async function rasterise(doc: PdfDoc, pageNo: number): Promise<Gray> {
  const page = await doc.getPage(pageNo);
  const viewport = page.getViewport({ scale: SCALE });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: ctx as never, viewport }).promise;
  const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  const pixels = new Uint8Array(canvas.width * canvas.height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = quantize(0.299 * rgba[4 * i]! + 0.587 * rgba[4 * i + 1]! + 0.114 * rgba[4 * i + 2]!);
  return { width: canvas.width, height: canvas.height, pixels };
}

/** The first page whose text holds the phrase (spaces ignored: pdf.js splits text into runs). */
async function pageWith(doc: PdfDoc, phrase: string): Promise<number> {
  const want = phrase.normalize('NFC').replace(/\s+/g, '');
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    const text = content.items
      .map((i) => ('str' in i ? i.str : ''))
      .join('')
      .normalize('NFC')
      .replace(/\s+/g, '');
    if (text.includes(want)) return p;
  }
  throw new Error(`no page holds "${phrase}"`);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([head, body, tail]);
}

/** A 4-bit grayscale PNG (the canvas encoder writes RGBA only, three times the size). */
function encodeGray({ width, height, pixels }: Gray): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 4; // bit depth; colour type 0 (gray), no interlace
  const stride = Math.ceil(width / 2) + 1; // filter byte + two pixels per byte
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[y * stride + 1 + (x >> 1)]! |= Math.round(pixels[y * width + x]! / 17) << (x & 1 ? 0 : 4);
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

async function decodeGray(file: string): Promise<Gray> {
  const image = await loadImage(readFileSync(file));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const rgba = ctx.getImageData(0, 0, image.width, image.height).data;
  const pixels = new Uint8Array(image.width * image.height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = rgba[4 * i]!;
  return { width: image.width, height: image.height, pixels };
}

/** Differing pixels, and a picture of them: the stored page faded, differences in red. */
function compare(expected: Gray, actual: Gray): { differing: number; diff: Buffer } {
  const { width, height } = actual;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const out = ctx.createImageData(width, height);
  const sameSize = expected.width === width && expected.height === height;
  let differing = sameSize ? 0 : width * height;
  for (let i = 0; i < width * height; i++) {
    const e = sameSize ? expected.pixels[i]! : 255;
    const bad = sameSize && Math.abs(e - actual.pixels[i]!) > GRAY_DELTA;
    if (bad) differing++;
    const faded = 192 + (e >> 2);
    out.data.set(bad ? [230, 0, 0, 255] : [faded, faded, faded, 255], 4 * i);
  }
  ctx.putImageData(out, 0, 0);
  return { differing, diff: canvas.toBuffer('image/png') };
}

interface Case {
  name: string;
  pdf: () => Promise<Uint8Array>;
  page: number | string;
}

const fonts = createFontSource();
const meta = { creator: 'vankien', producer: 'vankien' };
const cases: Case[] = [];
for (const { value: conf } of samples.project.conferences) {
  const rendered = () => renderFor(samples.project, conf);
  const pdfOf = (which: 'minutes' | 'pledge') => async () => {
    const docx = rendered()[which];
    if (!docx) throw new Error(`${conf.id}: no ${which}`);
    return (await docxToPdf(docx, fonts, meta, `${conf.id}/${which}`)).pdf;
  };
  cases.push({ name: `${conf.id}.bien-ban.p1`, pdf: pdfOf('minutes'), page: 1 });
  if (conf.id === 'cum-3-tong-ket-2023') {
    cases.push({ name: `${conf.id}.giao-uoc.p1`, pdf: pdfOf('pledge'), page: 1 });
    cases.push({ name: `${conf.id}.giao-uoc.signatures`, pdf: pdfOf('pledge'), page: SIGNATURES });
  }
}

describe('page snapshots (pdf.js rasterisation of our PDFs)', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const doc = await getDocument({ data: await c.pdf(), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
      try {
        const page = typeof c.page === 'number' ? c.page : await pageWith(doc, c.page);
        const actual = await rasterise(doc, page);
        // A page that drew nothing (fonts lost, say) must never become a snapshot.
        expect(actual.pixels.filter((v) => v < 128).length / actual.pixels.length, 'ink on the page').toBeGreaterThan(0.01);
        const file = join(DIR, `${c.name}.png`);
        const actualFile = join(DIR, `${c.name}.actual.png`);
        const diffFile = join(DIR, `${c.name}.diff.png`);
        if (UPDATE) {
          mkdirSync(DIR, { recursive: true });
          writeFileSync(file, encodeGray(actual));
        }
        if (!existsSync(file)) {
          writeFileSync(actualFile, encodeGray(actual));
          expect.fail(`no snapshot ${file}: run UPDATE_SNAPSHOTS=1 npx vitest run test/engine/snapshots.test.ts`);
        }
        const { differing, diff } = compare(await decodeGray(file), actual);
        const limit = Math.floor(MAX_SHARE * actual.pixels.length);
        if (differing > limit) {
          writeFileSync(actualFile, encodeGray(actual));
          writeFileSync(diffFile, diff);
        } else {
          rmSync(actualFile, { force: true });
          rmSync(diffFile, { force: true });
        }
        expect(
          differing,
          `pixels differing from ${c.name}.png (see ${c.name}.diff.png; UPDATE_SNAPSHOTS=1 accepts the change)`,
        ).toBeLessThanOrEqual(limit);
      } finally {
        await doc.destroy();
      }
    });
  }
});
