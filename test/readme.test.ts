// The README stays true: every diagnostic code is listed, the commands are there, the example is valid.
import { bundledKinds } from '../src/kinds/load.js';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, CODES } from '../src/diagnostics/catalogue.js';
import { checkProject } from '../src/validate/project.js';
import { REQUIREMENTS } from '../src/model/requirements.js';
import { formatPath } from '../src/diagnostics/types.js';
import { COMMANDS, main } from '../src/cli/main.js';
import { envFor, REPO } from './support/fixtures.js';

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');

describe('README', () => {
  it('lists every diagnostic code with its severity and meaning', () => {
    for (const code of CODES) {
      const e = CATALOGUE[code];
      const severity = e.severity === 'error' ? 'lỗi' : 'cảnh báo';
      expect(readme, code).toContain(`| ${code} | ${severity} | ${e.summary.vi} | ${e.summary.en} |`);
    }
  });

  it('shows set-up with the main job in one command and the tests in another', () => {
    expect(readme).toContain('npm install && npm run build');
    expect(readme).toContain('npm test');
  });

  it('says which fields each document needs, as the checks do', () => {
    const rows: Record<string, string> = { minutes: '| Biên bản |', pledge: '| Giao ước thi đua', bulletin: '| Tin bài |' };
    for (const req of REQUIREMENTS) {
      const field = formatPath(req.path);
      if (field.startsWith('documents.') && field.endsWith('.issuer')) continue; // described in words: the issuer, else who organised
      for (const doc of bundledKinds()
        .filter((k) => k.requires.includes(req))
        .map((k) => k.id)) {
        const row = readme.split('\n').find((l) => l.startsWith(rows[doc] ?? '?')) ?? '';
        expect(row, `${doc} ${field}`).toContain(`\`${field}\``);
      }
    }
  });

  it('has a complete annotated example that is valid and lacks nothing', () => {
    const blocks = [...readme.matchAll(/<!-- example: (\S+) -->\n```yaml\n([\s\S]*?)```/g)];
    expect(blocks.map((b) => b[1])).toEqual(['data/units/vi-du.yaml', 'data/clusters/vi-du.yaml', 'data/conferences/vi-du.yaml']);
    const files = blocks.map((b) => ({ file: b[1] ?? '', bytes: new TextEncoder().encode(b[2] ?? '') }));
    const result = checkProject(files, envFor(REPO));
    expect(result.diagnostics).toEqual([]);
    expect(result.project.conferences).toHaveLength(1);
  });

  it('walks through a first conference with commands that run as written', async () => {
    const section = readme.split('## Hội nghị đầu tiên')[1] ?? '';
    const lines = (/```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '')
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter(Boolean);
    expect(lines).toEqual([
      'vankien init ~/hoi-nghi',
      'cd ~/hoi-nghi',
      'vankien list units "Đắk Lắk"',
      'vankien new conference cum-3-tong-ket-2025',
      'vankien check',
      'vankien build',
    ]);
    const home = mkdtempSync(join(tmpdir(), 'vankien-readme-'));
    let cwd = REPO;
    for (const line of lines) {
      const words = [...line.replace(/~/g, home).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
      if (words[0] === 'cd') {
        cwd = resolve(cwd, words[1] ?? '');
        continue;
      }
      const args = words.slice(words[0] === 'npx' ? 2 : 1);
      expect(
        COMMANDS.some((c) => c.name === args[0]),
        line,
      ).toBe(true);
      const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: () => cwd, env: {} };
      expect(await main([...args, ...(args[0] === 'build' ? ['--jobs', '1'] : [])], io), line).toBe(0);
    }
    expect(existsSync(join(home, 'hoi-nghi', 'out', 'cum-3-tong-ket-2025', 'bien-ban.pdf'))).toBe(true);
  });
});
