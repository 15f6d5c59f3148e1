// Speeches in indirect speech, with the verb the data gives; quotation marks only around verbatim quotes.
import type { SpeechData } from '../../schema/conference.js';
import { joinVi, lowerFirst } from '../format/index.js';
import { SPEECH_VERBS } from '../speeches.js';
import { bare, finish, sentenceOf, words, type Clause, type Link, type Np } from './clause.js';
import { unitName, type NewsContext } from './context.js';
import { also, listSentences, MAX_SENTENCE_WORDS } from './lists.js';
import { mentionNp, shortNp } from './people.js';

type Kind = NonNullable<SpeechData['kind']>;

/** The circumstance that opens a speech's first sentence. */
const OPENERS: Record<Kind, string> = {
  'khai-mac': 'Phát biểu khai mạc Hội nghị',
  'chao-mung': 'Phát biểu chào mừng Hội nghị',
  'chi-dao': 'Phát biểu chỉ đạo Hội nghị',
  'tham-luan': 'Trình bày tham luận tại Hội nghị',
  'thao-luan': 'Thảo luận tại Hội nghị',
  'phat-bieu': 'Phát biểu tại Hội nghị',
  'tiep-thu': 'Tiếp thu, giải trình ý kiến đại biểu',
  'ket-luan': 'Phát biểu kết luận Hội nghị',
  'be-mac': 'Phát biểu bế mạc Hội nghị',
};

/** Verbs followed by what was asked: "đề nghị các đơn vị …". */
const DIRECTIVE = /^(?:cũng )?(đề nghị|yêu cầu|lưu ý|chỉ đạo|đề xuất|kiến nghị|mong muốn|giao|kêu gọi|quán triệt)(?=[\s,]|$)/u;
/** Verbs that take a thing, not a clause: "biểu dương những nỗ lực …", "chia sẻ một số kết quả nổi bật: …". */
const THING =
  /^(?:cũng )?(chia sẻ|biểu dương|đánh giá cao|ghi nhận|chúc mừng|nêu|trao đổi|giới thiệu|báo cáo|cảm ơn|hoan nghênh)(?=[\s,]|$)/u;
/** Verbs that take reported speech after a comma: "khẳng định, …"; any verb not known takes it too. */
const linkOf = (verb: string): Link => (DIRECTIVE.test(verb) || THING.test(verb) ? 'direct' : 'comma');
const isSaying = (verb: string) => !DIRECTIVE.test(verb) && !THING.test(verb);

/** Directive kinds ask for things when the data gives points without a verb for them. */
const ASKING: ReadonlySet<Kind> = new Set(['chi-dao', 'ket-luan', 'khai-mac', 'be-mac', 'tiep-thu']);

interface Speaker {
  /** At the start of the speech: with the position the first time the item names them, else by full name. */
  first: Np;
  /** Later in the same paragraph: "đồng chí Được", "ông Sơn". */
  again: Np;
  /** The form of address alone, after a sentence naming them: "đồng chí" (or "ông", "bà" when the outlet and the data say so). */
  short: Np;
}

function speakerOf(x: NewsContext, s: SpeechData): Speaker {
  const person = s.speaker ? x.people.get(s.speaker) : undefined;
  const unitId = s.unit ?? person?.unit;
  const unit = unitId ? unitName(x.r, unitId) : '';
  if (person) {
    const again = shortNp(person, x.pronoun, x.names);
    const short =
      x.pronoun === 'dong-chi'
        ? { text: 'đồng chí' }
        : person.gender === 'nam'
          ? { text: 'ông' }
          : person.gender === 'nữ'
            ? { text: 'bà' }
            : again;
    return { first: mentionNp(x.mentions, person, x.pronoun, unit), again, short };
  }
  const np = { text: unit ? `đại diện ${unit}` : s.group?.trim() || 'đại biểu dự Hội nghị' };
  return { first: np, again: np, short: np };
}

/** A summary's sentences: the first follows the verb, the others stand as the data writes them. */
function summarySentences(h: Head, summary: string): string[] {
  const [first = '', ...rest] = summary
    .normalize('NFC')
    .trim()
    .split(/(?<=[.!?])\s+/u);
  return [sentenceOf({ ...h, object: lowerFirst(first) }), ...rest.map((s) => finish(s))].filter(Boolean);
}

/** Openers of a speech's further sentences, in turn; "" is the speaker's short name. */
const FOLLOW = ['', 'Đồng thời', 'Bên cạnh đó', 'Ngoài ra'];

type Head = Omit<Clause, 'object'>;

/** The sentences of one speech; `withOpener`: its first sentence says what kind of speech it is. */
export function speechSentences(x: NewsContext, s: SpeechData, withOpener: boolean, alsoVerb = '', joinOpener = ''): string[] {
  const kind = s.kind ?? 'phat-bieu';
  const given = bare(s.verb);
  // A speaker who says what the one before said takes "cũng": "Đại diện … cũng chia sẻ …".
  const verb = given && given === alsoVerb ? `cũng ${given}` : given;
  const who = speakerOf(x, s);
  const out: string[] = [];
  let opener = withOpener ? OPENERS[kind] : joinOpener;
  const take = () => {
    const o = opener;
    opener = '';
    return o;
  };
  const used = new Set<string>();
  /**
   * The head of the speech's n-th sentence: the opener and the speaker in full for the first; then, in
   * turn, the short name ("Đồng chí Được đề nghị", with "cũng" when the verb is said again) and openers
   * with the pronoun ("Đồng thời, đồng chí đề nghị"), so no two sentences in a row start alike.
   */
  const head = (n: number, v: string, link: Link, first: Np = who.first): Head => {
    const plain = v.replace(/^cũng\s+/u, '');
    if (n === 0) return { opener: take(), subject: first, verb: v, link };
    const turn = FOLLOW[(n - 1) % FOLLOW.length]!;
    if (turn) return { opener: turn, subject: who.short, verb: plain, link };
    return { subject: who.again, verb: used.has(plain) ? also(plain) : v, link };
  };
  /** Heads said so far: the rotation counts heads, not the data's own sentences after a summary. */
  let heads = 0;
  const emit = (sentences: string[], v: string, headCount = 1) => {
    out.push(...sentences);
    heads += headCount;
    used.add(v.replace(/^cũng\s+/u, ''));
  };
  /**
   * A sentence with the head due; when the first would be over the limit, a sentence saying who spoke
   * comes first and the long one names them by the pronoun ("Đồng chí …").
   */
  const fitted = (v: string, link: Link, make: (h: Head) => string[]) => {
    const n = heads;
    const tried = make(head(n, v, link));
    if (n > 0 || words(tried[0] ?? '').length <= MAX_SENTENCE_WORDS) return emit(tried, v);
    out.push(sentenceOf({ subject: who.first, verb: `${SPEECH_VERBS[kind]} tại Hội nghị` }));
    heads++;
    emit(make({ subject: who.short, verb: v, link }), v);
  };
  const summary = bare(s.summary);
  if (summary) {
    const v = verb || 'nhấn mạnh';
    fitted(v, linkOf(v), (h) => summarySentences(h, s.summary!));
  }
  const quoteVerb = verb && isSaying(verb) ? verb : 'nhấn mạnh';
  (s.quotes ?? [])
    .map((q) => bare(q))
    .filter(Boolean)
    .forEach((q) => {
      fitted(quoteVerb, 'colon', (h) => [sentenceOf({ ...h, object: `“${q}”` })]);
    });
  const points = (s.points ?? []).map((p) => lowerFirst(bare(p))).filter(Boolean);
  if (points.length) {
    let v: string;
    let link: Link = 'direct';
    if (verb && DIRECTIVE.test(verb)) v = verb;
    // "chia sẻ" takes what was shared as its object ("chia sẻ kinh nghiệm …"); a verb that names it
    // already ("chia sẻ một số kết quả nổi bật") is followed by the list. Nothing is added to the data's verb.
    else if (verb && /^(cũng )?chia sẻ$/u.test(verb)) v = verb;
    else if (verb && /^(cũng )?chia sẻ\s/u.test(verb)) [v, link] = [verb, 'colon'];
    else if (verb && !summary && !s.quotes?.length) [v, link] = [verb, 'colon'];
    else if (ASKING.has(kind)) v = 'đề nghị';
    else [v, link] = ['nêu ý kiến', 'colon'];
    const base = heads;
    const firstHead = head(base, v, link);
    used.add(v.replace(/^cũng\s+/u, ''));
    const said = listSentences(firstHead, (n) => head(base + n, v, link), points);
    emit(said, v, said.length);
  }
  if (!out.length)
    out.push(
      withOpener
        ? sentenceOf({ opener: 'Tại Hội nghị', subject: who.first, verb: SPEECH_VERBS[kind] })
        : sentenceOf({ opener: joinOpener, subject: who.first, verb: `${SPEECH_VERBS[kind]} tại Hội nghị` }),
    );
  return out;
}

const DISCUSSION: ReadonlySet<Kind> = new Set(['tham-luan', 'thao-luan']);

/**
 * Openers of the second, third… speech of a discussion paragraph, in turn: without them every
 * speaker's sentence would start "Đại diện Ban Tổ chức …".
 */
const JOIN_OPENERS = ['Tiếp đó', 'Cùng với đó', 'Cũng tại Hội nghị'];

/** A speech that says nothing of its own: no summary, quotation or point, only that the unit spoke. */
const empty = (s: SpeechData) => !bare(s.summary) && !(s.quotes ?? []).some((q) => bare(q)) && !(s.points ?? []).some((p) => bare(p));

/**
 * Speeches with no content of their own, with the same kind and verb, are said in one sentence: units
 * that spoke without a named speaker together, people named together.
 */
const groupable = (a: SpeechData, b: SpeechData) =>
  empty(a) &&
  empty(b) &&
  ((!a.speaker && !b.speaker && !!a.unit && !!b.unit) || (!!a.speaker && !!b.speaker)) &&
  (a.kind ?? 'phat-bieu') === (b.kind ?? 'phat-bieu') &&
  bare(a.verb) === bare(b.verb);

/** "đồng chí A và đồng chí B" reads "các đồng chí A và B". */
function together(nps: string[]): string {
  const comrade = /^đồng chí (?=\p{Lu})/u;
  if (nps.length > 1 && nps.every((n) => comrade.test(n) && !n.includes(',')))
    return `các đồng chí ${joinVi(nps.map((n) => n.replace(comrade, '')))}`;
  return joinVi(nps);
}

/** "Tại Hội nghị, đại diện A, B và C đều trình bày tham luận." ("… tại Hội nghị" after another opener). */
function groupSentence(x: NewsContext, run: SpeechData[], opener: string): string {
  const kind = run[0]!.kind ?? 'phat-bieu';
  const units = [...new Set(run.filter((s) => !s.speaker).map((s) => unitName(x.r, s.unit!)))];
  const people = run.filter((s) => s.speaker).map((s) => speakerOf(x, s).first.text);
  const subject = people.length ? together(people) : `đại diện ${joinVi(units)}`;
  const verb = bare(run[0]!.verb) || SPEECH_VERBS[kind];
  // The opener already says where: "Tại Hội nghị, … đều phát biểu", never "… phát biểu tại Hội nghị" after it.
  const where = /tại Hội nghị/iu.test(opener) ? '' : ' tại Hội nghị';
  return sentenceOf({ opener, subject: { text: subject }, verb: `đều ${verb}${where}` });
}

/**
 * Paragraphs of speeches: each speech its own, except a run of discussion speeches, which share one
 * paragraph and one opener ("Thảo luận tại Hội nghị, …"); within the run, each further speech opens
 * with the next of JOIN_OPENERS, and units that only spoke are named together.
 */
export function speechParagraphs(x: NewsContext): Array<{ sentences: string[]; names: string[]; discussion: boolean }> {
  const out: Array<{ sentences: string[]; names: string[]; kind: Kind; joined: number }> = [];
  const list = x.c.speeches ?? [];
  let previous: SpeechData | undefined;
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    const kind = s.kind ?? 'phat-bieu';
    const last = out[out.length - 1];
    const joins = !!last && DISCUSSION.has(kind) && last.kind === kind;
    let j = i + 1;
    while (j < list.length && groupable(s, list[j]!)) j++;
    const joinOpener = joins ? JOIN_OPENERS[last.joined % JOIN_OPENERS.length]! : '';
    let sentences: string[];
    // The people a paragraph names, for the photos that show them: every speaker of a merged run.
    const names = list
      .slice(i, j)
      .map((t) => (t.speaker ? x.people.get(t.speaker)?.name : undefined))
      .filter((n): n is string => !!n);
    if (j > i + 1) {
      sentences = [groupSentence(x, list.slice(i, j), joins ? joinOpener : 'Tại Hội nghị')];
      i = j - 1;
    } else sentences = speechSentences(x, s, !joins, joins ? bare(previous?.verb) : '', joinOpener);
    previous = list[i];
    if (joins) {
      last.sentences.push(...sentences);
      last.joined++;
      last.names.push(...names);
    } else out.push({ sentences, names, kind, joined: 0 });
  }
  return out.map(({ sentences, names, kind }) => ({ sentences, names, discussion: DISCUSSION.has(kind) }));
}
