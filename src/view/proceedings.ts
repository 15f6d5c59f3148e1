// What happened at the meeting: reports, results, discussion, directives, awards, elections.
import { awardCounts } from '../model/derive.js';
import type { RegistryValues } from '../model/registry.js';
import type { ConferenceFile } from '../schema/conference.js';
import { formatNumber, joinVi, sentence, upperFirst } from './format/index.js';
import { comrade, roleOf, type PersonRef } from './people.js';

type People = Map<string, PersonRef>;
const unitName = (r: RegistryValues, id: string) => r.units.get(id)?.value.name ?? id;
const personOr = (people: People, id: string | undefined) => (id ? people.get(id) : undefined);

const AWARD_NAMES = { 'co-thi-dua': 'Cờ thi đua', 'bang-khen': 'Bằng khen', 'giay-khen': 'Giấy khen' } as const;
const DIRECTIVE_VERBS = { 'chi-dao': 'phát biểu chỉ đạo', 'ket-luan': 'phát biểu kết luận', 'phat-bieu': 'phát biểu' } as const;

/** "kết nạp trên 1.600 đảng viên, vượt gần 6% so với chỉ tiêu" */
export function indicatorText(i: NonNullable<NonNullable<ConferenceFile['results']>['indicators']>[number]): string {
  const value = i.of !== undefined ? `${formatNumber(i.value)}/${formatNumber(i.of)}` : formatNumber(i.value);
  const unit = i.unit === '%' ? '%' : i.unit ? ` ${i.unit}` : '';
  const core = [i.action, i.qualifier, `${value}${unit}`].filter(Boolean).join(' ');
  return i.note ? `${core}, ${i.note}` : core;
}

/** "5 tập thể, 13 cá nhân" from the derived counts. */
export function countsText(counts: { collectives: number; individuals: number }): string {
  const parts = [];
  if (counts.collectives > 0) parts.push(`${formatNumber(counts.collectives)} tập thể`);
  if (counts.individuals > 0) parts.push(`${formatNumber(counts.individuals)} cá nhân`);
  return parts.join(', ');
}

export function awardsOf(c: ConferenceFile, r: RegistryValues) {
  return (c.emulation?.awards ?? []).map((a) => {
    const kind = a.title ?? AWARD_NAMES[a.kind];
    const named = (a.recipients ?? []).map((x) => (x.unit ? unitName(r, x.unit) : x.collective ?? (x.person ? comrade({ name: x.person, title: x.title, organization: x.organization }) : '')));
    const counts = countsText(awardCounts(a));
    // A list of at most three names reads better than counts; longer lists are summarised.
    const recipients = named.length > 0 && named.length <= 3 ? joinVi(named) : counts;
    const proposed = a.status === 'de-nghi';
    const verb = proposed ? `đề nghị ${a.grantor} tặng` : `${a.grantor} tặng`;
    const reason = a.reason ? ` vì ${a.reason.replace(/^vì\s+/i, '')}` : '';
    return { sentence: upperFirst(`${verb} ${kind} cho ${recipients}${reason}`), kind, grantor: a.grantor, recipients, counts, proposed };
  });
}

export function directivesOf(c: ConferenceFile, people: People) {
  return (c.directives ?? []).map((d) => {
    const p = people.get(d.speaker) ?? { name: d.speaker };
    return {
      speaker: upperFirst(comrade(p)),
      speakerName: p.name,
      speakerTitle: roleOf(p),
      verb: DIRECTIVE_VERBS[d.kind ?? 'phat-bieu'],
      summary: d.summary ?? '',
      // "Đồng chí A, chức vụ phát biểu kết luận: ..." — a colon when something follows, else a full stop.
      lead: `${upperFirst(comrade(p))} ${DIRECTIVE_VERBS[d.kind ?? 'phat-bieu']}${d.summary ? `: ${sentence(d.summary)}` : d.points?.length ? ':' : '.'}`,
      points: (d.points ?? []).map((text, i) => ({ no: String(i + 1), text: sentence(text) })),
    };
  });
}

export function discussionOf(c: ConferenceFile, r: RegistryValues, people: People) {
  return (c.discussion ?? []).map((d) => {
    const speaker = personOr(people, d.speaker);
    const who = [d.unit ? unitName(r, d.unit) : '', speaker ? comrade(speaker) : ''].filter(Boolean).join(', ');
    const points = d.points ?? [];
    return { who: upperFirst(who), lead: `${upperFirst(who)} phát biểu${points.length ? ':' : '.'}`, points };
  });
}

export function reportsOf(c: ConferenceFile, r: RegistryValues, people: People) {
  return (c.reports ?? []).map((rep) => {
    const person = personOr(people, rep.presenter);
    const by = [person ? comrade(person) : '', rep.unit ? unitName(r, rep.unit) : ''].filter(Boolean).join(', ');
    const summary = rep.summary ?? [];
    const lead = by ? `${upperFirst(by)} trình bày ${rep.title}` : upperFirst(rep.title);
    return { title: rep.title, presenter: upperFirst(by), lead: `${lead}${summary.length ? ':' : '.'}`, summary };
  });
}

export function electionsOf(c: ConferenceFile, r: RegistryValues) {
  const e = c.elections;
  if (!e) return { present: false, year: '', head: '', deputies: '', count: '', sentence: '' };
  const head = unitName(r, e.head);
  const deputies = joinVi((e.deputies ?? []).map((id) => unitName(r, id)));
  const count = formatNumber(1 + (e.deputies?.length ?? 0));
  const sentence = `${head} làm Cụm trưởng${deputies ? `; ${deputies} làm Cụm phó` : ''} năm ${e.year}`;
  return { present: true, year: String(e.year), head, deputies, count, sentence };
}
