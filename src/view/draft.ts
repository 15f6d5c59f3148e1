// Draft state of each document: the fields its kind requires that the data does not give yet.
import type { RegistryValues } from '../model/registry.js';
import { missingFields, type DocumentName } from '../model/requirements.js';
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

/** The draft state of each printed document of a conference. */
export function draftsOf(c: ConferenceFile, r: RegistryValues): Record<DocumentName, DraftView> {
  const all = missingFields(c, r);
  const of = (doc: DocumentName): DraftView => {
    const missing = all.filter((m) => m.documents.includes(doc)).map((m) => `${m.what.vi} (${formatPath(m.path)})`);
    return { present: missing.length > 0, mark: missing.length > 0 ? DRAFT_MARK : '', missing };
  };
  return { minutes: of('minutes'), pledge: of('pledge'), bulletin: of('bulletin') };
}
