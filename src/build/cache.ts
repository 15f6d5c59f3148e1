// The incremental build's memory: per conference, the key of its inputs and the outputs it wrote.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import type { Dependency } from './deps.js';

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
    if (data.version === 1 && data.conferences && typeof data.conferences === 'object') return data;
  } catch {
    // No cache yet, or an unreadable one: everything is rebuilt.
  }
  return { version: 1, conferences: Object.create(null) as Record<string, CacheEntry> };
}

/** The recorded outputs are all still there, with the sizes written (cheap; hashes are in the manifest). */
export function outputsIntact(outDir: string, entry: CacheEntry): boolean {
  return entry.outputs.every((o) => {
    const p = join(outDir, o.path);
    if (!existsSync(p)) return false;
    try {
      return readFileSync(p).length === o.size;
    } catch {
      return false;
    }
  });
}
