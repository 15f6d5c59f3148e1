// Writes a rendered conference's outputs where it was rendered (worker or main thread) and keeps
// only their sizes and hashes: the documents' bytes never travel between threads.
import type { Diagnostic } from '../diagnostics/types.js';
import { writeOutputs } from '../write/write.js';
import type { CachedOutput } from './cache.js';
import type { ConferenceResult } from './conference.js';
import { sha256 } from './deps.js';
import { removeOutput } from './outputs.js';

export interface LandedConference {
  id: string;
  /** What was written (nothing when rendering failed). */
  outputs: CachedOutput[];
  diagnostics: Diagnostic[];
  timings: Record<string, number>;
  failed: boolean;
  /** What the documents still lack, and outputs withheld because of it (see ConferenceResult). */
  draft: ConferenceResult['draft'];
}

/**
 * Writes each output atomically unless rendering gave an error; returns what landed. When a write
 * fails (a full disk, a file where a folder should be), the outputs this call wrote are removed again
 * and the error is thrown: a conference lands whole or not at all.
 */
export function land(r: ConferenceResult, outDir: string): LandedConference {
  const failed = r.diagnostics.some((d) => d.severity === 'error');
  if (failed) return { id: r.id, outputs: [], diagnostics: r.diagnostics, timings: r.timings, failed, draft: r.draft };
  const wrote: string[] = [];
  try {
    for (const o of r.outputs) {
      writeOutputs(outDir, [o]);
      wrote.push(o.path);
    }
  } catch (e) {
    for (const path of wrote) removeOutput(outDir, path);
    throw e;
  }
  const outputs = r.outputs.map((o) => ({ path: o.path, size: Buffer.byteLength(o.bytes), sha256: sha256(o.bytes) }));
  return { id: r.id, outputs, diagnostics: r.diagnostics, timings: r.timings, failed, draft: r.draft };
}
