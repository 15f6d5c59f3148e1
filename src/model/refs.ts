// Every reference a conference makes to other data (units, clusters, people) and to image files, with
// where it is written. The one list that both the checks and the build's dependency tracking read.
import type { DataPath } from '../diagnostics/types.js';
import type { ConferenceFile } from '../schema/conference.js';

export interface UnitRef {
  id: string;
  path: DataPath;
  /** The unit must be a member of the conference's cluster (awards, elections, pledge signatories). */
  member: boolean;
}

/** Units the conference names (not the cluster's members, which the cluster file names). */
export function unitRefs(c: ConferenceFile): UnitRef[] {
  const out: UnitRef[] = [];
  const add = (id: string | undefined, path: DataPath, member = false) => id && out.push({ id, path, member });
  add(c.host, ['host']);
  c.participants?.guests?.forEach((g, i) => add(g.unit, ['participants', 'guests', i, 'unit']));
  c.participants?.delegations?.forEach((d, i) => {
    add(d.unit, ['participants', 'delegations', i, 'unit']);
    d.members?.forEach((m, j) => add(m.unit, ['participants', 'delegations', i, 'members', j, 'unit']));
  });
  c.reports?.forEach((r, i) => add(r.unit, ['reports', i, 'unit']));
  c.speeches?.forEach((s, i) => add(s.unit, ['speeches', i, 'unit']));
  c.emulation?.awards?.forEach((a, i) =>
    a.recipients?.forEach((r, j) => add(r.unit, ['emulation', 'awards', i, 'recipients', j, 'unit'], true)),
  );
  if (c.elections) {
    add(c.elections.head, ['elections', 'head'], true);
    c.elections.deputies?.forEach((id, i) => add(id, ['elections', 'deputies', i], true));
  }
  c.pledge?.signatories?.forEach((s, i) => add(s.unit, ['pledge', 'signatories', i, 'unit'], true));
  return out;
}

/** References that may name a unit or a cluster: organisers and document issuers. */
export function bodyRefs(c: ConferenceFile): Array<{ id: string; path: DataPath }> {
  const out: Array<{ id: string; path: DataPath }> = [];
  c.organizers?.forEach((id, i) => out.push({ id, path: ['organizers', i] }));
  for (const doc of ['minutes', 'pledge'] as const) {
    const id = c.documents?.[doc]?.issuer;
    if (id) out.push({ id, path: ['documents', doc, 'issuer'] });
  }
  return out;
}

/** References to people declared in participants. */
export function personRefs(c: ConferenceFile): Array<{ id: string; path: DataPath }> {
  const out: Array<{ id: string; path: DataPath }> = [];
  const add = (id: string | undefined, path: DataPath) => id && out.push({ id, path });
  c.chairs?.forEach((ch, i) => add(ch.person, ['chairs', i, 'person']));
  add(c.secretary, ['secretary']);
  c.reports?.forEach((r, i) => add(r.presenter, ['reports', i, 'presenter']));
  c.speeches?.forEach((s, i) => add(s.speaker, ['speeches', i, 'speaker']));
  c.documents?.minutes?.signers?.forEach((s, i) => add(s.person, ['documents', 'minutes', 'signers', i, 'person']));
  return out;
}

/** Image files the documents embed, as written in the data. */
export function imageRefs(c: ConferenceFile): Array<{ file: string; path: DataPath; role: 'signature' | 'seal' | 'photo' }> {
  const out: Array<{ file: string; path: DataPath; role: 'signature' | 'seal' | 'photo' }> = [];
  c.pledge?.signatories?.forEach((s, i) => {
    if (s.signature) out.push({ file: s.signature, path: ['pledge', 'signatories', i, 'signature'], role: 'signature' });
    if (s.seal) out.push({ file: s.seal, path: ['pledge', 'signatories', i, 'seal'], role: 'seal' });
  });
  c.documents?.minutes?.signers?.forEach((s, i) => {
    if (s.signature) out.push({ file: s.signature, path: ['documents', 'minutes', 'signers', i, 'signature'], role: 'signature' });
    if (s.seal) out.push({ file: s.seal, path: ['documents', 'minutes', 'signers', i, 'seal'], role: 'seal' });
  });
  c.press?.photos?.forEach((p, i) => p.file && out.push({ file: p.file, path: ['press', 'photos', i, 'file'], role: 'photo' }));
  return out;
}
