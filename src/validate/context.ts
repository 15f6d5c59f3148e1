// What the conference checks share: the conference, its file, the registry, and a diagnostic maker.
import type { Code } from '../diagnostics/catalogue.js';
import type { DataPath, Diagnostic, Params } from '../diagnostics/types.js';
import { diagnosticAt, type SourceFile } from '../load/source.js';
import type { Target } from '../load/sourcemap.js';
import type { Located, Registry } from '../model/registry.js';
import type { ProvinceList } from '../reference/provinces.js';
import type { ClusterFile } from '../schema/cluster.js';
import type { ConferenceFile } from '../schema/conference.js';
import type { Unit } from '../schema/units.js';

export interface Env {
  /** Does a file exist at this path, relative to the project folder? */
  exists(relativePath: string): boolean;
  /** The bytes of a file inside the project, or undefined when it cannot be read. */
  read(relativePath: string): Uint8Array | undefined;
  provinces: ProvinceList;
  /**
   * The Party bodies shipped with vankien (reference/party-bodies.yaml), read when first asked for:
   * loaded before the user's units, which replace an entry with the same id.
   */
  partyBodies?: () => ReadonlyArray<Located<Unit>>;
}

export class ConferenceContext {
  readonly out: Diagnostic[] = [];
  readonly cluster?: Located<ClusterFile>;

  constructor(
    readonly conf: ConferenceFile,
    readonly source: SourceFile,
    readonly registry: Registry,
    readonly env: Env,
  ) {
    this.cluster = conf.cluster ? registry.clusters.get(conf.cluster) : undefined;
  }

  /** The date the conference's names must be valid on: the meeting date when known. */
  get date(): string | undefined {
    return this.conf.date;
  }

  report(path: DataPath, code: Code, params: Params = {}, target: Target = 'value'): void {
    this.out.push(diagnosticAt(this.source, path, code, params, target));
  }
}
