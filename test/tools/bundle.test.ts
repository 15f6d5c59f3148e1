// The bundled command (dist/bundle, made by `npm run compile`): one CommonJS file each for the command and
// the worker, pdf-lib inside them, brotli's decoder outside them (loaded on demand).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/fixtures.js';
import decompress from '../../src/engine/fonts/lazy-brotli.js';
import { asciiOnly } from '../../src/tools/bundle.js';

const dir = join(REPO, 'dist', 'bundle');
const bundles = ['main.cjs', 'worker.cjs'].map((f) => ({ f, code: readFileSync(join(dir, f), 'utf8') }));

describe('bundle', () => {
  it('has the command, the worker and the worker entry the pool starts (beside main.cjs)', () => {
    for (const { code } of bundles) expect(code.length).toBeGreaterThan(1_000_000);
    expect(readFileSync(join(dir, 'worker.js'), 'utf8')).toContain("loadBundle('worker')");
    // No import() or import.meta is left: a vm.Script (code-cache.ts) could run neither.
    for (const { f, code } of bundles) {
      expect(code, f).not.toMatch(/\bimport\(|import\.meta/);
      expect(existsSync(join(dir, f))).toBe(true);
    }
  });

  it('is plain ASCII (one non-ASCII character would make V8 keep each ~4.6 MB source as two bytes per character)', () => {
    for (const { f, code } of bundles) expect(/[^\x00-\x7f]/.test(code), f).toBe(false);
  });

  it('escapes non-ASCII characters without changing what the code means (regular expressions, comments)', () => {
    const source = "// “Hội nghị” 🥚\nreturn [/[.!?…]$/.test(s), /^(tỉnh|thành phố)\\s+/i.test(s), s.replace(/đ/g, 'd'), /🥚/u.test(s)];";
    const escaped = asciiOnly(source);
    expect(/[^\x00-\x7f]/.test(escaped)).toBe(false);
    for (const s of ['Tỉnh Đắk Lắk…', 'thành phố Huế', 'đồng chí', 'trứng 🥚', '']) {
      expect(new Function('s', escaped)(s), s).toEqual(new Function('s', source)(s));
    }
  });

  it('holds no brotli dictionary (fontkit needs the decoder for WOFF2 fonts only)', () => {
    for (const { f, code } of bundles) {
      expect(code, f).not.toContain('node_modules/brotli/dec/dictionary');
      expect(code, f).toMatch(/load\(["']brotli\/decompress\.js["']\)/);
    }
  });

  it('bundles pdf-lib rather than loading its separate ES build at run time', () => {
    for (const { f, code } of bundles) {
      expect(code, f).toContain('// node_modules/@cantoo/pdf-lib/es/api/PDFDocument.js');
      expect(code, f).not.toContain('pdf-lib.esm.js');
    }
  });

  it('the stand-in decodes brotli data with the real decoder when asked', () => {
    const text = 'Bản giao ước thi đua năm 2026 — '.repeat(200);
    const packed = brotliCompressSync(Buffer.from(text));
    expect(Buffer.from(decompress(packed)).toString()).toBe(text);
  });
});
