// The document header: superior and issuing body, the number line and the place-date line.
import { clusterHeader, numberLine as modelNumberLine, placeDateLine, unitHeader, type HeaderLines } from '../model/header-lines.js';
import { placeName } from '../model/place-name.js';
import type { RegistryValues } from '../model/registry.js';
import type { ConferenceFile } from '../schema/conference.js';
import type { HeaderBlock, HeaderFit } from '../model/header-fit.js';
import { headerLineGlue } from './typography.js';
import { BLANK } from './format/index.js';

export interface Issuer {
  /** The header lines in print case: the superior line ("" if none) and the issuer's lines. */
  lines: HeaderLines;
  name: string;
  /** How a file copy line names it ("Lưu Cụm thi đua số III"); the name when there is no shorter one. */
  shortName: string;
  code?: string;
  /** The place-date line's place: the province, or the district of a district body (HD 36). */
  place?: string;
}

/** The issuing body `id` (a unit or a cluster) as a document's header shows it. */
export function resolveIssuer(id: string | undefined, c: ConferenceFile, r: RegistryValues): Issuer | undefined {
  if (!id) return undefined;
  const unit = r.units.get(id)?.value;
  if (unit) return { lines: unitHeader(unit), name: unit.name, shortName: unit.name, code: unit.code, place: placeName(unit) };
  const cluster = r.clusters.get(id)?.value;
  if (cluster) {
    const name = cluster.name ?? BLANK;
    const lines = clusterHeader(cluster);
    const shortName = cluster.number !== undefined ? `Cụm thi đua số ${cluster.number}` : name;
    return { lines, name, shortName, code: cluster.code, place: c.place?.province };
  }
  return undefined;
}

/** "Số 01-BB/BTCTU" — number, document type and issuer code, with blanks where unknown. */
export function numberLine(
  info: { number?: number; type?: string } | undefined,
  defaultType: string | undefined,
  issuer: Issuer | undefined,
): string {
  return modelNumberLine(info, defaultType, issuer?.code);
}

/**
 * The header's texts; `fit` (header-fit.ts) gives the columns and sizes that print each line whole, for
 * the build to set in the document (render/docx/header-fit.ts).
 */
export function headerLines(
  c: ConferenceFile,
  issuer: Issuer | undefined,
  date: string | undefined,
  number: string,
  fit?: (block: HeaderBlock) => HeaderFit,
) {
  const placeDate = placeDateLine(issuer?.place, date);
  return {
    superior: issuer ? headerLineGlue(issuer.lines.superior) : '',
    // Several issuer lines are one value: the templates print "\n" as a line break. A line that still
    // cannot fit wraps only after a comma or a leading "KHU VỰC", never inside a name.
    issuer: issuer ? issuer.lines.issuer.map(headerLineGlue).join('\n') : BLANK,
    issuerName: issuer?.name ?? BLANK,
    placeDate,
    ...(fit && issuer && { fit: fit({ superior: issuer.lines.superior, issuer: issuer.lines.issuer, number, placeDate }) }),
  };
}
