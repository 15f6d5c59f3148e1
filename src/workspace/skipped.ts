// Files in data/ that are not read (not .yaml/.yml): a warning for each (editor backups in one), and
// a look inside them when a reference is unknown, since the unit may be written in one of them.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { decodeLossy, MAX_FILE_BYTES } from '../load/decode.js';
import { LineIndex } from '../load/lines.js';
import { diagnosticInRange } from '../load/source.js';
import type { SkippedFiles } from '../validate/context.js';
import { shown } from './workspace.js';

/** Files that belong in data/ without being data: images a conference points to, and what Windows leaves in folders. */
const NOT_DATA = /\.(png|jpe?g|gif|webp|svg|bmp|tiff?)$|^(thumbs\.db|desktop\.ini)$/i;

/** Is a file of this name, not .yaml/.yml and not hidden, worth a warning? */
export const worthWarning = (name: string) => !NOT_DATA.test(name);

/** What editors and merge tools leave beside a file: x.yaml~, x.yaml.bak, x.YAML.orig, #x.yaml#... */
const BACKUP = /~$|\.(bak|orig|old|swp|swo|tmp|rej|backup)$|^#.*#$/i;

/** VK115 for each skipped file, and one VK116 for all the editor backups among them. */
export function skippedDiagnostics(root: string, files: readonly string[]): Diagnostic[] {
  const at = (file: string) => ({ file, lines: new LineIndex('') });
  const out: Diagnostic[] = [];
  const backups: string[] = [];
  for (const full of files) {
    const file = shown(root, full);
    if (BACKUP.test(basename(full))) backups.push(file);
    else out.push(diagnosticInRange(at(file), [0, 0], 'VK115', { file }));
  }
  const [first] = backups;
  if (first) out.push(diagnosticInRange(at(first), [0, 0], 'VK116', { count: backups.length, files: backups.join(', ') }));
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The skipped files, read only when a reference is unknown: which of them holds an id, as a whole word. */
export function skippedFiles(root: string, files: readonly string[]): SkippedFiles {
  // A file of its own (units.txt) names the place better than an editor's backup of a file that is read.
  const order = [...files.filter((f) => !BACKUP.test(basename(f))), ...files.filter((f) => BACKUP.test(basename(f)))];
  const texts = new Map<string, string>();
  const textOf = (full: string): string => {
    let text = texts.get(full);
    if (text === undefined) {
      try {
        text = statSync(full).size <= MAX_FILE_BYTES ? decodeLossy(readFileSync(full)).normalize('NFC') : '';
      } catch {
        text = '';
      }
      texts.set(full, text);
    }
    return text;
  };
  return {
    holding(id) {
      if (id === '') return undefined;
      const word = new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(id)}(?![\\p{L}\\p{N}_-])`, 'u');
      const full = order.find((f) => word.test(textOf(f)));
      return full === undefined ? undefined : shown(root, full);
    },
  };
}
