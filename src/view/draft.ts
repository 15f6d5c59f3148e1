// Draft state of each document: the fields its kind requires that the data does not give yet.
import type { RegistryValues } from '../model/registry.js';
import { missingFields } from '../model/requirements.js';
import type { DocumentKind } from '../kinds/kinds.js';
import type { ConferenceFile } from '../schema/conference.js';
import { formatPath } from '../diagnostics/types.js';

/** The mark HD 36 lists among the optional components of a document still being drafted. */
export const DRAFT_MARK = 'DỰ THẢO';

export interface DraftView {
  /** True when the document still lacks a required field: it prints the draft mark. */
  present: boolean;
  mark: string;
  /** "tên hội nghị (title)": what is missing, for the person building. */
  missing: string[];
}

/** Not a draft: what a kind that does not apply, or is never marked, is given. */
export const FINAL: DraftView = { present: false, mark: '', missing: [] };

/**
 * The draft state of each declared kind of a conference, by kind id. A kind declared with `draft: false`
 * (the bulletin) still lists what it lacks, but is never marked.
 */
export function draftsOf(c: ConferenceFile, r: RegistryValues, kinds: readonly DocumentKind[]): Record<string, DraftView> {
  const all = missingFields(c, r, kinds);
  const of = (kind: DocumentKind): DraftView => {
    const missing = all.filter((m) => m.documents.includes(kind.id)).map((m) => `${m.what.vi} (${formatPath(m.path)})`);
    const present = kind.draft && missing.length > 0;
    return { present, mark: present ? DRAFT_MARK : '', missing };
  };
  return Object.fromEntries(kinds.map((k) => [k.id, of(k)]));
}
