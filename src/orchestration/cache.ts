// The incremental build's memory: per conference, the key of its inputs and the outputs it wrote.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Dependency } from './deps.js';
import { ownedOutput } from './outputs.js';

export interface CachedOutput {
  path: string;
  size: number;
  sha256: string;
}

export interface CacheEntry {
  key: string;
  inputs: Dependency[];
  outputs: CachedOutput[];
  /** Warnings the last render gave (they are shown again when the conference is skipped). */
  warnings: number;
  /** The data file the conference is written in (to find its outputs when the file no longer reads). */
  file?: string;
  /** The conference failed since: its outputs were moved into <id>/ban-cu/ (outputs.ts) and are not current. */
  stale?: boolean;
}

export interface BuildCache {
  version: 1;
  /** Key of the shared inputs (templates, profile, fonts, engine) whose templates last linted clean. */
  lintedKey?: string;
  /** The last check of the data: its key and findings (reused when no data file changed). */
  check?: { key: string; dataKey?: string; diagnostics: Diagnostic[] };
  conferences: Record<string, CacheEntry>;
}

export const STATE_DIR = '.vankien';
/** The cache's path inside the output folder, as the write stage takes it ("/"-separated). */
export const CACHE_PATH = `${STATE_DIR}/cache.json`;
export const cacheFile = (outDir: string) => join(outDir, CACHE_PATH);

export function readCache(outDir: string): BuildCache {
  try {
    const data = JSON.parse(readFileSync(cacheFile(outDir), 'utf8')) as BuildCache;
    if (data.version === 1 && data.conferences && typeof data.conferences === 'object' && !Array.isArray(data.conferences)) {
      // Entries of another shape (an edited or damaged cache) are dropped: their conferences are rebuilt.
      const conferences = Object.create(null) as Record<string, CacheEntry>;
      for (const [id, e] of Object.entries(data.conferences)) if (wellFormed(e)) conferences[id] = e;
      return { ...data, conferences };
    }
  } catch {
    // No cache yet, or an unreadable one: everything is rebuilt.
  }
  return { version: 1, conferences: Object.create(null) as Record<string, CacheEntry> };
}

function wellFormed(e: unknown): e is CacheEntry {
  const x = e as Partial<CacheEntry> | null;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.key === 'string' &&
    Array.isArray(x.inputs) &&
    Array.isArray(x.outputs) &&
    x.outputs.every(
      (o) =>
        typeof o === 'object' && o !== null && typeof o.path === 'string' && typeof o.size === 'number' && typeof o.sha256 === 'string',
    )
  );
}

/** The recorded outputs are all still there, with the sizes written (cheap; hashes are in the manifest). */
export function outputsIntact(outDir: string, entry: CacheEntry): boolean {
  return (
    !entry.stale &&
    entry.outputs.every((o) => {
      const p = ownedOutput(outDir, o.path);
      if (!p || !existsSync(p)) return false;
      try {
        return readFileSync(p).length === o.size;
      } catch {
        return false;
      }
    })
  );
}
