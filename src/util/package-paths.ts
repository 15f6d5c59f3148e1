// Where vankien is installed, and how a path is shown: what every layer that reads a project file needs.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder vankien itself is installed in (for its bundled reference data and templates). */
export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Path as shown to users: relative to the project folder, with "/" separators. */
export const shown = (root: string, file: string) => relative(root, file).split(sep).join('/') || file;

/** A file of the project if it exists there, else the copy bundled with vankien. */
export function projectOrBundled(root: string, rel: string): string {
  const own = join(root, rel);
  return existsSync(own) ? own : join(PACKAGE_DIR, rel);
}
