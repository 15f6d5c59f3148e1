// The whole check: every file loaded, classified, schema- and text-checked, then cross-checked.
import type { Diagnostic } from '../diagnostics/types.js';
import { formatPath } from '../diagnostics/types.js';
import { diagnosticAt, dropSyntaxTree, loadSource, type SourceFile } from '../load/source.js';
import type { Located, Project } from '../model/registry.js';
import type { ClusterFile } from '../schema/cluster.js';
import type { ConferenceFile } from '../schema/conference.js';
import { FILE_KINDS, type FileKind } from '../schema/kinds.js';
import type { UnitsFile } from '../schema/units.js';
import { suggestionFor } from '../text/closest.js';
import { checkConsistency } from './consistency.js';
import { ConferenceContext, type Env } from './context.js';
import { checkDrafts } from './drafts.js';
import { checkImages } from './images.js';
import { checkReferences } from './references.js';
import { checkRegistry } from './registry.js';
import { checkSchema, fileSchema } from './schema.js';
import { checkText } from './text.js';
import { append } from '../util/arrays.js';

export interface InputFile {
  /** Path shown to the user, relative to the project folder. */
  file: string;
  bytes: Uint8Array;
}

export interface CheckResult {
  project: Project;
  diagnostics: Diagnostic[];
}

function kindOf(source: SourceFile): FileKind | Diagnostic {
  const v = source.value;
  const kind = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>).kind : undefined;
  if ((FILE_KINDS as readonly unknown[]).includes(kind)) return kind as FileKind;
  const value = kind === undefined ? '' : String(kind);
  return diagnosticAt(source, kind === undefined ? [] : ['kind'], 'VK109', { value, ...(value ? suggestionFor(value, FILE_KINDS) : {}) });
}

const startsWith = (path: ReadonlyArray<string | number>, prefix: ReadonlyArray<string | number>) => prefix.every((seg, i) => path[i] === seg);

export interface CheckOptions {
  /**
   * The files are byte-identical to ones checked before (a build cache says so): skip the text and
   * schema checks, which found nothing new then, and only index and cross-check. Never for new input.
   */
  known?: boolean;
}

export function checkProject(files: readonly InputFile[], env: Env, options: CheckOptions = {}): CheckResult {
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

  // Each file's own checks, then its syntax tree is dropped: holding every tree until the
  // cross-checks would be most of the check's memory (findings placed later parse the text again).
  const indexFile = (source: SourceFile): void => {
    const kind = kindOf(source);
    if (typeof kind !== 'string') {
      diagnostics.push(kind);
      return;
    }
    const textDiags = options.known ? [] : checkText(source, fileSchema(kind));
    const schemaDiags = (options.known ? [] : checkSchema(source, kind)).filter((d) => !textDiags.some((t) => t.severity === 'error' && formatPath(t.path) === formatPath(d.path)));
    append(diagnostics, textDiags, schemaDiags);
    const errors = [...textDiags, ...schemaDiags].filter((d) => d.severity === 'error');

    if (kind === 'units') {
      const units = (source.value as Partial<UnitsFile>).units;
      if (!Array.isArray(units)) return;
      units.forEach((unit, i) => {
        const path = ['units', i];
        if (errors.some((e) => startsWith(e.path, path))) {
          if (typeof unit?.id === 'string') project.broken.add(unit.id);
          return;
        }
        if (claim('registry', unit.id, source, [...path, 'id'])) project.units.set(unit.id, { value: unit, source, path });
      });
    } else if (kind === 'cluster') {
      const cluster = source.value as ClusterFile;
      if (errors.length > 0) {
        if (typeof cluster.id === 'string') project.broken.add(cluster.id);
        return;
      }
      if (claim('registry', cluster.id, source, ['id'])) project.clusters.set(cluster.id, { value: cluster, source, path: [] });
    } else {
      const conf = source.value as ConferenceFile;
      if (errors.length > 0) return;
      if (claim('conference', conf.id, source, ['id'])) project.conferences.push({ value: conf, source, path: [] });
    }
  };
  for (const input of files) {
    const { source, diagnostics: loadDiags } = loadSource(input.file, input.bytes);
    append(diagnostics, loadDiags);
    if (loadDiags.length === 0) indexFile(source);
    dropSyntaxTree(source);
  }

  append(diagnostics, checkRegistry(project, env));
  for (const located of project.conferences) append(diagnostics, checkConference(located, project, env));
  return { project, diagnostics };
}

function checkConference(located: Located<ConferenceFile>, project: Project, env: Env): Diagnostic[] {
  const ctx = new ConferenceContext(located.value, located.source, project, env);
  checkReferences(ctx);
  checkConsistency(ctx);
  checkImages(ctx);
  checkDrafts(ctx);
  return ctx.out;
}
