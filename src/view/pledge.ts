// The pledge: its content groups and the grid of signature blocks, one per member unit.
import { membersOn, type RegistryValues } from '../model/registry.js';
import { pledgeGroupCount } from '../model/derive.js';
import type { DocxImage } from '../render/docx/image-module.js';
import type { ConferenceFile } from '../schema/conference.js';
import { BLANK, BLANK_LONG, BLANK_SHORT, formatNumber, periodLabel, upperVi } from './format/index.js';
import type { SignatureBlock, ViewModel } from './model.js';

export type ImageRole = 'signature' | 'seal';
/** Loads an image named in the data, sized for its place in a signature block; null when absent. */
export type ImageLoader = (path: string, role: ImageRole) => DocxImage | null;

type Signatory = NonNullable<NonNullable<ConferenceFile['pledge']>['signatories']>[number];

const ROLES: Record<NonNullable<Signatory['role']>, [string, string]> = {
  'truong-ban': ['', 'TRƯỞNG BAN'],
  'pho-truong-ban': ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'],
  'quyen-truong-ban': ['', 'Q. TRƯỞNG BAN'],
};

function block(unitId: string, s: Signatory | undefined, r: RegistryValues, image: ImageLoader): SignatureBlock {
  const [authority, title] = s?.role ? ROLES[s.role] : ['', BLANK];
  return {
    unit: upperVi(r.units.get(unitId)?.value.name ?? unitId),
    authority: s?.authority ? upperVi(s.authority) : authority,
    title: s?.position ? upperVi(s.position) : title,
    name: s?.name ?? BLANK,
    signature: s?.signature ? image(s.signature, 'signature') : null,
    seal: s?.seal ? image(s.seal, 'seal') : null,
  };
}

/** The units that sign: every cluster member in member order, else the signatories as listed. */
function signingUnits(c: ConferenceFile, r: RegistryValues): string[] {
  const cluster = c.cluster ? r.clusters.get(c.cluster)?.value : undefined;
  const members = cluster ? membersOn(cluster, r.units, c.date) : undefined;
  return members ?? (c.pledge?.signatories ?? []).map((s) => s.unit);
}

export function pledgeOf(c: ConferenceFile, r: RegistryValues, image: ImageLoader): ViewModel['pledge'] {
  const p = c.pledge;
  const bySigner = new Map((p?.signatories ?? []).map((s) => [s.unit, s]));
  const blocks = p ? signingUnits(c, r).map((id) => block(id, bySigner.get(id), r, image)) : [];
  const signatureRows: ViewModel['pledge']['signatureRows'] = [];
  for (let i = 0; i < blocks.length; i += 2) {
    const left = blocks[i];
    if (left) signatureRows.push({ left, right: blocks[i + 1] ?? null });
  }
  // A part not written yet prints as one dotted line, so a draft pledge can be filled by hand.
  const orLine = (items: string[] | undefined) => (items && items.length > 0 ? items : [BLANK_LONG]);
  const groups = (p?.groups ?? []).map((g, i) => ({ no: String(i + 1), title: g.title, items: g.items ?? [] }));
  const count = p ? pledgeGroupCount(p) : undefined;
  const period = p ? periodLabel(p.period) : BLANK;
  return {
    present: p !== undefined,
    period,
    periodCaps: upperVi(period),
    year: p ? String(p.period.year) : BLANK,
    theme: p?.theme ?? '',
    basis: orLine(p?.basis),
    goals: orLine(p?.goals),
    groups: groups.length > 0 ? groups : [{ no: '1', title: BLANK, items: [BLANK_LONG] }],
    // Unknown is a blank, never "0 nhóm nội dung".
    groupCount: count !== undefined ? formatNumber(count) : BLANK_SHORT,
    originals: formatNumber(p?.originals ?? blocks.length + (c.cluster ? 1 : 0)),
    implementation: orLine(p?.implementation),
    signatureRows,
    signatoryCount: formatNumber(blocks.length),
    signed: c.kinds.includes('ky-giao-uoc'),
  };
}
