// What happened at the meeting: reports, results and awards.
import { awardCounts } from '../model/derive.js';
import type { RegistryValues } from '../model/registry.js';
import type { ConferenceFile } from '../schema/conference.js';
import { formatNumber, joinVi, punctuateList, upperFirst } from './format/index.js';
import { comrade, type PersonRef } from './people.js';

type People = Map<string, PersonRef>;
const unitName = (r: RegistryValues, id: string) => r.units.get(id)?.value.name ?? id;
const personOr = (people: People, id: string | undefined) => (id ? people.get(id) : undefined);

const AWARD_NAMES = { 'co-thi-dua': 'Cờ thi đua', 'bang-khen': 'Bằng khen', 'giay-khen': 'Giấy khen' } as const;

/** "toàn tỉnh kết nạp trên 1.600 đảng viên, vượt gần 6% so với chỉ tiêu": who, what, how many, over which span. */
export function indicatorText(i: NonNullable<NonNullable<ConferenceFile['results']>['indicators']>[number]): string {
  const value = i.of !== undefined ? `${formatNumber(i.value)}/${formatNumber(i.of)}` : formatNumber(i.value);
  const unit = i.unit === '%' ? '%' : i.unit ? ` ${i.unit}` : '';
  const core = [i.actor, i.action, i.qualifier, `${value}${unit}`, i.scope].filter(Boolean).join(' ');
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
    const named = (a.recipients ?? []).map((x) =>
      x.unit
        ? unitName(r, x.unit)
        : (x.collective ?? (x.person ? comrade({ name: x.person, title: x.title, organization: x.organization }) : '')),
    );
    const counts = countsText(awardCounts(a));
    // A list of at most three names reads better than counts; longer lists are summarised.
    const recipients = named.length > 0 && named.length <= 3 ? joinVi(named) : counts;
    const proposed = a.status === 'de-nghi';
    const verb = proposed ? `đề nghị ${a.grantor} tặng` : `${a.grantor} tặng`;
    const reason = a.reason ? ` vì ${a.reason.replace(/^vì\s+/i, '')}` : '';
    return { sentence: upperFirst(`${verb} ${kind} cho ${recipients}${reason}`), kind, grantor: a.grantor, recipients, counts, proposed };
  });
}

export function reportsOf(c: ConferenceFile, r: RegistryValues, people: People) {
  return (c.reports ?? []).map((rep) => {
    const person = personOr(people, rep.presenter);
    const by = [person ? comrade(person) : '', rep.unit ? unitName(r, rep.unit) : ''].filter(Boolean).join(', ');
    const summary = punctuateList(rep.summary ?? []);
    const lead = by ? `${upperFirst(by)} trình bày ${rep.title}` : upperFirst(rep.title);
    return { title: rep.title, presenter: upperFirst(by), lead: `${lead}${summary.length ? ':' : '.'}`, summary };
  });
}
