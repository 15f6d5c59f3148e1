// Values derived from a conference rather than typed: counts, the issuer, the period's bounds.
import type { ConferenceFile, PeriodData } from '../schema/conference.js';

type Award = NonNullable<NonNullable<ConferenceFile['emulation']>['awards']>[number];
type Recipient = NonNullable<Award['recipients']>[number];

export const isCollective = (r: Recipient) => r.unit !== undefined || r.collective !== undefined;
export const isIndividual = (r: Recipient) => r.person !== undefined;

/**
 * How many collectives and individuals an award goes to: counted from the recipient list
 * when there is one, else as typed (for awards whose names are not known yet).
 */
export function awardCounts(award: Award): { collectives: number; individuals: number } {
  if (award.recipients) {
    return {
      collectives: award.recipients.filter(isCollective).length,
      individuals: award.recipients.filter(isIndividual).length,
    };
  }
  return { collectives: award.counts?.collectives ?? 0, individuals: award.counts?.individuals ?? 0 };
}

/** Number of pledge content groups: the list when given, else the typed count; undefined when unknown (never 0). */
export const pledgeGroupCount = (p: NonNullable<ConferenceFile['pledge']>): number | undefined =>
  p.groups?.length || p.groupCount || undefined;

/** Who organised the meeting: as written, else the cluster, else the host unit. */
export const organizerIds = (c: ConferenceFile): string[] =>
  c.organizers ?? [c.cluster ?? c.host].filter((x): x is string => x !== undefined);

/** The body that issues the minutes: as written, else the first organiser. */
export const minutesIssuerId = (c: ConferenceFile): string | undefined => c.documents?.minutes?.issuer ?? organizerIds(c)[0];

/** The body whose header a pledge carries: as written, else the cluster (the members' joint document), else the first organiser. */
export const pledgeIssuerId = (c: ConferenceFile): string | undefined => c.documents?.pledge?.issuer ?? c.cluster ?? organizerIds(c)[0];

const lastDay = (y: number, month: number) => `${y}-${String(month).padStart(2, '0')}-${month === 6 || month === 9 ? '30' : '31'}`;

/** First and last day of a period (a named span is taken as its year). */
export function periodBounds(period: PeriodData): { from: string; to: string } {
  const y = period.year;
  if (period.half === 1) return { from: `${y}-01-01`, to: `${y}-06-30` };
  if (period.half === 2) return { from: `${y}-07-01`, to: `${y}-12-31` };
  if (period.quarter !== undefined) {
    const first = (period.quarter - 1) * 3 + 1;
    return { from: `${y}-${String(first).padStart(2, '0')}-01`, to: lastDay(y, first + 2) };
  }
  if (period.months !== undefined) return { from: `${y}-01-01`, to: lastDay(y, period.months) };
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Is the period a whole calendar year? */
export const wholeYear = (p: PeriodData) =>
  p.half === undefined && p.quarter === undefined && p.months === undefined && p.label === undefined;

/** Does the conference have a pledge (a signing, or pledge data)? The "pledge" condition of templates/documents.yaml. */
export const hasPledge = (c: ConferenceFile): boolean => c.kinds.includes('ky-giao-uoc') || c.pledge !== undefined;
