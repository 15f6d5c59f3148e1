// Reading what a command works on: the data files (always with the registry) and the Word templates.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Sources } from '../diagnostics/render.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { decodeLossy, decodeSource } from '../load/decode.js';
import { LineIndex } from '../load/lines.js';
import { diagnosticInRange } from '../load/source.js';
import type { Templates } from '../render/documents.js';
import type { DocumentKind } from '../kinds/kinds.js';
import type { InputFile } from '../validate/project.js';
import { worthWarning } from './skipped.js';
import { listYaml, projectOrBundled, readInput, shown, UnreadableInput } from './workspace.js';
import { MAX_FILE_BYTES } from '../load/decode.js';
import { append } from '../util/arrays.js';

export function sourcesOf(inputs: readonly InputFile[]): Sources {
  const cache = new Map<string, LineIndex | null>();
  return {
    lineOf(file, line) {
      if (!cache.has(file)) {
        const input = inputs.find((i) => i.file === file);
        const decoded = input ? decodeSource(input.bytes) : undefined;
        // A file that is not UTF-8 is still shown, with unreadable bytes as "�".
        const text = decoded?.ok ? decoded.text : decoded?.code === 'VK107' && input ? decodeLossy(input.bytes) : undefined;
        cache.set(file, text === undefined ? null : new LineIndex(text));
      }
      const index = cache.get(file);
      return index && line <= index.lineCount ? index.lineText(line) : undefined;
    },
  };
}

export interface GatheredInputs {
  inputs: InputFile[];
  /** Shown paths of the files asked for. */
  targets: Set<string>;
  unreadable: Diagnostic[];
  /** Files in the folders read that are not .yaml/.yml (absolute paths, sorted, each once): each is warned about. */
  skipped: string[];
  /** Those and the ones anywhere else in data/: where an unknown id is looked for. */
  skippedInData: string[];
}

/** Reads the named files (or all of data/), always with the unit and cluster files they refer to. */
export function gather(root: string, cwd: string, paths: string[]): GatheredInputs {
  const skippedAll: string[] = [];
  const list = (dir: string) => listYaml(dir, skippedAll, worthWarning);
  const registry = [...list(join(root, 'data', 'units')), ...list(join(root, 'data', 'clusters'))];
  const wanted: string[] = [];
  const unreadable: Diagnostic[] = [];
  if (paths.length === 0) append(wanted, list(join(root, 'data')));
  for (const p of paths) {
    const full = resolve(cwd, p);
    if (existsSync(full) && statSync(full).isDirectory()) append(wanted, list(full));
    else wanted.push(full);
  }
  const inputs: InputFile[] = [];
  const seen = new Set<string>();
  for (const file of [...registry, ...wanted]) {
    if (seen.has(file)) continue;
    seen.add(file);
    try {
      inputs.push(readInput(root, file));
    } catch (e) {
      const where = { file: shown(root, file), lines: new LineIndex('') };
      if (e instanceof UnreadableInput && e.size !== undefined)
        unreadable.push(diagnosticInRange(where, [0, 0], 'VK106', { size: e.size, limit: MAX_FILE_BYTES }));
      else if (e instanceof UnreadableInput) unreadable.push(diagnosticInRange(where, [0, 0], 'VK101', { reason: e.vi, reason_en: e.en }));
      else unreadable.push(diagnosticInRange(where, [0, 0], 'VK101', { reason: String((e as Error).message) }));
    }
  }
  const skipped = [...new Set(skippedAll)].sort();
  // A check of a few files still knows what data/ holds beside them (a conference saved as .txt).
  if (paths.length > 0) listYaml(join(root, 'data'), skippedAll, worthWarning);
  const skippedInData = [...new Set(skippedAll)].sort();
  return { inputs, targets: new Set(wanted.map((f) => shown(root, f))), unreadable, skipped, skippedInData };
}

/** The Word templates of the declared kinds, each file once (two kinds may share one). */
export function loadTemplates(
  root: string,
  kinds: readonly DocumentKind[],
): Templates & { all: Array<{ name: string; file: string; bytes: Uint8Array }> } {
  const names = [...new Set(kinds.filter((k) => k.engine === 'docx').map((k) => k.template))];
  const all = names.flatMap((name) => {
    const path = projectOrBundled(root, `templates/${name}`);
    return existsSync(path) ? [{ name, file: shown(root, path), bytes: readFileSync(path) }] : [];
  });
  return { all, get: (name) => all.find((t) => t.name === name) };
}
