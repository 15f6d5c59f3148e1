// `vankien build`: every conference without errors gets its documents; whole, reproducible, incremental files.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { usesShippedTemplates } from '../src/workspace/workspace.js';
import { main } from '../src/cli/main.js';
import { EXAMPLES, REPO } from './support/fixtures.js';

async function run(argv: string[], cwd: string) {
  let stdout = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stdout += s) },
    cwd: () => cwd,
    env: {},
  });
  return { code, stdout };
}

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-build-'));
  cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
  return dir;
}

/** The README's complete example (every field a document needs) as a project on disk. */
function readmeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-readme-'));
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  for (const b of readme.matchAll(/<!-- example: (\S+) -->\n```yaml\n([\s\S]*?)```/g)) {
    const file = join(dir, b[1] ?? '');
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, b[2] ?? '');
  }
  return dir;
}

/** Documents written (the build's own state folder left out). */
const listing = (dir: string): string[] =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => !f.startsWith('.vankien'))
    .sort();

const BULLETIN = ['ban-tin.docx', 'ban-tin.html', 'ban-tin.pdf', 'ban-tin.txt'];
const docsOf = (id: string, docs: string[]) => [id, ...[...BULLETIN, ...docs].sort().map((f) => `${id}/${f}`)];

describe('vankien build', () => {
  it('writes every document, the index page and the manifest; a draft pledge gets no print bundle', async () => {
    const dir = project();
    const r = await run(['build', '--jobs', '1'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Hội nghị tạo mới\s+4/);
    expect(r.stdout).toMatch(/Văn bản đã ghi\s+26/);
    // Every sample lacks something: each says how many items, the draft pledge why it has no bundle.
    expect(r.stdout).toContain('✓ long-an-tong-ket-2023: 6 văn bản (bản nháp: còn thiếu 6 mục)');
    expect(r.stdout).toContain(
      'chưa tạo cum-3-tong-ket-2023/giao-uoc-ban-in.pdf (bản in để ký) vì văn bản còn thiếu: mục đích, yêu cầu (pledge.goals); các nhóm nội dung (pledge.groups);',
    );
    expect(listing(join(dir, 'out'))).toEqual(
      [
        ...docsOf('cum-1-giao-ban-6-thang-2024', ['bien-ban.docx', 'bien-ban.pdf']),
        ...docsOf('cum-1-so-ket-6-thang-2024', ['bien-ban.docx', 'bien-ban.pdf']),
        ...docsOf('cum-3-tong-ket-2023', ['bien-ban.docx', 'bien-ban.pdf', 'giao-uoc.docx', 'giao-uoc.pdf']),
        'index.html',
        ...docsOf('long-an-tong-ket-2023', ['bien-ban.docx', 'bien-ban.pdf']),
        'manifest.json',
      ].sort(),
    );
    const pdf = readFileSync(join(dir, 'out', 'cum-3-tong-ket-2023', 'giao-uoc.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).not.toMatch(/CreationDate|ModDate/);
    const index = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    const errors: string[] = [];
    parse(index, { onParseError: (e) => errors.push(e.code) });
    expect(errors).toEqual([]);
    expect(index).toContain('href="cum-3-tong-ket-2023/giao-uoc.pdf"');
    expect(index).toContain('Bản nháp (còn thiếu');
    const manifest = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')) as {
      outputs: Array<{ path: string; size: number; sha256: string; inputs: Array<{ path: string }> }>;
    };
    expect(manifest.outputs).toHaveLength(26);
    const entry = manifest.outputs.find((o) => o.path === 'long-an-tong-ket-2023/bien-ban.pdf');
    expect(entry?.size).toBe(readFileSync(join(dir, 'out', 'long-an-tong-ket-2023', 'bien-ban.pdf')).length);
    expect(entry?.inputs.map((i) => i.path)).toEqual(
      expect.arrayContaining(['data/conferences/long-an-tong-ket-2023.yaml', 'data/units/mien-nam.yaml']),
    );
  });

  it('rebuilds nothing when nothing changed, and only what a change touches', async () => {
    const dir = project();
    await run(['build', '--jobs', '1'], dir);
    const again = await run(['build'], dir);
    expect(again.stdout).toContain('Không có gì thay đổi: 4 hội nghị');
    const file = join(dir, 'data', 'conferences', 'long-an-tong-ket-2023.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Hội nghị tổng kết', 'title: Hội nghị tổng kết  '));
    const one = await run(['build', '--format', 'json'], dir);
    expect(JSON.parse(one.stdout).conferences).toEqual({ built: 1, skipped: 3, failed: 0 });
    const forced = await run(['build', '--force', '--format', 'json', '--jobs', '1'], dir);
    const summary = JSON.parse(forced.stdout) as {
      conferences: unknown;
      rebuilt: number;
      drafts: Array<{ id: string; missing: string[]; withheld: Array<{ path: string }> }>;
    };
    expect(summary.conferences).toEqual({ built: 4, skipped: 0, failed: 0 });
    expect(summary.rebuilt).toBe(4);
    const longAn = summary.drafts.find((d) => d.id === 'long-an-tong-ket-2023');
    expect(longAn?.missing).toContain('số biên bản (documents.minutes.number)');
    expect(summary.drafts.find((d) => d.id === 'cum-3-tong-ket-2023')?.withheld.map((w) => w.path)).toEqual([
      'cum-3-tong-ket-2023/giao-uoc-ban-in.pdf',
    ]);
    const text = await run(['build', '--force', '--jobs', '1'], dir);
    expect(text.stdout).toMatch(/Hội nghị tạo lại\s+4/);
    expect(text.stdout).not.toMatch(/Hội nghị tạo mới\s+[1-9]/);
  });

  it('rebuilds byte-identical files; a complete pledge gets its print bundle, with no draft note', async () => {
    const dir = readmeProject();
    const r = await run(['build', '--jobs', '1'], dir);
    expect(r.stdout).toMatch(/✓ cum-vi-du-tong-ket-2024: \d+ văn bản\n/);
    const files = ['giao-uoc.docx', 'giao-uoc.pdf', 'bien-ban.pdf', 'giao-uoc-ban-in.pdf', 'ban-tin.pdf', 'ban-tin.html'].map((f) =>
      join(dir, 'out', 'cum-vi-du-tong-ket-2024', f),
    );
    const first = files.map((f) => readFileSync(f));
    await run(['build', '--force', '--jobs', '1'], dir);
    files.forEach((f, i) => expect(readFileSync(f).equals(first[i] ?? Buffer.alloc(0)), f).toBe(true));
  });

  it('skips a conference with errors, builds the others, and exits 1', async () => {
    const dir = project();
    const file = join(dir, 'data', 'conferences', 'long-an-tong-ket-2023.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('host: btctu-long-an', 'host: btctu-long-ann'));
    const r = await run(['build', '--jobs', '1'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('VK301');
    expect(r.stdout).toMatch(/Hội nghị có lỗi\s+1/);
    expect(existsSync(join(dir, 'out', 'long-an-tong-ket-2023'))).toBe(false);
    expect(existsSync(join(dir, 'out', 'cum-3-tong-ket-2023', 'bien-ban.docx'))).toBe(true);
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toContain('Có lỗi, chưa tạo');
    expect(listing(join(dir, 'out')).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('builds only the named conference into the folder given by --out', async () => {
    const dir = project();
    const r = await run(['build', 'data/conferences/long-an-tong-ket-2023.yaml', '--out', 'ban-in'], dir);
    expect(r.code).toBe(0);
    expect(listing(join(dir, 'ban-in'))).toEqual(
      [...docsOf('long-an-tong-ket-2023', ['bien-ban.docx', 'bien-ban.pdf']), 'index.html', 'manifest.json'].sort(),
    );
  });

  it('writes no PDF with --pdf-engine none, and refuses bad options', async () => {
    const dir = project();
    expect((await run(['build', 'data/conferences/long-an-tong-ket-2023.yaml', '--pdf-engine', 'none'], dir)).code).toBe(0);
    expect(listing(join(dir, 'out')).filter((f) => f.startsWith('long-an'))).toEqual([
      'long-an-tong-ket-2023',
      ...['ban-tin.docx', 'ban-tin.html', 'ban-tin.txt', 'bien-ban.docx'].map((f) => `long-an-tong-ket-2023/${f}`),
    ]);
    expect((await run(['build', '--pdf-engine', 'word'], dir)).code).toBe(2);
    expect((await run(['build', '--jobs', '0'], dir)).code).toBe(2);
  });

  it('refuses to run while another build holds the folder', async () => {
    const dir = project();
    mkdirSync(join(dir, 'out', '.vankien'), { recursive: true });
    // The test runner's parent process is alive: its pid stands for another build.
    writeFileSync(join(dir, 'out', '.vankien', 'lock'), String(process.ppid));
    const r = await run(['build'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`Một lần tạo văn bản khác đang chạy trên thư mục này (tiến trình ${process.ppid})`);
    writeFileSync(join(dir, 'out', '.vankien', 'lock'), '999999999');
    expect((await run(['build', '--quiet', '--jobs', '1'], dir)).code).toBe(0);
  });
});

describe('npm run build', () => {
  it('builds the sample project in examples/ with the command of its script', async () => {
    const script =
      (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build ?? '';
    const args = script.split('bin/vankien.js ')[1]?.split(' ') ?? [];
    expect(args).toEqual(['build', '--project', 'examples', '--out', 'out']);
    // The same command from the repository's folder, writing to a temporary folder instead of out/.
    const out = mkdtempSync(join(tmpdir(), 'vankien-samples-'));
    const r = await run([...args.slice(0, -1), out, '--jobs', '1', '--pdf-engine', 'none'], REPO);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Hội nghị tạo mới\s+4/);
    expect(
      readdirSync(out)
        .filter((f) => !f.includes('.'))
        .sort(),
    ).toEqual(['cum-1-giao-ban-6-thang-2024', 'cum-1-so-ket-6-thang-2024', 'cum-3-tong-ket-2023', 'long-an-tong-ket-2023']);
    expect(existsSync(join(out, 'long-an-tong-ket-2023', 'bien-ban.docx'))).toBe(true);
  });
});

describe('vankien check lints the templates', () => {
  it('lets a build skip the lint only when every template is the one shipped (its tests lint those)', () => {
    const dir = project();
    expect(usesShippedTemplates(dir)).toBe(true);
    mkdirSync(join(dir, 'templates', 'ban-tin', 'partials'), { recursive: true });
    expect(usesShippedTemplates(dir)).toBe(false);
    expect(usesShippedTemplates(REPO)).toBe(false);
    expect(usesShippedTemplates(EXAMPLES)).toBe(false);
  });

  it('reports a project template that uses an unknown tag, with the closest name', async () => {
    const dir = project();
    cpSync(join(REPO, 'templates'), join(dir, 'templates'), { recursive: true });
    const zip = new PizZip(readFileSync(join(dir, 'templates', 'giao-uoc.docx')));
    zip.file('word/document.xml', (zip.file('word/document.xml')?.asText() ?? '').replace('{pledge.period}', '{pledge.peryod}'));
    writeFileSync(join(dir, 'templates', 'giao-uoc.docx'), zip.generate({ type: 'uint8array' }));
    const r = await run(['check'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('templates/giao-uoc.docx:1:1: lỗi VK603: Mẫu templates/giao-uoc.docx dùng thẻ {pledge.peryod}');
    expect(r.stdout).toContain('Có phải ý bạn là "pledge.period"?');
    const build = await run(['build'], dir);
    expect(build.code).toBe(1);
    expect(existsSync(join(dir, 'out', 'index.html'))).toBe(false);
  });

  it('reports a project bulletin template with an unknown name in a build (the workers load it without linting)', async () => {
    const dir = project();
    cpSync(join(REPO, 'templates'), join(dir, 'templates'), { recursive: true });
    const hbs = join(dir, 'templates', 'ban-tin.hbs');
    writeFileSync(hbs, readFileSync(hbs, 'utf8').replace('<title>{{news.headline}}</title>', '<title>{{news.headlien}}</title>'));
    const build = await run(['build', '--jobs', '1'], dir);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain(
      'templates/ban-tin.hbs:6:10: lỗi VK605: Mẫu tin bài templates/ban-tin.hbs: dùng tên {{news.headlien}} mà dữ liệu hội nghị không có.',
    );
    expect(existsSync(join(dir, 'out', 'index.html'))).toBe(false);
  });
});
