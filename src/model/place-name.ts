// The place a unit writes in its documents' place-date line ("Gò Dầu, ngày …"): HD 36 has a body write
// the name of the administrative unit where it sits, so a provincial body writes its province and a
// district body its district.
import type { Unit } from '../schema/units.js';
import { fold } from '../text/fold.js';
import { unitShape } from './unit-shape.js';

/** A committee below the province: "Huyện ủy Gò Dầu", "Quận ủy 1", "Thị ủy X", "Thành ủy X" (a city of a province). */
const LOCAL_COMMITTEE = /^(Huyện|Quận|Thị|Thành) (?:ủy|uỷ) (.+)$/iu;

/** "Thành phố Hồ Chí Minh" and "Hồ Chí Minh" are one place. */
const bare = (name: string) => fold(name).replace(/^(?:thanh pho|tp\.?) /u, '');

/**
 * The place-date line's place: the unit's own `place` when written; else, for a body of a committee
 * below the province (or that committee itself), the committee's locality; else the province. A
 * "Thành ủy" named after its province (Thành ủy Hà Nội) is provincial.
 */
export function placeName(unit: Unit): string {
  if (unit.place) return unit.place;
  const shape = unitShape(unit);
  const committee = shape.kind === 'ban' ? shape.committee : shape.kind === 'cap-uy' ? unit.name : undefined;
  const local = committee ? LOCAL_COMMITTEE.exec(committee.normalize('NFC').trim()) : null;
  if (local && bare(local[2]!) !== bare(unit.province)) return local[2]!;
  return unit.province;
}
