// The registry of Party bodies shipped with vankien (reference/party-bodies.yaml), read as units.
import { decodeSource } from '../load/decode.js';
import { LineIndex } from '../load/lines.js';
import { dropSyntaxTree, loadSource, type SourceFile } from '../load/source.js';
import type { Located } from '../model/registry.js';
import type { Unit } from '../schema/units.js';
import { readCompiled } from './compiled.js';

export const PARTY_BODIES = 'reference/party-bodies.yaml';
/** Its name among the compiled reference files. */
export const NAME = 'party-bodies';

/**
 * The units of the registry file, each marked as coming from it. The file is generated and checked
 * by the test suite (test/reference/party-bodies.test.ts), so it is not checked again here; a file
 * that does not load gives no units rather than findings in a file the user did not write. The shipped
 * file is read from its compiled copy (reference/compiled.ts) when that was made from the same bytes.
 */
export function loadPartyBodies(file: string, bytes: Uint8Array, compiledDir?: string): Array<Located<Unit>> {
  const source = compiledSource(file, bytes, compiledDir) ?? parsedSource(file, bytes);
  const units = (source?.value as { units?: unknown } | undefined)?.units;
  if (!Array.isArray(units)) return [];
  return units.flatMap((value: Partial<Unit>, i) =>
    value && typeof value.id === 'string' && typeof value.name === 'string' ? [{ value: value as Unit, source, path: ['units', i], reference: true }] : [],
  ) as Array<Located<Unit>>;
}

/** The units as the file holds them, in NFC: what the compiled copy stores. */
export function partyBodiesValue(file: string, bytes: Uint8Array): unknown {
  return (parsedSource(file, bytes)?.value as { units?: unknown } | undefined)?.units;
}

function parsedSource(file: string, bytes: Uint8Array): SourceFile | undefined {
  const { source, diagnostics } = loadSource(file, bytes);
  dropSyntaxTree(source);
  return diagnostics.length === 0 ? source : undefined;
}

/** A source without a syntax tree: registry units are never reported on, so no position is looked up. */
function compiledSource(file: string, bytes: Uint8Array, dir?: string): SourceFile | undefined {
  const units = readCompiled(NAME, bytes, dir);
  const decoded = Array.isArray(units) ? decodeSource(bytes) : undefined;
  return decoded?.ok ? { file, text: decoded.text, lines: new LineIndex(decoded.text), value: { units } } : undefined;
}
