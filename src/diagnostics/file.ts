// A diagnostic about a whole file (a document, a template, a Word file): no position inside it.
import { CATALOGUE, type Code } from './catalogue.js';
import type { Diagnostic, Params } from './types.js';

export const fileDiagnostic = (file: string, code: Code, params: Params): Diagnostic => ({
  severity: CATALOGUE[code].severity,
  code,
  params,
  file,
  start: { line: 1, column: 1 },
  path: [],
});
