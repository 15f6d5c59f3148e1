// How a news item names a person: the outlet's form of address, the position before the name when
// it is one office, else after the name in apposition.
import { roleOf, type PersonRef } from '../people.js';
import type { Np } from './clause.js';

/**
 * "dong-chi": "đồng chí" for everyone (Party press, the default). "ong-ba": "ông" or "bà" by the
 * gender the data gives; a person whose gender is not given is named without a form of address
 * (never guessed from the name).
 */
export type Pronoun = 'dong-chi' | 'ong-ba';

/** "đồng chí Nguyễn Văn A", "bà Lê Thị B", or the bare name. */
export function called(p: PersonRef, pronoun: Pronoun): string {
  if (pronoun === 'dong-chi') return `đồng chí ${p.name}`;
  if (p.gender === 'nam') return `ông ${p.name}`;
  if (p.gender === 'nữ') return `bà ${p.name}`;
  return p.name;
}

/**
 * A person as the subject of a sentence: "Bí thư Tỉnh ủy Nguyễn Văn Được" when the position is one
 * office (no comma in it), else "đồng chí Nguyễn Văn Được, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh" in
 * apposition; "đồng chí A, đại diện Ban …" when only the unit is known; the bare form of address when
 * nothing is.
 */
export function personNp(p: PersonRef, pronoun: Pronoun, unitName = ''): Np {
  const role = roleOf(p);
  if (role && !role.includes(',')) return { text: `${role} ${p.name}` };
  if (role) return { text: `${called(p, pronoun)}, ${role}`, apposition: true };
  if (unitName) return { text: `${called(p, pronoun)}, đại diện ${unitName}`, apposition: true };
  return { text: called(p, pronoun) };
}

/** A person in a list of those attending: "Nguyễn Văn Được, Bí thư Tỉnh ủy" (the form of address is said once before the list). */
export function listed(p: PersonRef, pronoun: Pronoun, withAddress: boolean): string {
  const role = roleOf(p);
  const name = withAddress ? called(p, pronoun) : p.name;
  return role ? `${name}, ${role}` : name;
}

/** The person named again later in the item: the form of address and the full name. */
export const again = (p: PersonRef, pronoun: Pronoun): Np => ({ text: called(p, pronoun) });

/** The given name, the last word of a Vietnamese full name: "Nguyễn Văn Được" → "Được". */
const givenName = (name: string) => name.trim().split(/\s+/u).pop() ?? '';

/**
 * The person named again within the paragraph that has just named them, as news items do: "đồng chí
 * Được", "ông Sơn". The full name when the form of address is unknown (a bare "Được" is not said), or
 * when another person of the item shares the given name (`others`: every name the item may print).
 */
export function shortNp(p: PersonRef, pronoun: Pronoun, others: readonly string[]): Np {
  const given = givenName(p.name);
  const shared = others.some((o) => o.trim() !== p.name.trim() && givenName(o) === given);
  const address = pronoun === 'dong-chi' ? 'đồng chí' : p.gender === 'nam' ? 'ông' : p.gender === 'nữ' ? 'bà' : '';
  return address && given && !shared ? { text: `${address} ${given}` } : again(p, pronoun);
}

/**
 * Who the item has named with their position: a person's name and position are printed once, the
 * first time; later paragraphs name them by the form of address and full name. Keyed by the name as
 * printed (award recipients are written in the data without an id).
 */
export class Mentions {
  private readonly named = new Set<string>();
  private static key = (name: string) => name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
  /** Has the item named this person with their position already? */
  has(name: string): boolean {
    return this.named.has(Mentions.key(name));
  }
  /** true the first time a name is met (the caller prints the position with it), false afterwards. */
  first(name: string): boolean {
    const k = Mentions.key(name);
    if (this.named.has(k)) return false;
    this.named.add(k);
    return true;
  }
}

/** A person as a subject: with the position the first time the item names them (personNp), by name afterwards. */
export function mentionNp(mentions: Mentions, p: PersonRef, pronoun: Pronoun, unitName = ''): Np {
  return mentions.first(p.name) ? personNp(p, pronoun, unitName) : again(p, pronoun);
}

/** A person in a list (attendance, award recipients): "A, chức vụ" the first time, the name alone afterwards. */
export function mentionListed(mentions: Mentions, p: PersonRef, pronoun: Pronoun, withAddress: boolean): string {
  if (mentions.first(p.name)) return listed(p, pronoun, withAddress);
  return withAddress ? called(p, pronoun) : p.name;
}
