// A build whose issuer is only in the shipped registry: the units reach worker threads, the header is
// derived from the unit's kind, and a change to the registry file rebuilds.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/fixtures.js';

/** The compiled CLI (worker threads load dist/orchestration/worker.js), as a user runs it. */
const build = (cwd: string) =>
  JSON.parse(
    execFileSync(process.execPath, [join(REPO, 'bin', 'vankien.js'), 'build', '--jobs', '2', '--pdf-engine', 'none', '--format', 'json'], {
      cwd,
      stdio: 'pipe',
      timeout: 300000,
    }).toString(),
  ) as { conferences: unknown };

const IDS = Array.from({ length: 8 }, (_, i) => `long-an-${i + 1}`);

/** Eight copies of the Long An conference and no data/units: btctu-long-an comes from the registry. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-bodies-'));
  mkdirSync(join(dir, 'data', 'conferences'), { recursive: true });
  const text = readFileSync(join(REPO, 'examples', 'data', 'conferences', 'long-an-tong-ket-2023.yaml'), 'utf8');
  for (const id of IDS) writeFileSync(join(dir, 'data', 'conferences', `${id}.yaml`), text.replace(/^id: .*$/m, `id: ${id}`));
  return dir;
}

const documentXml = (file: string) => new PizZip(readFileSync(file)).file('word/document.xml')?.asText() ?? '';

describe('build with the registry of Party bodies', () => {
  it('renders on worker threads from registry units, and rebuilds when the registry changes', () => {
    const dir = project();
    expect(build(dir).conferences).toEqual({ built: 8, skipped: 0, failed: 0 });
    for (const id of IDS) {
      const xml = documentXml(join(dir, 'out', id, 'bien-ban.docx'));
      expect(xml).toContain('>TỈNH ỦY LONG AN<');
      expect(xml).toContain('>BAN TỔ CHỨC<');
      expect(xml).toContain('-BB/BTCTU<');
    }
    const manifest = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')) as {
      outputs: Array<{ inputs: Array<{ path: string }> }>;
    };
    for (const o of manifest.outputs) expect(o.inputs.some((i) => i.path.endsWith('reference/party-bodies.yaml'))).toBe(true);

    // The project's own copy of the registry, with another code: every conference is rebuilt with it.
    mkdirSync(join(dir, 'reference'));
    cpSync(join(REPO, 'reference', 'provinces.yaml'), join(dir, 'reference', 'provinces.yaml'));
    const bodies = readFileSync(join(REPO, 'reference', 'party-bodies.yaml'), 'utf8').replace(
      /(id: btctu-long-an\n(?: {4}.*\n)*? {4}code: )BTCTU/,
      '$1BTCLA',
    );
    writeFileSync(join(dir, 'reference', 'party-bodies.yaml'), bodies);
    expect(build(dir).conferences).toEqual({ built: 8, skipped: 0, failed: 0 });
    expect(documentXml(join(dir, 'out', IDS[0] ?? '', 'bien-ban.docx'))).toContain('-BB/BTCLA<');
  }, 300_000);
});
