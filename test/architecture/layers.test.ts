// The import layering of .dependency-cruiser.cjs holds for src/, and the rules do catch a violation:
// the fixture tree test/fixtures/layers breaks each rule once, on purpose.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const config = join(root, '.dependency-cruiser.cjs');
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  rule: string;
  from: string;
  to: string;
}

/** Runs dependency-cruiser on `cwd`'s src/ with the project's rules; the violations it reports. */
function cruise(cwd: string): Violation[] {
  const run = spawnSync(process.execPath, [depcruise, 'src', '--config', config, '--output-type', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  expect(run.error).toBeUndefined();
  const result = JSON.parse(run.stdout) as { summary: { violations: Array<{ rule: { name: string }; from: string; to: string }> } };
  return result.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('import layering (dependency-cruiser)', () => {
  it('src/ breaks no rule beyond the known exceptions listed in the config', () => {
    expect(cruise(root)).toEqual([]);
  }, 120_000);

  it('reports a deliberate violation of each rule', () => {
    const found = cruise(join(root, 'test/fixtures/layers'));
    const key = (v: Violation) => `${v.rule}: ${v.from} → ${v.to}`;
    expect(found.map(key).sort()).toEqual(
      [
        'engine-boundary: src/engine/layout/measure.ts → src/app/settings.ts',
        'util-imports-nothing: src/util/clamp.ts → src/app/units.ts',
        'no-folder-cycles: src/alpha → src/beta',
        'no-folder-cycles: src/beta → src/alpha',
        'no-folder-cycles: src/app → src/engine/layout',
        'no-folder-cycles: src/engine/layout → src/app',
      ].sort(),
    );
  }, 120_000);
});
