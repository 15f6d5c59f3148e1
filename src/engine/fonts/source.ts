// Font source: document families → bundled metric-compatible fonts (families.ts) or faces from user folders.
import { readFileSync } from 'node:fs';
import type { FontSpec } from '../ir.js';
import type { FontFace, FontSource, FontSubstitution } from './face.js';
import {
  BUNDLED_FACES,
  bundledFile,
  CANONICAL,
  chooseFace,
  GENERIC_FACE,
  genericOf,
  STYLE_NAMES,
  WIN_METRICS,
  type BundledFace,
} from './families.js';
import { fontFiles } from './files.js';
import { loadFace, withWinMetrics } from './load.js';
import { normalizeFamily, pickDirFace, scanFontDirs, type DirFace, type SkippedFont } from './scan.js';

export type { FontSubstitution } from './face.js';

export interface FontSourceOptions {
  /** Folders with .ttf files (e.g. real Times New Roman) preferred over the bundled fonts when the family matches. */
  fontDirs?: string[];
}

export interface FileFontSource extends FontSource {
  /** Families replaced by a font with different metrics (line breaks may differ from Word's). */
  substitutions(): FontSubstitution[];
  substitution(family: string): FontSubstitution | undefined;
  /** Files in the font folders that could not be used, with the reason. */
  skippedFiles(): SkippedFont[];
  /** Every face loaded so far, by key. */
  loadedFaces(): ReadonlyMap<string, FontFace>;
  /** Every font file this source may use (bundled faces and the font folders' files), for build caches. */
  fontFiles(): string[];
}

const styleIndex = (spec: Pick<FontSpec, 'bold' | 'italic'>): number => (spec.bold ? 1 : 0) + (spec.italic ? 2 : 0);

/** The bytes of a bundled face as vankien uses them: with the line metrics of the family it stands for. */
export function bundledFaceBytes(face: BundledFace, style: number): Uint8Array {
  const bytes = readFileSync(bundledFile(face, style));
  const win = WIN_METRICS[face];
  return win ? withWinMetrics(bytes, win) : bytes;
}

export function createFontSource(options: FontSourceOptions = {}): FileFontSource {
  const dirs = options.fontDirs ?? [];
  const loaded = new Map<string, FontFace>();
  const byFamily = new Map<string, Array<FontFace | undefined>>();
  const substituted = new Map<string, FontSubstitution>();
  const fallbackCache = new Map<FontFace, FontFace[]>();
  let scanned: { faces: DirFace[]; skipped: SkippedFont[] } | undefined;

  const load = (key: string, read: () => Uint8Array): FontFace => {
    let face = loaded.get(key);
    if (!face) {
      face = loadFace(read(), key);
      loaded.set(key, face);
    }
    return face;
  };

  const bundled = (name: BundledFace, style: number): FontFace =>
    load(`${name}-${STYLE_NAMES[style]!}`, () => bundledFaceBytes(name, style));

  const fromDirs = (families: string[], spec: FontSpec): FontFace | undefined => {
    if (dirs.length === 0) return undefined;
    scanned ??= scanFontDirs(dirs);
    for (const family of families) {
      for (
        let hit = pickDirFace(scanned.faces, family, spec.bold, spec.italic);
        hit;
        hit = pickDirFace(scanned.faces, family, spec.bold, spec.italic)
      ) {
        try {
          const path = hit.path;
          return load(`file:${path}`, () => readFileSync(path));
        } catch (e) {
          // Passed the scan but fontkit cannot use it: note it and try the next candidate.
          scanned.skipped.push({ path: hit.path, reason: (e as Error).message });
          scanned.faces = scanned.faces.filter((f) => f !== hit);
        }
      }
    }
    return undefined;
  };

  const resolveFace = (spec: FontSpec): FontFace => {
    const family = normalizeFamily(spec.family);
    const choice = chooseFace(spec.family);
    const user = fromDirs(choice.match === 'metric' ? [family, CANONICAL[choice.face]] : [family], spec);
    if (user) return user;
    if (choice.match !== 'metric' && !substituted.has(family))
      substituted.set(family, { requested: spec.family.trim(), used: choice.face, match: choice.match });
    return bundled(choice.face, styleIndex(spec));
  };

  const face = (spec: FontSpec): FontFace => {
    let styles = byFamily.get(spec.family);
    if (!styles) byFamily.set(spec.family, (styles = [undefined, undefined, undefined, undefined]));
    const i = styleIndex(spec);
    let f = styles[i];
    if (!f) styles[i] = f = resolveFace(spec);
    return f;
  };

  const fallbacks = (spec: FontSpec): FontFace[] => {
    const main = face(spec);
    let list = fallbackCache.get(main);
    if (!list) {
      const style = styleIndex(spec);
      // The face of the same kind first (Tinos for Caladea's missing Vietnamese letters), then serif, then sans.
      const own = BUNDLED_FACES.find((b) => main.key === `${b}-${STYLE_NAMES[style]!}`) ?? chooseFace(spec.family).face;
      const order = [...new Set<BundledFace>([GENERIC_FACE[genericOf(own)], 'Tinos', 'Arimo'])];
      list = order.map((n) => bundled(n, style)).filter((f) => f !== main);
      fallbackCache.set(main, list);
    }
    return list;
  };

  return {
    face,
    fallbacks,
    substitutions: () => [...substituted.values()],
    substitution: (family) => substituted.get(normalizeFamily(family)),
    skippedFiles: () => {
      if (dirs.length > 0) scanned ??= scanFontDirs(dirs);
      return scanned ? [...scanned.skipped] : [];
    },
    loadedFaces: () => loaded,
    fontFiles: () => fontFiles(dirs),
  };
}
