// The document header's two columns fitted to its lines (formats.md §1): a long name is broken only at
// its joints, never inside a name, so every header line must print whole. The left column (the issuer's
// lines) first widens into the room the right column (party line, place-date) does not need; only when
// that is not enough do the name lines shrink, step by half a point, down to the profile's smallest size.
import { mmToTwips, type Profile } from '../profile/profile.js';

export interface TextStyle {
  size: number;
  bold: boolean;
  italic: boolean;
}

/** Width in points of `text` set in the profile's font at `style`. */
export type Measure = (text: string, style: TextStyle) => number;

/** The national party line, printed by the templates at the top of the right column. */
export const PARTY_LINE = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/** What the header prints, in print case: the left block's lines and the right block's place-date line. */
export interface HeaderBlock {
  superior: string;
  issuer: readonly string[];
  number: string;
  placeDate: string;
}

export type HeaderProfile = Pick<Profile, 'page' | 'margins_mm' | 'sizes_pt' | 'header'>;

/** A name line that cannot print whole: which one, its width and the room it has, in points. */
export interface HeaderOverflow {
  part: 'superior' | 'issuer';
  /** Index among the issuer's lines (0 for the superior line). */
  index: number;
  text: string;
  width: number;
  room: number;
}

export interface HeaderFit {
  /** Column widths in twips, left then right. */
  columns: [number, number];
  /** The template's own columns and the profile's sizes: nothing changes in the document when the fit equals them. */
  usual: { columns: [number, number]; sizes: { superior: number; issuer: number } };
  /** Sizes in points of the superior line and of the issuer's lines (the profile's unless they shrank). */
  sizes: { superior: number; issuer: number };
  /** Lines still too wide at the smallest size in the widest left column: they wrap, and `check` warns. */
  overflow: HeaderOverflow[];
}

/**
 * A line measured to fit exactly must not wrap because Word or LibreOffice rounds a width differently:
 * every line is given this much room beyond its measured width.
 */
export const SLACK_PT = 1;

const twips = (pt: number) => Math.ceil(pt * 20);

/** The header table's width and usual left column in twips, as the templates set them (template-source.ts "table header"). */
export function headerColumns(p: HeaderProfile): { total: number; left: number } {
  const m = p.margins_mm;
  const total = mmToTwips(p.page.width_mm.value - m.left.value - m.right.value) + mmToTwips(p.header.outdent_mm.value);
  return { total, left: Math.round((total * p.header.left_percent.value) / 100) };
}

/** The columns and sizes that print every line of `block` whole, or the closest to it (with what still overflows). */
export function fitHeader(block: HeaderBlock, p: HeaderProfile, measure: Measure): HeaderFit {
  const sz = p.sizes_pt;
  const { total, left: usualLeft } = headerColumns(p);
  const usual = {
    columns: [usualLeft, total - usualLeft] as [number, number],
    sizes: { superior: sz.superior.value, issuer: sz.issuer.value },
  };
  const right = Math.max(
    measure(PARTY_LINE, { size: sz.party_line.value, bold: true, italic: false }),
    measure(block.placeDate, { size: sz.place_date.value, bold: false, italic: true }),
  );
  // The left column may take what the right one does not need (keeping a gap between the blocks), never less than its usual share.
  const widest = Math.max(usualLeft, total - twips(right + SLACK_PT) - mmToTwips(p.header.gap_mm.value));
  const numberWidth = block.number ? measure(block.number, { size: sz.number.value, bold: false, italic: false }) : 0;
  const names = (size: number) => {
    const superior = Math.min(sz.superior.value, size);
    const issuer = Math.min(sz.issuer.value, size);
    const lines: HeaderOverflow[] = [];
    if (block.superior)
      lines.push({
        part: 'superior',
        index: 0,
        text: block.superior,
        width: measure(block.superior, { size: superior, bold: false, italic: false }),
        room: 0,
      });
    block.issuer.forEach((text, index) =>
      lines.push({ part: 'issuer', index, text, width: measure(text, { size: issuer, bold: true, italic: false }), room: 0 }),
    );
    return { sizes: { superior, issuer }, lines };
  };
  const largest = Math.max(sz.superior.value, sz.issuer.value);
  const smallest = Math.min(p.header.min_pt.value, largest);
  // Half points: the finest size step Word stores (w:sz is in half points).
  for (let size = largest; size >= smallest - 1e-9; size -= 0.5) {
    const { sizes, lines } = names(size);
    const need = twips(Math.max(numberWidth, ...lines.map((l) => l.width)) + SLACK_PT);
    if (need <= usualLeft) return { columns: usual.columns, usual, sizes, overflow: [] };
    if (need <= widest) return { columns: [need, total - need], usual, sizes, overflow: [] };
  }
  const { sizes, lines } = names(smallest);
  const room = widest / 20 - SLACK_PT;
  return {
    columns: [widest, total - widest],
    usual,
    sizes,
    overflow: lines.filter((l) => l.width > room).map((l) => ({ ...l, room })),
  };
}
