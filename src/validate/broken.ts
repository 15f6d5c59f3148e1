// A conference or cluster file with errors: its unit, cluster and person references are still checked,
// as far as they can be read, so one run reports them all; nothing that an earlier error could explain.
import type { Diagnostic } from '../diagnostics/types.js';
import type { SourceFile } from '../load/source.js';
import type { Registry } from '../model/registry.js';
import type { ClusterFile } from '../schema/cluster.js';
import type { ConferenceFile } from '../schema/conference.js';
import { ConferenceContext, type Env } from './context.js';
import { readablePart, touches } from './readable.js';
import { checkReferences } from './references.js';
import { checkClusterReferences } from './registry.js';
import { fileSchema } from './schema.js';

const CONFERENCE_FIELDS = new Set(Object.keys(fileSchema('conference').properties ?? {}));

/**
 * Are the person declarations whole? Not when an error lies in participants, nor when participants
 * is missing and an unknown field stands where it could be (a misspelt "participant:").
 */
function peopleReadable(source: SourceFile, errors: readonly Diagnostic[]): boolean {
  if (touches(errors, ['participants'])) return false;
  const written = source.value as Record<string, unknown>;
  return Object.hasOwn(written, 'participants') || Object.keys(written).every((k) => CONFERENCE_FIELDS.has(k));
}

/** The reference findings of a conference whose own checks found `errors` (schema, text). */
export function checkBrokenConference(source: SourceFile, errors: readonly Diagnostic[], registry: Registry, env: Env): Diagnostic[] {
  const conf = readablePart(source.value, errors) as ConferenceFile | undefined;
  if (!conf) return [];
  const ctx = new ConferenceContext(conf, source, registry, env);
  checkReferences(ctx, { people: peopleReadable(source, errors) });
  return ctx.out;
}

/** The member and leader findings of a cluster file whose own checks found `errors`. */
export function checkBrokenCluster(source: SourceFile, errors: readonly Diagnostic[], registry: Registry, env: Env): Diagnostic[] {
  const cluster = readablePart(source.value, errors) as Partial<ClusterFile> | undefined;
  const out: Diagnostic[] = [];
  if (cluster) checkClusterReferences(cluster, source, registry, env, out, Array.isArray(cluster.members) && !touches(errors, ['members']));
  return out;
}
