// Values derived from a conference rather than typed: counts, the issuer, the period's bounds.
import type { ConferenceFile } from '../schema/conference.js';

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

/** Number of pledge content groups: the list when given, else the typed count. */
export const pledgeGroupCount = (p: NonNullable<ConferenceFile['pledge']>) => p.groups?.length ?? p.groupCount ?? 0;

/** The body that issues the documents: the issuer, else the host unit, else the cluster. */
export const issuerId = (c: ConferenceFile): string | undefined => c.issuer ?? c.host ?? c.cluster;

/** First and last day of the reviewed period. */
export function periodBounds(period: NonNullable<ConferenceFile['period']>): { from: string; to: string } {
  const y = period.year;
  if (period.half === 1) return { from: `${y}-01-01`, to: `${y}-06-30` };
  if (period.half === 2) return { from: `${y}-07-01`, to: `${y}-12-31` };
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Documents the conference gives rise to. */
export function documentsOf(c: ConferenceFile): Array<'minutes' | 'pledge' | 'bulletin'> {
  const pledge = c.kinds.includes('ky-giao-uoc') || c.pledge !== undefined;
  return pledge ? ['minutes', 'pledge', 'bulletin'] : ['minutes', 'bulletin'];
}
