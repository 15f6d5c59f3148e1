// Speeches as the minutes record them: the speaker (a person, with position or unit), the verb, what was said.
import type { RegistryValues } from '../model/registry.js';
import type { ConferenceFile, SpeechData } from '../schema/conference.js';
import { punctuateList, sentence, upperFirst } from './format/index.js';
import { speakerOf, roleOf, type PersonRef } from './people.js';

type People = Map<string, PersonRef>;
type SpeechKind = NonNullable<SpeechData['kind']>;

/** The verb the minutes use when the data gives none. */
export const SPEECH_VERBS: Record<SpeechKind, string> = {
  'khai-mac': 'phát biểu khai mạc',
  'chao-mung': 'phát biểu chào mừng',
  'chi-dao': 'phát biểu chỉ đạo',
  'tham-luan': 'trình bày tham luận',
  'thao-luan': 'phát biểu thảo luận',
  'phat-bieu': 'phát biểu',
  'tiep-thu': 'phát biểu tiếp thu, giải trình',
  'ket-luan': 'phát biểu kết luận',
  'be-mac': 'phát biểu bế mạc',
};

/** Kinds recorded under "Ý kiến thảo luận"; the others under "Ý kiến chỉ đạo, kết luận". */
const DISCUSSION_KINDS: ReadonlySet<SpeechKind> = new Set(['tham-luan', 'thao-luan']);

export const isDiscussion = (s: SpeechData) => DISCUSSION_KINDS.has(s.kind ?? 'phat-bieu');

/** Kinds that direct or conclude: only they make the part "Ý kiến chỉ đạo, kết luận". */
const DIRECTIVE_KINDS: ReadonlySet<SpeechKind> = new Set(['chi-dao', 'ket-luan']);

/**
 * The heading of the minutes' part for speeches other than discussion, named after what it holds: a
 * welcome address or a plain speech is not a directive ("Ý kiến phát biểu"), directives and conclusions
 * are ("Ý kiến chỉ đạo, kết luận"), and a part with both says both.
 */
export function directivesTitle(speeches: readonly SpeechData[]): string {
  const kinds = speeches.filter((s) => !isDiscussion(s)).map((s) => s.kind ?? 'phat-bieu');
  const directing = kinds.filter((k) => DIRECTIVE_KINDS.has(k)).length;
  if (directing === kinds.length) return 'Ý kiến chỉ đạo, kết luận';
  return directing === 0 ? 'Ý kiến phát biểu' : 'Ý kiến phát biểu, chỉ đạo, kết luận';
}

export interface SpeechView {
  /** "Đồng chí A, chức vụ" or the unit's name when no person is named. */
  speaker: string;
  speakerName: string;
  speakerTitle: string;
  unit: string;
  kind: SpeechKind;
  verb: string;
  summary: string;
  /** The opening sentence: "Đồng chí A, chức vụ, phát biểu kết luận: …" (a colon when items follow). */
  lead: string;
  /** Verbatim passages, each in quotation marks. */
  quotes: string[];
  points: Array<{ no: string; text: string }>;
  /** Quotes then points as the minutes print them: one dash list, ";" after each, "." after the last. */
  items: string[];
}

/** Quotation marks around a verbatim passage, with its closing full stop inside. */
export const quoted = (text: string) => `“${sentence(text)}”`;

export function speechView(s: SpeechData, r: RegistryValues, people: People): SpeechView {
  const person = s.speaker ? people.get(s.speaker) : undefined;
  const unitId = s.unit ?? person?.unit;
  const unitName = unitId ? (r.units.get(unitId)?.value.name ?? unitId) : '';
  // A speech the source gives to no one in particular ("các đại biểu thảo luận …") is said by its group.
  const group = s.group?.trim() ?? '';
  const who = person ? speakerOf(person, unitName || undefined) : unitName ? `đại diện ${unitName}` : group;
  const kind = s.kind ?? 'phat-bieu';
  const verb = s.verb ?? SPEECH_VERBS[kind];
  const points = (s.points ?? []).map((text, i) => ({ no: String(i + 1), text: sentence(text) }));
  const quotes = (s.quotes ?? []).map(quoted);
  const follows = points.length > 0 || quotes.length > 0;
  const said = s.summary ? `: ${sentence(s.summary)}` : follows ? ':' : '.';
  // "Đồng chí A, Bí thư Tỉnh ủy, chia sẻ: …": the comma closes the apposition before the verb.
  const comma = person && (roleOf(person) || unitName) ? ',' : '';
  return {
    speaker: upperFirst(who),
    speakerName: person?.name ?? '',
    speakerTitle: person ? roleOf(person) : '',
    unit: unitName,
    kind,
    verb,
    summary: s.summary ?? '',
    lead: `${upperFirst(who)}${comma} ${verb}${said}`,
    quotes,
    points,
    items: punctuateList([...quotes, ...(s.points ?? []).map(upperFirst)]),
  };
}

/** The speeches of a conference, in the order they were given, split as the minutes record them. */
export function speechesOf(c: ConferenceFile, r: RegistryValues, people: People) {
  const all = (c.speeches ?? []).map((s) => ({ data: s, view: speechView(s, r, people) }));
  return {
    all: all.map((s) => s.view),
    discussion: all.filter((s) => isDiscussion(s.data)).map((s) => s.view),
    directives: all.filter((s) => !isDiscussion(s.data)).map((s) => s.view),
    directivesTitle: directivesTitle(c.speeches ?? []),
  };
}
