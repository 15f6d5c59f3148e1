// Reading state: what the whole document shares (package, styles, lists, warnings) and what one part tracks.
import type { Block, ImageData, Inline, Place, RunStyle, Unsupported, WarningReason } from '../ir.js';
import { AutoSpacing } from './autospacing.js';
import type { NoteStore } from './notes.js';
import { NumberingCounters, type Numbering } from './numbering.js';
import type { DocxPackage, Relationship } from './package.js';
import type { PropsEnv } from './run-props.js';
import type { ResolvedStyle, Styles } from './styles.js';
import type { ThemeFonts } from './theme.js';
import { paragraphWhere, type Warnings } from './warnings.js';

export interface DocContext {
  pkg: DocxPackage;
  styles: Styles;
  numbering: Numbering;
  theme: ThemeFonts;
  warnings: Warnings;
  /** Family for characters of symbol fonts mapped to Unicode. */
  textFamily: string;
  /** Images by part path: the same media is decoded and hashed once. */
  images: Map<string, ImageData | null>;
  /** Identical run styles share one object. */
  runStyles: Map<string, RunStyle>;
  /**
   * Word's compatibility mode (w:compatSetting compatibilityMode; 15 = Word 2013 and later). Before 15
   * a table's indent is measured to its first cell's text, so its border stands out by the cell margin.
   */
  compatMode: number;
  /** Automatic paragraph spacing is HTML's (14 pt, with exceptions) unless doNotUseHTMLParagraphAutoSpacing. */
  htmlAutoSpacing: boolean;
  /** Footnotes and endnotes, when the document has them. */
  footnotes?: NoteStore;
  endnotes?: NoteStore;
  /** Endnotes in reference order: laid out after the last section's text. */
  endnoteBlocks: Block[];
}

/** An open complex field (w:fldChar begin … separate … end). */
export interface FieldFrame {
  instr: string;
  phase: 'code' | 'result';
  /** PAGE or NUMPAGES: the cached result is replaced by a field inline. */
  page?: 'PAGE' | 'NUMPAGES';
  emitted: boolean;
  /** Where the field begins, for a warning when it never ends. */
  where: Place;
}

export class PartContext {
  paragraphNo = 0;
  readonly fields: FieldFrame[] = [];
  readonly counters = new NumberingCounters();
  /** The style of the table being read: its paragraph and run properties apply to its cells. */
  tableStyle: ResolvedStyle | undefined;
  /** Inside a note: its mark, printed where w:footnoteRef / w:endnoteRef stands. */
  noteMark: string | undefined;
  readonly autoSpacing: AutoSpacing;
  /** How many table cells the paragraph being read is in. */
  cellDepth = 0;
  private relsCache: Map<string, Relationship> | undefined;

  constructor(
    readonly doc: DocContext,
    readonly part: string,
    /** The document body: its first paragraph has no automatic space before. */
    body = false,
  ) {
    this.autoSpacing = new AutoSpacing(doc.htmlAutoSpacing, body);
  }

  where(): Place {
    return paragraphWhere(this.part, this.paragraphNo);
  }

  warn(element: string, reason?: WarningReason): void {
    this.doc.warnings.add(element, this.where(), reason);
  }

  /** Reports the unsupported elements met while resolving a style or property set. */
  warnAll(notes: readonly Unsupported[]): void {
    for (const n of notes) this.warn(n.element, n.reason);
  }

  /** A property environment whose notes become warnings at the current location. */
  env(): PropsEnv {
    return { theme: this.doc.theme, note: (e, reason) => this.warn(e, reason) };
  }

  rels(): Map<string, Relationship> {
    this.relsCache ??= this.doc.pkg.rels(this.part);
    return this.relsCache;
  }

  /** Content is shown unless it is a field's code or the cached result of a PAGE/NUMPAGES field. */
  visible(): boolean {
    return this.fields.every((f) => f.phase === 'result' && f.page === undefined);
  }

  /** At the end of a part: a field left open hid everything after its start; say so. */
  closeFields(): void {
    const open = this.fields[0];
    if (open) this.doc.warnings.add('w:fldChar', open.where, 'field-not-ended');
    this.fields.length = 0;
  }

  intern(style: RunStyle): RunStyle {
    const key = `${style.family}|${+style.bold}${+style.italic}|${style.size}|${style.color}|${style.underline}|${+style.strike}${+style.caps}${+style.smallCaps}|${style.vertAlign}|${+style.kerning}|${style.shading ?? ''}|${style.spacing ?? ''}|${style.position ?? ''}|${style.scale ?? ''}`;
    const found = this.doc.runStyles.get(key);
    if (found) return found;
    this.doc.runStyles.set(key, style);
    return style;
  }

  /** Appends text, merging it into the previous text inline when the style is the same. */
  pushText(out: Inline[], text: string, style: RunStyle): void {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last?.kind === 'text' && last.style === style) last.text += text;
    else out.push({ kind: 'text', text, style });
  }
}
