// People in a conference: lookup by id and how they are named in running text.
import type { ConferenceFile } from '../schema/conference.js';

export interface PersonRef {
  name: string;
  title?: string;
  organization?: string;
  gender?: 'nam' | 'nữ';
  /** Id of the unit the person represents. */
  unit?: string;
}

/** Every person declared in participants, by id; a delegate represents the delegation's unit unless told otherwise. */
export function peopleById(c: ConferenceFile): Map<string, PersonRef> {
  const map = new Map<string, PersonRef>();
  const add = (p: PersonRef & { id?: string }) => p.id && map.set(p.id, p);
  c.participants?.guests?.forEach(add);
  c.participants?.delegations?.forEach((d) => d.members?.forEach((m) => add({ unit: d.unit, ...m })));
  return map;
}

/** "Phó Vụ trưởng Vụ II, Ban Tổ chức Trung ương": title and organisation, whichever are known. */
export const roleOf = (p: PersonRef) => [p.title, p.organization].filter((x): x is string => !!x).join(', ');

/** "đồng chí Nguyễn Văn A, Phó Trưởng Ban ..." as Party texts name a person. */
export function comrade(p: PersonRef): string {
  const role = roleOf(p);
  return role ? `đồng chí ${p.name}, ${role}` : `đồng chí ${p.name}`;
}

/**
 * A speaker as the minutes name them: with their position, or, when none is known, the unit they
 * represent ("đồng chí A, đại diện Ban Tổ chức Tỉnh ủy Cao Bằng").
 */
export function speakerOf(p: PersonRef, unitName: string | undefined): string {
  if (roleOf(p) || !unitName) return comrade(p);
  return `đồng chí ${p.name}, đại diện ${unitName}`;
}
