// A build killed at any moment leaves every file whole (old or new), and the next build repairs the rest.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, REPO } from '../support/fixtures.js';

const KILLS = 20;

function buildFor(dir: string, args: string[], killAfterMs?: number): Promise<number | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(REPO, 'bin', 'vankien.js'), 'build', '--quiet', '--jobs', '1', ...args], {
      cwd: dir,
      stdio: 'ignore',
    });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
}

/** Every output file opens as what it claims to be; no temporary file is visible as an output. */
async function allWhole(out: string): Promise<string[]> {
  const bad: string[] = [];
  for (const f of readdirSync(out, { recursive: true }).map(String)) {
    const p = join(out, f);
    try {
      if (f.endsWith('.pdf')) await PDFDocument.load(readFileSync(p), { updateMetadata: false });
      else if (f.endsWith('.docx')) {
        if (!new PizZip(readFileSync(p)).file('word/document.xml')) bad.push(f);
      } else if (f.endsWith('.json')) JSON.parse(readFileSync(p, 'utf8'));
      else if (f.endsWith('.html') && !readFileSync(p, 'utf8').trimEnd().endsWith('</html>')) bad.push(f);
    } catch {
      bad.push(f);
    }
  }
  return bad;
}

describe('interrupted builds', () => {
  it(`survive ${KILLS} kills at random moments`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-kill-'));
    cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
    expect(await buildFor(dir, [])).toBe(0);
    // A seeded sequence of moments (no Math.random in tests either): 80 ms to ~2 s into a forced rebuild.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < KILLS; k++) {
      await buildFor(dir, ['--force'], 80 + Math.floor(next() * 2000));
      expect(await allWhole(join(dir, 'out')), `after kill ${k + 1}`).toEqual([]);
    }
    expect(await buildFor(dir, [])).toBe(0);
    const files = readdirSync(join(dir, 'out'), { recursive: true }).map(String);
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
    // 19 documents less the draft pledge's print bundle, which is not made for a draft.
    expect(files.filter((f) => /\.(pdf|docx)$/.test(f)).length).toBe(18);
    expect(await allWhole(join(dir, 'out'))).toEqual([]);
  }, 240000);
});
