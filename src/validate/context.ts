// What the conference checks share: the conference, its file, the registry, and a diagnostic maker.
import type { Code } from '../diagnostics/catalogue.js';
import type { DataPath, Diagnostic, Params } from '../diagnostics/types.js';
import { diagnosticAt, type SourceFile } from '../load/source.js';
import type { Target } from '../load/sourcemap.js';
import type { Located, Registry } from '../model/registry.js';
import type { RecipientPresets } from '../reference/recipients.js';
import type { ProvinceList } from '../reference/provinces.js';
import type { ClusterFile } from '../schema/cluster.js';
import type { ConferenceFile } from '../schema/conference.js';
import type { Unit } from '../schema/units.js';
import type { DocumentKind } from '../kinds/kinds.js';
import type { Profile } from '../profile/profile.js';
import { suggestionFor } from '../text/closest.js';
import { dateProblem } from '../text/dates.js';

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
  /** Files in data/ that were not read (not .yaml): which one holds an id, for the hint of an unknown reference. */
  skipped?: SkippedFiles;
  /** The declared kinds of document (templates/documents.yaml), read when first asked for; vankien's when absent. */
  kinds?: () => readonly DocumentKind[];
  /** The default "Nơi nhận" lines of each document (reference/recipients.yaml), read when first asked for. */
  recipients?: () => RecipientPresets;
  /** The format profile (profiles/hd36-2018.yaml), read when first asked for; undefined when it cannot be read (the build reports it). */
  profile?: () => Profile | undefined;
}

export interface SkippedFiles {
  /** The path (as shown) of a skipped file holding `id` as a whole word, if any. */
  holding(id: string): string | undefined;
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

  /**
   * The date the conference's names must be valid on: the meeting date when known and real (a
   * 2025-13-01 is reported once, as VK306, not again as every unit "not active" on it).
   */
  get date(): string | undefined {
    const date = this.conf.date;
    return date && !dateProblem(date) ? date : undefined;
  }

  /** Params for an unknown id's hint: the skipped file that holds it, else the closest of `pool`. */
  unknown(id: string, pool: Iterable<string>): Params {
    return unknownHint(this.env, id, pool);
  }

  report(path: DataPath, code: Code, params: Params = {}, target: Target = 'value'): void {
    this.out.push(diagnosticAt(this.source, path, code, params, target));
  }
}

/** The skipped file that holds an unknown id (it is written there, but that file is not read), else the closest id. */
export function unknownHint(env: Env, id: string, pool: Iterable<string>): Params {
  const file = env.skipped?.holding(id);
  return file ? { skippedFile: file } : suggestionFor(id, pool);
}
