// The pledge's signature grid, fitted: an odd last block does not stand alone on a page when the same
// grid set tighter (lower signature space, less room under the names) fits on one page less. Every
// printed copy of the pledge is then a sheet shorter. The tighter .docx replaces the normal one, so the
// Word file and its PDF stay one document.
import { unzipSync } from 'fflate';
import type { Page } from '../engine/layout/boxes.js';
import type { LaidOut, PendingPdf } from '../engine/index.js';
import type { Profile } from '../profile/profile.js';
import { mmToTwips } from '../profile/profile.js';
import { writeZip, writtenEntries, type ZipCaches } from '../render/docx/zip.js';
import type { SignatureBlock } from '../view/model.js';

const squeeze = (s: string) => s.replace(/[\s\d]/g, '');

/** The text of a page as painted, without spaces and digits (the page number), in reading order. */
const pageText = (page: Page) =>
  squeeze(
    page.boxes
      .filter((b) => b.kind === 'text')
      .map((b) => b.glyphs.map((g) => g.text).join(''))
      .join(''),
  );

/** True when the last page holds the grid's odd last block and nothing else. */
export function lastPageHoldsOnlySingle(pages: readonly Page[], single: SignatureBlock): boolean {
  const last = pages.at(-1);
  if (!last || pages.length < 2) return false;
  return pageText(last) === squeeze([single.unit, single.authority, single.title, single.name].join(''));
}

/** The .docx with the signature styles set tighter: the space for signature and seal, the room under a name. */
export function tightenGrid(docx: Uint8Array, profile: Profile, date: Date, zip: ZipCaches): Uint8Array {
  const entries = new Map(writtenEntries(docx, zip) ?? Object.entries(unzipSync(docx)));
  const styles = new TextDecoder().decode(entries.get('word/styles.xml'));
  const tight = profile.signature_grid_tight;
  const set = (xml: string, style: string, attr: string, value: number) =>
    xml.replace(new RegExp(`(w:styleId="${style}"[^]*?<w:spacing [^>]*?${attr}=")\\d+`), (_, head: string) => `${head}${value}`);
  const after = Math.round(tight.after_name_pt.value * 20);
  const tightened = set(set(styles, 'VkSignSpace', 'w:line', mmToTwips(tight.space_mm.value)), 'VkSignName', 'w:after', after);
  entries.set('word/styles.xml', new TextEncoder().encode(tightened));
  return writeZip(
    [...entries].map(([name, bytes]) => ({ name, bytes })),
    date,
    zip,
  );
}

/**
 * The pledge laid out again with the tight grid when its last page would hold only the odd last block;
 * the tight one is kept only if it takes fewer pages. Undefined: keep the normal layout.
 */
export function fitGrid(
  docx: Uint8Array,
  laidOut: PendingPdf,
  single: SignatureBlock | null,
  relayout: (docx: Uint8Array) => PendingPdf & LaidOut,
  profile: Profile,
  date: Date,
  zip: ZipCaches,
): { docx: Uint8Array; pending: PendingPdf & LaidOut } | undefined {
  if (!single || !lastPageHoldsOnlySingle(laidOut.pages, single)) return undefined;
  const tight = tightenGrid(docx, profile, date, zip);
  const pending = relayout(tight);
  return pending.pages.length < laidOut.pages.length ? { docx: tight, pending } : undefined;
}
