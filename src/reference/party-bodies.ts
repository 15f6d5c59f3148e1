// The registry of Party bodies shipped with vankien (reference/party-bodies.yaml), read as units.
import { dropSyntaxTree, loadSource } from '../load/source.js';
import type { Located } from '../model/registry.js';
import type { Unit } from '../schema/units.js';

export const PARTY_BODIES = 'reference/party-bodies.yaml';

/**
 * The units of the registry file, each marked as coming from it. The file is generated and checked
 * by the test suite (test/reference/party-bodies.test.ts), so it is not checked again here; a file
 * that does not load gives no units rather than findings in a file the user did not write.
 */
export function loadPartyBodies(file: string, bytes: Uint8Array): Array<Located<Unit>> {
  const { source, diagnostics } = loadSource(file, bytes);
  dropSyntaxTree(source);
  const units = diagnostics.length === 0 ? (source.value as { units?: unknown } | undefined)?.units : undefined;
  if (!Array.isArray(units)) return [];
  return units.flatMap((value: Partial<Unit>, i) =>
    value && typeof value.id === 'string' && typeof value.name === 'string' ? [{ value: value as Unit, source, path: ['units', i], reference: true }] : [],
  );
}
