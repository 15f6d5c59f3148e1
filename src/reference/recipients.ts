// The default "Nơi nhận" lines of each kind of document (reference/recipients.yaml), which a
// conference's own recipients extend.
import { parse } from 'yaml';

export const RECIPIENTS = 'reference/recipients.yaml';

export type RecipientPresets = Record<'minutes' | 'pledge', Record<'cluster' | 'other', string[]>>;

const EMPTY: RecipientPresets = { minutes: { cluster: [], other: [] }, pledge: { cluster: [], other: [] } };

const lines = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.normalize('NFC')) : []);

/** The presets in a recipients file; a part that is missing or of the wrong shape gives no lines. */
export function parseRecipientPresets(text: string): RecipientPresets {
  let value: unknown;
  try {
    value = parse(text);
  } catch {
    return EMPTY;
  }
  const doc = (value && typeof value === 'object' ? value : {}) as Record<string, Record<string, unknown> | undefined>;
  const of = (d: 'minutes' | 'pledge') => ({ cluster: lines(doc[d]?.cluster), other: lines(doc[d]?.other) });
  return { minutes: of('minutes'), pledge: of('pledge') };
}
