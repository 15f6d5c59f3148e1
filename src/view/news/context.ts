// What every part of the bulletin needs to know: the data, the outlet's style, who organised the meeting.
import { organizerIds } from '../../model/derive.js';
import type { RegistryValues } from '../../model/registry.js';
import type { ConferenceFile } from '../../schema/conference.js';
import { clusterNumberText, joinVi, periodLabel, periodLabelOpening } from '../format/index.js';
import { peopleById, type PersonRef } from '../people.js';
import type { Np } from './clause.js';
import { Mentions, type Pronoun } from './people.js';

export interface Organiser {
  /** As the lead names it: "Cụm thi đua Ban Tổ chức … (Cụm thi đua số III)". */
  full: Np;
  /** As the body names it again: "Cụm thi đua số III". */
  short: Np;
  /** Who did the work the results count: the organiser, or "các đơn vị trong Cụm thi đua số III" for a cluster. */
  doers: Np;
  /** The doers are Bans (a committee's advisory bodies): they advise ("tham mưu") on what their committees decide. */
  advises: boolean;
  cluster: boolean;
}

export interface NewsContext {
  c: ConferenceFile;
  r: RegistryValues;
  people: Map<string, PersonRef>;
  pronoun: Pronoun;
  organiser: Organiser | undefined;
  /** "năm 2023", or "" when no period is given; `periodOpening` starts a sentence ("Sáu tháng đầu năm 2024"). */
  period: string;
  periodOpening: string;
  /** Province names of the cluster's members, in order. */
  memberProvinces: string[];
  /** The cluster's member units by name, for a cluster whose members share a province. */
  memberNames: string[];
  /** "sáng", "chiều", "tối" or "". */
  partOfDay: string;
  /** The outlet's code when it opens the item with one ("TTXVN"), else "". */
  dateline: string;
  /** How a photo credit is written: "Ảnh: Anh Dũng/TTXVN", "Ảnh: Anh Dũng", or not at all. */
  creditStyle: 'ten-co-quan' | 'ten' | 'khong';
  /** Does the item end with "./."? */
  closing: boolean;
  /** Who has been named with their position so far: the parts are written in reading order and share it. */
  mentions: Mentions;
  /** Every person's name the item may print, to tell when a given name alone would be ambiguous. */
  names: string[];
}

export const unitName = (r: RegistryValues, id: string) => r.units.get(id)?.value.name ?? r.clusters.get(id)?.value.name ?? id;

function organiserOf(c: ConferenceFile, r: RegistryValues): Organiser | undefined {
  const cluster = c.cluster ? r.clusters.get(c.cluster)?.value : undefined;
  if (cluster && !c.organizers?.length) {
    const number = cluster.number !== undefined ? `Cụm thi đua số ${clusterNumberText(cluster.number)}` : '';
    const name = cluster.name ?? number;
    // No "(Cụm thi đua số I)" after a name that already says its number ("Cụm thi đua I …", "… số 2 …").
    const numbered =
      cluster.number !== undefined && new RegExp(`^Cụm thi đua (?:số )?${clusterNumberText(cluster.number)}(?=\\s|$)`, 'iu').test(name);
    const full = number && !/\bsố\s/u.test(name) && !numbered ? `${name} (${number})` : name || 'Cụm thi đua';
    const short = number || name || 'Cụm thi đua';
    return {
      full: { text: full },
      short: { text: short },
      doers: { text: `các đơn vị trong ${short}` },
      advises: allBans(r, cluster.members),
      cluster: true,
    };
  }
  const ids = organizerIds(c);
  if (!ids.length) return undefined;
  const names = { text: joinVi(ids.map((id) => unitName(r, id))) };
  return { full: names, short: names, doers: names, advises: allBans(r, ids), cluster: false };
}

/** Are all these units Bans (kind "ban", or a unit of a committee, or named "Ban …" when no kind is given)? */
function allBans(r: RegistryValues, ids: readonly string[]): boolean {
  return (
    ids.length > 0 &&
    ids.every((id) => {
      const u = r.units.get(id)?.value;
      if (!u) return false;
      return u.kind === 'ban' || (u.kind === undefined && (u.committee !== undefined || /^Ban\s/u.test(u.name)));
    })
  );
}

function partOfDay(c: ConferenceFile): string {
  if (c.time?.partOfDay) return c.time.partOfDay;
  const hour = c.time?.start ? Number(c.time.start.split(':')[0]) : NaN;
  if (Number.isNaN(hour)) return '';
  return hour < 12 ? 'sáng' : hour < 18 ? 'chiều' : 'tối';
}

function allNames(c: ConferenceFile): string[] {
  const people = [...peopleById(c).values()].map((p) => p.name);
  const recipients = (c.emulation?.awards ?? []).flatMap((a) => (a.recipients ?? []).map((rc) => rc.person ?? ''));
  return [...people, ...recipients].filter(Boolean);
}

export function newsContext(c: ConferenceFile, r: RegistryValues): NewsContext {
  const style = c.press?.style ?? {};
  const code = c.press?.agencyCode?.trim() ?? '';
  const cluster = c.cluster ? r.clusters.get(c.cluster)?.value : undefined;
  return {
    c,
    r,
    people: peopleById(c),
    pronoun: style.pronoun ?? 'dong-chi',
    organiser: organiserOf(c, r),
    period: c.period ? periodLabel(c.period) : '',
    periodOpening: c.period ? periodLabelOpening(c.period) : '',
    memberProvinces: (cluster?.members ?? []).map((id) => r.units.get(id)?.value.province ?? '').filter(Boolean),
    memberNames: (cluster?.members ?? []).map((id) => r.units.get(id)?.value.name ?? id),
    partOfDay: partOfDay(c),
    dateline: code && style.dateline !== false ? code : '',
    creditStyle: style.photoCredit ?? (code ? 'ten-co-quan' : 'ten'),
    closing: style.closing !== false,
    mentions: new Mentions(),
    names: allNames(c),
  };
}
