// Every output byte of the generated 50-conference project, built as users build it (the bundled
// command), against a committed list: code moved or restructured must leave them unchanged. A change
// of output that is meant is recorded with UPDATE_HASHES=1 (look at the documents first). The build's
// manifest is left out: it names the program's identity, which every code change moves.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateProject } from '../../src/tools/generate.js';
import { outputHashes } from '../../src/tools/output-hashes.js';
import { FIXTURES, REPO } from '../support/fixtures.js';

const LIST = join(FIXTURES, 'output-hashes-50.json');

describe('the outputs of the generated 50-conference project', () => {
  it('are byte for byte the committed ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-hashes-'));
    generateProject(dir, { conferences: 50, seed: 1 });
    execFileSync(process.execPath, ['--single-threaded-gc', join(REPO, 'bin', 'vankien.js'), 'build', '--jobs', '2', '--quiet'], {
      cwd: dir,
      stdio: 'pipe',
    });
    // manifest.json records the program's own identity among the inputs: it changes with any code change.
    const { 'manifest.json': _manifest, ...hashes } = outputHashes(join(dir, 'out'));
    expect(Object.keys(hashes).length).toBeGreaterThan(50 * 5);
    if (process.env.UPDATE_HASHES === '1') writeFileSync(LIST, `${JSON.stringify(hashes, null, 1)}\n`);
    expect(existsSync(LIST), `${LIST} is missing: UPDATE_HASHES=1 writes it`).toBe(true);
    const expected = JSON.parse(readFileSync(LIST, 'utf8')) as Record<string, string>;
    const changed = Object.keys({ ...expected, ...hashes }).filter((f) => expected[f] !== hashes[f]);
    expect(changed).toEqual([]);
  }, 180_000);
});
