// Own checks on worker threads (large projects) find exactly what the same check finds in one thread.
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOnPool } from '../../src/orchestration/check-pool.js';
import { checkProject, indexProject } from '../../src/validate/project.js';
import { envFor, FIXTURES, input, REPO, yamlFiles } from '../support/fixtures.js';

// The compiled worker (npm test compiles before running vitest), as a build starts it.
const pool = new Piscina({
  filename: new URL(`file://${join(REPO, 'dist', 'orchestration', 'worker.js')}`).href,
  minThreads: 2,
  maxThreads: 2,
});
afterAll(() => pool.destroy());

// The registry, then every invalid fixture (each with its findings) and the registry again: duplicate ids across files.
const registry = yamlFiles(join(FIXTURES, 'registry')).map((f) => input(FIXTURES, f));
const invalid = yamlFiles(join(FIXTURES, 'invalid')).map((f) => input(FIXTURES, f));
const inputs = [...registry, ...invalid, ...registry.map((r) => ({ ...r, file: `copy/${r.file}` }))];
const env = envFor(FIXTURES);

describe('own checks on the worker pool', () => {
  it('gives the same findings, at the same places, and the same project as one thread', async () => {
    expect(inputs.length).toBeGreaterThan(30);
    const serial = checkProject(inputs, env);
    const pooled = indexProject(await checkOnPool(pool, inputs, {}), env);
    expect(serial.diagnostics.length).toBeGreaterThan(inputs.length);
    // Findings placed after the workers dropped the trees (duplicate ids) still point into the right file.
    expect(pooled.diagnostics.some((d) => d.code === 'VK305' && d.file.startsWith('copy/'))).toBe(true);
    expect(pooled.diagnostics).toEqual(serial.diagnostics);
    expect([...pooled.project.units.keys()]).toEqual([...serial.project.units.keys()]);
    expect(pooled.project.conferences.map((c) => c.value)).toEqual(serial.project.conferences.map((c) => c.value));
  });

  it('skips the text and schema checks of known files there too', async () => {
    const known = indexProject(await checkOnPool(pool, inputs, { known: true }), env);
    expect(known.diagnostics).toEqual(checkProject(inputs, env, { known: true }).diagnostics);
    // (The flag reached the workers: without text and schema checks the findings differ.)
    expect(known.diagnostics).not.toEqual(checkProject(inputs, env).diagnostics);
  });
});
