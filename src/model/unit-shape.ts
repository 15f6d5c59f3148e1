// What kind of Party body a unit is, and the committee and short name of a staff body (ban),
// from its declared fields or, for files written before "kind" existed, from its name.
import type { Unit, UnitKind } from '../schema/units.js';

export type ShapeSource =
  /** `kind` is written. */
  | 'declared'
  /** No `kind`, but a `committee`: a staff body. */
  | 'committee'
  /** The old form: no `kind`, a `superior` (once the first header line, "Đảng bộ tỉnh …"). */
  | 'old-form'
  /** No `kind`, no `superior`: read from the name. */
  | 'name';

export interface UnitShape {
  kind: UnitKind;
  /** For a ban: the committee it serves, as written ("Tỉnh ủy Long An"); undefined if none can be found. */
  committee?: string;
  /** For a ban: its short name ("Ban Tổ chức"); undefined if none can be found. */
  shortName?: string;
  source: ShapeSource;
}

export const CENTRAL_COMMITTEE = 'Ban Chấp hành Trung ương';

/** A committee's name starts so: "Tỉnh ủy Long An", "Thành ủy Hà Nội", "Huyện ủy Định Hóa", "Đảng ủy Khối …". */
const COMMITTEE = /^(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) (?:ủy|uỷ)(?:\s|$)/iu;
/** A staff body's name starts with one of these ("Ban Chấp hành" is a committee, not a staff body). */
const STAFF_BODY = /^(?:Ban(?! Chấp hành)|Văn phòng|Cơ quan|Ủy ban Kiểm tra|Uỷ ban Kiểm tra)\s/iu;

/** The committee named inside a staff body's name: the first "… ủy …" after its first word. */
function committeeInName(name: string): string | undefined {
  const words = name.split(' ');
  for (let i = 1; i < words.length; i++) {
    const rest = words.slice(i).join(' ');
    if (COMMITTEE.test(rest)) return rest;
  }
  if (/\sTrung ương$/u.test(name)) return CENTRAL_COMMITTEE;
  return undefined;
}

/** "Ban Tổ chức Tỉnh ủy Long An" minus "Tỉnh ủy Long An" → "Ban Tổ chức"; the central committee is "… Trung ương". */
export function shortNameOf(name: string, committee: string): string | undefined {
  const cut = (suffix: string) => (name.endsWith(` ${suffix}`) ? name.slice(0, -suffix.length - 1).trim() || undefined : undefined);
  return cut(committee) ?? (committee === CENTRAL_COMMITTEE ? cut('Trung ương') : undefined);
}

function banShape(unit: Unit, source: ShapeSource): UnitShape {
  const committee = unit.committee ?? committeeInName(unit.name);
  const shortName = unit.shortName ?? (committee ? shortNameOf(unit.name, committee) : undefined);
  return { kind: 'ban', ...(committee ? { committee } : {}), ...(shortName ? { shortName } : {}), source };
}

/** Could the name be a staff body's, with its committee in it? */
const looksLikeBan = (name: string) => STAFF_BODY.test(name) && committeeInName(name) !== undefined;

export function unitShape(unit: Unit): UnitShape {
  if (unit.kind === 'ban') return banShape(unit, 'declared');
  if (unit.kind) return { kind: unit.kind, source: 'declared' };
  if (unit.committee) return banShape(unit, 'committee');
  const source: ShapeSource = unit.superior ? 'old-form' : 'name';
  if (looksLikeBan(unit.name)) return banShape(unit, source);
  if (source === 'name' && COMMITTEE.test(unit.name)) return { kind: 'cap-uy', source };
  return { kind: 'khac', source };
}
