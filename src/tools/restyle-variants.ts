// The restyles a user makes to our templates in Word, each a function from the document's XML parts to new ones.
// They rely on our own templates' paragraph style ids (VkPartyLine, VkRule, VkDocType, VkSignUnit): this
// tool restyles our documents, not arbitrary ones; a variant whose target is absent gives undefined.
import { GRID_TABLE_4, TABLE_LOOK, TABLE_NORMAL, WORD_DOCUMENT_ROOT, lineRun, textBoxRun } from './restyle-xml.js';

/** word/*.xml part name → text. */
export type Parts = Map<string, string>;

export interface Variant {
  /** Suffix of the file name. */
  name: string;
  apply(parts: Parts): Parts | undefined;
}

const DOC = 'word/document.xml';
const STYLES = 'word/styles.xml';
const EMU_PER_CM = 360000;

const withRoot = (xml: string) => xml.replace(/<w:document\b[^>]*>/, WORD_DOCUMENT_ROOT);

/** Each whole paragraph (`<w:p>` or `<w:p …>` to `</w:p>`, never nested in ours) with the given style. */
const paragraphsOfStyle = (xml: string, style: string) =>
  [...xml.matchAll(/<w:p(?:\s[^>]*)?>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)].filter((m) => m[0].includes(`<w:pStyle w:val="${style}"/>`));

const runsOf = (paragraph: string) =>
  paragraph
    .replace(/^<w:p(?:\s[^>]*)?>/, '')
    .replace(/<\/w:p>$/, '')
    .replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, '');

/** The body font changed the way Word's Font dialog on Normal (Set As Default) does: every family name of the runs' fonts. */
export const bodyFont = (family: string, name: string): Variant => ({
  name,
  apply(parts) {
    const out = new Map(parts);
    for (const [part, xml] of parts) {
      out.set(
        part,
        xml.replace(/<w:rFonts\b[^>]*\/>/g, (tag) => tag.replace(/(w:(?:ascii|hAnsi|eastAsia|cs)=")[^"]*"/g, `$1${family}"`)),
      );
    }
    return out;
  },
});

/**
 * The rule under "ĐẢNG CỘNG SẢN VIỆT NAM" drawn as a line shape instead of an underline, and the short
 * dash rule under the title ("-----") drawn as a line too, as Vietnamese offices commonly draw them.
 */
export const drawnLines: Variant = {
  name: 'duong-ke',
  apply(parts) {
    let doc = parts.get(DOC);
    let styles = parts.get(STYLES);
    if (!doc || !styles) return undefined;
    const party = paragraphsOfStyle(doc, 'VkPartyLine');
    const rules = paragraphsOfStyle(doc, 'VkRule');
    if (party.length === 0 && rules.length === 0) return undefined;
    let id = 0;
    // Under 15 pt bold capitals: one line (about 17.3 pt) down, as wide as the words (about 7.4 cm).
    for (const m of party) {
      const line = lineRun({ id: ++id, relativeH: 'column', offsetV: 231775 }, 7.4 * EMU_PER_CM);
      doc = doc.replace(m[0], () => m[0].replace(/<\/w:p>$/, () => `${line}</w:p>`));
    }
    for (const m of rules) {
      const line = lineRun({ id: ++id, relativeH: 'margin', offsetV: 101600 }, 3 * EMU_PER_CM);
      const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(m[0])?.[0] ?? '';
      doc = doc.replace(m[0], () => `<w:p>${pPr}${line}</w:p>`);
    }
    styles = styles.replace(/(<w:style [^>]*w:styleId="VkPartyLine"[\s\S]*?)<w:u w:val="single"\/>/, '$1');
    return new Map(parts).set(DOC, withRoot(doc)).set(STYLES, styles);
  },
};

/** The document's title ("BIÊN BẢN", "BẢN GIAO ƯỚC …") moved into a centred text box with a thin outline. */
export const titleBox: Variant = {
  name: 'hop-tieu-de',
  apply(parts) {
    const doc = parts.get(DOC);
    const title = doc ? paragraphsOfStyle(doc, 'VkDocType')[0] : undefined;
    if (!doc || !title) return undefined;
    const inside = `<w:p><w:pPr><w:pStyle w:val="VkDocType"/><w:spacing w:before="0" w:after="0"/></w:pPr>${runsOf(title[0])}</w:p>`;
    const box = textBoxRun({ id: 1, relativeH: 'margin', offsetV: 0 }, 15 * EMU_PER_CM, 457200, inside);
    return new Map(parts).set(DOC, withRoot(doc.replace(title[0], () => `<w:p><w:pPr><w:pStyle w:val="VkDocType"/></w:pPr>${box}</w:p>`)));
  },
};

/** Word's "Grid Table 4 – Accent 1" applied to the signature grid (header row, banded rows), replacing its own borders. */
export const signatureTableStyle: Variant = {
  name: 'bang-ky',
  apply(parts) {
    const doc = parts.get(DOC);
    const styles = parts.get(STYLES);
    if (!doc || !styles) return undefined;
    let changed = false;
    const next = doc.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) => {
      if (!table.includes('<w:pStyle w:val="VkSignUnit"/>')) return table;
      changed = true;
      return table.replace(/<w:tblPr>([\s\S]*?)<\/w:tblPr>/, (_, props: string) => {
        const rest = props.replace(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/, '').replace(/<w:tblLook\b[^>]*\/>/, '');
        return `<w:tblPr><w:tblStyle w:val="GridTable4-Accent1"/>${rest}${TABLE_LOOK}</w:tblPr>`;
      });
    });
    if (!changed) return undefined;
    const normal = /<w:style w:type="table" w:default="1"/.test(styles) ? '' : TABLE_NORMAL;
    return new Map(parts).set(DOC, withRoot(next)).set(
      STYLES,
      styles.replace('</w:styles>', () => `${normal}${GRID_TABLE_4}</w:styles>`),
    );
  },
};

export const VARIANTS: Variant[] = [bodyFont('Arial', 'arial'), bodyFont('Calibri', 'calibri'), drawnLines, titleBox, signatureTableStyle];
