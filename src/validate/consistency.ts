// Conference facts that must agree with each other: real dates, time order, years, derived counts.
import type { DataPath } from '../diagnostics/types.js';
import { membersOn } from '../model/registry.js';
import { awardCounts, periodBounds, wholeYear } from '../model/derive.js';
import type { PeriodData } from '../schema/conference.js';
import { dateProblem, minutesOf } from '../text/dates.js';
import type { ConferenceContext } from './context.js';

function checkDate(ctx: ConferenceContext, value: string | undefined, path: DataPath): boolean {
  if (!value) return true;
  const problem = dateProblem(value);
  if (problem)
    ctx.report(path, 'VK306', { value, hint_vi: `Ngày không có thật: ${problem.vi}.`, hint_en: `Not a real date: ${problem.en}.` });
  return !problem;
}

function checkDatesAndTimes(ctx: ConferenceContext): void {
  const c = ctx.conf;
  const dateOk = checkDate(ctx, c.date, ['date']);
  checkDate(ctx, c.documents?.minutes?.date, ['documents', 'minutes', 'date']);
  checkDate(ctx, c.documents?.pledge?.date, ['documents', 'pledge', 'date']);
  if (c.time?.start && c.time.end && minutesOf(c.time.end) <= minutesOf(c.time.start)) {
    ctx.report(['time', 'end'], 'VK307', { start: c.time.start, end: c.time.end });
  }
  if (c.period && c.date && dateOk) {
    const { from } = periodBounds(c.period);
    if (c.date < from) ctx.report(['date'], 'VK309', { date: c.date, from });
  }
}

function checkYears(ctx: ConferenceContext): void {
  const c = ctx.conf;
  const year = c.period?.year;
  if (year === undefined) return;
  if (c.pledge && c.period) {
    const pledgeYear = c.pledge.period.year;
    const yearEnd = c.kinds.includes('tong-ket') && wholeYear(c.period);
    const ok = yearEnd ? pledgeYear === year + 1 : pledgeYear === year || pledgeYear === year + 1;
    if (!ok) {
      ctx.report(['pledge', 'period', 'year'], 'VK308', {
        year: pledgeYear,
        period: year,
        rule_vi: yearEnd
          ? `hội nghị tổng kết năm ${year} ký giao ước cho năm ${year + 1}`
          : `giao ước phải cho năm ${year} hoặc ${year + 1}`,
        rule_en: yearEnd ? `a ${year} year-end review signs the pledge for ${year + 1}` : `the pledge must be for ${year} or ${year + 1}`,
      });
    }
  }
  if (c.elections && c.elections.year <= year) ctx.report(['elections', 'year'], 'VK318', { year: c.elections.year, period: year });
}

const COUNTED = [
  ['collectives', 'tập thể', 'collectives'],
  ['individuals', 'cá nhân', 'individuals'],
] as const;

function checkCounts(ctx: ConferenceContext): void {
  const c = ctx.conf;
  c.emulation?.awards?.forEach((award, i) => {
    award.recipients?.forEach((r, j) => {
      const kinds = [r.unit, r.collective, r.person].filter((x) => x !== undefined).length;
      const personOnly = (r.title !== undefined || r.organization !== undefined) && r.person === undefined;
      if (kinds !== 1 || personOnly) ctx.report(['emulation', 'awards', i, 'recipients', j], 'VK314', {}, 'key');
    });
    if (!award.recipients || !award.counts) return;
    const derived = awardCounts(award);
    for (const [key, vi, en] of COUNTED) {
      const typed = award.counts[key];
      if (typed !== undefined && typed !== derived[key]) {
        ctx.report(['emulation', 'awards', i, 'counts', key], 'VK311', { typed, derived: derived[key], what_vi: vi, what_en: en });
      }
    }
  });
  const p = c.pledge;
  if (p?.groups && p.groupCount !== undefined && p.groupCount !== p.groups.length) {
    ctx.report(['pledge', 'groupCount'], 'VK311', {
      typed: p.groupCount,
      derived: p.groups.length,
      what_vi: 'nhóm nội dung',
      what_en: 'content groups',
    });
  }
  c.participants?.delegations?.forEach((d, i) => {
    if (d.count !== undefined && d.members && d.count < d.members.length) {
      ctx.report(['participants', 'delegations', i, 'count'], 'VK311', {
        typed: d.count,
        derived: d.members.length,
        what_vi: 'người dự',
        what_en: 'delegates',
      });
    }
  });
}

function checkSpeechesAndChairs(ctx: ConferenceContext): void {
  ctx.conf.speeches?.forEach((d, i) => {
    if (!d.unit && !d.speaker && !d.group?.trim()) ctx.report(['speeches', i], 'VK319', {}, 'key');
  });
  ctx.conf.chairs?.forEach((ch, i) => {
    if ((ch.person === undefined) === (ch.group === undefined)) ctx.report(['chairs', i], 'VK330', {}, 'key');
  });
}

function checkPeriod(ctx: ConferenceContext, period: PeriodData | undefined, path: DataPath): void {
  if (!period) return;
  const given = (['half', 'quarter', 'months'] as const).filter((k) => period[k] !== undefined);
  if (given.length > 1) ctx.report([...path, given[1] ?? 'half'], 'VK331', { list: given.map((k) => `"${k}"`).join(', ') }, 'key');
}

function checkPartOfDay(ctx: ConferenceContext): void {
  const t = ctx.conf.time;
  if (!t?.partOfDay || !t.start) return;
  const m = minutesOf(t.start);
  const actual = m < 12 * 60 ? 'sáng' : m < 18 * 60 ? 'chiều' : 'tối';
  if (actual !== t.partOfDay) ctx.report(['time', 'partOfDay'], 'VK332', { part: t.partOfDay, start: t.start });
}

type Vote = { for?: number; against?: number; abstain?: number; of?: number };

function checkVotes(ctx: ConferenceContext): void {
  const votes: Array<[Vote | undefined, DataPath]> = [
    ...(ctx.conf.decisions ?? []).map((d, i): [Vote | undefined, DataPath] => [d.vote, ['decisions', i, 'vote']]),
    [ctx.conf.elections?.vote, ['elections', 'vote']],
  ];
  for (const [v, path] of votes) {
    if (!v || v.of === undefined) continue;
    const sum = (v.for ?? 0) + (v.against ?? 0) + (v.abstain ?? 0);
    if (sum > v.of) ctx.report([...path, 'of'], 'VK333', { sum, of: v.of });
  }
}

function checkElections(ctx: ConferenceContext): void {
  const e = ctx.conf.elections;
  if (!e) return;
  if (!ctx.conf.cluster) ctx.report(['elections'], 'VK321', {}, 'key');
  const seen = new Set([e.head]);
  e.deputies?.forEach((id, i) => {
    if (seen.has(id)) ctx.report(['elections', 'deputies', i], 'VK312', { id });
    seen.add(id);
  });
  const recorded = ctx.cluster?.value.leadership?.find((l) => l.year === e.year);
  if (recorded && ctx.cluster) {
    const same = recorded.head === e.head && [...(recorded.deputies ?? [])].sort().join() === [...(e.deputies ?? [])].sort().join();
    if (!same) ctx.report(['elections'], 'VK320', { year: e.year, file: ctx.cluster.source.file }, 'key');
  }
}

function checkSignatories(ctx: ConferenceContext): void {
  const list = ctx.conf.pledge?.signatories;
  if (!list) return;
  const first = new Map<string, number>();
  list.forEach((s, i) => {
    const other = first.get(s.unit);
    if (other !== undefined) ctx.report(['pledge', 'signatories', i, 'unit'], 'VK316', { id: s.unit, other: other + 1 });
    else first.set(s.unit, i);
  });
  const members = ctx.cluster ? membersOn(ctx.cluster.value, ctx.registry.units, ctx.date) : [];
  const missing = members.filter((m) => !first.has(m));
  if (missing.length > 0) ctx.report(['pledge', 'signatories'], 'VK317', { list: missing.join(', ') }, 'key');
}

export function checkConsistency(ctx: ConferenceContext): void {
  checkDatesAndTimes(ctx);
  checkYears(ctx);
  checkCounts(ctx);
  checkSpeechesAndChairs(ctx);
  checkPeriod(ctx, ctx.conf.period, ['period']);
  checkPeriod(ctx, ctx.conf.pledge?.period, ['pledge', 'period']);
  checkPartOfDay(ctx);
  checkVotes(ctx);
  checkElections(ctx);
  checkSignatories(ctx);
}
