// The invalid corpus: each file in test/fixtures/invalid gives exactly the diagnostics it declares.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, checkWithRegistry, expectations, fixtureText, FIXTURES, input, yamlFiles } from './support/fixtures.js';

const files = yamlFiles(join(FIXTURES, 'invalid'));

describe('invalid corpus', () => {
  it('has at least 30 faults, each declaring what it expects', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const f of files) expect(expectations(fixtureText(readFileSync(f))), basename(f)).not.toHaveLength(0);
  });

  for (const file of files) {
    it(basename(file), () => {
      const text = fixtureText(readFileSync(file));
      const drafts = /^# drafts: include\s*$/m.test(text);
      const own = input(FIXTURES, file);
      const { diagnostics } = checkWithRegistry([own]);
      const actual = diagnostics
        .filter((d) => d.file === own.file)
        .filter((d) => drafts || d.code !== 'VK501')
        .map(brief)
        .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
      const wanted = expectations(text).sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
      expect(actual).toEqual(wanted);
    });
  }
});
