// Reports, results with their numbers, tasks and difficulties: a few sentences of ordinary length each.
import type { ConferenceFile } from '../../schema/conference.js';
import { formatNumber, lowerFirst, upperFirst } from '../format/index.js';
import { bare, sentenceOf, words, type Np } from './clause.js';
import { unitName, type NewsContext } from './context.js';
import { listSentences, MAX_SENTENCE_WORDS, SENTENCE_WORDS, varied } from './lists.js';
import { personNp } from './people.js';

type Indicator = NonNullable<NonNullable<ConferenceFile['results']>['indicators']>[number];

/** How many highlights, tasks or difficulties a news item retells; "…" says there are more in the minutes. */
export const MAX_ITEMS = 4;

/** Actions a Party committee decides and its Ban advises on: the Ban "tham mưu" them. */
const COMMITTEE_ACTIONS = /^(ban hành|bổ nhiệm|giới thiệu|điều động|luân chuyển|kết nạp|giao|quyết định|thành lập|kỷ luật|khen thưởng|phê duyệt|chỉ định)/u;

/** A note that continues the object ("cho các cơ quan…", "diện ban thường vụ quản lý") follows without a comma. */
const CONTINUES = /^(cho|của|tại|trong|ở|với|về|thuộc|diện|đối với|từ|tới|đến)\s/u;

function quantity(i: Indicator): string {
  const value = i.of !== undefined ? `${formatNumber(i.value)}/${formatNumber(i.of)}` : formatNumber(i.value);
  const unit = i.unit === '%' ? '%' : i.unit ? ` ${bare(i.unit)}` : '';
  const note = bare(i.note);
  const tail = note ? (CONTINUES.test(note) ? ` ${note}` : `, ${note}`) : '';
  return `${i.qualifier ? `${i.qualifier} ` : ''}${value}${unit}${tail}`;
}

/** A figure said as a predicate: its verb (the action) and what follows it. */
interface Predicate {
  verb: string;
  rest: string;
}

const text = (p: Predicate) => `${p.verb} ${p.rest}`;

/**
 * Consecutive figures share what they have in common: one action ("ban hành 15 đề án, 3 nghị quyết"),
 * or one unit and note ("bổ nhiệm 166, giới thiệu ứng cử 147 và điều động, luân chuyển 40 lượt cán bộ diện …").
 */
function predicates(list: Indicator[]): Predicate[] {
  const out: Predicate[] = [];
  let i = 0;
  while (i < list.length) {
    const first = list[i]!;
    const action = bare(first.action);
    let j = i + 1;
    while (j < list.length && bare(list[j]!.action) === action) j++;
    if (j > i + 1) {
      out.push({ verb: action, rest: list.slice(i, j).map(quantity).join(', ') });
      i = j;
      continue;
    }
    const shares = (o: Indicator) => !!bare(first.unit) && bare(o.unit) === bare(first.unit) && bare(o.note) === bare(first.note) && first.unit !== '%' && o.of === undefined && first.of === undefined;
    while (j < list.length && shares(list[j]!)) j++;
    if (j > i + 1) {
      const run = list.slice(i, j);
      const heads = run.map((o) => `${bare(o.action)} ${o.qualifier ? `${o.qualifier} ` : ''}${formatNumber(o.value)}`);
      const tail = quantity({ ...first, value: 0, qualifier: undefined }).replace(/^0\s*/u, '');
      const said = `${heads.slice(0, -1).join(', ')} và ${heads[heads.length - 1]} ${tail}`;
      out.push({ verb: action, rest: said.slice(action.length + 1) });
      i = j;
      continue;
    }
    out.push({ verb: action, rest: quantity(first) });
    i++;
  }
  return out;
}

/**
 * The figures, each under its own subject: the actor the data names ("toàn tỉnh kết nạp…"), else the
 * organiser, which as a Ban advises on what its committee decides ("tham mưu ban hành…"); a figure
 * with its own span ("từ đầu nhiệm kỳ đến nay") opens a sentence of its own.
 */
function indicatorSentences(x: NewsContext): string[] {
  const groups = new Map<string, { subject: Np; scope: string; advise: boolean; items: Indicator[] }>();
  for (const i of x.c.results?.indicators ?? []) {
    const actor = bare(i.actor);
    const subject: Np = actor ? { text: actor } : x.organiser?.doers ?? { text: 'Hội nghị' };
    const named = !!actor || !!x.organiser;
    const advise = !actor && !!x.organiser?.advises && COMMITTEE_ACTIONS.test(bare(i.action)) && !/^tham mưu/u.test(bare(i.action));
    const key = `${subject.text}\u0000${bare(i.scope)}\u0000${advise}\u0000${named}`;
    const g = groups.get(key) ?? { subject, scope: bare(i.scope), advise, items: [] };
    g.items.push(i);
    groups.set(key, g);
  }
  const out: string[] = [];
  for (const g of groups.values()) {
    const opener = g.scope ? upperFirst(g.scope) : out.length === 0 ? x.periodOpening : '';
    const preds = predicates(g.items);
    const subject = g.subject;
    if (g.advise) {
      out.push(...listSentences({ opener, subject, verb: 'tham mưu' }, { subject, verb: 'cũng tham mưu' }, preds.map(text)));
      continue;
    }
    // Neither an actor nor an organiser: the meeting is the subject ("Hội nghị ghi nhận kết quả: …").
    if (!x.organiser && !g.items.some((i) => i.actor)) {
      out.push(...listSentences({ opener, subject, verb: 'ghi nhận kết quả', link: 'colon' }, { subject, verb: 'cũng ghi nhận', link: 'colon' }, preds.map(text)));
      continue;
    }
    // The actor does it: the first figure's action is the verb, the other figures follow it.
    let first = true;
    let batch: Predicate[] = [];
    const flush = () => {
      const [head, ...others] = batch;
      if (!head) return;
      out.push(sentenceOf({ opener: first ? opener : '', subject, verb: head.verb, object: [head.rest, ...others.map(text)].join('; ') }));
      first = false;
      batch = [];
    };
    for (const p of preds) {
      if (batch.length && words([...batch, p].map(text).join(' ')).length + words(subject.text).length > SENTENCE_WORDS) flush();
      batch.push(p);
    }
    flush();
  }
  return out;
}

/** Words left for the items after a head, within the editor's limit. */
const roomAfter = (h: { subject: Np; verb: string }) => MAX_SENTENCE_WORDS - words(`${h.subject.text} ${h.verb}`).length;

/** A figure other than a year ("15 đề án", "2026-2031", "100%"): what a reader looks for first. */
const hasFigure = (s: string) => /\d/u.test(s.replace(/\bnăm \d{4}\b/gu, ''));

/**
 * At most MAX_ITEMS items, those with figures first, printed in the order given. An item too long for
 * a sentence of ordinary length (over `room` words in a part between its semicolons) is left to the
 * minutes, as an editor would cut it.
 */
export function handful(items: readonly string[], room: number): string[] {
  const fits = (t: string) => t.split(/;\s+/u).every((part) => words(part).length <= room);
  const candidates = items.map((t, i) => ({ t, i })).filter((x) => fits(x.t));
  const withFigures = candidates.filter((x) => hasFigure(x.t)).slice(0, MAX_ITEMS);
  const rest = candidates.filter((x) => !hasFigure(x.t)).slice(0, MAX_ITEMS - withFigures.length);
  return [...withFigures, ...rest].sort((a, b) => a.i - b.i).map((x) => x.t);
}

/** "Hội nghị ghi nhận những kết quả nổi bật năm 2023: a; b; c…" — a handful, "…" when there are more. */
function highlightSentences(x: NewsContext): string[] {
  const all = x.c.results?.highlights ?? [];
  const subject = { text: 'Hội nghị' };
  const first = { subject, verb: `ghi nhận những kết quả nổi bật${x.period ? ` ${x.period}` : ''}`, link: 'colon' as const };
  const shown = handful(all, roomAfter(first)).map(lowerFirst);
  return listSentences(first, varied(subject, 'ghi nhận', 'colon'), shown, all.length > shown.length);
}

/** Each report and who presented it, then what it says. */
function reportParagraphs(x: NewsContext): string[][] {
  return (x.c.reports ?? []).map((rep) => {
    const person = rep.presenter ? x.people.get(rep.presenter) : undefined;
    const unit = rep.unit ? unitName(x.r, rep.unit) : '';
    const title = lowerFirst(bare(rep.title));
    const presenter: Np | undefined = person ? personNp(person, x.pronoun, unit) : unit ? { text: `đại diện ${unit}` } : undefined;
    const first = presenter ? sentenceOf({ subject: presenter, verb: 'trình bày', object: title }) : sentenceOf({ subject: { text: 'Hội nghị' }, verb: 'nghe', object: title });
    const said = (rep.summary ?? []).map(lowerFirst);
    const subject = { text: 'Báo cáo' };
    return [first, ...listSentences({ subject, verb: 'cho biết', link: 'comma' }, { subject, verb: 'cũng cho biết', link: 'comma' }, said)];
  });
}

/** "Hội nghị đề ra nhiệm vụ thời gian tới: …" and "Hội nghị cũng nêu một số khó khăn, vướng mắc: …". */
function listParagraph(items: readonly string[], verb: string, again: string): string[] {
  const subject = { text: 'Hội nghị' };
  const first = { subject, verb, link: 'colon' as const };
  const shown = handful(items, roomAfter(first)).map(lowerFirst);
  return listSentences(first, { subject, verb: again, link: 'colon' }, shown, items.length > shown.length);
}

/** Paragraphs of at most four sentences. */
export const paragraphsOf = (sentences: string[], size = 4): string[][] => {
  const out: string[][] = [];
  for (let i = 0; i < sentences.length; i += size) out.push(sentences.slice(i, i + size));
  return out;
};

export function resultParagraphs(x: NewsContext): string[][] {
  return [
    ...reportParagraphs(x),
    ...paragraphsOf(indicatorSentences(x)),
    ...paragraphsOf(highlightSentences(x)),
  ];
}

export function outlookParagraphs(x: NewsContext): { difficulties: string[][]; tasks: string[][] } {
  return {
    difficulties: paragraphsOf(listParagraph(x.c.difficulties ?? [], 'cũng nêu một số khó khăn, vướng mắc', 'còn nêu')),
    tasks: paragraphsOf(listParagraph(x.c.tasks ?? [], 'đề ra nhiệm vụ thời gian tới', 'cũng đề ra nhiệm vụ')),
  };
}
