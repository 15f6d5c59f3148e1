// Which bundled face stands for which Office family: the one table the font source, fontFiles() and the
// fidelity tool (which gives LibreOffice the same faces) share.
import { createRequire } from 'node:module';
import { normalizeFamily } from './scan.js';

/** The free faces vankien ships (npm packages @expo-google-fonts/<name>, four styles each). */
export type BundledFace = 'Tinos' | 'Arimo' | 'Cousine' | 'Carlito' | 'Caladea';
export const BUNDLED_FACES: readonly BundledFace[] = ['Tinos', 'Arimo', 'Cousine', 'Carlito', 'Caladea'];

export type Generic = 'serif' | 'sans' | 'mono';

/**
 * Vertical metrics (font units) of the Office font a bundled face stands for, where the face's own differ.
 * Google's build of Arimo widened usWinAscent/usWinDescent (2136/797) to make room for stacked Vietnamese
 * marks; Word takes a line's height from those fields, so Arial text laid out with them gets lines 27% taller
 * than Arial's. Arial's values (equal to Liberation Sans 2's, the metric clone): usWinAscent 1854,
 * usWinDescent 434 (hhea 1854/-434/67, which Arimo keeps, as it keeps Arial's typo metrics under
 * USE_TYPO_METRICS, which LibreOffice reads). The face's bytes are patched on load, so the layout, the
 * embedded font and LibreOffice (given the same bytes) all see one set of metrics.
 */
export const WIN_METRICS: Partial<Record<BundledFace, { winAscent: number; winDescent: number }>> = {
  Arimo: { winAscent: 1854, winDescent: 434 },
  // Caladea's win extent (1050/250 per 1000) is 1.3 em, its typo extent (900/250, USE_TYPO_METRICS) 1.15 em,
  // which is what LibreOffice lays Cambria out with; Cambria's own tables were not at hand to check, so the
  // line follows LibreOffice's.
  Caladea: { winAscent: 900, winDescent: 250 },
};

export const STYLE_NAMES = ['Regular', 'Bold', 'Italic', 'BoldItalic'] as const;
const STYLE_DIRS = ['400Regular', '700Bold', '400Regular_Italic', '700Bold_Italic'] as const;

/** The font file of a bundled face in a style (0 regular, 1 bold, 2 italic, 3 bold italic). */
export function bundledFile(face: BundledFace, style: number): string {
  const dir = STYLE_DIRS[style]!;
  return createRequire(import.meta.url).resolve(`@expo-google-fonts/${face.toLowerCase()}/${dir}/${face}_${dir}.ttf`);
}

/** Every bundled font file, in a fixed order. */
export function bundledFiles(): string[] {
  return BUNDLED_FACES.flatMap((f) => [0, 1, 2, 3].map((s) => bundledFile(f, s)));
}

/** The generic kind's face when no metric-compatible one exists. */
export const GENERIC_FACE: Record<Generic, BundledFace> = { serif: 'Tinos', sans: 'Arimo', mono: 'Cousine' };

const FAMILY_OF_FACE: Record<BundledFace, Generic> = { Tinos: 'serif', Arimo: 'sans', Cousine: 'mono', Carlito: 'sans', Caladea: 'serif' };
export const genericOf = (face: BundledFace): Generic => FAMILY_OF_FACE[face];

/** Families (lower case) with the same advance widths and line metrics as a bundled face: no warning. */
const METRIC: ReadonlyArray<readonly [BundledFace, readonly string[]]> = [
  ['Tinos', ['times new roman', 'times', 'timesnewroman', 'timesnewromanpsmt', 'liberation serif', 'tinos', 'serif']],
  ['Arimo', ['arial', 'arialmt', 'helvetica', 'liberation sans', 'arimo', 'sans-serif']],
  ['Cousine', ['courier new', 'couriernew', 'couriernewpsmt', 'courier', 'liberation mono', 'cousine', 'monospace']],
  ['Carlito', ['calibri', 'carlito']],
  ['Caladea', ['cambria', 'caladea']],
];

/** Families without a free metric clone, by the generic their design belongs to (the face of which is used). */
const GENERIC: ReadonlyArray<readonly [Generic, readonly string[]]> = [
  [
    'sans',
    [
      'verdana',
      'tahoma',
      'segoe ui',
      'segoe ui light',
      'segoe ui semibold',
      'aptos',
      'aptos display',
      'calibri light',
      'arial narrow',
      'arial black',
      'arial unicode ms',
      'microsoft sans serif',
      'ms sans serif',
      'helvetica neue',
      'century gothic',
      'trebuchet ms',
      'franklin gothic book',
      'franklin gothic medium',
      'gill sans mt',
      'candara',
      'corbel',
      'lucida sans',
      'lucida sans unicode',
      'open sans',
      'roboto',
      'noto sans',
      'dejavu sans',
      'lato',
      'source sans pro',
      'ubuntu',
      'myriad pro',
      'futura',
      'avenir',
      'montserrat',
    ],
  ],
  [
    'serif',
    [
      'georgia',
      'garamond',
      'eb garamond',
      'book antiqua',
      'palatino',
      'palatino linotype',
      'constantia',
      'bookman old style',
      'century',
      'century schoolbook',
      'cambria math',
      'sitka text',
      'baskerville old face',
      'noto serif',
      'dejavu serif',
      'minion pro',
    ],
  ],
  [
    'mono',
    [
      'consolas',
      'lucida console',
      'cascadia code',
      'cascadia mono',
      'menlo',
      'monaco',
      'dejavu sans mono',
      'source code pro',
      'courier std',
    ],
  ],
];

const TABLE = new Map<string, { face: BundledFace; match: 'metric' | 'generic' }>([
  ...METRIC.flatMap(([face, names]) => names.map((n) => [n, { face, match: 'metric' as const }] as const)),
  ...GENERIC.flatMap(([g, names]) => names.map((n) => [n, { face: GENERIC_FACE[g], match: 'generic' as const }] as const)),
]);

/**
 * TCVN3 (ABC) fonts are named ".VnTime", ".VnArialH"…; VNI fonts "VNI-Times", "VNI-Helve"…: 8-bit fonts that
 * draw Vietnamese letters in place of Latin-1 ones, so the document's text is not Unicode Vietnamese.
 */
const LEGACY_VIETNAMESE = /^(\.vn|vni[- ]|vn-)/;
const LEGACY_SANS = /arial|helve|avant|univers|swiss|tahoma|verdana/;

/** How a family is served when no font folder has it. */
export interface FamilyChoice {
  face: BundledFace;
  /** metric: same widths and line heights; generic: the closest kind; legacy-vietnamese: an 8-bit Vietnamese font (text not Unicode); unknown: not in the table (serif). */
  match: 'metric' | 'generic' | 'legacy-vietnamese' | 'unknown';
}

export function chooseFace(family: string): FamilyChoice {
  const key = normalizeFamily(family);
  const known = TABLE.get(key);
  if (known) return known;
  if (LEGACY_VIETNAMESE.test(key)) return { face: LEGACY_SANS.test(key) ? 'Arimo' : 'Tinos', match: 'legacy-vietnamese' };
  if (/\bmono\b|\bcode\b|console|courier/.test(key)) return { face: 'Cousine', match: 'generic' };
  if (/\bsans\b|gothic|grotesk/.test(key)) return { face: 'Arimo', match: 'generic' };
  return { face: 'Tinos', match: key === '' ? 'metric' : 'unknown' };
}

/** The Office family a folder of user fonts is searched for when the document names a compatible alias. */
export const CANONICAL: Record<BundledFace, string> = {
  Tinos: 'times new roman',
  Arimo: 'arial',
  Cousine: 'courier new',
  Carlito: 'calibri',
  Caladea: 'cambria',
};

/** Every family of the table with its face and match, for the fidelity tool and the README. */
export function familyTable(): Array<{ family: string; face: BundledFace; match: 'metric' | 'generic' }> {
  return [...TABLE].map(([family, v]) => ({ family, ...v }));
}
