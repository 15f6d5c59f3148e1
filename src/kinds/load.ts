// The kinds of document of a project, from disk: its own templates/documents.yaml, else vankien's.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { PACKAGE_DIR, projectOrBundled, shown } from '../util/package-paths.js';
import { KINDS_FILE, parseKinds, type DocumentKind } from './kinds.js';

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

// vankien's own kinds are a constant of the installation (its templates/documents.yaml), read on first
// use: not a cache of a project's inputs, which are read afresh by every caller.
let bundled: DocumentKind[] | undefined;

/** vankien's own kinds (templates/documents.yaml of the package): a broken copy is a bug of vankien. */
export function bundledKinds(): DocumentKind[] {
  if (bundled) return bundled;
  const file = join(PACKAGE_DIR, KINDS_FILE);
  const parsed = parseKinds(KINDS_FILE, readFileSync(file), (name) => isFile(join(PACKAGE_DIR, 'templates', name)));
  if (!parsed.kinds) throw new Error(`${file}: ${JSON.stringify(parsed.diagnostics)}`);
  return (bundled = parsed.kinds);
}

export interface ProjectKinds {
  /** The kinds to build with: the project's, or vankien's when the project's file has mistakes. */
  kinds: DocumentKind[];
  /** The project's file's mistakes (VK606–VK609, or a YAML error). */
  diagnostics: Diagnostic[];
  /** The file the kinds come from, as shown. */
  file: string;
}

/** The project's declared kinds; its template names are looked for in its templates/, then in vankien's. */
export function loadKinds(root: string): ProjectKinds {
  const own = join(root, KINDS_FILE);
  if (!isFile(own)) return { kinds: bundledKinds(), diagnostics: [], file: shown(root, join(PACKAGE_DIR, KINDS_FILE)) };
  const file = shown(root, own);
  const parsed = parseKinds(file, readFileSync(own), (name) => isFile(projectOrBundled(root, `templates/${name}`)), bundledKinds());
  return { kinds: parsed.kinds ?? bundledKinds(), diagnostics: parsed.diagnostics, file };
}

/** The files a kind's template consists of, relative to the project: a news template brings its partials and Word companion. */
export function templateInputsOf(kind: Pick<DocumentKind, 'template' | 'engine'>): string[] {
  const base = kind.template.replace(/\.(docx|hbs)$/, '');
  return kind.engine === 'news'
    ? [`templates/${kind.template}`, `templates/${base}/partials`, `templates/${base}.docx`]
    : [`templates/${kind.template}`];
}

/**
 * Every template file a project's documents use (the project's own if it has one, else vankien's), as
 * paths relative to the project, each once: the documents file itself first.
 */
export function templateInputs(root: string, kinds: readonly DocumentKind[] = loadKinds(root).kinds): string[] {
  return [...new Set([KINDS_FILE, ...kinds.flatMap(templateInputsOf)])];
}

/** The project's documents file as an input, so that its diagnostics show their line. */
export function kindsSource(root: string, declared: ProjectKinds): Array<{ file: string; bytes: Uint8Array }> {
  const own = join(root, KINDS_FILE);
  return declared.diagnostics.length > 0 && isFile(own) ? [{ file: declared.file, bytes: readFileSync(own) }] : [];
}
