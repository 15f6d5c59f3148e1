// Theme fonts (word/theme/theme1.xml): the major (headings) and minor (body) typefaces per script.
import { attr, child, path, type XElement } from './xml.js';

export interface ThemeFonts {
  major: { latin?: string; ea?: string; cs?: string };
  minor: { latin?: string; ea?: string; cs?: string };
  /** The colour scheme ("accent1" → "4472C4"), for shapes' a:schemeClr. */
  colors?: Record<string, string>;
  /** Outline widths of the format scheme's line styles in points, for a shape's a:lnRef idx (1-based). */
  lineWidths?: number[];
}

const typeface = (n: XElement | undefined): string | undefined => {
  const t = attr(n, 'typeface')?.trim();
  return t ? t : undefined;
};

export function readTheme(root: XElement | undefined): ThemeFonts {
  const scheme = path(root, 'a:themeElements', 'a:fontScheme');
  const fonts = (name: string) => {
    const f = child(scheme, name);
    return { latin: typeface(child(f, 'a:latin')), ea: typeface(child(f, 'a:ea')), cs: typeface(child(f, 'a:cs')) };
  };
  const theme: ThemeFonts = { major: fonts('a:majorFont'), minor: fonts('a:minorFont') };
  const clr = path(root, 'a:themeElements', 'a:clrScheme');
  if (clr) {
    const colors: Record<string, string> = {};
    for (const c of clr.children) {
      if (typeof c === 'string') continue;
      const value = child(c, 'a:srgbClr') ? attr(child(c, 'a:srgbClr'), 'val') : attr(child(c, 'a:sysClr'), 'lastClr');
      if (value && /^[0-9a-fA-F]{6}$/.test(value)) colors[c.name.replace(/^a:/, '')] = value.toUpperCase();
    }
    theme.colors = colors;
  }
  const lines = path(root, 'a:themeElements', 'a:fmtScheme', 'a:lnStyleLst');
  if (lines) theme.lineWidths = lines.children.flatMap((l) => (typeof l === 'string' ? [] : [Number(attr(l, 'w') ?? 0) / 12700]));
  return theme;
}

/** Resolves a w:asciiTheme-style value ("minorHAnsi", "majorEastAsia", …) to a family name. */
export function themeFont(theme: ThemeFonts, value: string): string | undefined {
  const scheme = value.startsWith('major') ? theme.major : value.startsWith('minor') ? theme.minor : undefined;
  if (!scheme) return undefined;
  if (value.endsWith('EastAsia')) return scheme.ea ?? scheme.latin;
  if (value.endsWith('Bidi')) return scheme.cs ?? scheme.latin;
  return scheme.latin;
}
