// Sets a fitted header (model/header-fit.ts) in a rendered document: the widths of the table that holds
// the issuer's lines, and the size of the issuer and superior styles. Word users print the .docx, so the
// fit must live in it (the PDF is laid out from the same .docx).
import type PizZip from 'pizzip';
import type { HeaderFit } from '../../model/header-fit.js';

/** The header table's two widths set to `columns`; the XML unchanged when the table is not the two-column one the templates make. */
export function setHeaderColumns(documentXml: string, columns: readonly [number, number]): string {
  const at = documentXml.indexOf('w:val="VkIssuer"');
  if (at < 0) return documentXml;
  const start = documentXml.lastIndexOf('<w:tbl>', at);
  const end = documentXml.indexOf('</w:tbl>', at);
  if (start < 0 || end < 0) return documentXml;
  const table = documentXml.slice(start, end);
  const grid = /<w:gridCol w:w="\d+"\/>/g;
  // Another shape (a user's template with three columns, a nested table): left as its author made it.
  if (table.match(grid)?.length !== 2 || table.includes('<w:tbl>', 1)) return documentXml;
  let col = 0;
  let cell = 0;
  const fitted = table
    .replace(grid, () => `<w:gridCol w:w="${columns[col++]}"/>`)
    .replace(/<w:tcW w:w="\d+" w:type="dxa"\/>/g, (m) => (cell < 2 ? `<w:tcW w:w="${columns[cell++]}" w:type="dxa"/>` : m));
  return documentXml.slice(0, start) + fitted + documentXml.slice(end);
}

/** A paragraph style's font size set to `pt` (w:sz and w:szCs, in half points). */
export function setStyleSize(stylesXml: string, styleId: string, pt: number): string {
  const half = Math.round(pt * 2);
  return stylesXml.replace(new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^]*?</w:style>`), (style) =>
    style.replace(/<w:(sz|szCs) w:val="\d+"\/>/g, (_, tag: string) => `<w:${tag} w:val="${half}"/>`),
  );
}

/**
 * The parts of the rendered package that the fit changes, as new texts by part name (the package itself is
 * the compiled template's, reused for the next document: it is not written to). None when the lines fit
 * the template's own columns and sizes.
 */
export function headerFitParts(zip: PizZip, fit: HeaderFit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fit) return out;
  const { columns, sizes } = fit.usual;
  const doc = zip.file('word/document.xml');
  if (doc && (fit.columns[0] !== columns[0] || fit.columns[1] !== columns[1]))
    out['word/document.xml'] = setHeaderColumns(doc.asText(), fit.columns);
  const styles = zip.file('word/styles.xml');
  if (styles && (fit.sizes.superior !== sizes.superior || fit.sizes.issuer !== sizes.issuer))
    out['word/styles.xml'] = setStyleSize(setStyleSize(styles.asText(), 'VkSuperior', fit.sizes.superior), 'VkIssuer', fit.sizes.issuer);
  return out;
}
