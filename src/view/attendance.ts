// Who chaired, who took the minutes, who attended and who was absent, as the minutes list them.
import type { RegistryValues } from '../model/registry.js';
import type { ConferenceFile } from '../schema/conference.js';
import { BLANK, BLANK_LONG, formatNumber, joinVi, punctuateList, upperFirst } from './format/index.js';
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

/**
 * Attendance lines. A head count is printed only where the data states one: listing two delegates
 * says nothing about how many came.
 */
export function attendanceOf(c: ConferenceFile, r: RegistryValues) {
  const p = c.participants;
  const delegations = p?.delegations ?? [];
  const present = delegations.filter((d) => d.present !== false);
  const absentUnits = delegations.filter((d) => d.present === false);
  const presentLines = present.map((d) => {
    const name = unitName(r, d.unit);
    const head = d.count !== undefined ? `${name} (${formatNumber(d.count)} đồng chí)` : name;
    const who = (d.members ?? []).map(comrade);
    return who.length ? `${head}: ${joinVi(who)}` : head;
  });
  const absent = [
    ...absentUnits.map((d) => (d.reason ? `${unitName(r, d.unit)} (${d.reason})` : unitName(r, d.unit))),
    ...(p?.absent ?? []).map((a) => (a.reason ? `${a.who} (${a.reason})` : a.who)),
  ];
  const guests = (p?.guests ?? []).map((g) => upperFirst(comrade(g)));
  return {
    guests,
    delegations: presentLines,
    groups: p?.groups ?? [],
    /** Guests, present delegations and groups as one printed dash list, punctuated (";" … "."). */
    list: punctuateList([...guests, ...presentLines, ...(p?.groups ?? [])]),
    press: punctuateList(p?.press ?? []),
    absent: punctuateList(absent),
    /** "Có mặt: 13/14 đơn vị": only when every member unit's presence is recorded. */
    presentUnits: present.map((d) => unitName(r, d.unit)),
    absentUnits: absentUnits.map((d) => unitName(r, d.unit)),
    any: Boolean(p?.guests?.length || present.length || p?.groups?.length),
    blank: BLANK_LONG,
  };
}

export const secretaryText = (c: ConferenceFile, people: People) => {
  const s = c.secretary ? people.get(c.secretary) : undefined;
  return { text: s ? comrade(s) : BLANK, person: s };
};
