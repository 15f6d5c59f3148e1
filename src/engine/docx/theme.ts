// Theme fonts (word/theme/theme1.xml): the major (headings) and minor (body) typefaces per script.
import { attr, child, path, type XElement } from './xml.js';

export interface ThemeFonts {
  major: { latin?: string; ea?: string; cs?: string };
  minor: { latin?: string; ea?: string; cs?: string };
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
  return { major: fonts('a:majorFont'), minor: fonts('a:minorFont') };
}

/** Resolves a w:asciiTheme-style value ("minorHAnsi", "majorEastAsia", …) to a family name. */
export function themeFont(theme: ThemeFonts, value: string): string | undefined {
  const scheme = value.startsWith('major') ? theme.major : value.startsWith('minor') ? theme.minor : undefined;
  if (!scheme) return undefined;
  if (value.endsWith('EastAsia')) return scheme.ea ?? scheme.latin;
  if (value.endsWith('Bidi')) return scheme.cs ?? scheme.latin;
  return scheme.latin;
}
