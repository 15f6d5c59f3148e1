// Who chaired, who took the minutes, who attended and who was absent, as the minutes list them.
import { membersOn, type RegistryValues } from '../model/registry.js';
import type { ConferenceFile } from '../schema/conference.js';
import { BLANK, BLANK_LONG, blankAfter, formatNumber, joinVi, punctuateList, upperFirst } from './format/index.js';
import { comrade, type PersonRef } from './people.js';

type People = Map<string, PersonRef>;

export interface ChairsView {
  /** "đồng chí A, chức vụ; đồng chủ trì: đồng chí B, chức vụ", or a blank. */
  text: string;
  list: Array<{ text: string; coChair: boolean }>;
  /** The person who signs as chair: the first chair named by a person. */
  signer: PersonRef | undefined;
}

export function chairsOf(c: ConferenceFile, people: People): ChairsView {
  const list = (c.chairs ?? []).map((ch) => {
    const person = ch.person ? people.get(ch.person) : undefined;
    return { text: person ? comrade(person) : (ch.group ?? ''), coChair: ch.role === 'dong-chu-tri', person };
  });
  const main = joinVi(list.filter((x) => !x.coChair).map((x) => x.text));
  const co = joinVi(list.filter((x) => x.coChair).map((x) => x.text));
  const text = main && co ? `${main}; đồng chủ trì: ${co}` : main || (co ? `đồng chủ trì: ${co}` : BLANK);
  return { text, list: list.map(({ text: t, coChair }) => ({ text: t, coChair })), signer: list.find((x) => x.person)?.person };
}

const unitName = (r: RegistryValues, id: string) => r.units.get(id)?.value.name ?? id;

type Delegation = NonNullable<NonNullable<ConferenceFile['participants']>['delegations']>[number];
type Absence = { who: string; reason?: string | undefined };

const absence = (a: Absence) => (a.reason ? `${a.who} (${a.reason})` : a.who);

/**
 * One unit's attendance line, as minutes write it: "Ban Tổ chức Tỉnh ủy A: có mặt đồng chí …, Trưởng
 * Ban; vắng mặt đồng chí …, Phó Trưởng Ban (đi công tác)" or "Ban Tổ chức Tỉnh ủy B: vắng mặt (lý do)".
 * The number of delegates is printed only where the data states it.
 */
function unitLine(d: Delegation, r: RegistryValues): string {
  const name = unitName(r, d.unit);
  if (d.present === false) return d.reason ? `${name}: vắng mặt (${d.reason})` : `${name}: vắng mặt`;
  const who = joinVi((d.members ?? []).map(comrade));
  const count = d.count !== undefined ? `${formatNumber(d.count)} đồng chí` : '';
  const present = who ? `có mặt ${count ? `${count}, gồm ` : ''}${who}` : count ? `có mặt ${count}` : 'có mặt';
  const away = (d.absent ?? []).map(absence);
  return away.length ? `${name}: ${present}; vắng mặt ${joinVi(away)}` : `${name}: ${present}`;
}

/**
 * The units' lines: one per delegation in the data's order, then, when the data records delegations of a
 * cluster, one per member unit it does not mention, with a blank to fill by hand (never a guess).
 */
function unitLines(c: ConferenceFile, r: RegistryValues): string[] {
  const delegations = c.participants?.delegations ?? [];
  if (delegations.length === 0) return [];
  const cluster = c.cluster ? r.clusters.get(c.cluster)?.value : undefined;
  const members = cluster ? (membersOn(cluster, r.units, c.date) ?? []) : [];
  const named = new Set(delegations.map((d) => d.unit));
  return [
    ...delegations.map((d) => unitLine(d, r)),
    // The blank fills the rest of the unit's line ("- " before it, ";" after it) and never wraps.
    ...members.filter((id) => !named.has(id)).map((id) => `${unitName(r, id)}: ${blankAfter(`- ${unitName(r, id)}: `)}`),
  ];
}

/**
 * Attendance lines: the guests by name and position, one line per unit (present or absent, with the
 * reason and the delegates), the groups named together. A head count is printed only where the data
 * states one: listing two delegates says nothing about how many came.
 */
export function attendanceOf(c: ConferenceFile, r: RegistryValues) {
  const p = c.participants;
  const delegations = p?.delegations ?? [];
  const present = delegations.filter((d) => d.present !== false);
  const absentUnits = delegations.filter((d) => d.present === false);
  const units = unitLines(c, r);
  const absent = (p?.absent ?? []).map(absence);
  const guests = (p?.guests ?? []).map((g) => upperFirst(comrade(g)));
  return {
    guests,
    units,
    groups: p?.groups ?? [],
    /** Guests, the units' lines and groups as one printed dash list, punctuated (";" … "."). */
    // Each item of the dash list opens with a capital, a group written in lower case included.
    list: punctuateList([...guests, ...units, ...(p?.groups ?? []).map(upperFirst)]),
    press: punctuateList(p?.press ?? []),
    /** People or bodies absent outside the units' lines. */
    absent: punctuateList(absent),
    presentUnits: present.map((d) => unitName(r, d.unit)),
    absentUnits: absentUnits.map((d) => unitName(r, d.unit)),
    any: Boolean(p?.guests?.length || units.length || p?.groups?.length),
    blank: BLANK_LONG,
  };
}

export const secretaryText = (c: ConferenceFile, people: People) => {
  const s = c.secretary ? people.get(c.secretary) : undefined;
  return { text: s ? comrade(s) : BLANK, person: s };
};
