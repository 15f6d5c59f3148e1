// `vankien init`: a new project folder that checks and builds on its own, never written over.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { REPO } from './support/fixtures.js';

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: () => cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

/** Every file under `dir`, "/"-separated, sorted (the build's state folder left out). */
const listing = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    )
    .filter((f) => !f.includes('.vankien/'))
    .sort();

const SHIPPED_TEMPLATES = [
  'templates/ban-tin.docx',
  'templates/ban-tin.hbs',
  ...readdirSync(join(REPO, 'templates', 'ban-tin', 'partials')).map((f) => `templates/ban-tin/partials/${f}`),
  'templates/bien-ban.docx',
  'templates/documents.yaml',
  'templates/giao-uoc.docx',
].sort();

interface Manifest {
  outputs: Array<{ path: string; inputs: Array<{ path: string }> }>;
}
const inputsOf = (project: string, output: string) =>
  (
    (JSON.parse(readFileSync(join(project, 'out', 'manifest.json'), 'utf8')) as Manifest).outputs.find((o) => o.path === output)?.inputs ??
    []
  ).map((i) => i.path);

describe('vankien init', () => {
  it('makes a project that checks with no errors and builds its example into out/', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'vankien-init-'));
    const r = await run(['init', 'hoi-nghi'], parent);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã tạo dự án trong hoi-nghi:');
    expect(r.stdout).toContain('cd hoi-nghi');
    const dir = join(parent, 'hoi-nghi');
    expect(listing(dir)).toEqual(['.gitignore', 'README.md', 'data/conferences/hoi-nghi-mau.yaml', 'schema/vankien.schema.json']);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['clusters', 'conferences', 'units']);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('out/\n');
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    for (const command of ['vankien list units', 'vankien new conference', 'vankien check', 'vankien build'])
      expect(readme).toContain(command);
    expect(readme).toBe(readme.normalize('NFC'));
    const example = readFileSync(join(dir, 'data', 'conferences', 'hoi-nghi-mau.yaml'), 'utf8');
    expect(example).toContain('hội nghị mẫu do "vankien init" tạo ra');
    expect(example).toContain('id: hoi-nghi-mau ');
    expect(example).not.toContain('__ID__');
    // The data files' first line names the schema beside them, for the editor's hints.
    expect(example.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/vankien.schema.json');
    expect(readFileSync(join(dir, 'schema', 'vankien.schema.json'))).toEqual(readFileSync(join(REPO, 'schema', 'vankien.schema.json')));

    const check = await run(['check', '--format', 'json'], dir);
    expect(check.code).toBe(0);
    const found = JSON.parse(check.stdout) as { errors: number; diagnostics: Array<{ code: string; file: string }> };
    expect(found.errors).toBe(0);
    expect(found.diagnostics.length).toBeGreaterThan(0);
    expect(new Set(found.diagnostics.map((d) => d.code))).toEqual(new Set(['VK501']));

    const build = await run(['build', '--jobs', '1'], dir);
    expect(build.code).toBe(0);
    const pdf = readFileSync(join(dir, 'out', 'hoi-nghi-mau', 'bien-ban.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Without templates of its own, the project builds with vankien's, named independently of where vankien is.
    const inputs = inputsOf(dir, 'hoi-nghi-mau/bien-ban.docx');
    expect(inputs).toContain('data/conferences/hoi-nghi-mau.yaml');
    expect(inputs).toContain('(vankien)/templates/bien-ban.docx');
    expect(inputs.filter((p) => p.startsWith('..'))).toEqual([]);
  });

  it('refuses a folder that is not empty, and leaves it as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-init-full-'));
    writeFileSync(join(dir, 'ghi-chu.txt'), 'của tôi\n');
    mkdirSync(join(dir, 'data'));
    const r = await run(['init', '.'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Thư mục . đã có và không trống; vankien init không ghi vào đó');
    expect(r.stdout).toBe('');
    expect(listing(dir)).toEqual(['ghi-chu.txt']);
    expect(readdirSync(dir).sort()).toEqual(['data', 'ghi-chu.txt']);
    expect(readdirSync(join(dir, 'data'))).toEqual([]);
    expect(readFileSync(join(dir, 'ghi-chu.txt'), 'utf8')).toBe('của tôi\n');
    const file = await run(['init', 'ghi-chu.txt'], dir);
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('ghi-chu.txt là một tệp, không phải thư mục');
    expect(readFileSync(join(dir, 'ghi-chu.txt'), 'utf8')).toBe('của tôi\n');
  });

  it('accepts an empty folder, and asks for one folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-init-empty-'));
    expect((await run(['init', dir], tmpdir())).code).toBe(0);
    expect(existsSync(join(dir, 'data', 'conferences', 'hoi-nghi-mau.yaml'))).toBe(true);
    expect(existsSync(join(dir, 'templates'))).toBe(false);
    const none = await run(['init'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Cách dùng: vankien init <thư-mục> [--templates]');
    expect((await run(['init', 'a', 'b'], dir)).code).toBe(2);
    expect(existsSync(join(dir, 'a'))).toBe(false);
  });

  it("copies the shipped templates with --templates, and the build then uses the project's copy", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'vankien-init-tpl-')), 'du-an');
    const r = await run(['init', dir, '--templates'], REPO);
    expect(r.code).toBe(0);
    const copied = listing(dir).filter((f) => f.startsWith('templates/'));
    expect(copied).toEqual(SHIPPED_TEMPLATES);
    for (const f of copied) expect(readFileSync(join(dir, f)), f).toEqual(readFileSync(join(REPO, f)));
    // Restyled: the title of the minutes, changed in the project's copy only.
    const template = join(dir, 'templates', 'bien-ban.docx');
    const zip = new PizZip(readFileSync(template));
    const xml = zip.file('word/document.xml')?.asText() ?? '';
    expect(xml).toContain('>BIÊN BẢN<');
    zip.file('word/document.xml', xml.replace('>BIÊN BẢN<', '>BIÊN BẢN HỘI NGHỊ (MẪU RIÊNG)<'));
    writeFileSync(template, zip.generate({ type: 'nodebuffer' }));
    const build = await run(['build', '--jobs', '1', '--pdf-engine', 'none'], dir);
    expect(build.code).toBe(0);
    const out = new PizZip(readFileSync(join(dir, 'out', 'hoi-nghi-mau', 'bien-ban.docx'))).file('word/document.xml')?.asText() ?? '';
    expect(out).toContain('BIÊN BẢN HỘI NGHỊ (MẪU RIÊNG)');
    expect(readFileSync(join(REPO, 'templates', 'bien-ban.docx'))).not.toEqual(readFileSync(template));
    const inputs = inputsOf(dir, 'hoi-nghi-mau/bien-ban.docx');
    expect(inputs).toContain('templates/bien-ban.docx');
    expect(inputs).toContain('templates/ban-tin.hbs');
    expect(inputs.filter((p) => p.startsWith('(vankien)/templates/'))).toEqual([]);
  });

  it("uses a project template file by file: its own minutes, vankien's for the rest", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'vankien-init-one-')), 'du-an');
    expect((await run(['init', dir], REPO)).code).toBe(0);
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates', 'bien-ban.docx'), readFileSync(join(REPO, 'templates', 'bien-ban.docx')));
    expect((await run(['build', '--jobs', '1', '--pdf-engine', 'none'], dir)).code).toBe(0);
    const inputs = inputsOf(dir, 'hoi-nghi-mau/bien-ban.docx');
    expect(inputs).toContain('templates/bien-ban.docx');
    expect(inputs).not.toContain('(vankien)/templates/bien-ban.docx');
    expect(inputs).toContain('(vankien)/templates/ban-tin.hbs');
    expect(inputs).toContain('(vankien)/templates/giao-uoc.docx');
  });
});
