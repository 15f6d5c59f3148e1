// The document header: superior and issuing body, the number line and the place-date line.
import type { RegistryValues } from '../model/registry.js';
import type { ConferenceFile } from '../schema/conference.js';
import { toneNeutral } from '../text/fold.js';
import { BLANK, BLANK_SHORT, formatTwoDigits, partyDateLine, partyDateLineBlank, upperVi } from './format/index.js';

export interface Issuer {
  superior: string;
  name: string;
  headerName: string;
  code?: string;
  /** The province written as the place in the place-date line. */
  place?: string;
}

/** "Ban Tổ chức Tỉnh ủy Đắk Lắk" → "Ban Tổ chức Tỉnh ủy": the header drops the province the superior names. */
function withoutProvince(name: string, province: string): string {
  const words = name.split(' ');
  const tail = province.split(' ').length;
  const cut = words.slice(0, -tail).join(' ');
  return toneNeutral(words.slice(-tail).join(' ')) === toneNeutral(province) && cut ? cut : name;
}

/** The issuing body `id` (a unit or a cluster) as a document's header shows it. */
export function resolveIssuer(id: string | undefined, c: ConferenceFile, r: RegistryValues): Issuer | undefined {
  if (!id) return undefined;
  const unit = r.units.get(id)?.value;
  if (unit) {
    return { superior: unit.superior, name: unit.name, headerName: unit.headerName ?? withoutProvince(unit.name, unit.province), code: unit.code, place: unit.province };
  }
  const cluster = r.clusters.get(id)?.value;
  if (cluster) {
    const name = cluster.name ?? BLANK;
    return { superior: cluster.superior ?? '', name, headerName: name, code: cluster.code, place: c.place?.province };
  }
  return undefined;
}

/** "Số 01-BB/BTCTU" — number, document type and issuer code, with blanks where unknown. */
export function numberLine(info: { number?: number; type?: string } | undefined, defaultType: string | undefined, issuer: Issuer | undefined): string {
  const type = info?.type ?? defaultType;
  if (!info?.number && !type) return '';
  const no = info?.number ? formatTwoDigits(info.number) : BLANK_SHORT;
  return `Số ${no}-${type ?? BLANK_SHORT}/${issuer?.code ?? BLANK_SHORT}`;
}

export function headerLines(c: ConferenceFile, issuer: Issuer | undefined, date: string | undefined) {
  return {
    superior: issuer?.superior ? upperVi(issuer.superior) : '',
    issuer: issuer ? upperVi(issuer.headerName) : BLANK,
    issuerName: issuer?.name ?? BLANK,
    placeDate: `${issuer?.place ?? BLANK}, ${date ? partyDateLine(date) : partyDateLineBlank()}`,
  };
}
