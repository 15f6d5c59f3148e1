// The paragraph on who the cluster is, who attended and who chaired: "Dự Hội nghị có các đồng chí: …".
import { joinVi, lowerFirst } from '../format/index.js';
import { roleOf, type PersonRef } from '../people.js';
import { sentenceOf, type Np } from './clause.js';
import { unitName, type NewsContext } from './context.js';
import { listSentences } from './lists.js';
import { mentionListed, mentionNp } from './people.js';

/** Groups that start with a common word are lower-cased in running text; names of bodies ("Thường trực Tỉnh ủy") are not. */
const COMMON_START = /^(Đại diện|Lãnh đạo|Các|Những|Cán bộ|Phóng viên|Toàn thể|Đại biểu)\s/u;

/** Central leaders first, then the others, in the order given. */
const central = (p: PersonRef) => /Trung ương/u.test(roleOf(p));

/**
 * Subjects of the paragraph's further attendance sentences, in turn, so no two sentences in a row open
 * alike ("Cùng dự Hội nghị có …. Tham dự Hội nghị còn có …"); `n` counts the sentences said before.
 */
const FOLLOW_SUBJECTS = ['Cùng dự Hội nghị', 'Tham dự Hội nghị còn', 'Hội nghị còn có sự tham dự'];
const followSubject = (n: number): Np => ({ text: FOLLOW_SUBJECTS[(n - 1) % FOLLOW_SUBJECTS.length]! });
/** The verb after a further subject: "Hội nghị còn có sự tham dự" takes "của", the others "có". */
const followVerb = (n: number, verb: string) => (followSubject(n).text.endsWith('tham dự') ? verb.replace(/^có\b/u, 'của') : verb);

/** "Dự Hội nghị có các đồng chí: A, chức vụ; B, chức vụ." (or "có đồng chí A, …" for one; "có ông A, …; bà B, …" in an outlet that writes ông/bà). */
function attendees(x: NewsContext, people: PersonRef[], first: boolean): string[] {
  if (!people.length) return [];
  const ordered = [...people.filter(central), ...people.filter((p) => !central(p))];
  const comrades = x.pronoun === 'dong-chi';
  const items = ordered.map((p) => mentionListed(x.mentions, p, x.pronoun, !comrades));
  const subject: Np = { text: first ? 'Dự Hội nghị' : 'Cùng dự Hội nghị' };
  if (comrades && items.length === 1) return [sentenceOf({ subject, verb: 'có đồng chí', object: items[0]! })];
  const verb = comrades ? 'có các đồng chí' : 'có';
  const link = comrades ? 'colon' : 'direct';
  return listSentences({ subject, verb, link }, (n) => ({ subject: followSubject(n), verb: followVerb(n, verb), link }), items);
}

/** "A chủ trì Hội nghị.", "Đồng chủ trì Hội nghị có …", or both. */
function chairs(x: NewsContext): string[] {
  const list = (x.c.chairs ?? []).flatMap((ch) => {
    const person = ch.person ? x.people.get(ch.person) : undefined;
    const np: Np | undefined = person ? mentionNp(x.mentions, person, x.pronoun) : ch.group ? { text: ch.group } : undefined;
    return np ? [{ np, co: ch.role === 'dong-chu-tri' }] : [];
  });
  const main = list.filter((l) => !l.co).map((l) => l.np);
  const co = list.filter((l) => l.co).map((l) => l.np);
  const join = (nps: Np[]): Np => ({ text: joinVi(nps.map((n) => n.text)), apposition: nps[nps.length - 1]?.apposition ?? false });
  const out: string[] = [];
  if (main.length) out.push(sentenceOf({ subject: join(main), verb: 'chủ trì Hội nghị' }));
  if (co.length)
    out.push(
      main.length
        ? sentenceOf({ subject: { text: 'Đồng chủ trì Hội nghị' }, verb: 'có', object: joinVi(co.map((n) => n.text)) })
        : sentenceOf({ subject: join(co), verb: 'đồng chủ trì Hội nghị' }),
    );
  return out;
}

/**
 * The cluster's members: by province when each member is a different province's ("Cụm gồm các đơn vị
 * của các địa phương: A, B và C."), else by name (a cluster of one province's bodies): a province
 * is never listed twice.
 */
function members(x: NewsContext): string[] {
  if (!x.organiser?.cluster || !x.memberProvinces.length) return [];
  const provinces = [...new Set(x.memberProvinces)];
  if (provinces.length < x.memberProvinces.length)
    return [sentenceOf({ subject: { text: 'Cụm' }, verb: 'gồm các đơn vị', link: 'colon', object: joinVi(x.memberNames) })];
  return [sentenceOf({ subject: { text: 'Cụm' }, verb: 'gồm các đơn vị của các địa phương', link: 'colon', object: joinVi(provinces) })];
}

export function attendanceParagraph(x: NewsContext): string[] {
  const p = x.c.participants;
  const chairIds = new Set((x.c.chairs ?? []).map((ch) => ch.person).filter(Boolean));
  const people: PersonRef[] = [
    ...(p?.guests ?? []),
    ...(p?.delegations ?? []).filter((d) => d.present !== false).flatMap((d) => (d.members ?? []).map((m) => ({ unit: d.unit, ...m }))),
  ].filter((person) => !('id' in person && person.id && chairIds.has(person.id)));
  const withRole = people.map((person) =>
    roleOf(person) || !person.unit ? person : { ...person, title: `đại diện ${unitName(x.r, person.unit)}` },
  );
  const unitsOnly = (p?.delegations ?? []).filter((d) => d.present !== false && !d.members?.length).map((d) => unitName(x.r, d.unit));
  const groups = [
    ...(p?.groups ?? []).map((g) => (COMMON_START.test(g) ? lowerFirst(g) : g)),
    ...(unitsOnly.length ? [`đại diện ${joinVi(unitsOnly)}`] : []),
  ];
  const people1 = attendees(x, withRole, true);
  // The groups' sentences go on the rotation where the people's left off.
  const before = people1.length;
  const groupHead = (n: number) =>
    before + n === 0
      ? { subject: { text: 'Dự Hội nghị' }, verb: 'có' }
      : { subject: followSubject(before + n), verb: followVerb(before + n, 'có') };
  const groupSentences = groups.length ? listSentences(groupHead(0), groupHead, groups) : [];
  return [...members(x), ...people1, ...groupSentences, ...chairs(x)];
}
