// Results with their numbers and highlights, after the reports: a few sentences of ordinary length each.
import type { ConferenceFile } from '../../schema/conference.js';
import { formatNumber, lowerFirst, upperFirst } from '../format/index.js';
import { bare, sentenceOf, words, type Np } from './clause.js';
import type { NewsContext } from './context.js';
import { handful, roomAfter } from './handful.js';
import { also, listSentences, paragraphsOf, SENTENCE_WORDS, varied, type Head } from './lists.js';
import { reportParagraphs } from './reports.js';

type Indicator = NonNullable<NonNullable<ConferenceFile['results']>['indicators']>[number];

/** Actions a Party committee decides and its Ban advises on: the Ban "tham mưu" them. */
const COMMITTEE_ACTIONS =
  /^(ban hành|bổ nhiệm|giới thiệu|điều động|luân chuyển|kết nạp|giao|quyết định|thành lập|kỷ luật|khen thưởng|phê duyệt|chỉ định)/u;

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
    const shares = (o: Indicator) =>
      !!bare(first.unit) &&
      bare(o.unit) === bare(first.unit) &&
      bare(o.note) === bare(first.note) &&
      first.unit !== '%' &&
      o.of === undefined &&
      first.of === undefined;
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

/** The meeting as the subject of what it records, and its verb for figures without an actor. */
const MEETING: Np = { text: 'Hội nghị' };
const RECORDS = 'ghi nhận kết quả';
/** A sentence that opens with the meeting's record, after an opener or not ("Về công tác cán bộ, Hội nghị ghi nhận kết quả: …"). */
const RECORDED = new RegExp(`^(?:[^,:]+, )?${MEETING.text} ${RECORDS}(?=[:\\s])`, 'u');

/** Figures a news item retells; more are left to the minutes, and a sentence says so. */
export const MAX_FIGURES = 8;
/** Highlights a news item retells besides the figures. */
export const MAX_HIGHLIGHTS = 3;

/** Said when the item leaves results to the minutes. */
export const MINUTES_POINTER = 'Các kết quả khác được nêu đầy đủ trong biên bản Hội nghị.';

/**
 * The figures of one theme, each under its own subject: the actor the data names ("toàn tỉnh kết
 * nạp…"), else the organiser, which as a Ban advises on what its committee decides ("tham mưu ban
 * hành…"); a figure with its own span ("từ đầu nhiệm kỳ đến nay") opens a sentence of its own; the
 * theme, when given, opens the first sentence ("Về công tác cán bộ, …").
 */
function indicatorSentences(x: NewsContext, list: readonly Indicator[], theme: string, firstOfAll: boolean): string[] {
  const groups = new Map<string, { subject: Np; scope: string; advise: boolean; items: Indicator[] }>();
  for (const i of list) {
    const actor = bare(i.actor);
    const subject: Np = actor ? { text: actor } : (x.organiser?.doers ?? MEETING);
    const named = !!actor || !!x.organiser;
    const advise = !actor && !!x.organiser?.advises && COMMITTEE_ACTIONS.test(bare(i.action)) && !/^tham mưu/u.test(bare(i.action));
    const key = `${subject.text}\u0000${bare(i.scope)}\u0000${advise}\u0000${named}`;
    const g = groups.get(key) ?? { subject, scope: bare(i.scope), advise, items: [] };
    g.items.push(i);
    groups.set(key, g);
  }
  const out: string[] = [];
  let previous: { scope: string; subject: string } | undefined;
  for (const g of groups.values()) {
    // A span is said once for a run of groups; a group with the subject of the one before opens with "Đồng thời".
    const scoped = g.scope && g.scope !== previous?.scope ? upperFirst(g.scope) : '';
    const opener =
      scoped ||
      (out.length > 0
        ? previous?.subject === g.subject.text
          ? 'Đồng thời'
          : ''
        : theme
          ? `Về ${theme}`
          : firstOfAll
            ? x.periodOpening
            : '');
    previous = { scope: g.scope, subject: g.subject.text };
    const preds = predicates(g.items);
    const subject = g.subject;
    if (g.advise) {
      out.push(...listSentences({ opener, subject, verb: 'tham mưu' }, varied(subject, 'tham mưu'), preds.map(text)));
      continue;
    }
    // Neither an actor nor an organiser: the meeting is the subject ("Hội nghị ghi nhận kết quả: …").
    if (!x.organiser && !g.items.some((i) => i.actor)) {
      out.push(...listSentences({ opener, subject, verb: RECORDS, link: 'colon' }, varied(subject, 'ghi nhận', 'colon'), preds.map(text)));
      continue;
    }
    // The actor does it: the first figure's action is the verb, the other figures follow it.
    let k = 0;
    let batch: Predicate[] = [];
    const flush = () => {
      const [head, ...others] = batch;
      if (!head) return;
      const lead = k === 0 ? { opener, subject, verb: head.verb } : varied(subject, head.verb)(k);
      out.push(sentenceOf({ ...lead, object: [head.rest, ...others.map(text)].join('; ') }));
      k++;
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

/**
 * The figures by theme, in the order the themes first appear (figures without a theme where the first
 * of them stands), each theme its own paragraph; at most MAX_FIGURES figures, the first ones given.
 */
function figureParagraphs(x: NewsContext): { paragraphs: string[][]; cut: boolean; recorded: boolean } {
  const all = x.c.results?.indicators ?? [];
  const shown = all.slice(0, MAX_FIGURES);
  const themes = new Map<string, Indicator[]>();
  for (const i of shown) {
    const t = bare(i.theme);
    themes.set(t, [...(themes.get(t) ?? []), i]);
  }
  const paragraphs: string[][] = [];
  for (const [theme, list] of themes)
    paragraphs.push(...paragraphsOf(indicatorSentences(x, list, lowerFirst(theme), paragraphs.length === 0)));
  // The last figures said as the meeting's record ("Hội nghị ghi nhận kết quả: …"): the highlights say "cũng".
  const last = paragraphs.at(-1)?.at(-1) ?? '';
  return { paragraphs, cut: all.length > shown.length, recorded: RECORDED.test(last) };
}

/**
 * Heads of the highlight sentences after the first. A list of highlights said as "Hội nghị ghi nhận …"
 * sentence after sentence reads as one phrase repeated, whatever connective stands before it: the subject
 * changes from one sentence to the next instead (the meeting, the results themselves), and the meeting's
 * own verb comes back only with "cũng" or a connective.
 */
function highlightHeads(meeting: Np): (n: number) => Head {
  const heads: Head[] = [
    { subject: { text: 'Những kết quả nổi bật khác' }, verb: 'gồm', link: 'colon' },
    { subject: meeting, verb: 'cũng ghi nhận', link: 'colon' },
    { opener: 'Bên cạnh đó', subject: { text: 'các kết quả nổi bật' }, verb: 'còn có', link: 'colon' },
    { opener: 'Ngoài ra', subject: meeting, verb: 'ghi nhận', link: 'colon' },
  ];
  return (n) => heads[(n - 1) % heads.length]!;
}

/**
 * "Hội nghị ghi nhận những kết quả nổi bật năm 2023: a; b…" — a handful, "…" when there are more; "cũng
 * ghi nhận" when the figures just before were already the meeting's (`recorded`).
 */
function highlightSentences(x: NewsContext, recorded: boolean): { sentences: string[]; cut: boolean } {
  const all = x.c.results?.highlights ?? [];
  const subject = MEETING;
  const verb = `${recorded ? also('ghi nhận') : 'ghi nhận'} những kết quả nổi bật${x.period ? ` ${x.period}` : ''}`;
  const first = { subject, verb, link: 'colon' as const };
  const shown = handful(all, roomAfter(first), MAX_HIGHLIGHTS).map(lowerFirst);
  const cut = all.length > shown.length;
  // No "…" after the last shown item: the pointer to the minutes that follows says some were left out,
  // and an ellipsis would run the two into one sentence for a reader (and for the editors' checker).
  return { sentences: listSentences(first, highlightHeads(subject), shown), cut };
}

/** The reports, the figures by theme, the highlights: paragraphs of a few sentences; a pointer to the minutes when some were left out. */
export function resultParagraphs(x: NewsContext): string[][] {
  const figures = figureParagraphs(x);
  const highlights = highlightSentences(x, figures.recorded);
  const out = [...reportParagraphs(x), ...figures.paragraphs, ...paragraphsOf(highlights.sentences)];
  const last = out[out.length - 1];
  if ((figures.cut || highlights.cut) && last) last.push(MINUTES_POINTER);
  return out;
}
