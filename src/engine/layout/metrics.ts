// Line height and baseline from the atoms on a line and the paragraph's line spacing rule.
import type { LineSpacing, RunStyle } from '../ir.js';
import type { Atom } from './atoms.js';

export interface FontMetrics {
  ascent: number;
  descent: number;
  gap: number;
}

/**
 * Word's model: a line is as tall as its tallest font's ascent + descent + line gap ("single"),
 * times the multiple for "auto"; "exact" fixes the height and "atLeast" sets a minimum. The
 * baseline sits at the line gap plus the ascent from the top; extra height goes below, and does not
 * need to fit on the page (`fit`: the height a page must have room for, as LibreOffice does).
 */
/** Word and LibreOffice keep line heights in twips (1/20 pt): so do we, or page ends drift. */
const twips = (pt: number) => Math.round(pt * 20) / 20;

export function lineBox(
  atoms: Atom[],
  spacing: LineSpacing,
  metrics: (s: RunStyle) => FontMetrics,
  markStyle: RunStyle,
): { height: number; baseline: number; fit: number } {
  let ascent = 0;
  let descent = 0;
  let gap = 0;
  let image = 0;
  const take = (m: FontMetrics) => {
    ascent = Math.max(ascent, m.ascent);
    descent = Math.max(descent, m.descent);
    gap = Math.max(gap, m.gap);
  };
  let last: RunStyle | undefined;
  for (const a of atoms) {
    if (a.kind === 'image' || a.kind === 'shape') image = Math.max(image, a.height);
    else if ((a.kind !== 'break' || atoms.length === 1) && a.style !== last) {
      // Neighbouring atoms mostly share a style object: the same metrics again change nothing.
      const m = metrics(a.style);
      // A raised or lowered run (w:position) makes the line taller by as much, as in Word.
      const raise = a.style.position ?? 0;
      take(raise === 0 ? m : { ascent: m.ascent + Math.max(0, raise), descent: m.descent + Math.max(0, -raise), gap: m.gap });
      last = a.style;
    }
  }
  if (ascent === 0 && descent === 0) take(metrics(markStyle));
  const text = ascent + descent + gap;
  const natural = Math.max(text, image + descent);
  const top = Math.max(gap + ascent, image);
  if (spacing.rule === 'exact') return { height: spacing.value, baseline: spacing.value - descent, fit: spacing.value };
  if (spacing.rule === 'atLeast') {
    const height = twips(Math.max(spacing.value, natural));
    return { height, baseline: height - descent, fit: height };
  }
  // The extra of a multiple above 1 lies below the text: a last line fits the page if its text does.
  // LibreOffice rounds the natural height to twips, then scales it with integer arithmetic (truncating).
  const height = Math.floor(twips(natural) * 20 * spacing.value + 1e-6) / 20;
  return { height, baseline: top, fit: Math.min(height, twips(natural)) };
}
