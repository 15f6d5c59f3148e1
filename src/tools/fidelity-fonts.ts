// LibreOffice given the very font files our engine uses: a private fontconfig built from the engine's own mapping.
//
// The mapping from Office family names to faces lives in the engine (src/engine/fonts/source.ts) and
// nowhere else: this file asks the engine's font source which face it picks for each family a document
// names, writes those faces' bytes into a folder, and tells fontconfig "family X → the family of the face
// the engine chose". LibreOffice then lays out with the same metrics, so what differs is layout, not fonts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import type { FontFace } from '../engine/fonts/face.js';
import { faceTraits, fontProgram } from '../engine/fonts/load.js';
import type { FileFontSource } from '../engine/fonts/source.js';

/** Families LibreOffice may ask for without a document naming them (its defaults for unstyled text and fields). */
const ALWAYS = [
  'Times New Roman',
  'Arial',
  'Calibri',
  'Cambria',
  'Courier New',
  'Symbol',
  'Liberation Serif',
  'Liberation Sans',
  'Liberation Mono',
  'DejaVu Sans',
  'OpenSymbol',
];

/** A name no document uses: the face the engine falls back to for a family it does not know. */
const UNKNOWN = 'Vankien Fidelity Unknown Family';

const RUN_FONTS = /<w:rFonts\b([^>]*)>/g;
const RUN_FONT_ATTR = /\bw:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g;
/** The font table's names, and the theme's Latin, East Asian and complex-script faces. */
const NAMED = /<w:font\s+w:name="([^"]+)"|<a:(?:latin|ea|cs)\s+typeface="([^"]*)"/g;

/** Every font family a .docx names in its XML parts (runs, styles, numbering, theme, font table). */
export function familiesOf(docx: Uint8Array): string[] {
  const found = new Set<string>();
  let zip: PizZip;
  try {
    zip = new PizZip(docx);
  } catch {
    return [];
  }
  for (const name of Object.keys(zip.files)) {
    if (!/^word\/.*\.xml$/.test(name)) continue;
    const xml = zip.file(name)?.asText() ?? '';
    for (const r of xml.matchAll(RUN_FONTS)) for (const m of (r[1] ?? '').matchAll(RUN_FONT_ATTR)) found.add((m[1] ?? '').trim());
    for (const m of xml.matchAll(NAMED)) found.add((m[1] ?? m[2] ?? '').trim());
  }
  // Theme placeholders ("+mn-lt") and empty names are not families.
  return [...found].filter((f) => f !== '' && !f.startsWith('+'));
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FontConfig {
  /** The fonts.conf to give LibreOffice as FONTCONFIG_FILE. */
  file: string;
  /** Requested family → the family of the face the engine uses (regular style). */
  mapping: Map<string, string>;
  /** PostScript names of the faces written (what LibreOffice may embed). */
  postscriptNames: Set<string>;
}

/**
 * Writes `dir/fonts/*.ttf` (the engine's faces for `families`, in all four styles), and `dir/fonts.conf`
 * that lists only that folder (no system fonts) and maps each family to its face's family.
 */
export function writeFontConfig(dir: string, families: Iterable<string>, fonts: FileFontSource): FontConfig {
  const fontDir = join(dir, 'fonts');
  mkdirSync(fontDir, { recursive: true });
  mkdirSync(join(dir, 'cache'), { recursive: true });
  const written = new Map<FontFace, string>();
  const familyOf = (face: FontFace): string => {
    let family = written.get(face);
    if (family === undefined) {
      family = faceTraits(fontProgram(face)).family;
      writeFileSync(join(fontDir, `${face.key.replace(/[^A-Za-z0-9_.-]/g, '_')}.ttf`), face.bytes);
      written.set(face, family);
    }
    return family;
  };
  const mapping = new Map<string, string>();
  for (const family of new Set([...ALWAYS, ...families])) {
    let regular = '';
    for (const [bold, italic] of [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ] as const) {
      const f = familyOf(fonts.face({ family, bold, italic, size: 12 }));
      if (!bold && !italic) regular = f;
    }
    mapping.set(family, regular);
  }
  const fallback = familyOf(fonts.face({ family: UNKNOWN, bold: false, italic: false, size: 12 }));
  const rules = [...mapping]
    .filter(([from, to]) => from.toLowerCase() !== to.toLowerCase())
    .map(
      ([from, to]) =>
        `  <match target="pattern"><test name="family" compare="eq"><string>${xmlText(from)}</string></test><edit name="family" mode="assign" binding="strong"><string>${xmlText(to)}</string></edit></match>`,
    );
  const conf = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    `  <dir>${xmlText(fontDir)}</dir>`,
    `  <cachedir>${xmlText(join(dir, 'cache'))}</cachedir>`,
    ...rules,
    // A family neither the documents nor the engine name: the engine's own fallback face.
    `  <match target="pattern"><edit name="family" mode="append_last"><string>${xmlText(fallback)}</string></edit></match>`,
    '</fontconfig>',
    '',
  ].join('\n');
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, conf);
  const postscriptNames = new Set([...written.keys()].map((f) => f.postscriptName));
  return { file, mapping, postscriptNames };
}
