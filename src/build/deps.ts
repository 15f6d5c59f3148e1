// What a conference's documents depend on, by content hash: the cache key of incremental builds.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fontFiles } from '../pdf/fonts/files.js';
import { PARTY_BODIES } from '../reference/party-bodies.js';
import type { ConferenceFile } from '../schema/conference.js';
import { PACKAGE_DIR, projectOrBundled, shown } from '../cli/workspace.js';
import type { Session } from './session.js';

/** Bumped when the engine's output changes for the same input (layout, painter, templates' code). */
export const ENGINE_VERSION = 'vankien-engine-2';

export const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? filesUnder(p) : [p];
    });
  } catch {
    return [];
  }
}

export interface Dependency {
  path: string;
  sha256: string;
}

/**
 * The inputs shared by every conference: templates, the profile, the province lists, the registry of
 * Party bodies, the fonts and
 * the engine itself. Hashed once per build.
 */
export function sharedDependencies(s: Session): Dependency[] {
  const files = [
    ...['templates/bien-ban.docx', 'templates/giao-uoc.docx', 'templates/ban-tin.docx', 'templates/ban-tin.hbs'].map((f) => projectOrBundled(s.root, f)),
    ...filesUnder(projectOrBundled(s.root, 'templates/ban-tin/partials')),
    projectOrBundled(s.root, 'profiles/hd36-2018.yaml'),
    projectOrBundled(s.root, 'reference/provinces.yaml'),
    ...[projectOrBundled(s.root, PARTY_BODIES)].filter((f) => existsSync(f)),
    ...fontFiles(s.options.fontDirs.map((d) => resolve(s.cwd, d))),
  ];
  const deps = files.sort().map((f) => ({ path: shown(s.root, f), sha256: sha256(readFileSync(f)) }));
  const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string };
  deps.push({ path: '(engine)', sha256: sha256(`${ENGINE_VERSION} ${pkg.version} ${JSON.stringify(s.options)} ${process.env.SOURCE_DATE_EPOCH ?? ''}`) });
  return deps;
}

/** A session's input files by path and their hashes, made once per session (conferences share unit and cluster files). */
const hashedInputs = new WeakMap<Session['inputs'], { bytes: Map<string, Uint8Array>; hashes: Map<string, string> }>();

function inputHash(s: Session, file: string): string {
  let known = hashedInputs.get(s.inputs);
  if (!known) hashedInputs.set(s.inputs, (known = { bytes: new Map(s.inputs.map((i) => [i.file, i.bytes])), hashes: new Map() }));
  let hash = known.hashes.get(file);
  if (hash === undefined) known.hashes.set(file, (hash = sha256(known.bytes.get(file) ?? '')));
  return hash;
}

/** The conference's own inputs: its file, the unit and cluster files it names, the images it uses. */
export function conferenceDependencies(s: Session, conf: ConferenceFile, file: string): Dependency[] {
  const files = new Set<string>([file]);
  const units = new Set<string>([conf.host, conf.issuer, ...(conf.participants?.delegations ?? []).map((d) => d.unit), ...(conf.pledge?.signatories ?? []).map((x) => x.unit), ...(conf.emulation?.awards ?? []).flatMap((a) => (a.recipients ?? []).map((r) => r.unit)), conf.elections?.head, ...(conf.elections?.deputies ?? []), ...(conf.discussion ?? []).map((d) => d.unit), ...(conf.reports ?? []).map((r) => r.unit)].filter((x): x is string => !!x));
  const cluster = conf.cluster ? s.project.clusters.get(conf.cluster) : undefined;
  if (cluster) {
    files.add(cluster.source.file);
    for (const m of cluster.value.members) units.add(m);
  }
  if (conf.issuer && s.project.clusters.has(conf.issuer)) files.add(s.project.clusters.get(conf.issuer)?.source.file ?? '');
  for (const u of units) {
    const found = s.project.units.get(u);
    // A unit of the shipped registry is covered by the registry file among the shared dependencies.
    if (found && !found.reference) files.add(found.source.file);
  }
  const deps: Dependency[] = [...files].filter(Boolean).sort().map((f) => ({ path: f, sha256: inputHash(s, f) }));
  const images = [...(conf.pledge?.signatories ?? []).flatMap((x) => [x.signature, x.seal]), ...(conf.press?.photos ?? []).map((p) => p.file)].filter((x): x is string => !!x);
  for (const img of [...new Set(images)].sort()) deps.push({ path: img, sha256: sha256(s.env.read(img.replace(/\\/g, '/')) ?? '') });
  return deps;
}

/** One key for everything a conference depends on. */
export const cacheKey = (deps: Dependency[]) => sha256(deps.map((d) => `${d.path}\u0000${d.sha256}`).join('\n'));
