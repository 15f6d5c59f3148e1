// What each document needs from a conference before it can be printed without blanks.
import type { DataPath } from '../diagnostics/types.js';
import type { RegistryValues } from './registry.js';
import type { ConferenceFile } from '../schema/conference.js';
import { minutesIssuerId, pledgeIssuerId } from './derive.js';

export interface Requirement {
  /** The name a kind's `requires` gives it in templates/documents.yaml. */
  id: string;
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

/** Every named requirement, in the order drafts list what is missing. */
export const REQUIREMENTS: Requirement[] = [
  { id: 'title', path: ['title'], what: { vi: 'tên hội nghị', en: 'conference title' }, present: (c) => has(c.title) },
  { id: 'date', path: ['date'], what: { vi: 'ngày họp', en: 'meeting date' }, present: (c) => has(c.date) },
  { id: 'time.start', path: ['time', 'start'], what: { vi: 'giờ bắt đầu', en: 'start time' }, present: (c) => has(c.time?.start) },
  { id: 'time.end', path: ['time', 'end'], what: { vi: 'giờ kết thúc', en: 'end time' }, present: (c) => has(c.time?.end) },
  { id: 'place.venue', path: ['place', 'venue'], what: { vi: 'nơi họp', en: 'venue' }, present: (c) => has(c.place?.venue) },
  {
    id: 'place.province',
    path: ['place', 'province'],
    what: { vi: 'tỉnh, thành phố nơi họp', en: 'province of the venue' },
    present: (c) => has(c.place?.province),
  },
  {
    id: 'place.locality',
    path: ['place', 'locality'],
    what: { vi: 'thành phố, xã, phường nơi họp (cho dòng đầu tin)', en: 'locality (for the dateline)' },
    present: (c) => has(c.place?.locality),
  },
  {
    id: 'minutes.issuer',
    path: ['documents', 'minutes', 'issuer'],
    what: {
      vi: 'cơ quan ban hành biên bản (documents.minutes.issuer, organizers, cluster hoặc host)',
      en: 'issuer of the minutes (documents.minutes.issuer, organizers, cluster or host)',
    },
    present: (c) => has(minutesIssuerId(c)),
  },
  {
    id: 'minutes.issuerCode',
    path: ['documents', 'minutes', 'issuer'],
    what: {
      vi: 'ký hiệu của cơ quan ban hành biên bản (code trong tệp đơn vị hoặc Cụm)',
      en: "code of the minutes' issuer (code in its unit or cluster file)",
    },
    present: (c, r) => !minutesIssuerId(c) || has(codeOf(minutesIssuerId(c), r)),
  },
  {
    id: 'pledge.issuer',
    path: ['documents', 'pledge', 'issuer'],
    what: {
      vi: 'cơ quan đứng tên giao ước (documents.pledge.issuer hoặc cluster)',
      en: 'body named at the head of the pledge (documents.pledge.issuer or cluster)',
    },
    present: (c) => has(pledgeIssuerId(c)),
  },
  {
    id: 'documents.minutes.number',
    path: ['documents', 'minutes', 'number'],
    what: { vi: 'số biên bản', en: 'minutes number' },
    present: (c) => has(c.documents?.minutes?.number),
  },
  {
    id: 'documents.minutes.copies',
    path: ['documents', 'minutes', 'copies'],
    what: { vi: 'số bản biên bản được lập', en: 'number of copies of the minutes' },
    present: (c) => has(c.documents?.minutes?.copies),
  },
  { id: 'chairs', path: ['chairs'], what: { vi: 'người chủ trì', en: 'chair' }, present: (c) => has(c.chairs) },
  { id: 'secretary', path: ['secretary'], what: { vi: 'thư ký', en: 'secretary' }, present: (c) => has(c.secretary) },
  {
    id: 'participants',
    path: ['participants'],
    what: { vi: 'thành phần dự', en: 'attendance' },
    present: (c) => has(c.participants?.guests) || has(c.participants?.delegations) || has(c.participants?.groups),
  },
  { id: 'pledge', path: ['pledge'], what: { vi: 'nội dung giao ước', en: 'pledge content' }, present: (c) => has(c.pledge) },
  // A cluster's pledge takes the profile's default bases (profiles/*.yaml, pledge.basis) when the data gives none.
  {
    id: 'pledge.basis',
    path: ['pledge', 'basis'],
    what: { vi: 'căn cứ', en: 'basis' },
    present: (c) => !c.pledge || has(c.pledge.basis) || has(c.cluster),
  },
  {
    id: 'pledge.goals',
    path: ['pledge', 'goals'],
    what: { vi: 'mục đích, yêu cầu', en: 'goals' },
    present: (c) => !c.pledge || has(c.pledge.goals),
  },
  {
    id: 'pledge.groups',
    path: ['pledge', 'groups'],
    what: { vi: 'các nhóm nội dung', en: 'content groups' },
    present: (c) => !c.pledge || has(c.pledge.groups),
  },
  {
    id: 'pledge.implementation',
    path: ['pledge', 'implementation'],
    what: { vi: 'tổ chức thực hiện', en: 'implementation' },
    present: (c) => !c.pledge || has(c.pledge.implementation),
  },
  {
    id: 'pledge.signatories',
    path: ['pledge', 'signatories'],
    what: { vi: 'người ký của các đơn vị', en: 'signatories' },
    present: (c) => !c.pledge || has(c.pledge.signatories),
  },
  {
    id: 'press.agency',
    path: ['press', 'agency'],
    what: { vi: 'cơ quan báo chí', en: 'press outlet' },
    present: (c) => has(c.press?.agency),
  },
  { id: 'press.authors', path: ['press', 'authors'], what: { vi: 'tác giả', en: 'author' }, present: (c) => has(c.press?.authors) },
];

/** A kind's own requirement of a conference field, by its dotted path (present: written and not empty). */
export function fieldRequirement(field: string, what?: { vi: string; en: string }): Requirement {
  const path = field.split('.');
  return {
    id: field,
    path,
    what: what ?? { vi: `trường ${field}`, en: `field ${field}` },
    present: (c) =>
      has(
        path.reduce<unknown>(
          (v, k) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined),
          c,
        ),
      ),
  };
}

/** The named requirement of each signatory of the pledge: its signer's name. */
export const SIGNER_NAMES = 'pledge.signatories.name';

/** What the declared kinds need to know of a kind here: its id, whether it applies, what it requires. */
export interface RequiringKind {
  id: string;
  applies: (c: ConferenceFile) => boolean;
  requires: readonly Requirement[];
}

export interface Missing {
  /** The kinds that need the field (their ids), in the order they are declared. */
  documents: string[];
  path: DataPath;
  what: { vi: string; en: string };
}

/**
 * Every field the conference's documents still lack, once per field with the documents needing it: the
 * named requirements in catalogue order, the kinds' own fields after them, the signers' names last.
 */
export function missingFields(c: ConferenceFile, r: RegistryValues, kinds: readonly RequiringKind[]): Missing[] {
  const applying = kinds.filter((k) => k.applies(c));
  const out: Missing[] = [];
  const needing = (id: string) => applying.filter((k) => k.requires.some((q) => q.id === id)).map((k) => k.id);
  for (const req of REQUIREMENTS) {
    const docs = needing(req.id);
    if (docs.length > 0 && !req.present(c, r)) out.push({ documents: docs, path: req.path, what: req.what });
  }
  const named = new Set(REQUIREMENTS.map((q) => q.id));
  const own = new Map<string, Requirement>();
  for (const k of applying) for (const q of k.requires) if (!named.has(q.id) && q.id !== SIGNER_NAMES && !own.has(q.id)) own.set(q.id, q);
  for (const req of own.values()) if (!req.present(c, r)) out.push({ documents: needing(req.id), path: req.path, what: req.what });
  const signers = needing(SIGNER_NAMES);
  if (signers.length > 0) {
    c.pledge?.signatories?.forEach((s, i) => {
      if (!s.name)
        out.push({ documents: signers, path: ['pledge', 'signatories', i, 'name'], what: { vi: 'họ tên người ký', en: "signer's name" } });
    });
  }
  return out;
}
