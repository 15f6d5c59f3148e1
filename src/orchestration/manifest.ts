// out/manifest.json: every output with its size, SHA-256 and the inputs it was built from, sorted by path.
import { createHash } from 'node:crypto';

export interface ManifestInput {
  /** Path of the input as the build names it (relative to the project, "/"-separated; "(vankien)/…" for a file shipped with vankien). */
  path: string;
  /** Hex SHA-256 of the input's bytes. */
  sha256: string;
}

/**
 * One output: its bytes (a string counts as its UTF-8 encoding), or, for an output not re-read
 * (kept from a cache), its size and hash as computed when it was written.
 */
export type ManifestEntry = {
  /** Path relative to out/, "/"-separated. */
  path: string;
  inputs: readonly ManifestInput[];
} & ({ bytes: Uint8Array | string } | { size: number; sha256: string });

export interface ManifestOutput {
  path: string;
  size: number;
  sha256: string;
  inputs: ManifestInput[];
}

export interface Manifest {
  version: 1;
  outputs: ManifestOutput[];
}

const encoder = new TextEncoder();
const toBytes = (bytes: Uint8Array | string): Uint8Array => (typeof bytes === 'string' ? encoder.encode(bytes) : bytes);

/** Lower-case hex SHA-256 of bytes, or of a string's UTF-8 encoding. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(toBytes(bytes)).digest('hex');
}

/** Code-unit order: the same on every machine and locale. */
const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function checkPath(path: string): void {
  const bad =
    path === '' || path.startsWith('/') || path.includes('\\') || path.split('/').some((s) => s === '' || s === '.' || s === '..');
  if (bad) throw new Error(`manifest: "${path}" is not a relative "/"-separated path inside out/`);
}

function measure(bytes: Uint8Array | string): { size: number; sha256: string } {
  const data = toBytes(bytes);
  return { size: data.byteLength, sha256: sha256(data) };
}

function checkMeasured(path: string, size: number, hash: string): { size: number; sha256: string } {
  if (!Number.isSafeInteger(size) || size < 0) throw new Error(`manifest: output "${path}" has an invalid size ${size}`);
  if (!/^[0-9a-fA-F]{64}$/.test(hash)) throw new Error(`manifest: output "${path}" has an invalid SHA-256 "${hash}"`);
  return { size, sha256: hash.toLowerCase() };
}

/** The manifest as data: outputs sorted by path, each one's inputs sorted by path and deduplicated. */
export function manifestData(entries: readonly ManifestEntry[]): Manifest {
  const seen = new Set<string>();
  const outputs = entries.map((entry): ManifestOutput => {
    checkPath(entry.path);
    if (seen.has(entry.path)) throw new Error(`manifest: output "${entry.path}" is listed twice`);
    seen.add(entry.path);
    const measured = 'bytes' in entry ? measure(entry.bytes) : checkMeasured(entry.path, entry.size, entry.sha256);
    const inputs = new Map<string, ManifestInput>();
    for (const input of entry.inputs) {
      const known = inputs.get(input.path);
      if (known && known.sha256 !== input.sha256) throw new Error(`manifest: input "${input.path}" of "${entry.path}" has two hashes`);
      inputs.set(input.path, { path: input.path, sha256: input.sha256 });
    }
    return { path: entry.path, ...measured, inputs: [...inputs.values()].sort(byPath) };
  });
  return { version: 1, outputs: outputs.sort(byPath) };
}

/** out/manifest.json as text: 2-space indent, trailing newline; the same entries give the same text. */
export function manifest(entries: readonly ManifestEntry[]): string {
  return `${JSON.stringify(manifestData(entries), null, 2)}\n`;
}
