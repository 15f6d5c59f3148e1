// The bytes of a build, as one hash per output file: a restructuring of the code must leave them all
// as they were (test/orchestration/output-hashes.test.ts builds the generated 50-conference project and
// compares with a committed list). The build's own bookkeeping (.vankien/) is left out.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function outputHashes(outDir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (rel !== '.vankien') walk(join(dir, e.name), rel);
      } else if (e.isFile()) {
        hashes[rel] = createHash('sha256')
          .update(readFileSync(join(dir, e.name)))
          .digest('hex');
      }
    }
  };
  walk(outDir, '');
  return hashes;
}
