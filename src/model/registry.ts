// The units and clusters that conferences refer to, indexed by id, with where each was written.
import type { SourceFile } from '../load/source.js';
import type { ClusterFile } from '../schema/cluster.js';
import type { ConferenceFile } from '../schema/conference.js';
import type { Unit } from '../schema/units.js';

export interface Located<T> {
  value: T;
  source: SourceFile;
  /** Data path of the value inside its file. */
  path: ReadonlyArray<string | number>;
  /** From the registry shipped with vankien (reference/party-bodies.yaml): checked by its tests, never reported on. */
  reference?: boolean;
}

export interface Registry {
  units: Map<string, Located<Unit>>;
  clusters: Map<string, Located<ClusterFile>>;
  /** Ids of units and clusters whose own file has errors: references to them are not re-reported. */
  broken: Set<string>;
}

/** What documents are made from: the units and clusters by id, without where they were written. */
export interface RegistryValues {
  units: ReadonlyMap<string, { value: Unit }>;
  clusters: ReadonlyMap<string, { value: ClusterFile }>;
}

/** The values of a registry as plain pairs, to send to a worker thread. */
export interface RegistryPairs {
  units: Array<[string, Unit]>;
  clusters: Array<[string, ClusterFile]>;
}

export const registryPairs = (r: RegistryValues): RegistryPairs => ({
  units: [...r.units].map(([id, u]) => [id, u.value]),
  clusters: [...r.clusters].map(([id, c]) => [id, c.value]),
});

export const registryValues = (p: RegistryPairs): RegistryValues => ({
  units: new Map(p.units.map(([id, value]) => [id, { value }])),
  clusters: new Map(p.clusters.map(([id, value]) => [id, { value }])),
});

export interface Project extends Registry {
  conferences: Array<Located<ConferenceFile>>;
}

/** Is the unit in existence on `date` (YYYY-MM-DD)? */
export const unitActive = (u: Unit, date: string) => (!u.from || u.from <= date) && (!u.until || date <= u.until);

/** How a cluster is named in messages: its name, else its id. */
export const clusterLabel = (c: { id: string; name?: string }) => c.name ?? c.id;

/**
 * The members of a cluster on `date`: those whose unit is in existence then (a province merged on
 * 01-7-2025 leaves the cluster with it). Without a date, every member.
 */
export function membersOn(
  cluster: { members: readonly string[] },
  units: ReadonlyMap<string, { value: Unit }>,
  date: string | undefined,
): string[] {
  if (!date) return [...cluster.members];
  return cluster.members.filter((id) => {
    const unit = units.get(id)?.value;
    return !unit || unitActive(unit, date);
  });
}
