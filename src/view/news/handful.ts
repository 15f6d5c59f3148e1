// Which few items of a long list a news item retells: figures first, none too long for a sentence.
import { words, type Np } from './clause.js';
import { MAX_SENTENCE_WORDS } from './lists.js';

/** How many highlights, tasks or difficulties a news item retells; "…" says there are more in the minutes. */
export const MAX_ITEMS = 4;

/** Words left for the items after a head, within the editor's limit. */
export const roomAfter = (h: { subject: Np; verb: string }) => MAX_SENTENCE_WORDS - words(`${h.subject.text} ${h.verb}`).length;

/** A figure other than a year ("15 đề án", "2026-2031", "100%"): what a reader looks for first. */
const hasFigure = (s: string) => /\d/u.test(s.replace(/\bnăm \d{4}\b/gu, ''));

/**
 * At most `max` items (MAX_ITEMS unless told), those with figures first, printed in the order given. An item too long for
 * a sentence of ordinary length (over `room` words in a part between its semicolons) is left to the
 * minutes, as an editor would cut it.
 */
export function handful(items: readonly string[], room: number, max = MAX_ITEMS): string[] {
  const fits = (t: string) => t.split(/;\s+/u).every((part) => words(part).length <= room);
  const candidates = items.map((t, i) => ({ t, i })).filter((x) => fits(x.t));
  const withFigures = candidates.filter((x) => hasFigure(x.t)).slice(0, max);
  const rest = candidates.filter((x) => !hasFigure(x.t)).slice(0, max - withFigures.length);
  return [...withFigures, ...rest].sort((a, b) => a.i - b.i).map((x) => x.t);
}
