// What the meeting decided and gave: decisions, awards, elections, the pledge, each in its own sentence.
import { awardCounts } from '../../model/derive.js';
import type { ConferenceFile } from '../../schema/conference.js';
import { formatNumber, joinVi, lowerFirst } from '../format/index.js';
import { voteText } from '../decisions.js';
import { countsText } from '../proceedings.js';
import { bare, finish, sentenceOf, type Np } from './clause.js';
import { unitName, type NewsContext } from './context.js';
import { listSentences, SENTENCE_WORDS, varied } from './lists.js';
import { mentionListed } from './people.js';

type Award = NonNullable<NonNullable<ConferenceFile['emulation']>['awards']>[number];

const AWARD_NAMES = { 'co-thi-dua': 'Cờ thi đua', 'bang-khen': 'Bằng khen', 'giay-khen': 'Giấy khen' } as const;
const DECISION_VERBS = { 'thong-qua': 'thống nhất thông qua', 'bieu-quyet': 'biểu quyết', 'thong-nhat': 'thống nhất' } as const;

/** "Bằng khen cho đồng chí A, Trưởng Ban …, vì có thành tích …" or "Bằng khen cho 5 tập thể, 13 cá nhân có thành tích …"; "" when nobody is named or counted. */
function awardObject(x: NewsContext, a: Award): string {
  const recipients0 = a.recipients ?? [];
  const printable = recipients0.filter((rc) => rc.unit || bare(rc.collective) || rc.person);
  const useNames = printable.length > 0 && printable.length <= 3;
  // A person already named with their position is named again without it (only when names are printed).
  const withRole = (rc: (typeof recipients0)[number]) => !!rc.person && !!(rc.title || rc.organization) && !x.mentions.has(rc.person);
  const apposition = useNames && printable.some(withRole);
  const named = useNames
    ? printable.map((rc) =>
        rc.unit
          ? unitName(x.r, rc.unit)
          : rc.collective
            ? bare(rc.collective)
            : mentionListed(x.mentions, { name: rc.person!, title: rc.title, organization: rc.organization }, x.pronoun, true),
      )
    : [];
  const recipients = useNames ? joinVi(named) : countsText(awardCounts(a));
  if (!recipients) return '';
  const reason = bare(a.reason);
  // Named recipients take "vì …"; a count takes the reason as a relative clause ("5 tập thể có thành tích …").
  const because = !reason
    ? ''
    : useNames
      ? `${apposition ? ',' : ''} ${/^(vì|do|đã)\s/u.test(reason) ? '' : 'vì '}${reason}`
      : ` ${reason}`;
  return `${bare(a.title) || AWARD_NAMES[a.kind]} cho ${recipients}${because}`;
}

/** Two awards joined by "và", more by semicolons. */
const both = (items: string[]) => (items.length === 2 ? `${items[0]} và ${items[1]}` : items.join('; '));

function awardSentences(x: NewsContext): string[] {
  const groups = new Map<string, { status: Award['status']; grantor: string; items: string[] }>();
  for (const a of x.c.emulation?.awards ?? []) {
    const item = awardObject(x, a);
    const grantor = bare(a.grantor);
    if (!item || !grantor) continue;
    const key = `${a.status}\u0000${grantor}`;
    const g = groups.get(key) ?? { status: a.status, grantor, items: [] };
    g.items.push(item);
    groups.set(key, g);
  }
  const out: string[] = [];
  const assessment = bare(x.c.emulation?.assessment);
  // An assessment written as a sentence of the meeting's own ("Hội nghị đã thống nhất bình xét …") stands
  // as written; a bare result follows "Hội nghị thông báo kết quả bình xét thi đua:".
  if (assessment && /^Hội nghị\s/iu.test(assessment)) out.push(finish(assessment));
  else if (assessment)
    out.push(sentenceOf({ subject: { text: 'Hội nghị' }, verb: 'thông báo kết quả bình xét thi đua', link: 'colon', object: assessment }));
  const proposer: Np = x.organiser?.cluster ? x.organiser.short : { text: 'Hội nghị' };
  // The first sentence says where ("Tại Hội nghị", "Dịp này"); the others vary their head in turn.
  let saidAlso = false;
  const before = out.length;
  for (const g of groups.values()) {
    const n = out.length - before;
    const [subject, verb] = g.status === 'de-nghi' ? [proposer, `thống nhất đề nghị ${g.grantor} tặng`] : [{ text: g.grantor }, 'tặng'];
    let first: { opener?: string; subject: Np; verb: string };
    if (n === 0)
      first = { opener: g.status === 'de-nghi' ? (proposer.text === 'Hội nghị' ? '' : 'Tại Hội nghị') : 'Dịp này', subject, verb };
    else if (g.status !== 'de-nghi' && !saidAlso) {
      first = { opener: 'Cũng tại Hội nghị', subject, verb };
      saidAlso = true;
    } else first = varied(subject, verb)(n);
    out.push(...listSentences(first, (k) => varied(subject, verb)(n + k), g.items, false, SENTENCE_WORDS, both));
  }
  return out;
}

function decisionSentences(x: NewsContext): string[] {
  // Each decision its own sentence; from the second on, the head varies ("Đồng thời, Hội nghị …").
  const subject = { text: 'Hội nghị' };
  return (x.c.decisions ?? []).map((d, i) => {
    const verb = DECISION_VERBS[d.kind ?? 'thong-qua'];
    const head = i === 0 ? { subject, verb } : varied(subject, verb)(i);
    return sentenceOf({ ...head, object: lowerFirst(bare(d.subject)), tail: d.vote ? voteText(d.vote) : '' });
  });
}

function electionSentences(x: NewsContext): string[] {
  const e = x.c.elections;
  if (!e) return [];
  const deputies = joinVi((e.deputies ?? []).map((id) => unitName(x.r, id)));
  const object = `${unitName(x.r, e.head)} làm Cụm trưởng${deputies ? `; ${deputies} làm Cụm phó` : ''} năm ${e.year}`;
  return [sentenceOf({ subject: { text: 'Hội nghị' }, verb: 'bầu', object, tail: e.vote ? voteText(e.vote) : '' })];
}

/** "Các đơn vị trong Cụm thi đua số III ký giao ước thi đua năm 2024 với 8 nhóm nội dung, nhiệm vụ trọng tâm." */
function pledgeSentences(x: NewsContext, period: string): string[] {
  const p = x.c.pledge;
  if (!p || !x.c.kinds.includes('ky-giao-uoc') || !period) return [];
  const signers = (p.signatories ?? []).map((s) => unitName(x.r, s.unit));
  const uniqueSigners = [...new Set(signers)];
  const subject: Np | undefined =
    uniqueSigners.length > 0 && uniqueSigners.length <= 3
      ? { text: joinVi(uniqueSigners) }
      : x.organiser?.cluster
        ? { text: `các đơn vị trong ${x.organiser.short.text}` }
        : undefined;
  const n = p.groups?.length || p.groupCount;
  const theme = bare(p.theme);
  const tail = `${n ? ` với ${formatNumber(n)} nhóm nội dung, nhiệm vụ trọng tâm` : ''}${theme ? `${n ? ',' : ''} với chủ đề: ${theme}` : ''}`;
  return [
    subject
      ? sentenceOf({ subject, verb: 'ký giao ước thi đua', object: period, tail })
      : sentenceOf({ subject: { text: 'Hội nghị' }, verb: 'tổ chức ký giao ước thi đua', object: period, tail }),
  ];
}

export function outcomeParagraphs(
  x: NewsContext,
  pledgePeriod: string,
): Array<{ sentences: string[]; topic: 'other' | 'awards' | 'pledge' }> {
  const all = [
    { sentences: decisionSentences(x), topic: 'other' as const },
    { sentences: awardSentences(x), topic: 'awards' as const },
    { sentences: electionSentences(x), topic: 'other' as const },
    { sentences: pledgeSentences(x, pledgePeriod), topic: 'pledge' as const },
  ];
  return all.filter((p) => p.sentences.length > 0);
}
