// Builds the view model of one conference: pure, from validated data, the registry and an image loader.
import { minutesIssuerId, organizerIds, pledgeIssuerId } from '../model/derive.js';
import { membersOn, type RegistryValues } from '../model/registry.js';
import type { Profile } from '../profile/profile.js';
import type { ProvinceList } from '../reference/provinces.js';
import type { RecipientPresets } from '../reference/recipients.js';
import type { ConferenceFile } from '../schema/conference.js';
import {
  BLANK,
  BLANK_SHORT,
  clockText,
  clusterNumberText,
  formatNumber,
  formatTwoDigits,
  joinVi,
  lowerFirst,
  newsDate,
  partyDateLine,
  partyDateLineBlank,
  periodLabel,
  runningDate,
  upperFirst,
  punctuateList,
  sentence,
  upperVi,
  weekdayName,
} from './format/index.js';
import { draftsOf } from './draft.js';
import type { DocumentKind } from '../kinds/kinds.js';
import { bundledKinds } from '../kinds/load.js';
import { attendanceOf, chairsOf, secretaryText } from './attendance.js';
import { decisionsOf, electionsOf } from './decisions.js';
import { headerLines, numberLine, resolveIssuer, type Issuer } from './header.js';
import { fitHeader, type HeaderBlock } from '../model/header-fit.js';
import { fontMeasure } from '../model/header-measure.js';
import { minutesSigners } from './signers.js';
import { speechesOf } from './speeches.js';
import type { ViewModel } from './model.js';
import { peopleById } from './people.js';
import { placeTexts } from './place.js';
import { pledgeOf, type ImageLoader } from './pledge.js';
import { newsOf } from './news/index.js';
import { awardsOf, indicatorText, reportsOf } from './proceedings.js';

export interface ViewContext {
  registry: RegistryValues;
  provinces: ProvinceList;
  image: ImageLoader;
  /**
   * The format profile: its wording defaults (unconfirmed texts live in the profile, not in code) and,
   * when whole, the sizes and columns the header is fitted to (a probe for template tags gives only the wording).
   */
  profile: Pick<Profile, 'pledge'> | Profile;
  /** The default "Nơi nhận" lines of each document; none when not given. */
  recipients?: RecipientPresets;
  /** The declared kinds of document (templates/documents.yaml); vankien's when not given. */
  kinds?: readonly DocumentKind[];
}

const KIND_NAMES = { 'tong-ket': 'tổng kết', 'so-ket': 'sơ kết', 'giao-ban': 'giao ban', 'ky-giao-uoc': 'ký giao ước thi đua' } as const;

function clusterOf(c: ConferenceFile, r: RegistryValues): ViewModel['cluster'] {
  const cl = c.cluster ? r.clusters.get(c.cluster)?.value : undefined;
  if (!cl) return { present: false, name: '', number: '', region: '', memberCount: '', members: [], memberProvinces: '' };
  const ids = membersOn(cl, r.units, c.date);
  const units = ids.map((id) => r.units.get(id)?.value);
  return {
    present: true,
    name: cl.name ?? BLANK,
    number: cl.number !== undefined ? clusterNumberText(cl.number) : BLANK_SHORT,
    region: cl.region ?? BLANK,
    memberCount: formatNumber(ids.length),
    members: units.map((u, i) => u?.name ?? ids[i] ?? ''),
    // Each province once: the bodies of one province may form a cluster.
    memberProvinces: joinVi([...new Set(units.map((u) => u?.province ?? ''))]),
  };
}

/** The parts of the proceedings in the order the minutes record them, numbered as they appear. */
const SECTION_ORDER = [
  'reports',
  'results',
  'discussion',
  'difficulties',
  'directives',
  'decisions',
  'emulation',
  'elections',
  'pledge',
] as const;

function sectionsOf(vm: Omit<ViewModel, 'sections' | 'news' | 'blanks'>): ViewModel['sections'] {
  const present: Record<(typeof SECTION_ORDER)[number], boolean> = {
    reports: vm.reports.length > 0,
    results: vm.results.any,
    discussion: vm.discussion.length > 0,
    difficulties: vm.difficulties.length > 0,
    directives: vm.directives.length > 0,
    decisions: vm.decisions.length > 0 || vm.tasks.length > 0,
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
  return { ...vm, sections: sectionsOf(vm), news: newsOf(c, ctx.registry, vm), blanks: blanksOf(vm) };
}

const holdsBlank = (...texts: string[]) => texts.some((t) => t.includes('…'));

/** Which long paragraphs hold a dotted blank: the templates print those left-aligned, not justified. */
function blanksOf(vm: Omit<ViewModel, 'sections' | 'news' | 'blanks'>): ViewModel['blanks'] {
  return {
    opening: holdsBlank(vm.time.opening, vm.date.running, vm.place.full),
    intro: holdsBlank(vm.titleInSentence, vm.date.running, vm.place.full, vm.pledge.period),
  };
}

/** "sáng", "chiều", "tối": as written, else from the start time. */
function partOfDay(c: ConferenceFile): string {
  if (c.time?.partOfDay) return c.time.partOfDay;
  const start = c.time?.start;
  if (!start) return '';
  const hour = Number(start.split(':')[0]);
  return hour < 12 ? 'sáng' : hour < 18 ? 'chiều' : 'tối';
}

/** The name of a unit or cluster by id, as running text names it. */
const bodyName = (r: RegistryValues, id: string) => r.units.get(id)?.value.name ?? r.clusters.get(id)?.value.name ?? id;

/** "Nơi nhận": the document's preset lines (unless the data turns them off), the data's lines, then the issuer's file copy ("Lưu …"). */
function recipientsOf(doc: 'minutes' | 'pledge', c: ConferenceFile, ctx: ViewContext, issuer: Issuer | undefined): string[] {
  const info = c.documents?.[doc];
  const preset = info?.presetRecipients === false ? [] : (ctx.recipients?.[doc][c.cluster ? 'cluster' : 'other'] ?? []);
  const own = info?.recipients ?? [];
  return punctuateList([...preset.filter((l) => !own.includes(l)), ...own, `Lưu ${issuer?.shortName ?? BLANK}`]);
}

/** Indicators and highlights printed as one list, punctuated across both. */
function resultsList(indicators: string[], highlights: string[]) {
  const all = punctuateList([...indicators, ...highlights]);
  return { indicators: all.slice(0, indicators.length), highlights: all.slice(indicators.length) };
}

function buildParts(c: ConferenceFile, ctx: ViewContext): Omit<ViewModel, 'sections' | 'news' | 'blanks'> {
  const r = ctx.registry;
  const people = peopleById(c);
  const issuer = resolveIssuer(minutesIssuerId(c), c, r);
  const pledgeIssuer = resolveIssuer(pledgeIssuerId(c), c, r);
  const title = c.title ?? BLANK;
  const chairs = chairsOf(c, people);
  const secretary = secretaryText(c, people);
  // The host is named apart only when it is not one of the organisers.
  const host = c.host && !organizerIds(c).includes(c.host) ? r.units.get(c.host)?.value.name : undefined;
  const organizers = organizerIds(c).map((id) => bodyName(r, id));
  const start = c.time?.start;
  const session = partOfDay(c);
  const awards = awardsOf(c, r);
  const speeches = speechesOf(c, r, people);
  const decisions = decisionsOf(c);
  const profile = ctx.profile;
  const fit = 'header' in profile ? (b: HeaderBlock) => fitHeader(b, profile, fontMeasure(profile.font.family)) : undefined;
  const numbers = {
    minutes: numberLine(c.documents?.minutes, 'BB', issuer) || `Số ${BLANK_SHORT}-BB/${issuer?.code ?? BLANK_SHORT}`,
    pledge: numberLine(c.documents?.pledge, undefined, pledgeIssuer),
  };
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
      session,
      // "vào hồi 8 giờ 00", or "vào buổi sáng" when only the part of the day is known.
      opening: start ? `vào hồi ${clockText(start)}` : session ? `vào buổi ${session}` : `vào hồi ${BLANK_SHORT} giờ ${BLANK_SHORT}`,
    },
    place: placeTexts(c, ctx.provinces),
    drafts: draftsOf(c, r, ctx.kinds ?? bundledKinds()),
    header: headerLines(c, issuer, c.date, numbers.minutes, fit),
    pledgeHeader: headerLines(c, pledgeIssuer, c.documents?.pledge?.date ?? c.date, numbers.pledge, fit),
    numbers,
    organizer: joinVi(organizers) || BLANK,
    host: host ?? '',
    // How many copies of the minutes are made ("02", as the number line writes numbers), or a blank.
    minutesCopies: c.documents?.minutes?.copies ? formatTwoDigits(c.documents.minutes.copies) : BLANK_SHORT,
    recipients: { minutes: recipientsOf('minutes', c, ctx, issuer), pledge: recipientsOf('pledge', c, ctx, pledgeIssuer) },
    cluster: clusterOf(c, r),
    presiding: chairs.text,
    chairs: chairs.list,
    secretary: secretary.text,
    signers: minutesSigners(c, people, secretary.person, chairs.signer),
    attendance: attendanceOf(c, r),
    materials: punctuateList(c.materials ?? []),
    reports: reportsOf(c, r, people),
    results: {
      // One dash list in print: the indicators, then the highlights; ";" after each, "." after the last.
      ...resultsList(
        (c.results?.indicators ?? []).map((i) => upperFirst(indicatorText(i))),
        c.results?.highlights ?? [],
      ),
      any: Boolean(c.results?.highlights?.length || c.results?.indicators?.length),
    },
    speeches: speeches.all,
    discussion: speeches.discussion,
    difficulties: punctuateList(c.difficulties ?? []),
    directives: speeches.directives,
    directivesTitle: speeches.directivesTitle,
    decisions: punctuateList(decisions),
    tasks: punctuateList(c.tasks ?? []),
    emulation: {
      // Free text the minutes print as a paragraph: one tidy sentence with its final stop.
      assessment: sentence(c.emulation?.assessment ?? ''),
      awards,
      lines: punctuateList(awards.map((a) => a.sentence)),
      any: Boolean(c.emulation?.assessment || awards.length),
    },
    elections: electionsOf(c, r),
    pledge: pledgeOf(c, r, ctx.image, ctx.profile.pledge),
    press: {
      agency: c.press?.agency ?? '',
      agencyCode: c.press?.agencyCode ?? BLANK_SHORT,
      headline: c.press?.headline ?? title,
      authors: joinVi(c.press?.authors ?? []) || BLANK,
      photos: (c.press?.photos ?? []).map((ph) => ({ caption: ph.caption, credit: ph.credit ?? '', file: ph.file ?? '' })),
    },
  };
}
