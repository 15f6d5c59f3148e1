// What every build reads first, cheaply: the checked data, the templates' bytes, the profile.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../diagnostics/types.js';
import type { InputFile } from '../validate/project.js';
import { indexProject } from '../validate/project.js';
import { checkOwn, type OwnCheck } from '../validate/own.js';
import { gather, loadTemplates } from '../workspace/inputs.js';
import { loadKinds } from '../kinds/load.js';
import { KINDS_FILE, type DocumentKind } from '../kinds/kinds.js';
import { skippedDiagnostics, skippedFiles } from '../workspace/skipped.js';
import { makeEnv, projectOrBundled } from '../workspace/workspace.js';
import type { Env } from '../validate/context.js';
import type { Project } from '../model/registry.js';
import { PARTY_BODIES } from '../reference/party-bodies.js';
import { parseProfile, PROFILE_FILE, type Profile } from '../profile/profile.js';
import type { Rendering } from './prepare.js';
import { checkKeyOf } from './deps.js';
import { createCaches, type Caches } from '../caches.js';

export interface BuildOptions {
  pdfEngine: 'builtin' | 'libreoffice' | 'none';
  fontDirs: string[];
}

/** What rendering a checked conference needs, without the data: all a worker thread opens. */
export interface RenderContext {
  root: string;
  cwd: string;
  options: BuildOptions;
  env: Env;
  profile: Profile;
  templates: ReturnType<typeof loadTemplates>;
  /** The declared kinds of document (templates/documents.yaml: the project's, else vankien's). */
  kinds: DocumentKind[];
  /** Mistakes in the project's templates/documents.yaml: a build stops on them. */
  kindDiagnostics: Diagnostic[];
  /** Fonts, engine and compiled bulletin: loaded only when something has to be rendered (prepare.ts). */
  rendering?: Rendering;
  /** The memo tables of whatever opened this context: the session (fresh for each) or the worker thread. */
  caches: Caches;
}

export interface Session extends RenderContext {
  /** Hash of the program, the data files and the images they name: equal keys mean the check's findings can be reused. */
  checkKey: string;
  /** Hash of the data files alone: equal keys mean their own checks (text, schema) found nothing new. */
  dataKey: string;
  inputs: InputFile[];
  /** Shown paths of the files the user asked for (all of data/ by default). */
  targets: Set<string>;
  project: Project;
  /** Diagnostics of the data, every severity. */
  diagnostics: Diagnostic[];
  /** Warnings for the files in data/ that were not read (not .yaml). */
  skipped: Diagnostic[];
}

/** The render context of a project folder, without reading or checking its data; its caches are `caches` (fresh by default). */
export function openRenderContext(root: string, cwd: string, options: BuildOptions, caches: Caches = createCaches()): RenderContext {
  const profile = parseProfile(readFileSync(projectOrBundled(root, PROFILE_FILE), 'utf8'), PROFILE_FILE);
  const { kinds, diagnostics: kindDiagnostics } = loadKinds(root);
  const env = makeEnv(root);
  env.kinds = () => kinds;
  return { root, cwd, options, env, profile, kinds, kindDiagnostics, templates: loadTemplates(root, kinds), caches };
}

/** Diagnostics of a previous check of exactly these inputs, from the build cache. */
export interface PreviousCheck {
  key: string;
  /** The data files' key then (no key: an older cache, whose own checks are not trusted). */
  dataKey?: string;
  diagnostics: Diagnostic[];
}

/**
 * A key for the bytes of every data file, of the province lists and of the registry of Party bodies,
 * and for the files skipped in data/ (the hint of an unknown reference names the one that holds it).
 */
const inputsKey = (inputs: InputFile[], root: string, skipped: readonly string[]) => {
  const h = createHash('sha256');
  h.update(readFileSync(projectOrBundled(root, 'reference/provinces.yaml')));
  const bodies = projectOrBundled(root, PARTY_BODIES);
  h.update('\u0000').update(existsSync(bodies) ? readFileSync(bodies) : '');
  // The declared kinds decide what a conference's documents require (its draft findings).
  h.update('\u0000').update(readFileSync(projectOrBundled(root, KINDS_FILE)));
  for (const i of inputs) h.update(`\u0000${i.file}\u0000`).update(i.bytes);
  for (const file of skipped) h.update(`\u0001${file}\u0000${skippedStamp(file)}`);
  return h.digest('hex');
};

/** A skipped file's size and time of change: enough to notice an edit without reading it. */
function skippedStamp(file: string): string {
  try {
    const st = statSync(file);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return '';
  }
}

/** A session's inputs, read and keyed but not checked yet. */
export interface Gathered {
  context: RenderContext;
  inputs: InputFile[];
  targets: Set<string>;
  unreadable: Diagnostic[];
  dataKey: string;
  skipped: Diagnostic[];
  /** Unchanged data files: the own checks skip text and schema (the findings stand if the images are unchanged too). */
  known: boolean;
  previous?: PreviousCheck;
}

export function gatherSession(root: string, cwd: string, paths: string[], options: BuildOptions, previous?: PreviousCheck): Gathered {
  const context = openRenderContext(root, cwd, options);
  const { inputs, targets, unreadable, skipped, skippedInData } = gather(root, cwd, paths);
  context.env.skipped = skippedFiles(root, skippedInData);
  const dataKey = inputsKey(inputs, root, skippedInData);
  const known = previous?.dataKey === dataKey && unreadable.length === 0;
  return {
    context,
    inputs,
    targets,
    unreadable,
    dataKey,
    skipped: skippedDiagnostics(root, skipped),
    known,
    ...(previous ? { previous } : {}),
  };
}

/** The session from the inputs' own checks (made here or on worker threads), cross-checked. */
export function finishSession(g: Gathered, owns: readonly OwnCheck[]): Session {
  let checked = indexProject(owns, g.context.env);
  const checkKey = checkKeyOf(g.dataKey, checked.project, g.context.env, g.context.caches);
  const reused = g.known && g.previous?.key === checkKey;
  // The data files are unchanged but an image (or the program) is not: their own checks were skipped, so run them in full.
  if (g.known && !reused)
    checked = indexProject(
      g.inputs.map((input) => checkOwn(input, { trees: g.context.caches.syntaxTrees })),
      g.context.env,
    );
  const diagnostics = reused && g.previous ? g.previous.diagnostics : [...g.unreadable, ...checked.diagnostics];
  return {
    ...g.context,
    checkKey,
    dataKey: g.dataKey,
    inputs: g.inputs,
    targets: g.targets,
    project: checked.project,
    diagnostics,
    skipped: g.skipped,
  };
}

export function openSession(root: string, cwd: string, paths: string[], options: BuildOptions, previous?: PreviousCheck): Session {
  const g = gatherSession(root, cwd, paths, options, previous);
  return finishSession(
    g,
    g.inputs.map((input) => checkOwn(input, { known: g.known, trees: g.context.caches.syntaxTrees })),
  );
}
