import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cliArgs, REPO, shebangFlags } from '../../src/tools/cli-command.js';

describe('how the command is started', () => {
  it('reads node flags from an env -S shebang, and none from a plain one', () => {
    expect(shebangFlags('#!/usr/bin/env -S node --single-threaded-gc')).toEqual(['--single-threaded-gc']);
    expect(shebangFlags('#!/usr/bin/env -S node --a --b=1')).toEqual(['--a', '--b=1']);
    expect(shebangFlags('#!/usr/bin/env node')).toEqual([]);
    expect(shebangFlags('// not a shebang')).toEqual([]);
  });

  it('starts bin/vankien.js with single-threaded GC, and npm scripts run it with the same flags', () => {
    const flags = shebangFlags(readFileSync(CLI, 'utf8').split('\n', 1)[0]!);
    expect(flags).toEqual(['--single-threaded-gc']);
    expect(cliArgs(['build'])).toEqual([...flags, CLI, 'build']);
    const scripts = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const runs = Object.values(scripts).filter((s) => s.includes('bin/vankien.js'));
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (const s of runs) expect(s).toContain(`node ${flags.join(' ')} bin/vankien.js`);
  });

  it('runs as an executable through its shebang (this Node accepts the flags)', () => {
    const r = spawnSync(CLI, ['--help'], { encoding: 'utf8', env: { ...process.env, VANKIEN_LANG: 'vi' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^vankien — /);
  });
});
