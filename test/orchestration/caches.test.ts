// Results do not depend on call history: the sample project (and a generated one, for the print
// bundle) built in one process with fresh caches each time, and with one set of caches shared by two
// builds, gives the same bytes for every output.
import { describe, expect, it } from 'vitest';
import { createCaches, type Caches } from '../../src/caches.js';
import { buildConference } from '../../src/orchestration/conference.js';
import { prepareRendering } from '../../src/orchestration/prepare.js';
import { openRenderContext, openSession, type BuildOptions } from '../../src/orchestration/session.js';
import { REPO } from '../support/fixtures.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateProject } from '../../src/tools/generate.js';
import type { Session } from '../../src/orchestration/session.js';

const options: BuildOptions = { pdfEngine: 'builtin', fontDirs: [] };
const sample = openSession(join(REPO, 'examples'), join(REPO, 'examples'), [], options);
const generatedRoot = mkdtempSync(join(tmpdir(), 'vankien-caches-'));
generateProject(generatedRoot, { conferences: 3, seed: 11 });
const generated = openSession(generatedRoot, generatedRoot, [], options);

/** Every output of every conference of both projects (path → bytes), rendered with `caches`, in `order`. */
async function build(caches: Caches, order: 'forwards' | 'backwards'): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const sessions = order === 'forwards' ? [sample, generated] : [generated, sample];
  for (const session of sessions) await buildProject(session, caches, order, out);
  return out;
}

async function buildProject(session: Session, caches: Caches, order: 'forwards' | 'backwards', out: Map<string, Buffer>): Promise<void> {
  const { root } = session;
  const context = openRenderContext(root, root, options, caches);
  await prepareRendering(context);
  const conferences = [...session.project.conferences];
  if (order === 'backwards') conferences.reverse();
  for (const { value } of conferences) {
    const result = await buildConference(context, session.project, value, 'out');
    expect(
      result.diagnostics.filter((d) => d.severity === 'error'),
      value.id,
    ).toEqual([]);
    for (const o of result.outputs)
      out.set(`${root}/${o.path}`, Buffer.from(typeof o.bytes === 'string' ? Buffer.from(o.bytes, 'utf8') : o.bytes));
  }
}

describe('caches', () => {
  it('give the bytes of fresh caches when shared by two builds, in either order', async () => {
    for (const s of [sample, generated]) expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const fresh = await build(createCaches(), 'forwards');
    const again = await build(createCaches(), 'forwards');
    const shared = createCaches();
    await build(shared, 'backwards');
    const warm = await build(shared, 'forwards');
    // Every kind of output is there: Word, PDF, print bundle, bulletin HTML, text, Word and PDF.
    const paths = [...fresh.keys()].sort();
    console.log(paths.join(' '));
    for (const end of [
      'bien-ban.docx',
      'bien-ban.pdf',
      'giao-uoc.pdf',
      'giao-uoc-ban-in.pdf',
      'ban-tin.html',
      'ban-tin.txt',
      'ban-tin.docx',
      'ban-tin.pdf',
    ]) {
      expect(
        paths.some((p) => p.endsWith(end)),
        end,
      ).toBe(true);
    }
    for (const other of [again, warm]) {
      expect([...other.keys()].sort()).toEqual(paths);
      for (const p of paths) expect(other.get(p)!.equals(fresh.get(p)!), p).toBe(true);
    }
  }, 300000);

  it('are separate objects for separate sessions, and a render context keeps the ones it was given', () => {
    const root = join(REPO, 'examples');
    const a = openRenderContext(root, root, options);
    const b = openRenderContext(root, root, options);
    expect(a.caches).not.toBe(b.caches);
    const mine = createCaches();
    expect(openRenderContext(root, root, options, mine).caches).toBe(mine);
    expect(a.caches).not.toBe(sample.caches);
  });
});
