// What a conference's documents depend on, by content hash: the cache key of incremental builds.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fontFiles } from '../engine/fonts/files.js';
import { bodyRefs, imageRefs, unitRefs } from '../model/refs.js';
import { PARTY_BODIES } from '../reference/party-bodies.js';
import { RECIPIENTS } from '../reference/recipients.js';
import type { Project } from '../model/registry.js';
import type { ConferenceFile } from '../schema/conference.js';
import type { Env } from '../validate/context.js';
import { programIdentity } from './identity.js';
import { inputName, PACKAGE_DIR, projectOrBundled } from '../workspace/workspace.js';
import { templateInputs } from '../kinds/load.js';
import { PROFILE_FILE } from '../profile/profile.js';
import type { Session } from './session.js';
import type { Caches } from '../caches.js';

export const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** A file itself, or every entry under a folder (links and special files included: they are hashed as marks, never read). */
function filesUnder(path: string): string[] {
  try {
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path).flatMap((n) => {
      const p = join(path, n);
      return lstatSync(p).isDirectory() ? filesUnder(p) : [p];
    });
  } catch {
    return [];
  }
}

/** A regular file's hash; a link, FIFO or device (which the lint refuses) only by what it is, never read. */
function fileHash(file: string): string {
  const st = lstatSync(file, { throwIfNoEntry: false });
  if (st?.isFile()) return sha256(readFileSync(file));
  if (st?.isSymbolicLink()) {
    // A template of vankien's own may be a link inside its folder; a project's is refused by the lint.
    const target = statSync(file, { throwIfNoEntry: false });
    return target?.isFile() ? sha256(readFileSync(file)) : sha256('(link)');
  }
  return sha256(`(not a regular file: ${st ? 'special' : 'missing'})`);
}

export interface Dependency {
  path: string;
  sha256: string;
}

/**
 * The inputs shared by every conference: templates, the profile, the province lists, the registry of
 * Party bodies, the fonts and
 * the program itself (the hash of its code, identity.ts). Hashed once per build.
 */
export function sharedDependencies(s: Session): Dependency[] {
  // The declared kinds and each template they use, the project's own if it has one, else vankien's: file
  // by file (a folder as a whole). A change to the kinds file changes every conference's key.
  const files = [
    ...templateInputs(s.root, s.kinds).flatMap((f) => filesUnder(projectOrBundled(s.root, f))),
    projectOrBundled(s.root, PROFILE_FILE),
    projectOrBundled(s.root, 'reference/provinces.yaml'),
    projectOrBundled(s.root, RECIPIENTS),
    ...[projectOrBundled(s.root, PARTY_BODIES)].filter((f) => existsSync(f)),
    ...fontFiles(s.options.fontDirs.map((d) => resolve(s.cwd, d))),
  ];
  const deps = files
    .map((f) => ({ path: inputName(s.root, f), sha256: fileHash(f) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string };
  deps.push({
    path: '(engine)',
    sha256: sha256(`${programIdentity()} ${pkg.version} ${JSON.stringify(s.options)} ${process.env.SOURCE_DATE_EPOCH ?? ''}`),
  });
  return deps;
}

/** An input file's hash, made once per session (caches.inputHashes). */
function inputHash(s: Session, file: string): string {
  let known = s.caches.inputHashes.get(s.inputs);
  if (!known) s.caches.inputHashes.set(s.inputs, (known = { bytes: new Map(s.inputs.map((i) => [i.file, i.bytes])), hashes: new Map() }));
  let hash = known.hashes.get(file);
  if (hash === undefined) known.hashes.set(file, (hash = sha256(known.bytes.get(file) ?? '')));
  return hash;
}

/**
 * A conference's own inputs, from the references it makes (model/refs.ts): its file, the cluster and
 * unit files it names, and the image files it embeds as written. The one list that both the build's
 * dependencies and the key of the check's findings are made from.
 */
export function conferenceInputs(project: Project, conf: ConferenceFile, file: string): { files: string[]; images: string[] } {
  const files = new Set<string>([file]);
  const units = new Set<string>([...unitRefs(conf).map((r) => r.id), ...bodyRefs(conf).map((r) => r.id)]);
  for (const id of [conf.cluster, ...bodyRefs(conf).map((r) => r.id)]) {
    const cluster = id ? project.clusters.get(id) : undefined;
    if (!cluster) continue;
    files.add(cluster.source.file);
    for (const m of cluster.value.members) units.add(m);
  }
  for (const u of units) {
    const found = project.units.get(u);
    // A unit of the shipped registry is covered by the registry file among the shared dependencies.
    if (found && !found.reference) files.add(found.source.file);
  }
  const images = new Set(imageRefs(conf).map((x) => x.file));
  return { files: [...files].filter(Boolean).sort(), images: [...images].sort() };
}

/** The hash of an image file as the checks and the renderer read it; a file that cannot be read has its own mark. */
export function imageHash(env: Env, caches: Caches, written: string): string {
  let known = caches.imageHashes.get(env);
  if (!known) caches.imageHashes.set(env, (known = new Map()));
  let hash = known.get(written);
  if (hash === undefined) {
    const bytes = env.read(written.replace(/\\/g, '/'));
    known.set(written, (hash = bytes ? sha256(bytes) : '(missing)'));
  }
  return hash;
}

/** The conference's own inputs with their hashes. */
export function conferenceDependencies(s: Session, conf: ConferenceFile, file: string): Dependency[] {
  const { files, images } = conferenceInputs(s.project, conf, file);
  const deps: Dependency[] = files.map((f) => ({ path: f, sha256: inputHash(s, f) }));
  for (const img of images) deps.push({ path: img, sha256: imageHash(s.env, s.caches, img) });
  return deps;
}

/**
 * The key of a check's findings: the data files' key, the program, and every image any conference
 * names (the checks read them: a deleted or replaced signature must be checked again).
 */
export function checkKeyOf(dataKey: string, project: Project, env: Env, caches: Caches): string {
  const h = createHash('sha256').update(`${programIdentity()}\u0000${dataKey}`);
  const images = new Set<string>();
  for (const { value, source } of project.conferences)
    for (const img of conferenceInputs(project, value, source.file).images) images.add(img);
  for (const img of [...images].sort()) h.update(`\u0000${img}\u0000${imageHash(env, caches, img)}`);
  return h.digest('hex');
}

/** One key for everything a conference depends on. */
export const cacheKey = (deps: Dependency[]) => sha256(deps.map((d) => `${d.path}\u0000${d.sha256}`).join('\n'));
