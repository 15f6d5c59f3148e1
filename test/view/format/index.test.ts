// The format library's public surface and house rules (small files, header comment, ".js" imports).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as format from '../../../src/view/format/index.js';
import { REPO } from '../../support/fixtures.js';

const FUNCTIONS = [
  'partyDateLine',
  'partyDateLineBlank',
  'runningDate',
  'runningDateShort',
  'newsDate',
  'newsDateFull',
  'clockText',
  'clockTextBlank',
  'periodLabel',
  'weekdayName',
  'weekdayIndex',
  'parseIsoDate',
  'parseClock',
  'formatNumber',
  'formatPercent',
  'formatTwoDigits',
  'joinVi',
  'joinSemicolon',
  'cleanItems',
  'toRoman',
  'fromRoman',
  'clusterNumberText',
  'upperVi',
  'lowerVi',
  'lowerFirst',
  'upperFirst',
  'sentence',
  'orBlank',
  'formatOrBlank',
  'isBlankValue',
];

describe('view/format index', () => {
  it('re-exports every function and the blank constants', () => {
    for (const name of FUNCTIONS) expect(typeof (format as Record<string, unknown>)[name], name).toBe('function');
    for (const name of ['BLANK_SHORT', 'BLANK', 'BLANK_LONG'])
      expect(typeof (format as Record<string, unknown>)[name], name).toBe('string');
  });

  const dir = join(REPO, 'src', 'view', 'format');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s is small, starts with a one-line comment, and imports with ".js"', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const lines = text.split('\n');
    expect(lines.length).toBeLessThan(150);
    expect(lines[0]).toMatch(/^\/\/ \S/);
    for (const [, spec] of text.matchAll(/from '(\.[^']*)'/g)) expect(spec).toMatch(/\.js$/);
    expect(text).not.toMatch(/Date\.now|new Date\(\)|node:fs|process\./);
  });
});
