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
}

export interface Registry {
  units: Map<string, Located<Unit>>;
  clusters: Map<string, Located<ClusterFile>>;
  /** Ids of units and clusters whose own file has errors: references to them are not re-reported. */
  broken: Set<string>;
}

export interface Project extends Registry {
  conferences: Array<Located<ConferenceFile>>;
}

/** Is the unit in existence on `date` (YYYY-MM-DD)? */
export const unitActive = (u: Unit, date: string) => (!u.from || u.from <= date) && (!u.until || date <= u.until);

/** How a cluster is named in messages: its name, else its id. */
export const clusterLabel = (c: { id: string; name?: string }) => c.name ?? c.id;
