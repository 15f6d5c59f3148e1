// Font source: families → bundled metric-compatible fonts, user font folders, substitutions and fallbacks.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FontSpec } from '../../../src/engine/ir.js';
import { createFontSource } from '../../../src/engine/fonts/source.js';

const require = createRequire(import.meta.url);
const spec = (family: string, bold = false, italic = false): FontSpec => ({ family, bold, italic, size: 13 });
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('createFontSource, bundled fonts', () => {
  const fonts = createFontSource();

  it('maps Times New Roman to Tinos and Arial to Arimo, in four styles', () => {
    expect(fonts.face(spec('Times New Roman')).key).toBe('Tinos-Regular');
    expect(fonts.face(spec('Times New Roman', true)).key).toBe('Tinos-Bold');
    expect(fonts.face(spec('Times New Roman', false, true)).key).toBe('Tinos-Italic');
    expect(fonts.face(spec('Times New Roman', true, true)).key).toBe('Tinos-BoldItalic');
    expect(fonts.face(spec('Arial')).key).toBe('Arimo-Regular');
    expect(fonts.face(spec('arial', true)).postscriptName).toBe('Arimo-Bold');
    expect(fonts.face(spec('Liberation Serif')).key).toBe('Tinos-Regular');
    expect(fonts.face(spec('Helvetica')).key).toBe('Arimo-Regular');
  });

  it('gives different faces and advances for bold and italic, and the same object every time', () => {
    const regular = fonts.face(spec('Times New Roman'));
    const bold = fonts.face(spec('Times New Roman', true));
    const italic = fonts.face(spec('Times New Roman', false, true));
    expect(new Set([regular, bold, italic]).size).toBe(3);
    const a = regular.glyphId(0x61);
    expect(bold.advance(bold.glyphId(0x61))).not.toBe(regular.advance(a));
    expect(fonts.face(spec('Times New Roman'))).toBe(regular);
    expect(fonts.loadedFaces().get('Tinos-Regular')).toBe(regular);
  });

  it('has glyphs for Vietnamese letters in every bundled face', () => {
    for (const family of ['Times New Roman', 'Arial']) {
      for (const [bold, italic] of [
        [false, false],
        [true, false],
        [false, true],
        [true, true],
      ] as const) {
        const face = fonts.face(spec(family, bold, italic));
        for (const ch of 'ĐđƯươỡẵặỷỹựữ') expect(face.glyphId(ch.codePointAt(0)!), `${face.key} ${ch}`).toBeGreaterThan(0);
      }
    }
  });

  it('maps Office families to their metric clones without a warning', () => {
    const source = createFontSource();
    const cases: Array<[string, string]> = [
      ['Courier New', 'Cousine-Regular'],
      ['Calibri', 'Carlito-Regular'],
      ['Cambria', 'Caladea-Regular'],
      ['Liberation Mono', 'Cousine-Regular'],
      ['Helvetica', 'Arimo-Regular'],
      ['TIMES NEW  ROMAN', 'Tinos-Regular'],
    ];
    for (const [family, key] of cases) expect(source.face(spec(family)).key, family).toBe(key);
    expect(source.face(spec('Calibri', true, true)).key).toBe('Carlito-BoldItalic');
    expect(source.substitutions()).toEqual([]);
  });

  it('gives families without a clone the face of their kind, and reports each once with the face and why', () => {
    const source = createFontSource();
    const cases: Array<[string, string]> = [
      ['Verdana', 'Arimo-Regular'],
      ['Tahoma', 'Arimo-Regular'],
      ['Segoe UI', 'Arimo-Regular'],
      ['Georgia', 'Tinos-Regular'],
      ['Garamond', 'Tinos-Regular'],
      ['Consolas', 'Cousine-Regular'],
      ['Some Unknown Face', 'Tinos-Regular'],
      ['.VnTime', 'Tinos-Regular'],
      ['VNI-Helve', 'Arimo-Regular'],
      ['Noto Sans Mono', 'Cousine-Regular'],
    ];
    for (const [family, key] of cases) expect(source.face(spec(family)).key, family).toBe(key);
    source.face(spec('Verdana', true));
    expect(source.substitutions()).toEqual([
      { requested: 'Verdana', used: 'Arimo', match: 'generic' },
      { requested: 'Tahoma', used: 'Arimo', match: 'generic' },
      { requested: 'Segoe UI', used: 'Arimo', match: 'generic' },
      { requested: 'Georgia', used: 'Tinos', match: 'generic' },
      { requested: 'Garamond', used: 'Tinos', match: 'generic' },
      { requested: 'Consolas', used: 'Cousine', match: 'generic' },
      { requested: 'Some Unknown Face', used: 'Tinos', match: 'unknown' },
      { requested: '.VnTime', used: 'Tinos', match: 'legacy-vietnamese' },
      { requested: 'VNI-Helve', used: 'Arimo', match: 'legacy-vietnamese' },
      { requested: 'Noto Sans Mono', used: 'Cousine', match: 'generic' },
    ]);
    expect(source.substitution('verdana')).toEqual({ requested: 'Verdana', used: 'Arimo', match: 'generic' });
    expect(source.substitution('Arial')).toBeUndefined();
  });

  it('draws letters a clone lacks from the face of its kind (Caladea has no ơ, ư: Tinos)', () => {
    const source = createFontSource();
    expect(source.face(spec('Cambria')).glyphId(0x1b0)).toBe(0);
    expect(source.fallbacks(spec('Cambria')).map((f) => f.key)).toEqual(['Tinos-Regular', 'Arimo-Regular']);
    expect(source.fallbacks(spec('Calibri', true)).map((f) => f.key)).toEqual(['Arimo-Bold', 'Tinos-Bold']);
    expect(source.fallbacks(spec('Courier New')).map((f) => f.key)).toEqual(['Tinos-Regular', 'Arimo-Regular']);
  });

  it('falls back to the other bundled family for characters the face lacks', () => {
    expect(fonts.fallbacks(spec('Times New Roman')).map((f) => f.key)).toEqual(['Arimo-Regular']);
    expect(fonts.fallbacks(spec('Arial', true)).map((f) => f.key)).toEqual(['Tinos-Bold']);
    expect(fonts.fallbacks(spec('Arial', true))[0]).toBe(fonts.face(spec('Times New Roman', true)));
  });
});

describe('createFontSource, font folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-fonts-'));
  temps.push(dir);
  copyFileSync(require.resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf'), join(dir, 'my-serif.ttf'));
  copyFileSync(require.resolve('@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf'), join(dir, 'zz-serif-bi.ttf'));
  writeFileSync(join(dir, 'broken.ttf'), 'not a font');
  writeFileSync(join(dir, 'postscript.otf'), Buffer.from('OTTO\u0000\u0001\u0000\u0000\u0000\u0000\u0000\u0000', 'latin1'));
  writeFileSync(join(dir, 'family.ttc'), Buffer.from('ttcf\u0000\u0001\u0000\u0000\u0000\u0000\u0000\u0000', 'latin1'));
  writeFileSync(join(dir, 'notes.txt'), 'ignored');

  it('prefers a folder face whose family matches, in the matching style only', () => {
    const fonts = createFontSource({ fontDirs: [dir] });
    const user = fonts.face(spec('Tinos'));
    expect(user.key).toBe(`file:${join(dir, 'my-serif.ttf')}`);
    expect(user.postscriptName).toBe('Tinos-Regular');
    // No bold in the folder: the bundled bold face, not the folder's regular one.
    expect(fonts.face(spec('Tinos', true)).key).toBe('Tinos-Bold');
    expect(fonts.face(spec('tinos', true, true)).key).toBe(`file:${join(dir, 'zz-serif-bi.ttf')}`);
    // Another family: the bundled font.
    expect(fonts.face(spec('Times New Roman')).key).toBe('Tinos-Regular');
    expect(fonts.face(spec('Arial')).key).toBe('Arimo-Regular');
    expect(fonts.fallbacks(spec('Tinos')).map((f) => f.key)).toEqual(['Tinos-Regular', 'Arimo-Regular']);
  });

  it('reports files it cannot use and folders it cannot read', () => {
    const fonts = createFontSource({ fontDirs: [dir, join(dir, 'missing')] });
    const skipped = fonts.skippedFiles();
    expect(skipped.map((s) => s.path)).toEqual([
      join(dir, 'broken.ttf'),
      join(dir, 'family.ttc'),
      join(dir, 'postscript.otf'),
      join(dir, 'missing'),
    ]);
    expect(skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/not a TrueType font/),
      expect.stringMatching(/collections/),
      expect.stringMatching(/CFF/),
      expect.stringMatching(/cannot read the folder/),
    ]);
    expect(fonts.face(spec('Times New Roman')).key).toBe('Tinos-Regular');
  });

  it('skips a face that passes the scan but cannot be loaded, and takes the next one', () => {
    const other = mkdtempSync(join(tmpdir(), 'vankien-fonts-'));
    temps.push(other);
    const tinos = require.resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf');
    writeFileSync(join(other, 'a-truncated.ttf'), readFileSync(tinos).subarray(0, 6000));
    copyFileSync(tinos, join(other, 'b-whole.ttf'));
    const fonts = createFontSource({ fontDirs: [other] });
    expect(fonts.face(spec('Tinos')).key).toBe(`file:${join(other, 'b-whole.ttf')}`);
    expect(fonts.skippedFiles().map((s) => s.path)).toEqual([join(other, 'a-truncated.ttf')]);
  });
});
