// Words and lines of a PDF with their boxes, from poppler's `pdftotext -bbox-layout` (for the fidelity script).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  baseline: number;
}

export interface PdfText {
  pages: number;
  /** Lines per page, as their words joined by one space. */
  lines: string[][];
  words: Word[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * Where the baseline sits in poppler's word boxes, as a share of the box height from the top:
 * poppler sizes boxes from the font descriptors' Ascent and Descent (0.95 and -0.35 when a PDF
 * writes zeros, as LibreOffice does). Comparing baselines, not box tops, compares the layouts.
 */
function baselineShare(file: string): number {
  const raw = readFileSync(file).toString('latin1');
  const shares = [...raw.matchAll(/\/Ascent\s+(-?[\d.]+)\s*\/Descent\s+(-?[\d.]+)/g)].map((m) => {
    const asc = Number(m[1]) || 950;
    const desc = Number(m[2]) || -350;
    return asc / (asc - desc);
  });
  return shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : 0.95 / 1.3;
}

export function pdfText(file: string): PdfText {
  const share = baselineShare(file);
  const html = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines: string[][] = [];
  const words: Word[] = [];
  const pages = html.split(/<page /).slice(1);
  pages.forEach((pg, p) => {
    const pageLines: string[] = [];
    for (const line of pg.matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)) {
      const texts: string[] = [];
      for (const w of (line[1] ?? '').matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
        const text = decode(w[5] ?? '').normalize('NFC');
        texts.push(text);
        const yMin = Number(w[2]);
        const yMax = Number(w[4]);
        words.push({ page: p, text, xMin: Number(w[1]), yMin, xMax: Number(w[3]), yMax, baseline: yMin + (yMax - yMin) * share });
      }
      pageLines.push(texts.join(' '));
    }
    lines.push(pageLines);
  });
  return { pages: pages.length, lines, words };
}

/** Pairs of indexes of equal words in reading order (longest common subsequence). */
export function matchWords(a: Word[], b: Word[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = dp[i] as Uint32Array;
    const below = dp[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--)
      row[j] = a[i]?.text === b[j]?.text ? (below[j + 1] ?? 0) + 1 : Math.max(below[j] ?? 0, row[j + 1] ?? 0);
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]?.text === b[j]?.text) pairs.push([i++, j++]);
    else if ((dp[i + 1]?.[j] ?? 0) >= (dp[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}
