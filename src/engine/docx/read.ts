// readDocx: a .docx file (its bytes) read into the layout IR — sections, blocks, metadata and warnings.
import type { Block, DocumentIR, Section } from '../ir.js';
import { DocxReadError } from './read-error.js';
import { readBlocks, type BlockSink } from './blocks.js';
import { PartContext, type DocContext } from './context.js';
import { readMeta } from './meta.js';
import { Numbering } from './numbering.js';
import { endnoteArea, noteNumbering, NoteStore } from './notes.js';
import { DocxPackage } from './package.js';
import { createPdfCaches, type PdfCaches } from '../caches.js';
import { DEFAULT_FAMILY } from './run-props.js';
import { sectionReader } from './section.js';
import { Styles } from './styles.js';
import { readTheme } from './theme.js';
import { Warnings } from './warnings.js';
import { child, elements, onOff, type XElement } from './xml.js';

export interface ReadDocxOptions {
  /** How the caller names the file ("out/x/bien-ban.docx"): prefixes error messages and warning locations. */
  where?: string;
  /**
   * The zip's files by name, when the caller has them at hand (it has just written the zip): they are
   * read instead of unzipping `bytes`, and must be what `bytes` holds.
   */
  entries?: ReadonlyMap<string, Uint8Array>;
  /** What is kept between documents (none by default). */
  caches?: PdfCaches;
}

/**
 * Reads a WordprocessingML document. Unsupported content is reported in `warnings`, never thrown;
 * throws a DocxReadError (a problem the app words) only when the bytes are not a zip or hold no main document.
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): DocumentIR {
  const file = options.where;
  const pkg = new DocxPackage(bytes, file, options.entries, options.caches ?? createPdfCaches());
  const main = pkg.mainDocument();
  if (!main) throw new DocxReadError({ reason: 'no-main-document', file });
  const root = pkg.xml(main);
  if (!root || root instanceof Error || root.name !== 'w:document') {
    throw new DocxReadError({ reason: 'main-unreadable', file, part: main, ...(root instanceof Error && { detail: root.message }) });
  }
  const warnings = new Warnings(options.where);
  const optional = (kind: string, fallback: string): XElement | undefined => {
    const part = pkg.related(main, kind) ?? fallback;
    const xml = pkg.xml(part);
    if (xml instanceof Error) {
      warnings.add(part, { part }, 'unreadable');
      return undefined;
    }
    return xml;
  };
  const theme = readTheme(optional('theme', 'word/theme/theme1.xml'));
  const styles = new Styles(optional('styles', 'word/styles.xml'), theme);
  const numbering = new Numbering(optional('numbering', 'word/numbering.xml'), styles);
  const settings = optional('settings', 'word/settings.xml');
  const doc: DocContext = {
    pkg,
    styles,
    numbering,
    theme,
    warnings,
    textFamily: styles.defaultFamily() ?? DEFAULT_FAMILY,
    images: new Map(),
    runStyles: new Map(),
    compatMode: compatibilityMode(child(settings, 'w:compat')),
    htmlAutoSpacing: onOff(child(child(settings, 'w:compat'), 'w:doNotUseHTMLParagraphAutoSpacing')) !== true,
    endnoteBlocks: [],
  };
  const bodyEl = child(root, 'w:body');
  const lastSectPr = child(bodyEl, 'w:sectPr');
  for (const [kind, tag, fmt] of [
    ['footnotes', 'w:footnote', 'decimal'],
    ['endnotes', 'w:endnote', 'lowerRoman'],
  ] as const) {
    const part = pkg.related(main, kind);
    const xml = part ? optional(kind, part) : undefined;
    if (!part || !xml) continue;
    const pr = `${tag}Pr`;
    const numbering = noteNumbering([child(settings, pr), child(lastSectPr, pr)], fmt, (e) => warnings.add(e, { part }));
    doc[kind] = new NoteStore(xml, doc, part, tag, numbering);
  }
  const body = new PartContext(doc, main, true);
  const readSection = sectionReader(doc, body, onOff(child(settings, 'w:evenAndOddHeaders')) ?? false);
  if (onOff(child(settings, 'w:mirrorMargins'))) body.warn('w:mirrorMargins');

  const sections: Section[] = [];
  let current: Block[] = [];
  const sink: BlockSink = {
    push: (b) => current.push(b),
    sectionEnd: (sectPr) => {
      sections.push(readSection(sectPr, current));
      current = [];
    },
  };
  readBlocks(elements(bodyEl), body, sink);
  body.closeFields();
  if (doc.endnoteBlocks.length > 0) current.push(...endnoteArea(doc.endnoteBlocks));
  const last = lastSectPr;
  if (last || current.length > 0 || sections.length === 0) sections.push(readSection(last, current));
  return { sections, settings: readSettings(settings), meta: readMeta(pkg), warnings: warnings.list() };
}

/**
 * Paragraph spacing rule, default tab interval and the compatibility options the layout follows; a
 * document without settings sums spacing (as LibreOffice does). Word 2013 and later write
 * compatibilityMode 15; older files (no mode, or below 15) keep tabs over the margin.
 */
function readSettings(settings: XElement | undefined): DocumentIR['settings'] {
  const tab = Number(child(settings, 'w:defaultTabStop')?.attrs['w:val']);
  const compat = child(settings, 'w:compat');
  const sum = !settings || onOff(child(compat, 'w:doNotUseHTMLParagraphAutoSpacing')) === true;
  const out: DocumentIR['settings'] = { paragraphSpacing: sum ? 'sum' : 'max', defaultTab: tab > 0 ? tab / 20 : 36 };
  if (onOff(child(compat, 'w:doNotExpandShiftReturn')) !== true) out.expandShiftReturn = true;
  if (compatibilityMode(compat) < 15) out.tabOverMargin = true;
  if (onOff(child(settings, 'w:evenAndOddHeaders'))) out.evenAndOddHeaders = true;
  return out;
}

/** The w:compatSetting compatibilityMode (Word 2013+ writes 15); 12 (Word 2007) when absent. */
function compatibilityMode(compat: XElement | undefined): number {
  const setting = elements(compat).find((e) => e.name === 'w:compatSetting' && e.attrs['w:name'] === 'compatibilityMode');
  const mode = Number(setting?.attrs['w:val']);
  return Number.isFinite(mode) && mode > 0 ? mode : 12;
}
