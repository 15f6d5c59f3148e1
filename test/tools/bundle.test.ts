// The bundled command (dist/bundle, made by `npm run compile`): pdf-lib inside it, brotli's decoder outside it (loaded on demand).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/fixtures.js';
import decompress from '../../src/pdf/fonts/lazy-brotli.js';

describe('bundle', () => {
  it('holds no brotli dictionary (fontkit needs the decoder for WOFF2 fonts only)', () => {
    const dir = join(REPO, 'dist', 'bundle');
    const chunks = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(chunks.length).toBeGreaterThan(2);
    for (const f of chunks) expect(readFileSync(join(dir, f), 'utf8'), f).not.toContain('node_modules/brotli/dec/dictionary');
    expect(chunks.some((f) => readFileSync(join(dir, f), 'utf8').includes("load('brotli/decompress.js')") || readFileSync(join(dir, f), 'utf8').includes('load("brotli/decompress.js")'))).toBe(true);
  });

  it('bundles pdf-lib rather than loading its separate ES build at run time', () => {
    const dir = join(REPO, 'dist', 'bundle');
    const code = readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(code.some((c) => c.includes('// node_modules/@cantoo/pdf-lib/es/api/PDFDocument.js'))).toBe(true);
    for (const c of code) expect(c).not.toContain('pdf-lib.esm.js');
  });

  it('the stand-in decodes brotli data with the real decoder when asked', () => {
    const text = 'Bản giao ước thi đua năm 2026 — '.repeat(200);
    const packed = brotliCompressSync(Buffer.from(text));
    expect(Buffer.from(decompress(packed)).toString()).toBe(text);
  });
});
