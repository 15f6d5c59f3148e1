// The disk side of a project (for the CLI and the build): find the project folder, list and read data files, build the check Env.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../load/decode.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadPartyBodies, PARTY_BODIES } from '../reference/party-bodies.js';
import { parseProvinces } from '../reference/provinces.js';
import { parseRecipientPresets, RECIPIENTS, type RecipientPresets } from '../reference/recipients.js';
import { parseProfile, PROFILE_FILE, type Profile } from '../profile/profile.js';
import type { Env } from '../validate/context.js';
import type { InputFile } from '../validate/project.js';
import { append } from '../util/arrays.js';
import { bundledKinds, loadKinds, templateInputs } from '../kinds/load.js';
import { PACKAGE_DIR, projectOrBundled, shown } from '../util/package-paths.js';

export { PACKAGE_DIR, projectOrBundled, shown };

/** The project folder: the nearest folder at or above `cwd` that has a data/ folder. */
export function findRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, 'data'))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(cwd);
    dir = up;
  }
}

/** The project folder a command works on: the one named with --project, else found from the working folder. */
export const rootOf = (io: { cwd(): string; project?: string }): string => io.project ?? findRoot(io.cwd());

/**
 * Every .yaml/.yml file under `dir`, sorted, as absolute paths. Hidden files and folders are left out;
 * the other files left out are added to `skipped` (when given) unless `worthWarning` says they are no data.
 */
export function listYaml(
  dir: string,
  skipped?: string[],
  worthWarning: (name: string) => boolean = () => true,
  seen = new Set<string>(),
): string[] {
  if (!existsSync(dir)) return [];
  // A folder reached again through a symbolic link (a loop) is listed once.
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return [];
  }
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch {
      st = undefined;
    }
    // A dangling link or a link loop named .yaml is read, and then reported (VK101); other such names are left.
    if (!st) {
      if (/\.ya?ml$/i.test(name)) out.push(full);
      continue;
    }
    if (st.isDirectory()) append(out, listYaml(full, skipped, worthWarning, seen));
    else if (/\.ya?ml$/i.test(name)) out.push(full);
    else if (skipped && st.isFile() && worthWarning(name)) skipped.push(full);
  }
  return out;
}

/**
 * How the build cache and the manifest name an input: relative to the project, or "(vankien)/…" for a
 * file shipped with vankien or one of its packages (the bundled fonts), so the names do not depend on
 * where vankien and its packages are installed.
 */
export function inputName(root: string, file: string): string {
  const full = resolve(file);
  if (full.startsWith(resolve(root) + sep)) return shown(root, full);
  const slashed = full.split(sep).join('/');
  const inPackage = slashed.lastIndexOf('/node_modules/');
  if (inPackage >= 0) return `(vankien)${slashed.slice(inPackage)}`;
  if (full.startsWith(PACKAGE_DIR + sep)) return `(vankien)/${relative(PACKAGE_DIR, full).split(sep).join('/')}`;
  return shown(root, full);
}

/** A data file that is not read, with why: [Vietnamese, English]. */
export class UnreadableInput extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    /** Set when the file is larger than a data file may be: VK106 with its size. */
    readonly size?: number,
  ) {
    super(en);
  }
}

/**
 * Reads a data file, after looking at what it is: a name that is not UTF-8, a FIFO or device (reading
 * one would wait for ever), a dangling link or a link loop, and a file over MAX_FILE_BYTES (not read)
 * throw UnreadableInput.
 */
export function readInput(root: string, file: string): InputFile {
  if (file.includes('\uFFFD'))
    throw new UnreadableInput(
      'tên tệp không phải chữ UTF-8, đổi tên tệp (chỉ dùng chữ, số, "-")',
      'the file name is not UTF-8 text; rename the file (letters, digits, "-")',
    );
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new UnreadableInput(
        lstatSync(file, { throwIfNoEntry: false }) ? 'liên kết tượng trưng trỏ tới tệp không có' : 'không có tệp này',
        lstatSync(file, { throwIfNoEntry: false }) ? 'a symbolic link to a file that does not exist' : 'no such file',
      );
    if (code === 'ELOOP') throw new UnreadableInput('liên kết tượng trưng vòng lặp', 'a loop of symbolic links');
    if (code === 'EACCES' || code === 'EPERM') throw new UnreadableInput('không có quyền đọc', 'permission denied');
    throw e;
  }
  if (st.isDirectory()) throw new UnreadableInput('đây là thư mục, không phải tệp', 'this is a folder, not a file');
  if (!st.isFile())
    throw new UnreadableInput(
      'đây không phải tệp thường (ống FIFO, thiết bị, socket…)',
      'this is not a regular file (a FIFO, device, socket…)',
    );
  if (st.size > MAX_FILE_BYTES) throw new UnreadableInput('', '', st.size);
  return { file: shown(root, file), bytes: readFileSync(file) };
}

/**
 * True when a project (other than vankien's own folder or a folder inside it, such as examples/) uses
 * only the templates shipped with vankien: its test suite lints those, so a build need not lint them
 * again. A build inside vankien's own folder lints them, since that is where they are edited.
 */
export function usesShippedTemplates(root: string): boolean {
  const full = resolve(root);
  if (full === PACKAGE_DIR || full.startsWith(PACKAGE_DIR + sep)) return false;
  return [...templateInputs(root), 'reference/provinces.yaml'].every((rel) => projectOrBundled(root, rel).startsWith(PACKAGE_DIR + sep));
}

export function makeEnv(root: string): Env {
  const provinces = parseProvinces(readFileSync(projectOrBundled(root, 'reference/provinces.yaml'), 'utf8'));
  const realRoot = realpathSync(resolve(root));
  // A file counts only if it, and the file a symbolic link points to, lie inside the project.
  const inside = (rel: string) => {
    const full = resolve(root, rel);
    if (!full.startsWith(resolve(root) + sep) || !existsSync(full)) return undefined;
    const real = realpathSync(full);
    return real.startsWith(realRoot + sep) && statSync(real).isFile() ? real : undefined;
  };
  let bodies: ReturnType<typeof loadPartyBodies> | undefined;
  let kinds: ReturnType<typeof bundledKinds> | undefined;
  const bodiesFile = projectOrBundled(root, PARTY_BODIES);
  let presets: RecipientPresets | undefined;
  // null: read and found broken (the build reports it); the check then does without header widths.
  let profile: Profile | null | undefined;
  const presetsFile = projectOrBundled(root, RECIPIENTS);
  return {
    provinces,
    kinds: () => (kinds ??= loadKinds(root).kinds),
    recipients: () => (presets ??= parseRecipientPresets(existsSync(presetsFile) ? readFileSync(presetsFile, 'utf8') : '')),
    profile: () => {
      if (profile === undefined) {
        try {
          profile = parseProfile(readFileSync(projectOrBundled(root, PROFILE_FILE), 'utf8'), PROFILE_FILE);
        } catch {
          profile = null;
        }
      }
      return profile ?? undefined;
    },
    partyBodies: () => (bodies ??= existsSync(bodiesFile) ? loadPartyBodies(shown(root, bodiesFile), readFileSync(bodiesFile)) : []),
    exists: (rel) => inside(rel) !== undefined,
    read: (rel) => {
      const full = inside(rel);
      return full ? readFileSync(full) : undefined;
    },
  };
}
