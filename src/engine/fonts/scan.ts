// Scans user font folders (non-recursive) for TrueType faces, reading only their name, OS/2 and head tables.
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

export interface DirFace {
  path: string;
  /** Normalized family names the face answers to (name IDs 1 and 16). */
  families: string[];
  weight: number;
  bold: boolean;
  italic: boolean;
}

/** A file in a font folder that cannot be used, and why. */
export interface SkippedFont {
  path: string;
  reason: string;
}

const FONT_EXTENSIONS = new Set(['.ttf', '.otf', '.ttc']);

/** Family names compared case- and space-insensitively. */
export function normalizeFamily(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Reads `length` bytes at `position` of an open file (fewer at the end of the file). */
function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

/** Family names (IDs 1 and 16) from a `name` table, preferring Windows English records. */
function familyNames(name: Buffer): string[] {
  const count = name.readUInt16BE(2);
  const strings = name.readUInt16BE(4);
  const found = new Map<number, { score: number; value: string }>();
  for (let i = 0; i < count; i++) {
    const r = 6 + i * 12;
    if (r + 12 > name.length) break;
    const [platform, encoding, language, id, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => name.readUInt16BE(r + o)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (id !== 1 && id !== 16) continue;
    const raw = name.subarray(strings + offset, strings + offset + length);
    let value: string;
    let score: number;
    if (platform === 3 && (encoding === 1 || encoding === 10)) {
      value = Buffer.from(raw).swap16().toString('utf16le');
      score = language === 0x0409 ? 3 : 2;
    } else if (platform === 1 && encoding === 0) {
      value = raw.toString('latin1');
      score = 1;
    } else continue;
    if ((found.get(id)?.score ?? 0) < score) found.set(id, { score, value });
  }
  return [found.get(1)?.value, found.get(16)?.value].filter((v): v is string => !!v);
}

/** Family and style from the font's name, OS/2 and head tables, reading only those tables. */
function describe(path: string, skipped: SkippedFont[]): DirFace | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const header = readAt(fd, 0, 12);
    const version = header.length === 12 ? header.readUInt32BE(0) : 0;
    if (version === 0x4f54544f)
      return void skipped.push({ path, reason: 'CFF (PostScript) outlines: only TrueType outlines can be embedded' });
    if (version === 0x74746366)
      return void skipped.push({ path, reason: 'font collections (.ttc) are not supported; use single .ttf files' });
    if (version !== 0x00010000 && version !== 0x74727565) return void skipped.push({ path, reason: 'not a TrueType font file' });
    const numTables = header.readUInt16BE(4);
    const records = readAt(fd, 12, numTables * 16);
    const tables = new Map<string, { offset: number; length: number }>();
    for (let i = 0; i + 16 <= records.length; i += 16) {
      tables.set(records.toString('latin1', i, i + 4), { offset: records.readUInt32BE(i + 8), length: records.readUInt32BE(i + 12) });
    }
    const table = (tag: string): Buffer | undefined => {
      const t = tables.get(tag);
      return t ? readAt(fd!, t.offset, t.length) : undefined;
    };
    const name = table('name');
    if (!tables.has('glyf') || !name || name.length < 6)
      return void skipped.push({ path, reason: 'not a usable TrueType font (no outlines or names)' });
    const os2 = table('OS/2');
    const head = table('head');
    const macStyle = head && head.length >= 46 ? head.readUInt16BE(44) : 0;
    const weight = os2 && os2.length >= 6 ? os2.readUInt16BE(4) : macStyle & 1 ? 700 : 400;
    const fsType = os2 && os2.length >= 10 ? os2.readUInt16BE(8) : 0;
    const fsSelection = os2 && os2.length >= 64 ? os2.readUInt16BE(62) : 0;
    if ((fsType & 0x000f) === 0x0002) return void skipped.push({ path, reason: 'the font license forbids embedding (OS/2 fsType)' });
    const families = [...new Set(familyNames(name).map(normalizeFamily))].filter((f) => f !== '');
    const bold = weight >= 600 || (fsSelection & 0x20) !== 0 || (macStyle & 1) !== 0;
    const italic = (fsSelection & 0x201) !== 0 || (macStyle & 2) !== 0;
    return { path, families, weight, bold, italic };
  } catch (e) {
    skipped.push({ path, reason: `not a readable font (${(e as Error).message})` });
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Every usable face in the folders, in a stable order (folder order, then file name). */
export function scanFontDirs(dirs: readonly string[]): { faces: DirFace[]; skipped: SkippedFont[] } {
  const faces: DirFace[] = [];
  const skipped: SkippedFont[] = [];
  for (const dir of dirs) {
    const root = resolve(dir);
    let names: string[];
    try {
      names = readdirSync(root).sort();
    } catch (e) {
      skipped.push({ path: root, reason: `cannot read the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` });
      continue;
    }
    for (const name of names) {
      if (!FONT_EXTENSIONS.has(extname(name).toLowerCase())) continue;
      const path = join(root, name);
      try {
        if (!statSync(path).isFile()) continue;
      } catch {
        continue;
      }
      const face = describe(path, skipped);
      if (face) faces.push(face);
    }
  }
  return { faces, skipped };
}

/** The folder face for a family and style: exact style match, weight closest to regular or bold. */
export function pickDirFace(faces: readonly DirFace[], family: string, bold: boolean, italic: boolean): DirFace | undefined {
  const wanted = normalizeFamily(family);
  const target = bold ? 700 : 400;
  let best: DirFace | undefined;
  for (const f of faces) {
    if (!f.families.includes(wanted) || f.bold !== bold || f.italic !== italic) continue;
    if (!best || Math.abs(f.weight - target) < Math.abs(best.weight - target)) best = f;
  }
  return best;
}
