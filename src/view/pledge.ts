// The pledge: its content groups and the grid of signature blocks, one per member unit.
import { membersOn, type RegistryValues } from '../model/registry.js';
import { pledgeGroupCount } from '../model/derive.js';
import type { DocxImage } from '../render/docx/image-module.js';
import type { ConferenceFile } from '../schema/conference.js';
import { BLANK, BLANK_LONG, BLANK_SHORT, formatNumber, periodLabel, punctuateList, upperVi } from './format/index.js';
import type { SignatureBlock, ViewModel } from './model.js';
import { unitShape } from '../model/unit-shape.js';
import type { Unit } from '../schema/units.js';
import type { PledgeProfile } from '../profile/schema.js';

export type ImageRole = 'signature' | 'seal';
/** Loads an image named in the data, sized for its place in a signature block; null when absent. */
export type ImageLoader = (path: string, role: ImageRole) => DocxImage | null;

type Signatory = NonNullable<NonNullable<ConferenceFile['pledge']>['signatories']>[number];

const ROLES: Record<NonNullable<Signatory['role']>, [string, string]> = {
  'truong-ban': ['', 'TRƯỞNG BAN'],
  'pho-truong-ban': ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN'],
  'quyen-truong-ban': ['', 'Q. TRƯỞNG BAN'],
};

/**
 * A unit's name as its signature block prints it: broken after the body's type, so no place name is
 * split ("BAN TỔ CHỨC" / "TỈNH ỦY QUẢNG BÌNH"); one line when the name is not a staff body's.
 */
export function unitNameLines(unit: Unit): string {
  const shape = unitShape(unit);
  if (shape.kind === 'ban' && shape.shortName && shape.committee && unit.name === `${shape.shortName} ${shape.committee}`) {
    return `${upperVi(shape.shortName)}\n${upperVi(shape.committee)}`;
  }
  return upperVi(unit.name);
}

function block(unitId: string, s: Signatory | undefined, r: RegistryValues, image: ImageLoader): SignatureBlock {
  const [roleAuthority, roleTitle] = s?.role ? ROLES[s.role] : ['', BLANK];
  const authority = s?.authority ? upperVi(s.authority) : roleAuthority;
  const title = s?.position ? upperVi(s.position) : roleTitle;
  // A head signing in person has no authority line: the position takes its place, in bold ("TRƯỞNG BAN"),
  // and the line below stays empty, so every block of a row has its name on the same line.
  return {
    unit: ((u) => (u ? unitNameLines(u) : upperVi(unitId)))(r.units.get(unitId)?.value),
    authority: authority || title,
    title: authority ? title : '',
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

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);

/**
 * The bases: the data's, else, for a cluster's pledge, the profile's defaults in force on the signing
 * date (a law or decree replaced on a date is chosen by it; with no date only the undated lines apply).
 */
function basisOf(c: ConferenceFile, r: RegistryValues, defaults: PledgeProfile['basis']): string[] | undefined {
  if (c.pledge?.basis?.length) return c.pledge.basis;
  const cluster = c.cluster ? r.clusters.get(c.cluster)?.value : undefined;
  if (!cluster) return undefined;
  const date = c.documents?.pledge?.date ?? c.date;
  const inForce = (l: PledgeProfile['basis']['value'][number]) =>
    date ? (!l.from || l.from <= date) && (!l.until || date <= l.until) : !l.from && !l.until;
  return defaults.value.filter(inForce).map((l) => fill(l.text, { cluster: cluster.name ?? BLANK }));
}

export function pledgeOf(c: ConferenceFile, r: RegistryValues, image: ImageLoader, defaults: PledgeProfile): ViewModel['pledge'] {
  const p = c.pledge;
  const bySigner = new Map((p?.signatories ?? []).map((s) => [s.unit, s]));
  const blocks = p ? signingUnits(c, r).map((id) => block(id, bySigner.get(id), r, image)) : [];
  const signatureRows: ViewModel['pledge']['signatureRows'] = [];
  for (let i = 0; i < blocks.length; i += 2) {
    const left = blocks[i];
    if (left) signatureRows.push({ left, right: blocks[i + 1] ?? null });
  }
  // A part not written yet prints as one dotted line, so a draft pledge can be filled by hand.
  const orLine = (items: string[] | undefined) => (items && items.length > 0 ? punctuateList(items) : [BLANK_LONG]);
  const groups = (p?.groups ?? []).map((g, i) => ({ no: String(i + 1), title: g.title, items: punctuateList(g.items ?? []) }));
  const count = p ? pledgeGroupCount(p) : undefined;
  const period = p ? periodLabel(p.period) : BLANK;
  const byRule = blocks.length + (c.cluster ? 1 : 0);
  const originals = p?.originals ?? (blocks.length > 0 ? byRule : undefined);
  // Who keeps them is known only when the count is the rule's: one per signing unit, one for the cluster.
  const keepersText =
    originals === byRule
      ? `, ${[defaults.closing.keepers_units, ...(c.cluster ? [defaults.closing.keepers_cluster] : [])].join(', ')}`
      : '';
  const originalsText = originals !== undefined ? formatNumber(originals) : BLANK_SHORT;
  // Who keeps each numbered original, in the bundle's order: the units as they sign, then the cluster.
  // The cluster by its short name ("Cụm thi đua số III") when it has a number: the stamp stands in a margin.
  const cl = c.cluster ? r.clusters.get(c.cluster)?.value : undefined;
  const clusterName = cl?.number !== undefined ? `Cụm thi đua số ${cl.number}` : cl?.name;
  const keepers =
    p && originals === byRule && (!c.cluster || clusterName)
      ? [...signingUnits(c, r).map((id) => r.units.get(id)?.value.name ?? id), ...(clusterName ? [clusterName] : [])]
      : [];
  return {
    present: p !== undefined,
    period,
    periodCaps: upperVi(period),
    year: p ? String(p.period.year) : BLANK,
    theme: p?.theme ?? '',
    basis: orLine(basisOf(c, r, defaults.basis)),
    goals: orLine(p?.goals),
    groups: groups.length > 0 ? groups : [{ no: '1', title: BLANK, items: [BLANK_LONG] }],
    // Unknown is a blank, never "0 nhóm nội dung".
    groupCount: count !== undefined ? formatNumber(count) : BLANK_SHORT,
    originals: originalsText,
    // The data's own closing clause, else the profile's wording (unconfirmed, so not in code).
    closing: p?.closing ?? fill(defaults.closing.value, { originals: originalsText, keepers: keepersText }),
    implementation: orLine(p?.implementation),
    signatureRows,
    // The grid as printed: full rows of two, then an odd last block centred in a row of its own.
    pairs: signatureRows.filter((row): row is { left: SignatureBlock; right: SignatureBlock } => row.right !== null),
    hasPairs: blocks.length > 1,
    single: signatureRows.find((row) => row.right === null)?.left ?? null,
    originalsCount: originals,
    keepers,
    // Unknown is a blank, never "0 đơn vị".
    signatoryCount: blocks.length > 0 ? formatNumber(blocks.length) : BLANK_SHORT,
    signed: c.kinds.includes('ky-giao-uoc'),
  };
}
