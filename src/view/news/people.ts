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
