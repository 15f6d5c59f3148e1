// The diagnostic record every stage returns: where, what, why, and how to fix it.
import type { Code } from './catalogue.js';

export type Severity = 'error' | 'warning';
export type Lang = 'vi' | 'en';
export type Params = Record<string, string | number>;
/** A data path: object keys and array indexes from the document root. */
export type DataPath = ReadonlyArray<string | number>;

export interface Position {
  line: number; // 1-based
  column: number; // 1-based, in UTF-16 code units of the NFC text
}

export interface Diagnostic {
  severity: Severity;
  code: Code;
  params: Params;
  file: string;
  start: Position;
  end?: Position;
  path: DataPath;
}

/** `pledge.signatories[2].unit`: how a data path is shown to people. */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

export const hasErrors = (list: readonly Diagnostic[]) => list.some((d) => d.severity === 'error');

/** Stable order for output: file, then position, then code. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.start.line - b.start.line ||
      a.start.column - b.start.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
