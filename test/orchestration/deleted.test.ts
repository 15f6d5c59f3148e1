// A conference whose data file is deleted leaves nothing in out/ that looks current (issue 18): its
// documents are removed (only files the build wrote, never through a link), and index and manifest drop it.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { EXAMPLES } from '../support/fixtures.js';

const GONE = 'cum-1-so-ket-6-thang-2024';

async function builtProject(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-deleted-'));
  cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
  const first = await runCli(['build', '--project', dir, '--out', 'out', '--pdf-engine', 'none'], dir);
  expect(first.code).toBe(0);
  expect(existsSync(join(dir, 'out', GONE, 'bien-ban.docx'))).toBe(true);
  return dir;
}

describe('a conference deleted from the data', () => {
  it('its documents leave out/, index.html and manifest.json, and the summary says so', async () => {
    const dir = await builtProject();
    rmSync(join(dir, 'data', 'conferences', `${GONE}.yaml`));
    const r = await runCli(['build', '--project', dir, '--out', 'out', '--pdf-engine', 'none'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Đã xóa văn bản của hội nghị không còn trong dữ liệu: ${GONE}`);
    expect(existsSync(join(dir, 'out', GONE))).toBe(false);
    expect(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')).not.toContain(GONE);
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).not.toContain(GONE);
    expect(readFileSync(join(dir, 'out', '.vankien', 'cache.json'), 'utf8')).not.toContain(GONE);
    expect(existsSync(join(dir, 'out', 'cum-3-tong-ket-2023', 'bien-ban.docx'))).toBe(true);
    const json = await runCli(['build', '--project', dir, '--out', 'out', '--pdf-engine', 'none', '--format', 'json'], dir);
    expect(JSON.parse(json.stdout).removed).toEqual([]);
  }, 180_000);

  it('a renamed id removes the old documents and builds the new ones', async () => {
    const dir = await builtProject();
    const file = join(dir, 'data', 'conferences', `${GONE}.yaml`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`id: ${GONE}`, 'id: cum-1-so-ket-moi'));
    const r = await runCli(['build', '--project', dir, '--out', 'out', '--pdf-engine', 'none', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).removed).toEqual([GONE]);
    expect(existsSync(join(dir, 'out', GONE))).toBe(false);
    expect(existsSync(join(dir, 'out', 'cum-1-so-ket-moi', 'bien-ban.docx'))).toBe(true);
  }, 180_000);

  it('a link put in its output folder is not followed: the file it points to stays', async () => {
    const dir = await builtProject();
    const outside = join(dir, 'ngoai.docx');
    writeFileSync(outside, 'giữ nguyên');
    rmSync(join(dir, 'out', GONE, 'bien-ban.docx'));
    symlinkSync(outside, join(dir, 'out', GONE, 'bien-ban.docx'));
    rmSync(join(dir, 'data', 'conferences', `${GONE}.yaml`));
    const r = await runCli(['build', '--project', dir, '--out', 'out', '--pdf-engine', 'none'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('giữ nguyên');
    expect(existsSync(join(dir, 'out', GONE, 'bien-ban.pdf'))).toBe(false);
    expect(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')).not.toContain(GONE);
  }, 180_000);

  it('a build of named files only removes nothing it was not asked about', async () => {
    const dir = await builtProject();
    rmSync(join(dir, 'data', 'conferences', `${GONE}.yaml`));
    const r = await runCli(
      ['build', 'data/conferences/cum-3-tong-ket-2023.yaml', '--project', dir, '--out', 'out', '--pdf-engine', 'none'],
      dir,
    );
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'out', GONE, 'bien-ban.docx'))).toBe(true);
  }, 180_000);
});
