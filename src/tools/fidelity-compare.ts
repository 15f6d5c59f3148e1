// Two PDFs of one document compared as a reader sees them: page count, identical lines, how far words moved.
import { matchWords, type PdfText } from './pdf-words.js';

export interface Comparison {
  pagesOurs: number;
  pagesTheirs: number;
  /** Lines of the reference (LibreOffice) found, with the same text, on the same page of ours. */
  linesSame: number;
  linesAll: number;
  /** Distance in points between each word and its match on the same page (baseline and left edge). */
  displacements: number[];
}

/** The value below which a share `q` of the values lie (0 for none). */
export const quantile = (xs: readonly number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? 0;

/** Ours against the reference. Words are matched page by page (a long document's words all at once would not fit in memory). */
export function comparePdfs(ours: PdfText, theirs: PdfText): Comparison {
  let linesSame = 0;
  let linesAll = 0;
  theirs.lines.forEach((pageLines, p) => {
    const mine = new Set(ours.lines[p] ?? []);
    for (const l of pageLines) {
      linesAll++;
      if (mine.has(l)) linesSame++;
    }
  });
  const displacements: number[] = [];
  const pages = Math.min(ours.pages, theirs.pages);
  for (let p = 0; p < pages; p++) {
    const a = ours.words.filter((w) => w.page === p);
    const b = theirs.words.filter((w) => w.page === p);
    for (const [i, j] of matchWords(a, b)) {
      const x = a[i];
      const y = b[j];
      if (x && y) displacements.push(Math.hypot(x.xMin - y.xMin, x.baseline - y.baseline));
    }
  }
  return { pagesOurs: ours.pages, pagesTheirs: theirs.pages, linesSame, linesAll, displacements };
}

/** Share of identical lines in percent (100 when the reference has no text). */
export const lineShare = (c: Pick<Comparison, 'linesSame' | 'linesAll'>): number => (c.linesAll ? (100 * c.linesSame) / c.linesAll : 100);
