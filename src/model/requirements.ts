// What each document needs from a conference before it can be printed without blanks.
import type { DataPath } from '../diagnostics/types.js';
import type { RegistryValues } from './registry.js';
import type { ConferenceFile } from '../schema/conference.js';
import { documentsOf, minutesIssuerId, pledgeIssuerId } from './derive.js';

export type DocumentName = 'minutes' | 'pledge' | 'bulletin';

export const DOCUMENT_NAMES: Record<DocumentName, { vi: string; en: string }> = {
  minutes: { vi: 'Biên bản', en: 'Minutes' },
  pledge: { vi: 'Giao ước thi đua', en: 'Pledge' },
  bulletin: { vi: 'Tin bài', en: 'Bulletin' },
};

export interface Requirement {
  documents: DocumentName[];
  path: DataPath;
  what: { vi: string; en: string };
  present: (c: ConferenceFile, r: RegistryValues) => boolean;
}

const has = (v: unknown) => v !== undefined && v !== null && (!Array.isArray(v) || v.length > 0);

/** The issuing body's short code, for the "Số 01-BB/..." line. */
function codeOf(id: string | undefined, r: RegistryValues): string | undefined {
  if (!id) return undefined;
  return r.units.get(id)?.value.code ?? r.clusters.get(id)?.value.code;
}

export const REQUIREMENTS: Requirement[] = [
  { documents: ['minutes', 'pledge', 'bulletin'], path: ['title'], what: { vi: 'tên hội nghị', en: 'conference title' }, present: (c) => has(c.title) },
  { documents: ['minutes', 'pledge', 'bulletin'], path: ['date'], what: { vi: 'ngày họp', en: 'meeting date' }, present: (c) => has(c.date) },
  { documents: ['minutes'], path: ['time', 'start'], what: { vi: 'giờ bắt đầu', en: 'start time' }, present: (c) => has(c.time?.start) },
  { documents: ['minutes'], path: ['time', 'end'], what: { vi: 'giờ kết thúc', en: 'end time' }, present: (c) => has(c.time?.end) },
  { documents: ['minutes'], path: ['place', 'venue'], what: { vi: 'nơi họp', en: 'venue' }, present: (c) => has(c.place?.venue) },
  { documents: ['minutes', 'bulletin'], path: ['place', 'province'], what: { vi: 'tỉnh, thành phố nơi họp', en: 'province of the venue' }, present: (c) => has(c.place?.province) },
  { documents: ['bulletin'], path: ['place', 'locality'], what: { vi: 'thành phố, xã, phường nơi họp (cho dòng đầu tin)', en: 'locality (for the dateline)' }, present: (c) => has(c.place?.locality) },
  {
    documents: ['minutes'],
    path: ['documents', 'minutes', 'issuer'],
    what: { vi: 'cơ quan ban hành biên bản (documents.minutes.issuer, organizers, cluster hoặc host)', en: 'issuer of the minutes (documents.minutes.issuer, organizers, cluster or host)' },
    present: (c) => has(minutesIssuerId(c)),
  },
  {
    documents: ['minutes'],
    path: ['documents', 'minutes', 'issuer'],
    what: { vi: 'ký hiệu của cơ quan ban hành biên bản (code trong tệp đơn vị hoặc Cụm)', en: "code of the minutes' issuer (code in its unit or cluster file)" },
    present: (c, r) => !minutesIssuerId(c) || has(codeOf(minutesIssuerId(c), r)),
  },
  {
    documents: ['pledge'],
    path: ['documents', 'pledge', 'issuer'],
    what: { vi: 'cơ quan đứng tên giao ước (documents.pledge.issuer hoặc cluster)', en: 'body named at the head of the pledge (documents.pledge.issuer or cluster)' },
    present: (c) => has(pledgeIssuerId(c)),
  },
  { documents: ['minutes'], path: ['documents', 'minutes', 'number'], what: { vi: 'số biên bản', en: 'minutes number' }, present: (c) => has(c.documents?.minutes?.number) },
  { documents: ['minutes'], path: ['documents', 'minutes', 'copies'], what: { vi: 'số bản biên bản được lập', en: 'number of copies of the minutes' }, present: (c) => has(c.documents?.minutes?.copies) },
  { documents: ['minutes'], path: ['chairs'], what: { vi: 'người chủ trì', en: 'chair' }, present: (c) => has(c.chairs) },
  { documents: ['minutes'], path: ['secretary'], what: { vi: 'thư ký', en: 'secretary' }, present: (c) => has(c.secretary) },
  {
    documents: ['minutes'],
    path: ['participants'],
    what: { vi: 'thành phần dự', en: 'attendance' },
    present: (c) => has(c.participants?.guests) || has(c.participants?.delegations) || has(c.participants?.groups),
  },
  { documents: ['pledge'], path: ['pledge'], what: { vi: 'nội dung giao ước', en: 'pledge content' }, present: (c) => has(c.pledge) },
  // A cluster's pledge takes the profile's default bases (profiles/*.yaml, pledge.basis) when the data gives none.
  { documents: ['pledge'], path: ['pledge', 'basis'], what: { vi: 'căn cứ', en: 'basis' }, present: (c) => !c.pledge || has(c.pledge.basis) || has(c.cluster) },
  { documents: ['pledge'], path: ['pledge', 'goals'], what: { vi: 'mục đích, yêu cầu', en: 'goals' }, present: (c) => !c.pledge || has(c.pledge.goals) },
  { documents: ['pledge'], path: ['pledge', 'groups'], what: { vi: 'các nhóm nội dung', en: 'content groups' }, present: (c) => !c.pledge || has(c.pledge.groups) },
  { documents: ['pledge'], path: ['pledge', 'implementation'], what: { vi: 'tổ chức thực hiện', en: 'implementation' }, present: (c) => !c.pledge || has(c.pledge.implementation) },
  { documents: ['pledge'], path: ['pledge', 'signatories'], what: { vi: 'người ký của các đơn vị', en: 'signatories' }, present: (c) => !c.pledge || has(c.pledge.signatories) },
  { documents: ['bulletin'], path: ['press', 'agency'], what: { vi: 'cơ quan báo chí', en: 'press outlet' }, present: (c) => has(c.press?.agency) },
  { documents: ['bulletin'], path: ['press', 'authors'], what: { vi: 'tác giả', en: 'author' }, present: (c) => has(c.press?.authors) },
];

export interface Missing {
  /** The documents that need the field, in the order minutes, pledge, bulletin. */
  documents: DocumentName[];
  path: DataPath;
  what: { vi: string; en: string };
}

/** Every field the conference's documents still lack, once per field with the documents needing it. */
export function missingFields(c: ConferenceFile, r: RegistryValues): Missing[] {
  const docs = documentsOf(c);
  const out: Missing[] = [];
  for (const req of REQUIREMENTS) {
    const needing = req.documents.filter((d) => docs.includes(d));
    if (needing.length > 0 && !req.present(c, r)) out.push({ documents: needing, path: req.path, what: req.what });
  }
  if (docs.includes('pledge')) {
    c.pledge?.signatories?.forEach((s, i) => {
      if (!s.name) out.push({ documents: ['pledge'], path: ['pledge', 'signatories', i, 'name'], what: { vi: 'họ tên người ký', en: "signer's name" } });
    });
  }
  return out;
}
