// A loaded data file (text, line index, YAML document, plain value) and diagnostics placed in it.
import type { Document } from 'yaml';
import { CATALOGUE, type Code } from '../diagnostics/catalogue.js';
import type { DataPath, Diagnostic, Params } from '../diagnostics/types.js';
import { decodeSource } from './decode.js';
import { LineIndex } from './lines.js';
import { parseYaml, syntaxTreeOf } from './parse.js';
import { locate, type Target } from './sourcemap.js';

export interface SourceFile {
  /** Path as shown to the user (relative to the project folder). */
  file: string;
  text: string;
  lines: LineIndex;
  doc?: Document;
  /** The parsed value with every string in NFC; undefined when the YAML is unusable. */
  value?: unknown;
  /** Who parses the text again for a finding placed after the tree was dropped (each time, when absent). */
  trees?: SyntaxTrees;
}

export function diagnosticInRange(
  source: Pick<SourceFile, 'file' | 'lines'>,
  range: [number, number],
  code: Code,
  params: Params,
  path: DataPath = [],
): Diagnostic {
  return {
    severity: CATALOGUE[code].severity,
    code,
    params,
    file: source.file,
    start: source.lines.position(range[0]),
    end: source.lines.position(range[1]),
    path,
  };
}

/**
 * The syntax tree parsed again last, for files whose trees were dropped: findings come a file at a
 * time, so one tree is kept (in Caches, for a session). Private fields: comparing sources ignores it.
 */
export class SyntaxTrees {
  #last: { source: SourceFile; doc: Document | undefined } | undefined;

  of(source: SourceFile): Document | undefined {
    if (this.#last?.source !== source) this.#last = { source, doc: syntaxTreeOf(source.text) };
    return this.#last.doc;
  }

  forget(source: SourceFile): void {
    if (this.#last?.source === source) this.#last = undefined;
  }
}

/** The file's syntax tree: its own, or (after it was dropped to save memory) the same text parsed again. */
function syntaxTree(source: SourceFile): Document | undefined {
  if (source.doc) return source.doc;
  if (source.text === '') return undefined;
  return source.trees ? source.trees.of(source) : syntaxTreeOf(source.text);
}

/**
 * Drops the file's syntax tree (most of a loaded file's memory); findings placed later parse the text
 * again, through `trees` when given.
 */
export function dropSyntaxTree(source: SourceFile, trees?: SyntaxTrees): void {
  source.doc = undefined;
  if (trees) {
    source.trees = trees;
    trees.forget(source);
  }
}

/** A diagnostic pointing at the value (or key) written at `path`. */
export function diagnosticAt(source: SourceFile, path: DataPath, code: Code, params: Params, target: Target = 'value'): Diagnostic {
  const doc = syntaxTree(source);
  const range: [number, number] = doc ? locate(doc, path, target) : [0, 1];
  return diagnosticInRange(source, range, code, params, path);
}

/** Deep copy with every string (keys included) in NFC, so escapes like "\u0301" are normalised too. */
export function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k.normalize('NFC')] = normalizeStrings(v);
    return Object.setPrototypeOf(out, Object.prototype);
  }
  return value;
}

export function loadSource(file: string, bytes: Uint8Array): { source: SourceFile; diagnostics: Diagnostic[] } {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) {
    const before = decoded.before ?? '';
    const source: SourceFile = { file, text: '', lines: new LineIndex(before) };
    return { source, diagnostics: [diagnosticInRange(source, [before.length, before.length + 1], decoded.code, decoded.params)] };
  }
  const lines = new LineIndex(decoded.text);
  const parsed = parseYaml(decoded.text);
  const source: SourceFile = { file, text: decoded.text, lines, doc: parsed.doc };
  const diagnostics = parsed.diagnostics.map((d) => diagnosticInRange(source, d.range, d.code, d.params, d.path));
  if (diagnostics.length === 0) source.value = normalizeStrings(parsed.value);
  return { source, diagnostics };
}
