// The conference file that `vankien new conference` writes: every commented line, once uncommented,
// is valid in the current data format (no field of an earlier version, no unit outside the cluster).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/validate/project.js';
import { EXAMPLES, envFor, input, REPO, yamlFiles } from './support/fixtures.js';

const template = readFileSync(join(REPO, 'templates', 'new', 'conference.yaml'), 'utf8');

/** The template with every field line uncommented (section rules and prose stay comments); image paths left out. */
function uncommented(): string {
  const start = template.indexOf('# --- Thông tin chung');
  const body = template
    .slice(start)
    .split('\n')
    .filter((l) => !/^# ---/.test(l))
    .map((l) => l.replace(/^# ?/, '').replace(/(- )?(signature|file): data\/images\/\S+\s*(#.*)?$/u, '$1'))
    .join('\n');
  return (template.slice(0, start) + body).replaceAll('__ID__', 'hoi-nghi-thu');
}

describe('the new-conference template', () => {
  it('is valid as written (everything optional commented out)', () => {
    const files = [...['units', 'clusters'].flatMap((d) => yamlFiles(join(EXAMPLES, 'data', d))).map((f) => input(EXAMPLES, f))];
    const result = checkProject(
      [
        ...files,
        { file: 'data/conferences/hoi-nghi-thu.yaml', bytes: new TextEncoder().encode(template.replaceAll('__ID__', 'hoi-nghi-thu')) },
      ],
      envFor(EXAMPLES),
    );
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('has no error when every field line is uncommented', () => {
    const files = [...['units', 'clusters'].flatMap((d) => yamlFiles(join(EXAMPLES, 'data', d))).map((f) => input(EXAMPLES, f))];
    const result = checkProject(
      [...files, { file: 'data/conferences/hoi-nghi-thu.yaml', bytes: new TextEncoder().encode(uncommented()) }],
      envFor(EXAMPLES),
    );
    expect(
      result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.start.line}: ${d.code} ${JSON.stringify(d.params)}`),
    ).toEqual([]);
    expect(result.project.conferences).toHaveLength(1);
  });
});
