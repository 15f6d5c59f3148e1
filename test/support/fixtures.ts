// Test helpers: check fixture files against a small registry, and read expectations from comments.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { parseProvinces } from '../../src/reference/provinces.js';
import type { Env } from '../../src/validate/context.js';
import { checkProject, type CheckResult, type InputFile } from '../../src/validate/project.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(REPO, 'test', 'fixtures');
/** The sample project shipped with vankien (examples/data/...). */
export const EXAMPLES = join(REPO, 'examples');

export const provinces = parseProvinces(readFileSync(join(REPO, 'reference', 'provinces.yaml'), 'utf8'));

export function envFor(root: string): Env {
  const read = (rel: string) => {
    try {
      return readFileSync(join(root, rel));
    } catch {
      return undefined;
    }
  };
  return { provinces, exists: (rel) => read(rel) !== undefined, read };
}

export const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));

export const input = (root: string, file: string): InputFile => ({
  file: file.slice(root.length + 1),
  bytes: readFileSync(file),
});

/** Checks `files` (absolute paths under test/fixtures) together with the fixture registry. */
export function checkWithRegistry(files: InputFile[]): CheckResult {
  const registry = yamlFiles(join(FIXTURES, 'registry')).map((f) => input(FIXTURES, f));
  return checkProject([...registry, ...files], envFor(FIXTURES));
}

/** Checks the sample project in examples/. */
export function checkSamples(): CheckResult {
  const dirs = ['units', 'clusters', 'conferences'].map((d) => join(EXAMPLES, 'data', d));
  return checkProject(
    dirs.flatMap(yamlFiles).map((f) => input(EXAMPLES, f)),
    envFor(EXAMPLES),
  );
}

export interface Expectation {
  code: string;
  line: number;
  column: number;
}

/** A fixture's text: UTF-8, or UTF-16 when it starts with a byte-order mark (the UTF-16 fixtures). */
export function fixtureText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder().decode(bytes);
}

/** `# expect: VK301 at 12:7` lines at the top of a fixture. */
export function expectations(text: string): Expectation[] {
  const out: Expectation[] = [];
  for (const m of text.matchAll(/^# expect: (VK\d{3}) at (\d+):(\d+)\s*$/gm)) {
    out.push({ code: m[1] ?? '', line: Number(m[2]), column: Number(m[3]) });
  }
  return out;
}

export const brief = (d: Diagnostic): Expectation => ({ code: d.code, line: d.start.line, column: d.start.column });
