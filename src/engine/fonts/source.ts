// Font source: document families → bundled metric-compatible fonts (Tinos, Arimo) or faces from user folders.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FontSpec } from '../ir.js';
import type { FontFace, FontSource } from './face.js';
import { fontFiles } from './files.js';
import { loadFace } from './load.js';
import { normalizeFamily, pickDirFace, scanFontDirs, type DirFace, type SkippedFont } from './scan.js';

export interface FontSourceOptions {
  /** Folders with .ttf files (e.g. real Times New Roman) preferred over the bundled fonts when the family matches. */
  fontDirs?: string[];
}

/** A family the document asks for that no font matches in metrics: the engine warns once about each. */
export interface FontSubstitution {
  requested: string;
  used: string;
}

export interface FileFontSource extends FontSource {
  /** Families replaced by a font with different metrics (line breaks may differ from Word's). */
  substitutions(): FontSubstitution[];
  /** Files in the font folders that could not be used, with the reason. */
  skippedFiles(): SkippedFont[];
  /** Every face loaded so far, by key. */
  loadedFaces(): ReadonlyMap<string, FontFace>;
  /** Every font file this source may use (bundled faces and the font folders' files), for build caches. */
  fontFiles(): string[];
}

type Bundled = 'Tinos' | 'Arimo';
const STYLE_NAMES = ['Regular', 'Bold', 'Italic', 'BoldItalic'] as const;
const STYLE_DIRS = ['400Regular', '700Bold', '400Regular_Italic', '700Bold_Italic'] as const;

/** Families with the same metrics as a bundled font: no warning. */
const COMPATIBLE = new Map<string, Bundled>([
  ...['times new roman', 'times', 'timesnewroman', 'timesnewromanpsmt', 'liberation serif', 'tinos', 'serif'].map((f) => [f, 'Tinos'] as const),
  ...['arial', 'arialmt', 'helvetica', 'liberation sans', 'arimo', 'sans-serif'].map((f) => [f, 'Arimo'] as const),
]);
/** The family a user font folder is searched for when the document names a compatible alias. */
const CANONICAL: Record<Bundled, string> = { Tinos: 'times new roman', Arimo: 'arial' };
/** Sans-serif families without a metric-compatible free font: Arimo looks closer than Tinos. */
const SANS_LIKE = new Set([
  'calibri', 'calibri light', 'verdana', 'tahoma', 'segoe ui', 'open sans', 'roboto', 'noto sans', 'dejavu sans', 'carlito',
  'helvetica neue', 'arial narrow', 'century gothic', 'trebuchet ms', 'lato', 'source sans pro', 'arial unicode ms',
]);

const styleIndex = (spec: Pick<FontSpec, 'bold' | 'italic'>): number => (spec.bold ? 1 : 0) + (spec.italic ? 2 : 0);

export function createFontSource(options: FontSourceOptions = {}): FileFontSource {
  const require = createRequire(import.meta.url);
  const dirs = options.fontDirs ?? [];
  const loaded = new Map<string, FontFace>();
  const byFamily = new Map<string, Array<FontFace | undefined>>();
  const substituted = new Map<string, FontSubstitution>();
  const fallbackCache = new Map<FontFace, FontFace[]>();
  let scanned: { faces: DirFace[]; skipped: SkippedFont[] } | undefined;

  const load = (key: string, path: string): FontFace => {
    let face = loaded.get(key);
    if (!face) {
      face = loadFace(readFileSync(path), key);
      loaded.set(key, face);
    }
    return face;
  };

  const bundled = (name: Bundled, style: number): FontFace => {
    const dir = STYLE_DIRS[style]!;
    const lower = name.toLowerCase();
    return load(`${name}-${STYLE_NAMES[style]!}`, require.resolve(`@expo-google-fonts/${lower}/${dir}/${name}_${dir}.ttf`));
  };

  const fromDirs = (families: string[], spec: FontSpec): FontFace | undefined => {
    if (dirs.length === 0) return undefined;
    scanned ??= scanFontDirs(dirs);
    for (const family of families) {
      for (let hit = pickDirFace(scanned.faces, family, spec.bold, spec.italic); hit; hit = pickDirFace(scanned.faces, family, spec.bold, spec.italic)) {
        try {
          return load(`file:${hit.path}`, hit.path);
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
    const compatible = COMPATIBLE.get(family);
    const user = fromDirs(compatible ? [family, CANONICAL[compatible]] : [family], spec);
    if (user) return user;
    if (compatible) return bundled(compatible, styleIndex(spec));
    const used: Bundled = SANS_LIKE.has(family) ? 'Arimo' : 'Tinos';
    if (family !== '' && !substituted.has(family)) substituted.set(family, { requested: spec.family.trim(), used });
    return bundled(used, styleIndex(spec));
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
      const sans = main.key.startsWith('Arimo-');
      const order: Bundled[] = sans ? ['Arimo', 'Tinos'] : ['Tinos', 'Arimo'];
      list = order.map((n) => bundled(n, style)).filter((f) => f !== main);
      fallbackCache.set(main, list);
    }
    return list;
  };

  return {
    face,
    fallbacks,
    substitutions: () => [...substituted.values()],
    skippedFiles: () => {
      if (dirs.length > 0) scanned ??= scanFontDirs(dirs);
      return scanned ? [...scanned.skipped] : [];
    },
    loadedFaces: () => loaded,
    fontFiles: () => fontFiles(dirs),
  };
}
