// `vankien build`: every conference without errors gets its documents; files are whole and reproducible.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { REPO } from './support/fixtures.js';

async function run(argv: string[], cwd: string) {
  let stdout = '';
  const code = await main(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stdout += s) }, cwd: () => cwd, env: {} });
  return { code, stdout };
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-build-'));
  cpSync(join(REPO, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}

const listing = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).sort();

describe('vankien build', () => {
  it('writes the minutes of every conference and the pledge where one was signed', async () => {
    const dir = project();
    const r = await run(['build'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã tạo 26 văn bản cho 4 hội nghị');
    const bulletin = ['ban-tin.docx', 'ban-tin.html', 'ban-tin.pdf', 'ban-tin.txt'];
    const expected = (id: string, docs: string[]) => [id, ...[...bulletin, ...docs].sort().map((f) => `${id}/${f}`)];
    expect(listing(join(dir, 'out'))).toEqual([
      ...expected('cum-1-giao-ban-6-thang-2024', ['bien-ban.docx', 'bien-ban.pdf']),
      ...expected('cum-1-so-ket-6-thang-2024', ['bien-ban.docx', 'bien-ban.pdf']),
      ...expected('cum-3-tong-ket-2023', ['bien-ban.docx', 'bien-ban.pdf', 'giao-uoc.docx', 'giao-uoc.pdf']),
      ...expected('long-an-tong-ket-2023', ['bien-ban.docx', 'bien-ban.pdf']),
    ]);
    const pdf = readFileSync(join(dir, 'out', 'cum-3-tong-ket-2023', 'giao-uoc.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).not.toMatch(/CreationDate|ModDate/);
  });

  it('rebuilds byte-identical files', async () => {
    const dir = project();
    await run(['build'], dir);
    const files = ['giao-uoc.docx', 'giao-uoc.pdf', 'bien-ban.pdf'].map((f) => join(dir, 'out', 'cum-3-tong-ket-2023', f));
    const first = files.map((f) => readFileSync(f));
    await run(['build'], dir);
    files.forEach((f, i) => expect(readFileSync(f).equals(first[i] ?? Buffer.alloc(0)), f).toBe(true));
  });

  it('skips a conference with errors, builds the others, and exits 1', async () => {
    const dir = project();
    const file = join(dir, 'data', 'conferences', 'long-an-tong-ket-2023.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('host: btctu-long-an', 'host: btctu-long-ann'));
    const r = await run(['build'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('VK301');
    expect(r.stdout).toContain('1 hội nghị có lỗi, chưa tạo');
    expect(existsSync(join(dir, 'out', 'long-an-tong-ket-2023'))).toBe(false);
    expect(existsSync(join(dir, 'out', 'cum-3-tong-ket-2023', 'bien-ban.docx'))).toBe(true);
    expect(listing(join(dir, 'out')).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('builds only the named conference into the folder given by --out', async () => {
    const dir = project();
    const r = await run(['build', 'data/conferences/long-an-tong-ket-2023.yaml', '--out', 'ban-in'], dir);
    expect(r.code).toBe(0);
    expect(listing(join(dir, 'ban-in'))).toEqual(['long-an-tong-ket-2023', ...['ban-tin.docx', 'ban-tin.html', 'ban-tin.pdf', 'ban-tin.txt', 'bien-ban.docx', 'bien-ban.pdf'].map((f) => `long-an-tong-ket-2023/${f}`)]);
  });

  it('writes no PDF with --pdf-engine none, and refuses an unknown engine', async () => {
    const dir = project();
    expect((await run(['build', 'data/conferences/long-an-tong-ket-2023.yaml', '--pdf-engine', 'none'], dir)).code).toBe(0);
    expect(listing(join(dir, 'out'))).toEqual(['long-an-tong-ket-2023', ...['ban-tin.docx', 'ban-tin.html', 'ban-tin.txt', 'bien-ban.docx'].map((f) => `long-an-tong-ket-2023/${f}`)]);
    expect((await run(['build', '--pdf-engine', 'word'], dir)).code).toBe(2);
  });
});

describe('vankien check lints the templates', () => {
  it('reports a project template that uses an unknown tag, with the closest name', async () => {
    const dir = project();
    cpSync(join(REPO, 'templates'), join(dir, 'templates'), { recursive: true });
    const PizZip = (await import('pizzip')).default;
    const zip = new PizZip(readFileSync(join(dir, 'templates', 'giao-uoc.docx')));
    zip.file('word/document.xml', (zip.file('word/document.xml')?.asText() ?? '').replace('{pledge.year}', '{pledge.yeer}'));
    writeFileSync(join(dir, 'templates', 'giao-uoc.docx'), zip.generate({ type: 'uint8array' }));
    const r = await run(['check'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('templates/giao-uoc.docx:1:1: lỗi VK603: Mẫu templates/giao-uoc.docx dùng thẻ {pledge.yeer}');
    expect(r.stdout).toContain('Có phải ý bạn là "pledge.year"?');
    const build = await run(['build'], dir);
    expect(build.code).toBe(1);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
