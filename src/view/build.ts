// Builds the view model of one conference: pure, from validated data, the registry and an image loader.
import { issuerId } from '../model/derive.js';
import type { RegistryValues } from '../model/registry.js';
import type { ProvinceList } from '../reference/provinces.js';
import type { ConferenceFile } from '../schema/conference.js';
import {
  BLANK,
  BLANK_LONG,
  BLANK_SHORT,
  clockText,
  clusterNumberText,
  formatNumber,
  joinVi,
  lowerFirst,
  newsDate,
  partyDateLine,
  partyDateLineBlank,
  periodLabel,
  runningDate,
  upperFirst,
  upperVi,
  weekdayName,
} from './format/index.js';
import { headerLines, numberLine, resolveIssuer } from './header.js';
import type { ViewModel } from './model.js';
import { comrade, peopleById } from './people.js';
import { placeTexts } from './place.js';
import { pledgeOf, type ImageLoader } from './pledge.js';
import { newsOf } from './news.js';
import { awardsOf, directivesOf, discussionOf, electionsOf, indicatorText, reportsOf } from './proceedings.js';

export interface ViewContext {
  registry: RegistryValues;
  provinces: ProvinceList;
  image: ImageLoader;
}

const KIND_NAMES = { 'tong-ket': 'tổng kết', 'so-ket': 'sơ kết', 'giao-ban': 'giao ban', 'ky-giao-uoc': 'ký giao ước thi đua' } as const;

function clusterOf(c: ConferenceFile, r: RegistryValues): ViewModel['cluster'] {
  const cl = c.cluster ? r.clusters.get(c.cluster)?.value : undefined;
  if (!cl) return { present: false, name: '', number: '', region: '', memberCount: '', members: [], memberProvinces: '' };
  const units = cl.members.map((id) => r.units.get(id)?.value);
  return {
    present: true,
    name: cl.name ?? BLANK,
    number: cl.number !== undefined ? clusterNumberText(cl.number) : BLANK_SHORT,
    region: cl.region ?? BLANK,
    memberCount: formatNumber(cl.members.length),
    members: units.map((u, i) => u?.name ?? cl.members[i] ?? ''),
    memberProvinces: joinVi(units.map((u) => u?.province ?? '')),
  };
}

/** The parts of the proceedings in the order the minutes record them, numbered as they appear. */
const SECTION_ORDER = ['reports', 'results', 'discussion', 'difficulties', 'directives', 'emulation', 'elections', 'pledge'] as const;

function sectionsOf(vm: Omit<ViewModel, 'sections' | 'news'>): ViewModel['sections'] {
  const present: Record<(typeof SECTION_ORDER)[number], boolean> = {
    reports: vm.reports.length > 0,
    results: vm.results.any,
    discussion: vm.discussion.length > 0,
    difficulties: vm.difficulties.length > 0,
    directives: vm.directives.length > 0,
    emulation: vm.emulation.any,
    elections: vm.elections.present,
    pledge: vm.pledge.present && vm.pledge.signed,
  };
  let n = 0;
  const out = {} as ViewModel['sections'];
  for (const key of SECTION_ORDER) out[key] = { show: present[key], no: present[key] ? String(++n) : '' };
  return out;
}

export function buildViewModel(c: ConferenceFile, ctx: ViewContext): ViewModel {
  const vm = buildParts(c, ctx);
  return { ...vm, sections: sectionsOf(vm), news: newsOf(c, ctx.registry, vm) };
}

function buildParts(c: ConferenceFile, ctx: ViewContext): Omit<ViewModel, 'sections' | 'news'> {
  const r = ctx.registry;
  const people = peopleById(c);
  const issuer = resolveIssuer(c, r);
  const title = c.title ?? BLANK;
  const presiding = (c.presiding ?? []).map((id) => people.get(id)).filter((p) => p !== undefined);
  const secretary = c.secretary ? people.get(c.secretary) : undefined;
  const p = c.participants;
  const host = c.host ? r.units.get(c.host)?.value.name : undefined;
  const organizerId = c.host ?? issuerId(c);
  const organizer = (organizerId && (r.units.get(organizerId)?.value.name ?? r.clusters.get(organizerId)?.value.name)) || BLANK;
  const start = c.time?.start;
  const awards = awardsOf(c, r);
  return {
    id: c.id,
    kinds: joinVi(c.kinds.map((k) => KIND_NAMES[k])),
    title,
    titleCaps: upperVi(title),
    titleInSentence: c.title ? lowerFirst(c.title) : BLANK,
    period: c.period ? periodLabel(c.period) : BLANK,
    date: {
      line: c.date ? partyDateLine(c.date) : partyDateLineBlank(),
      running: c.date ? runningDate(c.date) : `ngày ${BLANK_SHORT}`,
      news: c.date ? newsDate(c.date) : BLANK_SHORT,
      weekday: c.date ? weekdayName(c.date) : '',
      known: c.date !== undefined,
    },
    time: {
      start: start ? clockText(start) : `${BLANK_SHORT} giờ ${BLANK_SHORT}`,
      end: c.time?.end ? clockText(c.time.end) : `${BLANK_SHORT} giờ ${BLANK_SHORT}`,
      session: start ? (Number(start.split(':')[0]) < 12 ? 'sáng' : 'chiều') : '',
    },
    place: placeTexts(c, ctx.provinces),
    header: headerLines(c, issuer, c.date),
    numbers: {
      minutes: numberLine(c.documents?.minutes, 'BB', issuer) || `Số ${BLANK_SHORT}-BB/${issuer?.code ?? BLANK_SHORT}`,
      pledge: numberLine(c.documents?.pledge, undefined, issuer),
    },
    organizer,
    host: host ?? '',
    cluster: clusterOf(c, r),
    presiding: presiding.length > 0 ? joinVi(presiding.map(comrade)) : BLANK,
    secretary: secretary ? comrade(secretary) : BLANK,
    chairSignName: presiding[0]?.name ?? BLANK,
    secretarySignName: secretary?.name ?? BLANK,
    attendance: {
      guests: (p?.guests ?? []).map((g) => upperFirst(comrade(g))),
      delegations: (p?.delegations ?? []).map((d) => {
        const name = r.units.get(d.unit)?.value.name ?? d.unit;
        const count = d.count ?? d.members?.length;
        const who = (d.members ?? []).map((m) => comrade(m));
        const head = count ? `${name} (${formatNumber(count)} đồng chí)` : name;
        return who.length ? `${head}: ${joinVi(who)}` : head;
      }),
      groups: p?.groups ?? [],
      absent: (p?.absent ?? []).map((a) => (a.reason ? `${a.who} (${a.reason})` : a.who)),
      any: Boolean(p?.guests?.length || p?.delegations?.length || p?.groups?.length),
      blank: BLANK_LONG,
    },
    materials: c.materials ?? [],
    reports: reportsOf(c, r, people),
    results: {
      highlights: c.results?.highlights ?? [],
      indicators: (c.results?.indicators ?? []).map(indicatorText),
      any: Boolean(c.results?.highlights?.length || c.results?.indicators?.length),
    },
    discussion: discussionOf(c, r, people),
    difficulties: c.difficulties ?? [],
    directives: directivesOf(c, people),
    emulation: { assessment: c.emulation?.assessment ?? '', awards, any: Boolean(c.emulation?.assessment || awards.length) },
    elections: electionsOf(c, r),
    pledge: pledgeOf(c, r, ctx.image),
    press: {
      agency: c.press?.agency ?? '',
      agencyCode: c.press?.agencyCode ?? BLANK_SHORT,
      headline: c.press?.headline ?? title,
      authors: joinVi(c.press?.authors ?? []) || BLANK,
      photos: (c.press?.photos ?? []).map((ph) => ({ caption: ph.caption, credit: ph.credit ?? '', file: ph.file ?? '' })),
    },
  };
}
