// A list said in sentences of ordinary length: the items follow a head (subject and verb) while they
// fit, the rest go into further sentences with a head of their own.
import { bare, listText, sentenceOf, words, type Clause } from './clause.js';

/** A sentence without its object: what opens it. */
export type Head = Omit<Clause, 'object'>;

/** "cũng đề nghị": said again, never "cũng cũng". */
export const also = (verb: string) => (/^cũng\s/u.test(verb) ? verb : `cũng ${verb}`);

/**
 * Heads for the sentences after the first, varied so a long list does not repeat one opening: a
 * connective with `pronoun` ("Đồng thời, đồng chí đề nghị") and the subject with "cũng" ("Đồng chí A
 * cũng đề nghị") take turns, the connectives in rotation ("Đồng thời", "Bên cạnh đó", "Ngoài ra"). A
 * connective alone does not vary a sentence: "Đồng thời, Hội nghị ghi nhận" after "Hội nghị ghi nhận"
 * repeats its subject and verb, so a subject that is its own pronoun ("Hội nghị") says "cũng" first.
 * `pronoun` ("đồng chí", "ông") stands for the subject after a connective, as an item says "Đồng thời,
 * đồng chí đề nghị …" of the person it is about.
 */
export function varied(
  subject: Clause['subject'],
  verb: string,
  link?: Clause['link'],
  pronoun: Clause['subject'] = subject,
): (n: number) => Head {
  const connectives = ['Đồng thời', 'Bên cạnh đó', 'Ngoài ra'];
  // With its own pronoun, "A cũng …" first: "Đồng chí A … / Đồng chí A cũng …" would open alike.
  const first = pronoun.text === subject.text ? 'also' : 'connective';
  return (n) => {
    const turn = (n % 2 === 1) === (first === 'connective') ? 'connective' : 'also';
    if (turn === 'also') return { subject, verb: also(verb), ...(link && { link }) };
    const opener = connectives[(Math.ceil(n / 2) - 1) % connectives.length] ?? connectives[0];
    return { opener, subject: pronoun, verb, ...(link && { link }) };
  };
}

/** Words a generated sentence may have; an editor's limit is 70, the rest is margin for the head. */
export const SENTENCE_WORDS = 66;
/** The editor's limit: no sentence is longer. */
export const MAX_SENTENCE_WORDS = 70;

/** A part that leans on the one before ("nhất là …") loses its link word when it has to stand after a head of its own. */
const LEANING = /^(nhất là|trong đó|đặc biệt là|trước hết là|trước hết)\s+/u;

/** An item too long for any sentence is split at its own semicolons, which already separate its parts. */
function pieces(items: readonly string[], room: number): string[] {
  return items
    .flatMap((item) =>
      words(item).length > room ? item.split(/;\s+/u).map((part, i) => (i > 0 ? part.replace(LEANING, '') : part)) : [item],
    )
    .map((x) => bare(x))
    .filter(Boolean);
}

/**
 * The items in sentences: the first headed by `first`, any others by `next` ("Đồng chí A cũng đề
 * nghị"), each with as many items as fit in `limit` words (always at least one); "…" after the last
 * item when `more`.
 */
export function listSentences(
  first: Head,
  next: Head | ((n: number) => Head),
  items: readonly string[],
  more = false,
  limit = SENTENCE_WORDS,
  join: (batch: string[], more: boolean) => string = listText,
): string[] {
  const headWords = (h: Head) => words(`${h.opener ?? ''} ${h.subject.text} ${h.verb} ${h.tail ?? ''}`).length;
  const nextOf = typeof next === 'function' ? next : () => next;
  const all = pieces(items, MAX_SENTENCE_WORDS - Math.max(headWords(first), headWords(nextOf(1)), headWords(nextOf(2))));
  const out: string[] = [];
  let head = first;
  let batch: string[] = [];
  let used = headWords(head);
  const flush = (last: boolean) => {
    if (!batch.length) return;
    out.push(sentenceOf({ ...head, object: join(batch, last && more) }));
    head = nextOf(out.length);
    batch = [];
    used = headWords(head);
  };
  for (const item of all) {
    const n = words(item).length;
    if (batch.length && used + n > limit) flush(false);
    batch.push(item);
    used += n;
  }
  flush(true);
  return out.filter(Boolean);
}

/** Paragraphs of at most four sentences. */
export const paragraphsOf = (sentences: string[], size = 4): string[][] => {
  const out: string[][] = [];
  for (let i = 0; i < sentences.length; i += size) out.push(sentences.slice(i, i + size));
  return out;
};
