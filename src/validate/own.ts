// A file's own checks, which need no other file: load (decode, YAML), kind, text and schema.
// Independent per file, so a large project can run them on worker threads (orchestration/check-pool.ts).
import type { Diagnostic } from '../diagnostics/types.js';
import { formatPath } from '../diagnostics/types.js';
import { decodeSource } from '../load/decode.js';
import { LineIndex } from '../load/lines.js';
import { diagnosticAt, dropSyntaxTree, loadSource, type SourceFile, type SyntaxTrees } from '../load/source.js';
import { FILE_KINDS, type FileKind } from '../schema/kinds.js';
import { suggestionFor } from '../text/closest.js';
import { checkSchema, fileSchema } from './schema.js';
import { checkText } from './text.js';
import { append } from '../util/arrays.js';

export interface InputFile {
  /** Path shown to the user, relative to the project folder. */
  file: string;
  bytes: Uint8Array;
}

export interface CheckOptions {
  /**
   * The files are byte-identical to ones checked before (a build cache says so): skip the text and
   * schema checks, which found nothing new then, and only index and cross-check. Never for new input.
   */
  known?: boolean;
  /** Who parses a file's text again for findings placed after its tree was dropped (the session's caches). */
  trees?: SyntaxTrees;
}

/** What a file's own checks found: the file (its syntax tree dropped), its kind when it has one, and the findings. */
export interface OwnCheck {
  source: SourceFile;
  /** Set when the file loaded and names a known kind. */
  kind?: FileKind;
  diagnostics: Diagnostic[];
}

/** The same as OwnCheck, as plain data that can travel between threads (the text is the input's own bytes). */
export interface OwnCheckData {
  file: string;
  value?: unknown;
  kind?: FileKind;
  diagnostics: Diagnostic[];
}

function kindOf(source: SourceFile): FileKind | Diagnostic {
  const v = source.value;
  const kind = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>).kind : undefined;
  if ((FILE_KINDS as readonly unknown[]).includes(kind)) return kind as FileKind;
  const value = kind === undefined ? '' : String(kind);
  return diagnosticAt(source, kind === undefined ? [] : ['kind'], 'VK109', { value, ...(value ? suggestionFor(value, FILE_KINDS) : {}) });
}

export function checkOwn(input: InputFile, options: CheckOptions = {}): OwnCheck {
  const { source, diagnostics } = loadSource(input.file, input.bytes);
  try {
    if (diagnostics.length > 0) return { source, diagnostics };
    const kind = kindOf(source);
    if (typeof kind !== 'string') return { source, diagnostics: [kind] };
    const textDiags = options.known ? [] : checkText(source, fileSchema(kind));
    const schemaDiags = (options.known ? [] : checkSchema(source, kind)).filter(
      (d) => !textDiags.some((t) => t.severity === 'error' && formatPath(t.path) === formatPath(d.path)),
    );
    append(diagnostics, textDiags, schemaDiags);
    return { source, kind, diagnostics };
  } finally {
    // The tree was for placing this file's findings; later ones parse the text again (source.ts).
    dropSyntaxTree(source, options.trees);
  }
}

export const ownCheckData = ({ source, kind, diagnostics }: OwnCheck): OwnCheckData => ({
  file: source.file,
  ...(source.value !== undefined ? { value: source.value } : {}),
  ...(kind ? { kind } : {}),
  diagnostics,
});

/**
 * An OwnCheck again from its data and the input it was made from. The text and its line index are
 * decoded from the input's bytes when first asked for (to place a later finding): a large project
 * would otherwise hold every file a second time, as UTF-16 text.
 */
export function fromOwnCheckData(input: InputFile, data: OwnCheckData, trees?: SyntaxTrees): OwnCheck {
  let text: string | undefined;
  let lines: LineIndex | undefined;
  const textOf = (): string => (text ??= decodedText(input.bytes));
  const source: SourceFile = {
    file: input.file,
    get text() {
      return textOf();
    },
    get lines() {
      return (lines ??= new LineIndex(textOf()));
    },
    ...(data.value !== undefined ? { value: data.value } : {}),
    ...(trees ? { trees } : {}),
  };
  return { source, ...(data.kind ? { kind: data.kind } : {}), diagnostics: data.diagnostics };
}

function decodedText(bytes: Uint8Array): string {
  const decoded = decodeSource(bytes);
  return decoded.ok ? decoded.text : '';
}
