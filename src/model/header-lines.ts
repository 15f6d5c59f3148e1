// The header lines a unit prints above its documents (formats.md §1), in print case.
import type { Unit } from '../schema/units.js';
import { upperVi } from '../view/format/case.js';
import { unitShape } from './unit-shape.js';

export interface HeaderLines {
  /** The superior line, "" when there is none. */
  superior: string;
  /** The issuing body, one or more lines. */
  issuer: string[];
}

const upper = (s: string | undefined) => (s ? upperVi(s) : '');

/**
 * A staff body prints its committee above its short name ("TỈNH ỦY LONG AN" / "BAN TỔ CHỨC");
 * a committee prints its superior line when it has one (below the provincial level) and its name;
 * anything else prints its superior and header name as written; an explicit `header` wins.
 */
export function unitHeader(unit: Unit): HeaderLines {
  if (unit.header) return { superior: upper(unit.header.superior), issuer: unit.header.issuer.map(upperVi) };
  const shape = unitShape(unit);
  switch (shape.kind) {
    case 'ban':
      return { superior: upper(shape.committee), issuer: [upperVi(shape.shortName ?? unit.name)] };
    case 'cap-uy':
      return { superior: upper(unit.superior), issuer: [upperVi(unit.name)] };
    case 'khac':
      return { superior: upper(unit.superior), issuer: [upperVi(unit.headerName ?? unit.name)] };
  }
}
