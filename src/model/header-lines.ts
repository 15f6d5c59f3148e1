// The header lines a unit prints above its documents (formats.md §1), in print case.
import type { ClusterFile } from '../schema/cluster.js';
import type { Unit } from '../schema/units.js';
import { BLANK, BLANK_SHORT } from '../view/format/blanks.js';
import { upperVi } from '../view/format/case.js';
import { partyDateLine, partyDateLineBlank } from '../view/format/dates.js';
import { formatTwoDigits } from '../view/format/numbers.js';
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

/** A cluster's header lines are data; without them its name breaks at its joints. */
export function clusterHeader(cluster: ClusterFile): HeaderLines {
  if (cluster.header) return { superior: upper(cluster.header.superior), issuer: cluster.header.issuer.map(upperVi) };
  return { superior: upper(cluster.superior), issuer: (cluster.name ? breakAtJoints(cluster.name) : [BLANK]).map(upperVi) };
}

/** "Số 01-BB/BTCTU" — number, document type and issuer code, with blanks where unknown; "" with neither number nor type. */
export function numberLine(
  info: { number?: number; type?: string } | undefined,
  defaultType: string | undefined,
  code: string | undefined,
): string {
  const type = info?.type ?? defaultType;
  if (!info?.number && !type) return '';
  const no = info?.number ? formatTwoDigits(info.number) : BLANK_SHORT;
  return `Số ${no}-${type ?? BLANK_SHORT}/${code ?? BLANK_SHORT}`;
}

/** "Đắk Lắk, ngày 08 tháng 12 năm 2023": a short blank for an unknown place, as the line must fit the header column. */
export const placeDateLine = (place: string | undefined, date: string | undefined) =>
  `${place ?? BLANK_SHORT}, ${date ? partyDateLine(date) : partyDateLineBlank()}`;

/** Where a long body name may break: before the words that open a new part of it. */
const JOINT = /^(?:Ban|Ngành|khu vực|Khu vực|Cụm)$/u;
/** Longest issuer line, in characters, that fits the header column at 14 pt bold capitals. */
export const HEADER_LINE_CHARS = 24;

/**
 * A long name in header lines, broken only before a joint ("CỤM THI ĐUA SỐ 1" / "NGÀNH TỔ CHỨC XÂY
 * DỰNG ĐẢNG"), never inside a place name; parts are joined while they fit one line.
 */
export function breakAtJoints(name: string, max = HEADER_LINE_CHARS): string[] {
  const words = name.split(' ');
  const parts: string[] = [];
  let current: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const two = `${w} ${words[i + 1] ?? ''}`;
    if (current.length > 0 && (JOINT.test(w) || JOINT.test(two))) {
      parts.push(current.join(' '));
      current = [];
    }
    current.push(w);
  }
  if (current.length > 0) parts.push(current.join(' '));
  const lines: string[] = [];
  // A part still too long splits once: after a comma if it has one, else at the space nearest its middle.
  const split = (part: string): string[] => {
    if (part.length <= max) return [part];
    const comma = part.indexOf(', ');
    // A region keeps its name whole: "KHU VỰC" / "NAM TRUNG BỘ - TÂY NGUYÊN".
    const region = /^khu vực /iu.test(part) ? 'khu vực'.length : -1;
    const at = comma > 0 ? comma + 1 : region > 0 ? region : nearestSpace(part, part.length / 2);
    return at > 0 ? [part.slice(0, at).trim(), part.slice(at).trim()] : [part];
  };
  for (const part of parts.flatMap(split)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${part}`.length <= max) lines[lines.length - 1] = `${last} ${part}`;
    else lines.push(part);
  }
  return lines;
}

function nearestSpace(text: string, middle: number): number {
  let best = -1;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1))
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  return best;
}
