// The press bulletin's sentences, built from the data so they read naturally whatever is present or absent.
import { awardCounts } from '../model/derive.js';
import type { RegistryValues } from '../model/registry.js';
import type { ConferenceFile } from '../schema/conference.js';
import { formatNumber, joinSemicolon, joinVi, lowerFirst, newsDate, newsDateFull, periodLabel, periodLabelOpening, upperFirst } from './format/index.js';
import type { ViewModel } from './model.js';
import { comrade } from './people.js';
import { countsText, indicatorText } from './proceedings.js';

const AWARD_NAMES = { 'co-thi-dua': 'Cờ thi đua', 'bang-khen': 'Bằng khen', 'giay-khen': 'Giấy khen' } as const;
const KIND_TITLES = { 'tong-ket': 'tổng kết', 'so-ket': 'sơ kết', 'giao-ban': 'giao ban', 'ky-giao-uoc': 'ký giao ước thi đua' } as const;

/** A clause without its closing punctuation, to be joined into a longer sentence. */
const clause = (s: string) => s.trim().replace(/[.;,:!?…]+$/u, '').trim();
/** One sentence: capital first letter, exactly one final full stop. */
const sentenceOf = (s: string) => {
  const c = clause(s);
  return c ? `${upperFirst(c)}.` : '';
};

export function newsOf(c: ConferenceFile, r: RegistryValues, vm: Omit<ViewModel, 'sections' | 'news' | 'blanks'>): ViewModel['news'] {
  const cluster = c.cluster ? r.clusters.get(c.cluster)?.value : undefined;
  const host = c.host ? r.units.get(c.host)?.value.name : undefined;
  const numberText = cluster?.number !== undefined ? `Cụm thi đua số ${cluster.number}` : 'Cụm thi đua';
  const named = cluster?.name ?? numberText;
  const members = vm.cluster.memberProvinces;
  const membersNote = cluster && members ? (/số\s+\S+/i.test(named) ? ` (gồm: ${members})` : ` (${numberText} gồm: ${members})`) : '';
  const subject = cluster ? `${named}${membersNote}` : (host ?? '');
  const subjectShort = cluster ? numberText : (host ?? '');
  const actor = cluster ? 'các đơn vị trong Cụm' : (host ?? 'đơn vị');
  const what = c.title ? lowerFirst(clause(c.title)) : clause(`hội nghị ${joinVi(c.kinds.map((k) => KIND_TITLES[k]))} ${c.period ? periodLabel(c.period) : ''}`);
  const where = c.place?.locality || c.place?.province ? vm.place.where : '';
  const period = c.period ? periodLabel(c.period) : '';

  const when = c.date ? `Ngày ${newsDate(c.date)}` : '';
  const head = [when, where ? `tại ${where}` : ''].filter(Boolean).join(', ');
  const body = subject ? `${subject} tổ chức ${what}` : `${what} đã diễn ra`;
  const agency = c.press?.agencyCode ?? '';
  const opening = `${agency ? `${agency} - ` : ''}${head ? `${upperFirst(head)}, ${body}` : upperFirst(body)}.`;

  const leadWhen = c.date ? `ngày ${newsDateFull(c.date)}` : '';
  const lead = sentenceOf([`${subject ? `${subjectShort || subject} tổ chức ` : ''}${what}`, where ? `tại ${where}` : '', leadWhen].filter(Boolean).join(', '));

  const paragraphs: string[] = [];
  const highlights = (c.results?.highlights ?? []).map((h) => lowerFirst(clause(h))).filter(Boolean);
  if (highlights.length) paragraphs.push(sentenceOf(`Kết quả nổi bật${period ? ` ${period}` : ''}: ${joinSemicolon(highlights)}`));
  // Each figure under its own subject: the province admits members, the Ban advises (formats.md §5).
  const bySubject = new Map<string, string[]>();
  for (const i of c.results?.indicators ?? []) {
    const who = i.actor ?? actor;
    bySubject.set(who, [...(bySubject.get(who) ?? []), clause(indicatorText({ ...i, actor: undefined }))]);
  }
  let first = true;
  for (const [who, items] of bySubject) {
    const opener = first ? (period ? `${periodLabelOpening(c.period!)}, ` : 'Trong kỳ, ') : '';
    paragraphs.push(sentenceOf(`${opener}${first ? who : upperFirst(who)} đã ${joinSemicolon(items)}`));
    first = false;
  }
  for (const d of vm.directives) {
    // A summary is the writer's words, never in quotation marks; only verbatim passages are quoted.
    const headOf = `Phát biểu tại Hội nghị, ${lowerFirst(d.speaker)}`;
    const points = d.points.map((x) => lowerFirst(clause(x.text))).filter(Boolean);
    const summary = d.summary ? lowerFirst(clause(d.summary)) : '';
    const verb = d.verb.startsWith('phát biểu') ? 'nhấn mạnh' : d.verb;
    if (summary) paragraphs.push(sentenceOf(`${headOf} ${verb} ${summary}`));
    for (const q of d.quotes) paragraphs.push(`${summary ? `Đồng chí ${d.speakerName || d.unit}` : headOf} nhấn mạnh: ${q}`);
    if (points.length) paragraphs.push(sentenceOf(`${summary || d.quotes.length ? `Đồng chí ${d.speakerName || d.unit}` : headOf} đề nghị ${joinSemicolon(points)}`));
    if (!summary && !points.length && !d.quotes.length) paragraphs.push(sentenceOf(`${d.speaker} đã ${d.verb} tại Hội nghị`));
  }
  const awards = c.emulation?.awards ?? [];
  const groups = new Map<string, string[]>();
  for (const a of awards) {
    const names = (a.recipients ?? []).map((x) => (x.unit ? (r.units.get(x.unit)?.value.name ?? x.unit) : (x.collective ?? (x.person ? comrade({ name: x.person, title: x.title, organization: x.organization }) : ''))));
    const recipients = names.length > 0 && names.length <= 3 ? joinVi(names) : countsText(awardCounts(a));
    if (!recipients) continue;
    const key = `${a.status}\u0000${a.grantor}`;
    groups.set(key, [...(groups.get(key) ?? []), `tặng ${a.title ?? AWARD_NAMES[a.kind]} cho ${recipients}${a.reason ? ` ${clause(a.reason)}` : ''}`]);
  }
  let granted = 0;
  for (const [key, clauses] of groups) {
    const [status, grantor] = key.split('\u0000') as [string, string];
    const opener = granted++ === 0 ? 'Dịp này' : 'Cũng tại Hội nghị';
    paragraphs.push(
      status === 'de-nghi'
        ? sentenceOf(`Tại Hội nghị, ${subjectShort || 'Hội nghị'} thông báo kết quả bình xét thi đua, thống nhất đề nghị ${grantor} ${clauses.join(', ')}`)
        : sentenceOf(`${opener}, ${grantor} đã ${clauses.join(', ')}`),
    );
    if (status === 'de-nghi') granted--;
  }
  if (c.pledge && c.kinds.includes('ky-giao-uoc')) {
    const n = c.pledge.groups?.length ?? c.pledge.groupCount ?? 0;
    const signers = vm.pledge.signatureRows.length > 0 ? `${vm.pledge.signatoryCount} đơn vị` : 'các đơn vị';
    paragraphs.push(sentenceOf(`${cluster ? `Các đơn vị trong ${numberText}` : upperFirst(signers)} đã ký giao ước thi đua ${vm.pledge.period}${n ? ` với ${formatNumber(n)} nhóm nội dung, nhiệm vụ trọng tâm` : ''}${c.pledge.theme ? `, chủ đề “${clause(c.pledge.theme)}”` : ''}`));
  }
  if (c.elections) {
    const e = c.elections;
    const deputies = joinVi((e.deputies ?? []).map((id) => r.units.get(id)?.value.name ?? id));
    paragraphs.push(sentenceOf(`Hội nghị đã bầu ${r.units.get(e.head)?.value.name ?? e.head} làm Cụm trưởng${deputies ? `, ${deputies} làm Cụm phó` : ''} năm ${e.year}`));
  }
  // A news item ends with "./." after its last sentence.
  const all = [opening, ...paragraphs];
  all[all.length - 1] = (all[all.length - 1] ?? '').replace(/\.?$/, './.');

  const credit = c.press?.photos ?? [];
  const photos = credit.map((ph) => {
    const by = [ph.credit, agency].filter(Boolean).join('/');
    const caption = sentenceOf(ph.caption);
    return { caption: by ? `${caption} (Ảnh: ${by})` : caption, file: ph.file ?? '', alt: clause(ph.caption) };
  });
  return {
    headline: clause(c.press?.headline ?? c.title ?? upperFirst(what)),
    lead,
    paragraphs: all,
    photos,
    author: joinVi(c.press?.authors ?? []),
    agency: c.press?.agency ?? '',
    keywords: joinVi(c.kinds.map((k) => KIND_TITLES[k]), ''),
  };
}
