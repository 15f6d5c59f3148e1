// A news sentence from typed parts (opener, subject, verb, object, place, time): whatever is missing,
// what is printed has a subject and a verb, one final mark and no doubled punctuation.
import { upperFirst } from '../format/index.js';

/** A noun phrase; `apposition` when it ends with a position set off by commas ("đồng chí A, Bí thư Tỉnh ủy"). */
export interface Np {
  text: string;
  apposition?: boolean;
}

/** How the verb takes its object: directly ("đề nghị …"), after a comma (reported speech: "khẳng định, …"), or a colon (a list or a quotation). */
export type Link = 'direct' | 'comma' | 'colon';

export interface Clause {
  /** Circumstance before the subject: "Năm 2023", "Phát biểu tại Hội nghị". */
  opener?: string;
  subject: Np;
  verb: string;
  link?: Link;
  object?: string;
  /** After the object: a place ("tại tỉnh Long An"), a reason, a note. */
  tail?: string;
}

/** A phrase without its closing punctuation or surrounding space, to be placed inside a sentence. */
export const bare = (s: string | undefined): string =>
  (s ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.;,:]+$/u, '')
    .trim();

const SEPARATOR: Record<Link, string> = { direct: ' ', comma: ', ', colon: ': ' };

/** The words of a text, as the bulletin checker counts them. */
export const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

/**
 * One sentence, or "" when the subject or the verb is missing (a sentence is never printed without
 * them). A subject in apposition is closed by a comma before the verb; the sentence ends with one
 * full stop, or keeps a final "…" or a quotation's own closing mark.
 */
export function sentenceOf(c: Clause): string {
  const subject = bare(c.subject.text);
  const verb0 = bare(c.verb);
  if (!subject || !verb0) return '';
  const opener = bare(c.opener);
  // "Cũng tại Hội nghị, A cũng chia sẻ": "cũng" is said once.
  const verb = /^cũng\s/iu.test(opener) ? verb0.replace(/^cũng\s+/u, '') : verb0;
  const object = bare(c.object);
  const tail = bare(c.tail);
  let s = `${opener ? `${opener}, ` : ''}${subject}${c.subject.apposition ? ',' : ''} ${verb}`;
  if (object) s += `${SEPARATOR[c.link ?? 'direct']}${object}`;
  if (tail) s += /^[,(]/.test(tail) ? tail : ` ${tail}`;
  return finish(upperFirst(s));
}

/** One final mark: "…" and a closing quotation that already holds its full stop are kept as they are. */
export function finish(s: string): string {
  const t = s.trim();
  if (/[.!?…]$/u.test(t) || /[.!?…][”"»)]$/u.test(t)) return t;
  return `${t}.`;
}

/** A list inside a sentence: items without their final marks, joined by "; ", with "…" when some were left out. */
export function listText(items: readonly string[], more = false): string {
  const list = items.map((x) => bare(x)).filter(Boolean);
  if (!list.length) return '';
  return `${list.join('; ')}${more ? '…' : ''}`;
}
