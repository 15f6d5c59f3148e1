// The whole check: every file's own checks (own.ts), then ids claimed, the registry and cross-checks.
export type { CheckOptions, InputFile } from './own.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { formatPath } from '../diagnostics/types.js';
import { diagnosticAt, type SourceFile } from '../load/source.js';
import type { Located, Project } from '../model/registry.js';
import type { ClusterFile } from '../schema/cluster.js';
import type { ConferenceFile } from '../schema/conference.js';
import type { UnitsFile } from '../schema/units.js';
import { checkBrokenCluster, checkBrokenConference } from './broken.js';
import { checkConsistency } from './consistency.js';
import { ConferenceContext, type Env } from './context.js';
import { checkDrafts } from './drafts.js';
import { checkHeaders } from './headers.js';
import { checkImages } from './images.js';
import { checkReferences } from './references.js';
import { checkRegistry } from './registry.js';
import { checkOwn, type CheckOptions, type InputFile, type OwnCheck } from './own.js';
import { append } from '../util/arrays.js';

export interface CheckResult {
  project: Project;
  diagnostics: Diagnostic[];
}

const startsWith = (path: ReadonlyArray<string | number>, prefix: ReadonlyArray<string | number>) =>
  prefix.every((seg, i) => path[i] === seg);

export function checkProject(files: readonly InputFile[], env: Env, options: CheckOptions = {}): CheckResult {
  return indexProject(
    files.map((f) => checkOwn(f, options)),
    env,
  );
}

/** The project from every file's own checks (in input order): ids claimed, registry and cross-checks. */
export function indexProject(owns: readonly OwnCheck[], env: Env): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const project: Project = { units: new Map(), clusters: new Map(), conferences: [], broken: new Set() };
  const firstSeen = new Map<string, string>();
  // Units and clusters share one id space: an issuer may name either.
  const claim = (space: string, id: string, source: SourceFile, path: Array<string | number>): boolean => {
    const key = `${space}:${id}`;
    const other = firstSeen.get(key);
    if (other) {
      diagnostics.push(diagnosticAt(source, path, 'VK305', { id, other }));
      return false;
    }
    firstSeen.set(key, `${source.file} (${formatPath(path)})`);
    return true;
  };

  // The shipped registry first: a user's unit with the same id replaces its entry (not a duplicate).
  for (const located of env.partyBodies?.() ?? []) project.units.set(located.value.id, located);
  const replace = (id: string) => project.units.get(id)?.reference === true;

  // Clusters and conferences with errors: not indexed or built, but their readable references are checked.
  const broken: Array<{ source: SourceFile; kind: 'cluster' | 'conference'; errors: Diagnostic[] }> = [];
  for (const { source, kind, diagnostics: own } of owns) {
    append(diagnostics, own);
    if (!kind) continue;
    const errors = own.filter((d) => d.severity === 'error');
    if (kind === 'units') {
      const units = (source.value as Partial<UnitsFile>).units;
      if (!Array.isArray(units)) continue;
      units.forEach((unit, i) => {
        const path = ['units', i];
        if (errors.some((e) => startsWith(e.path, path))) {
          if (typeof unit?.id === 'string') {
            project.broken.add(unit.id);
            // A broken replacement hides the shipped entry too: its references are not reported again.
            if (replace(unit.id)) project.units.delete(unit.id);
          }
          return;
        }
        if (claim('registry', unit.id, source, [...path, 'id'])) project.units.set(unit.id, { value: unit, source, path });
      });
    } else if (kind === 'cluster') {
      const cluster = source.value as ClusterFile;
      if (errors.length > 0) {
        if (typeof cluster.id === 'string') project.broken.add(cluster.id);
        broken.push({ source, kind, errors });
        continue;
      }
      if (claim('registry', cluster.id, source, ['id'])) project.clusters.set(cluster.id, { value: cluster, source, path: [] });
    } else {
      const conf = source.value as ConferenceFile;
      if (errors.length > 0) {
        broken.push({ source, kind, errors });
        continue;
      }
      if (claim('conference', conf.id, source, ['id'])) project.conferences.push({ value: conf, source, path: [] });
    }
  }

  append(diagnostics, checkRegistry(project, env));
  for (const located of project.conferences) append(diagnostics, checkConference(located, project, env));
  dropRepeatedHeaderWarnings(diagnostics);
  for (const { source, kind, errors } of broken)
    append(
      diagnostics,
      kind === 'cluster' ? checkBrokenCluster(source, errors, project, env) : checkBrokenConference(source, errors, project, env),
    );
  return { project, diagnostics };
}

/** A unit's or cluster's header line too wide (VK326) is reported once, not once per conference it heads. */
function dropRepeatedHeaderWarnings(diagnostics: Diagnostic[]): void {
  const seen = new Set<string>();
  let kept = 0;
  for (const d of diagnostics) {
    const key = d.code === 'VK326' ? `${d.file}:${d.start.line}:${d.start.column}` : undefined;
    if (key !== undefined) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    diagnostics[kept++] = d;
  }
  diagnostics.length = kept;
}

/**
 * Names a conference id may not take: its documents go to out/<id>/, which must not stand for a folder
 * of the project (when out/ is shared) or for the build's own files in out/.
 */
export const RESERVED_IDS: readonly string[] = [
  'data',
  'templates',
  'profiles',
  'reference',
  'schema',
  'out',
  'index',
  'manifest',
  'vankien',
  'ban-cu',
];

function checkConference(located: Located<ConferenceFile>, project: Project, env: Env): Diagnostic[] {
  const ctx = new ConferenceContext(located.value, located.source, project, env);
  if (RESERVED_IDS.includes(located.value.id)) ctx.report(['id'], 'VK325', { id: located.value.id, reserved: RESERVED_IDS.join(', ') });
  checkReferences(ctx);
  checkConsistency(ctx);
  checkImages(ctx);
  checkDrafts(ctx);
  checkHeaders(ctx);
  return ctx.out;
}
