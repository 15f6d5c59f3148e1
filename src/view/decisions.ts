// What the meeting decided: adopted drafts, votes with their method and result, tasks, elections.
import type { RegistryValues } from '../model/registry.js';
import type { ConferenceFile } from '../schema/conference.js';
import { formatNumber, joinVi, sentence } from './format/index.js';

type Decision = NonNullable<ConferenceFile['decisions']>[number];
type Vote = NonNullable<Decision['vote']>;

const METHODS = { 'bieu-quyet': 'biểu quyết', 'bo-phieu-kin': 'bỏ phiếu kín' } as const;
const VERBS = { 'thong-qua': 'thống nhất thông qua', 'bieu-quyet': 'biểu quyết', 'thong-nhat': 'thống nhất' } as const;

/** 13 of 14 → "92,86%": the share of votes, rounded to two decimals as minutes write it. */
export const voteShare = (n: number, of: number) => `${formatNumber(Math.round((n / of) * 10000) / 100)}%`;

/**
 * ", bằng hình thức biểu quyết, với 13/13 ý kiến tán thành (đạt 100%)": only the numbers the data
 * states; a share only when the number voting is known.
 */
export function voteText(v: Vote): string {
  const unit = v.method === 'bo-phieu-kin' ? 'phiếu' : 'ý kiến';
  const parts: string[] = [];
  if (v.for !== undefined) {
    const total = v.of !== undefined ? `${formatNumber(v.for)}/${formatNumber(v.of)}` : formatNumber(v.for);
    const share = v.of ? ` (đạt ${voteShare(v.for, v.of)})` : '';
    parts.push(`${total} ${unit} tán thành${share}`);
  }
  if (v.against !== undefined) parts.push(`${formatNumber(v.against)} ${unit} không tán thành`);
  if (v.abstain !== undefined)
    parts.push(`${formatNumber(v.abstain)} ${v.method === 'bo-phieu-kin' ? 'phiếu trắng' : 'ý kiến không biểu quyết'}`);
  return `, bằng hình thức ${METHODS[v.method]}${parts.length ? `, với ${joinVi(parts)}` : ''}`;
}

/** "Hội nghị thống nhất thông qua dự thảo Quy chế …, bằng hình thức biểu quyết, với …." */
export function decisionSentence(d: Decision): string {
  return sentence(`Hội nghị ${VERBS[d.kind ?? 'thong-qua']} ${d.subject}${d.vote ? voteText(d.vote) : ''}`);
}

export function decisionsOf(c: ConferenceFile): string[] {
  return (c.decisions ?? []).map(decisionSentence);
}

export function electionsOf(c: ConferenceFile, r: RegistryValues) {
  const e = c.elections;
  if (!e) return { present: false, year: '', head: '', deputies: '', count: '', sentence: '', vote: '' };
  const unitName = (id: string) => r.units.get(id)?.value.name ?? id;
  const head = unitName(e.head);
  const deputies = joinVi((e.deputies ?? []).map(unitName));
  const count = formatNumber(1 + (e.deputies?.length ?? 0));
  const text = `${head} làm Cụm trưởng${deputies ? `; ${deputies} làm Cụm phó` : ''} năm ${e.year}`;
  return { present: true, year: String(e.year), head, deputies, count, sentence: text, vote: e.vote ? voteText(e.vote) : '' };
}
