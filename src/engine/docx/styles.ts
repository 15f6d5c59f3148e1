// Style resolution (word/styles.xml): docDefaults, paragraph/character/table styles along basedOn chains.
import type { Unsupported } from '../ir.js';
import { overlayPara, parsePPr, type ParaProps } from './para-props.js';
import { overlay, parseRPr, type PropsEnv, type RunProps } from './run-props.js';
import { overlayCell, overlayTbl, parseCellPr, parseTblPr, type CellProps, type TblProps } from './table-props.js';
import type { ThemeFonts } from './theme.js';
import { attr, child, childrenNamed, path, val, type XElement } from './xml.js';

interface StyleDef {
  id: string;
  type: string;
  basedOn?: string;
  isDefault: boolean;
  el: XElement;
}

/** One conditional format of a table style (w:tblStylePr): what it adds for the cells it covers. */
export interface ConditionalFormat {
  para: ParaProps;
  run: RunProps;
  tbl: TblProps;
  cell: CellProps;
}

/** Properties of a style with its ancestors, and the unsupported elements met while reading them. */
export interface ResolvedStyle {
  id: string;
  para: ParaProps;
  run: RunProps;
  tbl: TblProps;
  /** Table styles: what the style gives every cell (its own w:tcPr). */
  cell: CellProps;
  /** Table styles: conditional formats by w:type (firstRow, band1Horz, nwCell…), along the basedOn chain. */
  conditions: ReadonlyMap<string, ConditionalFormat>;
  notes: Unsupported[];
}

const EMPTY: ResolvedStyle = {
  id: '',
  para: {},
  run: {},
  tbl: { borders: {}, margins: {} },
  cell: { borders: {}, margins: {} },
  conditions: new Map(),
  notes: [],
};
const EMPTY_CONDITION: ConditionalFormat = { para: {}, run: {}, tbl: { borders: {}, margins: {} }, cell: { borders: {}, margins: {} } };
/** basedOn chains longer than this are cut (Word allows far fewer). */
const MAX_DEPTH = 64;

export class Styles {
  readonly defaults: ResolvedStyle;
  private readonly byId = new Map<string, StyleDef>();
  private readonly defaultOf = new Map<string, string>();
  private readonly cache = new Map<string, ResolvedStyle>();

  constructor(
    root: XElement | undefined,
    private readonly theme: ThemeFonts,
  ) {
    for (const el of childrenNamed(root, 'w:style')) {
      const id = attr(el, 'w:styleId');
      const type = attr(el, 'w:type') ?? 'paragraph';
      if (id === undefined || this.byId.has(id)) continue;
      const isDefault = ['1', 'true', 'on'].includes(attr(el, 'w:default') ?? '');
      const basedOn = val(child(el, 'w:basedOn'));
      this.byId.set(id, { id, type, isDefault, el, ...(basedOn !== undefined ? { basedOn } : {}) });
      if (isDefault && !this.defaultOf.has(type)) this.defaultOf.set(type, id);
    }
    const notes: Unsupported[] = [];
    const env = this.env(notes);
    const docDefaults = child(root, 'w:docDefaults');
    this.defaults = {
      ...EMPTY,
      para: parsePPr(path(docDefaults, 'w:pPrDefault', 'w:pPr'), env),
      run: parseRPr(path(docDefaults, 'w:rPrDefault', 'w:rPr'), env),
      notes,
    };
  }

  private env(notes: Unsupported[]): PropsEnv {
    return {
      theme: this.theme,
      note: (element, reason) => {
        if (!notes.some((n) => n.element === element && n.reason === reason))
          notes.push({ element, ...(reason !== undefined && { reason }) });
      },
    };
  }

  /** The style chain from the root ancestor down to `id` (same type only, cycle-safe). */
  private chain(id: string, type: string): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    let cur = this.byId.get(id);
    while (cur && cur.type === type && !seen.has(cur.id) && out.length < MAX_DEPTH) {
      seen.add(cur.id);
      out.unshift(cur);
      cur = cur.basedOn === undefined ? undefined : this.byId.get(cur.basedOn);
    }
    return out;
  }

  private resolve(id: string, type: string): ResolvedStyle {
    const key = `${type}:${id}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const notes: Unsupported[] = [];
    const env = this.env(notes);
    let para: ParaProps = {};
    let run: RunProps = {};
    let tbl: TblProps = { borders: {}, margins: {} };
    let cell: CellProps = EMPTY.cell;
    const conditions = new Map<string, ConditionalFormat>();
    for (const def of this.chain(id, type)) {
      para = overlayPara(para, parsePPr(child(def.el, 'w:pPr'), env));
      run = overlay(run, parseRPr(child(def.el, 'w:rPr'), env));
      if (type === 'table') {
        tbl = overlayTbl(tbl, parseTblPr(child(def.el, 'w:tblPr'), env));
        cell = overlayCell(cell, parseCellPr(child(def.el, 'w:tcPr'), env));
        for (const sp of childrenNamed(def.el, 'w:tblStylePr')) {
          const kind = attr(sp, 'w:type');
          if (!kind) continue;
          const prev = conditions.get(kind) ?? EMPTY_CONDITION;
          conditions.set(kind, {
            para: overlayPara(prev.para, parsePPr(child(sp, 'w:pPr'), env)),
            run: overlay(prev.run, parseRPr(child(sp, 'w:rPr'), env)),
            tbl: overlayTbl(prev.tbl, parseTblPr(child(sp, 'w:tblPr'), env)),
            cell: overlayCell(prev.cell, parseCellPr(child(sp, 'w:tcPr'), env)),
          });
        }
      }
    }
    const resolved: ResolvedStyle = { id, para, run, tbl, cell, conditions, notes };
    this.cache.set(key, resolved);
    return resolved;
  }

  /** A paragraph style; the default paragraph style when `id` is absent or unknown. */
  paragraph(id: string | undefined): ResolvedStyle {
    const known = id !== undefined && this.byId.get(id)?.type === 'paragraph' ? id : this.defaultOf.get('paragraph');
    return known === undefined ? EMPTY : this.resolve(known, 'paragraph');
  }

  /** A character style; undefined when unknown. */
  character(id: string | undefined): ResolvedStyle | undefined {
    if (id === undefined || this.byId.get(id)?.type !== 'character') return undefined;
    return this.resolve(id, 'character');
  }

  /** A table style; the default table style when `id` is absent or unknown. */
  table(id: string | undefined): ResolvedStyle {
    const known = id !== undefined && this.byId.get(id)?.type === 'table' ? id : this.defaultOf.get('table');
    return known === undefined ? EMPTY : this.resolve(known, 'table');
  }

  /** A numbering style's w:numId (for w:numStyleLink). */
  numberingStyleNumId(id: string): string | undefined {
    if (this.byId.get(id)?.type !== 'numbering') return undefined;
    return this.resolve(id, 'numbering').para.numId;
  }

  /** The first family in the document defaults, for text drawn from a symbol font. */
  defaultFamily(): string | undefined {
    const normal = this.paragraph(undefined).run;
    return normal.ascii ?? normal.hAnsi ?? this.defaults.run.ascii ?? this.defaults.run.hAnsi;
  }
}
