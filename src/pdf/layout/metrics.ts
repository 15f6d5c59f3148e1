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
 * baseline sits at the line gap plus the ascent from the top; extra height goes below.
 */
export function lineBox(atoms: Atom[], spacing: LineSpacing, metrics: (s: RunStyle) => FontMetrics, markStyle: RunStyle): { height: number; baseline: number } {
  let ascent = 0;
  let descent = 0;
  let gap = 0;
  let image = 0;
  const take = (m: FontMetrics) => {
    ascent = Math.max(ascent, m.ascent);
    descent = Math.max(descent, m.descent);
    gap = Math.max(gap, m.gap);
  };
  for (const a of atoms) {
    if (a.kind === 'image') image = Math.max(image, a.height);
    else if (a.kind !== 'break' || atoms.length === 1) take(metrics(a.style));
  }
  if (ascent === 0 && descent === 0) take(metrics(markStyle));
  const text = ascent + descent + gap;
  const natural = Math.max(text, image + descent);
  const top = Math.max(gap + ascent, image);
  if (spacing.rule === 'exact') return { height: spacing.value, baseline: spacing.value - descent };
  if (spacing.rule === 'atLeast') {
    const height = Math.max(spacing.value, natural);
    return { height, baseline: height - descent };
  }
  return { height: natural * spacing.value, baseline: top };
}
