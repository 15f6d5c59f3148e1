// The printed lines of a PDF with their positions, as pdf.js reads them: what a reader sees on the page.
const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfLine {
  page: number;
  /** Left edge and baseline, in points from the page's bottom left corner. */
  x: number;
  y: number;
  text: string;
}

/** Every non-empty text line of every page, in the order painted (our engine paints line by line). */
export async function pdfLines(pdf: Uint8Array): Promise<{ pages: number; lines: PdfLine[] }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const lines: PdfLine[] = [];
    for (let page = 1; page <= doc.numPages; page++) {
      const content = await (await doc.getPage(page)).getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        lines.push({
          page,
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          text: item.str.normalize('NFC').replace(/\u00a0/g, ' '),
        });
      }
    }
    return { pages: doc.numPages, lines };
  } finally {
    await doc.destroy();
  }
}

/**
 * Lines where a spaced dash ("kinh tế - xã hội", "2025 - 2030") was broken: a line ending in the dash,
 * or a line opening with it where the line above in the same column stops mid-sentence and is no
 * numbered heading (a list item's dash follows ";", ":", "." or a heading, and starts indented).
 */
export function brokenDashes(lines: readonly PdfLine[]): string[] {
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (/\s[-–]$/.test(l.text)) out.push(`trang ${l.page}: "${l.text}"`);
    const prev = lines[i - 1];
    // The previous line of the same column: same page, just above, starting at or left of this one.
    const continues = prev && prev.page === l.page && prev.y > l.y && prev.y - l.y < 30 && Math.abs(prev.x - l.x) < 60 && l.x <= prev.x + 1;
    const heading = prev && /^([IVX]+|\d+)\.\s|^[a-zđ]\)\s/.test(prev.text.trim());
    if (/^[-–]\s/.test(l.text) && continues && !heading && !/[;:.,!?)…]$/.test(prev.text.trim())) {
      out.push(`trang ${l.page}: "${prev.text}" / "${l.text}"`);
    }
  });
  return out;
}
