// A build users can trust (issue 18): never stale (the program and every input a check reads are in the
// keys), one bad conference fails alone, nothing outside out/ is touched.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32 } from 'node:zlib';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { identityOf, STAMP, writeStamp } from '../../src/orchestration/identity.js';
import { processStart } from '../../src/orchestration/lock.js';
import { main } from '../../src/cli/main.js';
import { EXAMPLES, FIXTURES, REPO } from '../support/fixtures.js';
import { SIGNED, signedProject } from '../support/signed.js';

const runInProcess = run;

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

describe('the program is part of every cache key', () => {
  it('identityOf changes with any byte of the code, and only with the code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-identity-'));
    mkdirSync(join(dir, 'build'), { recursive: true });
    mkdirSync(join(dir, 'view'), { recursive: true });
    writeFileSync(join(dir, 'build', 'deps.js'), 'export const a = 1;\n');
    writeFileSync(join(dir, 'view', 'model.js'), 'export const b = 2;\n');
    const first = identityOf(join(dir, 'build', 'deps.js'));
    writeFileSync(join(dir, 'view', 'notes.txt'), 'not code');
    expect(identityOf(join(dir, 'build', 'deps.js'))).toBe(first);
    appendFileSync(join(dir, 'view', 'model.js'), ' ');
    expect(identityOf(join(dir, 'build', 'deps.js'))).not.toBe(first);
  });

  it('the identity of a bundle comes from the stamp while its files keep their sizes and times, and is hashed again otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-stamp-'));
    writeFileSync(join(dir, 'main.cjs'), 'module.exports = 1;\n');
    writeFileSync(join(dir, 'worker.cjs'), 'module.exports = 2;\n');
    const hashed = identityOf(join(dir, 'main.cjs'));
    writeStamp(join(dir, 'main.cjs'));
    const stamp = JSON.parse(readFileSync(join(dir, STAMP), 'utf8'));
    expect(stamp.identity).toBe(hashed);
    expect(stamp.files.map((f: unknown[]) => f[0])).toEqual(['main.cjs', 'worker.cjs']);
    // A stamp naming another identity is believed while nothing changed: proof that it is read.
    writeFileSync(join(dir, STAMP), JSON.stringify({ ...stamp, identity: 'bundle:stamped' }));
    expect(identityOf(join(dir, 'main.cjs'))).toBe('bundle:stamped');
    appendFileSync(join(dir, 'worker.cjs'), ' ');
    const after = identityOf(join(dir, 'main.cjs'));
    expect(after).not.toBe('bundle:stamped');
    expect(after).not.toBe(hashed);
    expect(after.startsWith('vankien-stamp-')).toBe(true);
  });

  it('a changed program rebuilds everything; the same program rebuilds nothing (a copy of the bundled install)', () => {
    const bundle = join(REPO, 'dist', 'bundle');
    expect(existsSync(join(bundle, 'main.cjs'))).toBe(true); // npm test compiles first
    const t = mkdtempSync(join(tmpdir(), 'vankien-install-'));
    const pkg = join(t, 'pkg');
    mkdirSync(join(pkg, 'dist', 'cli'), { recursive: true });
    cpSync(bundle, join(pkg, 'dist', 'bundle'), { recursive: true, filter: (f) => !f.endsWith('.v8cache') });
    cpSync(join(REPO, 'dist', 'cli', 'code-cache.js'), join(pkg, 'dist', 'cli', 'code-cache.js'));
    for (const f of ['bin', 'templates', 'profiles', 'reference', 'package.json']) cpSync(join(REPO, f), join(pkg, f), { recursive: true });
    symlinkSync(join(REPO, 'node_modules'), join(pkg, 'node_modules'));
    const project = join(t, 'project');
    cpSync(join(EXAMPLES, 'data'), join(project, 'data'), { recursive: true });
    const build = () =>
      JSON.parse(
        execFileSync(process.execPath, [join(pkg, 'bin', 'vankien.js'), 'build', '--jobs', '1', '--format', 'json'], {
          cwd: project,
          encoding: 'utf8',
        }),
      ).conferences;
    expect(build()).toEqual({ built: 4, skipped: 0, failed: 0 });
    expect(build()).toEqual({ built: 0, skipped: 4, failed: 0 });
    // One byte more in the worker's code (where documents are rendered): every conference is rebuilt.
    appendFileSync(join(pkg, 'dist', 'bundle', 'worker.cjs'), '\n');
    expect(build()).toEqual({ built: 4, skipped: 0, failed: 0 });
    expect(build()).toEqual({ built: 0, skipped: 4, failed: 0 });
  }, 60_000);
});

describe('the check and the build read one list of inputs', () => {
  it('a signature image deleted after a build fails its conference with VK315 and exit 1', async () => {
    const dir = signedProject();
    const first = await run(['build', '--jobs', '1'], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('✓ ky-thu');
    rmSync(join(dir, 'images', 'chu-ky.png'));
    const again = await run(['build', '--jobs', '1'], dir);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('VK315');
    expect(again.stdout).toContain('images/chu-ky.png');
    expect(again.stdout).toMatch(/Hội nghị có lỗi\s+1/);
    expect(again.stdout).toMatch(/Hội nghị không đổi\s+4/);
  });

  it('a signature image replaced by a corrupt file is found again, not taken from the cached check', async () => {
    const dir = signedProject();
    expect((await run(['build', '--jobs', '1'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'images', 'chu-ky.png'), 'không phải ảnh');
    const again = await run(['build', '--jobs', '1'], dir);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('VK315');
    expect(readFileSync(join(dir, 'out', '.vankien', 'cache.json'), 'utf8')).toContain('VK315');
  });
});

describe("a failed conference's earlier documents do not look current", () => {
  it('moves them into out/<id>/ban-cu/, says so in the summary, the index and the JSON, and brings them back when fixed', async () => {
    const dir = signedProject();
    expect((await run(['build', '--jobs', '1'], dir)).code).toBe(0);
    const out = join(dir, 'out');
    expect(existsSync(join(out, 'ky-thu', 'giao-uoc.pdf'))).toBe(true);
    const file = join(dir, 'data', 'conferences', 'ky-thu.yaml');
    writeFileSync(file, SIGNED.replace('unit: btctu-da-nang', 'unit: btctu-khong-co'));
    const failed = await run(['build', '--jobs', '1'], dir);
    expect(failed.stdout).toContain('VK301');
    expect(failed.code).toBe(1);
    // Nothing stands where a current document would; the old copies are in ban-cu/.
    expect(readdirSync(join(out, 'ky-thu')).sort()).toEqual(['ban-cu']);
    expect(readdirSync(join(out, 'ky-thu', 'ban-cu'))).toContain('giao-uoc.pdf');
    expect(failed.stdout).toContain('Văn bản cũ, chưa cập nhật (hội nghị có lỗi): out/ky-thu/ban-cu/');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('Có lỗi, chưa cập nhật: văn bản là bản cũ');
    expect(index).toContain('href="ky-thu/ban-cu/giao-uoc.pdf"');
    expect(index).toContain('Giao ước (.pdf), bản cũ');
    const manifest = readFileSync(join(out, 'manifest.json'), 'utf8');
    expect(manifest).not.toContain('ky-thu/');
    const json = JSON.parse((await run(['build', '--jobs', '1', '--format', 'json'], dir)).stdout);
    expect(json.stale).toEqual(['out/ky-thu/ban-cu/']);
    // Fixed: built again, the old copies are gone.
    writeFileSync(file, SIGNED);
    const fixed = await run(['build', '--jobs', '1'], dir);
    expect(fixed.code).toBe(0);
    expect(readdirSync(join(out, 'ky-thu'))).not.toContain('ban-cu');
    expect(existsSync(join(out, 'ky-thu', 'giao-uoc.pdf'))).toBe(true);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('bản cũ');
  });
});

/** The sample project with each conference twice (8 in all: enough for two worker threads). */
function doubledProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
  cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
  for (const name of readdirSync(join(dir, 'data', 'conferences'))) {
    const text = readFileSync(join(dir, 'data', 'conferences', name), 'utf8');
    writeFileSync(join(dir, 'data', 'conferences', `ban-sao-${name}`), text.replace(/^id: (.*)$/m, 'id: ban-sao-$1'));
  }
  return dir;
}

/** The command as installed (bin/vankien.js, the bundles): worker threads need the compiled code. */
function runBin(argv: string[], cwd: string) {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'vankien.js'), ...argv], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout + r.stderr };
}

describe('one fault fails one conference', () => {
  for (const jobs of ['1', '2']) {
    const run = (argv: string[], cwd: string) => (jobs === '1' ? runInProcess(argv, cwd) : Promise.resolve(runBin(argv, cwd)));
    it(`a conference whose output folder cannot be written fails with VK705; the others build, index, manifest and cache are written (--jobs ${jobs})`, async () => {
      const dir = doubledProject();
      const out = join(dir, 'out');
      mkdirSync(join(out, '.vankien'), { recursive: true });
      // A file where the conference's folder should be (in an output folder of an earlier build).
      writeFileSync(join(out, 'long-an-tong-ket-2023'), 'không phải thư mục');
      const r = await run(['build', '--jobs', jobs], dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        'data/conferences/long-an-tong-ket-2023.yaml:1:1: lỗi VK705: Không ghi được văn bản của hội nghị "long-an-tong-ket-2023"',
      );
      expect(r.stdout).toContain('trên đường dẫn có một tệp ở chỗ cần là thư mục');
      expect(r.stdout).toContain('Gợi ý: Xóa hoặc đổi tên tệp đó rồi chạy lại. Các hội nghị khác vẫn được tạo.');
      expect(r.stdout).not.toContain('Lỗi nội bộ');
      expect(r.stdout).toMatch(/Hội nghị tạo mới\s+7/);
      expect(r.stdout).toMatch(/Hội nghị có lỗi\s+1/);
      expect(existsSync(join(out, 'ban-sao-long-an-tong-ket-2023', 'bien-ban.pdf'))).toBe(true);
      expect(readFileSync(join(out, 'long-an-tong-ket-2023'), 'utf8')).toBe('không phải thư mục');
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Có lỗi, chưa tạo');
      expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).outputs.length).toBeGreaterThan(40);
      const cache = JSON.parse(readFileSync(join(out, '.vankien', 'cache.json'), 'utf8'));
      expect(Object.keys(cache.conferences)).toHaveLength(7);
      // In English too.
      const en = await run(['build', '--jobs', jobs, '--lang', 'en'], dir);
      expect(en.stdout).toContain('Cannot write the documents of conference "long-an-tong-ket-2023"');
    }, 60_000);
  }
});

describe('characters a Word file cannot hold', () => {
  it('are refused with their place (VK406): check says where, build fails that conference only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
    cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
    const file = join(dir, 'data', 'conferences', 'long-an-tong-ket-2023.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace(/^title: (.*)$/m, (_, t: string) => `title: "${t}\\uFFFF"`),
    );
    const line = text.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
    const check = await run(['check'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(
      new RegExp(
        `data/conferences/long-an-tong-ket-2023\\.yaml:${line}:\\d+: lỗi VK406: Văn bản có ký tự U\\+FFFF \\(mã Unicode dành riêng, không phải ký tự\\)`,
      ),
    );
    const build = await run(['build', '--jobs', '1'], dir);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain('VK406');
    expect(build.stdout).toMatch(/Hội nghị tạo mới\s+3/);
    expect(existsSync(join(dir, 'out', 'long-an-tong-ket-2023'))).toBe(false);
  });
});

/** `png` with its pixel data cut in half: the header (and its checksum) still reads as sound. */
function halfData(png: Buffer): Buffer {
  const chunks: Buffer[] = [png.subarray(0, 8)];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') {
      const data = png.subarray(at + 8, at + 8 + Math.floor(length / 2));
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      chunks.push(len, Buffer.from('IDAT'), data, Buffer.alloc(4));
    } else chunks.push(png.subarray(at, at + 12 + length));
    at += 12 + length;
  }
  return Buffer.concat(chunks);
}

/** `png` claiming another size in its header (checksum made right): its data stays small. */
function resized(png: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(png);
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29);
  return out;
}

describe('an image whose header is sound but whose data is damaged', () => {
  it('a small PNG that claims 9000 × 9000 pixels is refused in check, without unpacking it', async () => {
    const dir = signedProject();
    writeFileSync(join(dir, 'images', 'chu-ky.png'), resized(readFileSync(join(FIXTURES, 'images', 'chu-ky.png')), 9000, 9000));
    const t = performance.now();
    const check = await run(['check'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('ảnh PNG quá lớn để đưa vào văn bản');
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it('is found by check and build (VK315), not while painting; the other conferences build', async () => {
    const dir = signedProject();
    writeFileSync(join(dir, 'images', 'chu-ky.png'), halfData(readFileSync(join(FIXTURES, 'images', 'chu-ky.png'))));
    const check = await run(['check'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('VK315');
    expect(check.stdout).toContain('tệp ảnh bị hỏng');
    const build = await run(['build', '--jobs', '1'], dir);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain('VK315');
    expect(build.stdout).not.toContain('VK704');
    expect(build.stdout).toMatch(/Hội nghị tạo mới\s+4/);
    expect(build.stdout).toMatch(/Hội nghị có lỗi\s+1/);
  });
});

describe('nothing outside its folders', () => {
  it('a crafted cache cannot make a build delete or move a file outside out/, nor through a link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
    cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
    const outside = mkdtempSync(join(tmpdir(), 'vankien-victim-'));
    writeFileSync(join(outside, 'bien-ban.docx'), 'giữ nguyên');
    writeFileSync(join(dir, 'victim.txt'), 'giữ nguyên');
    expect((await run(['build', '--jobs', '1'], dir)).code).toBe(0);
    const out = join(dir, 'out');
    // A link in out/ to a folder elsewhere, and a cache that lists files outside out/ and through the link.
    symlinkSync(outside, join(out, 'lien-ket'));
    const cacheFile = join(out, '.vankien', 'cache.json');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const entry = cache.conferences['long-an-tong-ket-2023'];
    entry.outputs.push(
      { path: '../victim.txt', size: 1, sha256: 'a'.repeat(64) },
      { path: `${dir}/victim.txt`, size: 1, sha256: 'a'.repeat(64) },
      { path: 'lien-ket/bien-ban.docx', size: 1, sha256: 'a'.repeat(64) },
    );
    cache.conferences['cum-1-so-ket-6-thang-2024'].outputs.push({ path: 'lien-ket/bien-ban.docx', size: 1, sha256: 'a'.repeat(64) });
    writeFileSync(cacheFile, JSON.stringify(cache));
    // One conference changes (its old outputs are cleaned up), another fails (its old outputs are moved aside).
    const longAn = join(dir, 'data', 'conferences', 'long-an-tong-ket-2023.yaml');
    writeFileSync(longAn, readFileSync(longAn, 'utf8').replace('title: Hội nghị tổng kết', 'title: Hội nghị tổng kết  '));
    const soKet = join(dir, 'data', 'conferences', 'cum-1-so-ket-6-thang-2024.yaml');
    writeFileSync(soKet, readFileSync(soKet, 'utf8').replace(/^kinds: .*$/m, 'kinds: [khong-co]'));
    const r = await run(['build', '--jobs', '1'], dir);
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('giữ nguyên');
    expect(readFileSync(join(outside, 'bien-ban.docx'), 'utf8')).toBe('giữ nguyên');
    expect(readdirSync(outside)).toEqual(['bien-ban.docx']);
    expect(existsSync(join(out, 'cum-1-so-ket-6-thang-2024', 'ban-cu', 'bien-ban.pdf'))).toBe(true);
  });

  it('nothing is written through a link inside out/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
    cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
    const outside = mkdtempSync(join(tmpdir(), 'vankien-victim-'));
    mkdirSync(join(dir, 'out', '.vankien'), { recursive: true });
    symlinkSync(outside, join(dir, 'out', 'long-an-tong-ket-2023'));
    const r = await run(['build', '--jobs', '1'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('VK705');
    expect(r.stdout).toContain('liên kết tượng trưng');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('--out refuses the project folder, its data and templates, and a folder that is not a vankien output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
    cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
    mkdirSync(join(dir, 'tai-lieu'));
    writeFileSync(join(dir, 'tai-lieu', 'ghi-chu.txt'), 'của người dùng');
    const cases: Array<[string, string]> = [
      ['.', 'đó là thư mục dự án'],
      ['..', 'nó chứa thư mục dự án'],
      ['data', 'nó là hoặc nằm trong thư mục data/ của dự án'],
      ['data/conferences', 'nó là hoặc nằm trong thư mục data/ của dự án'],
      ['tai-lieu', 'thư mục không trống và không phải kết quả của một lần build trước'],
    ];
    for (const [out, why] of cases) {
      const r = await run(['build', '--out', out], dir);
      expect(r.code, out).toBe(2);
      expect(r.stdout, out).toContain(`làm thư mục kết quả: ${why}`);
    }
    expect(readdirSync(join(dir, 'tai-lieu'))).toEqual(['ghi-chu.txt']);
    expect((await run(['build', '--out', 'tai-lieu', '--lang', 'en'], dir)).stdout).toContain(
      'Cannot use "tai-lieu" as the output folder: it is not empty',
    );
    // An empty folder, and then the same folder again (a vankien output now), are taken.
    mkdirSync(join(dir, 'ket-qua'));
    expect((await run(['build', '--jobs', '1', '--out', 'ket-qua'], dir)).code).toBe(0);
    expect((await run(['build', '--jobs', '1', '--out', 'ket-qua'], dir)).code).toBe(0);
  });

  it('a conference id that is a reserved name is refused (VK325), the others build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
    cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
    const file = join(dir, 'data', 'conferences', 'long-an-tong-ket-2023.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('id: long-an-tong-ket-2023', 'id: templates'));
    const r = await run(['build', '--jobs', '1'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('lỗi VK325: Mã hội nghị "templates" trùng một tên dành riêng');
    expect(existsSync(join(dir, 'out', 'templates'))).toBe(false);
    expect(r.stdout).toMatch(/Hội nghị tạo mới\s+3/);
  });
});

describe('smaller things a user meets', () => {
  it('a lock whose process id now belongs to another process is taken over; a live one says how to clear it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
    cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
    const lock = join(dir, 'out', '.vankien', 'lock');
    mkdirSync(join(dir, 'out', '.vankien'), { recursive: true });
    // The test runner's parent is alive, but it did not start at the time this lock records.
    writeFileSync(lock, `${process.ppid} 1`);
    expect((await run(['build', '--quiet', '--jobs', '1'], dir)).code).toBe(0);
    expect(existsSync(lock)).toBe(false);
    writeFileSync(lock, `${process.ppid} ${processStart(process.ppid)}`);
    const held = await run(['build'], dir);
    expect(held.code).toBe(2);
    expect(held.stdout).toContain(`(tiến trình ${process.ppid})`);
    expect(held.stdout).toContain('xóa tệp khóa out/.vankien/lock rồi chạy lại');
  });

  it('build --format json carries the diagnostics; index.html names the kinds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
    cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
    const file = join(dir, 'data', 'conferences', 'long-an-tong-ket-2023.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^kinds: .*$/m, 'kinds: [tong-ket, khong-co]'));
    const r = await run(['build', '--jobs', '1', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.conferences).toEqual({ built: 3, skipped: 0, failed: 1 });
    const d = json.diagnostics.find((x: { file: string }) => x.file === 'data/conferences/long-an-tong-ket-2023.yaml');
    expect(d).toMatchObject({
      severity: 'error',
      line: expect.any(Number),
      column: expect.any(Number),
      message: expect.stringContaining('khong-co'),
    });
    const index = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    expect(index).toContain('<td>Tổng kết, ký giao ước thi đua</td>');
    expect(index).not.toContain('<td>tong-ket');
  });
});

describe('files in data/ that are not plain data files', () => {
  it('a FIFO, a dangling link, a link loop, a folder loop, a huge file and a name that is not UTF-8: each a message, no hang', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
    cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
    const conf = join(dir, 'data', 'conferences');
    execFileSync('mkfifo', [join(conf, 'ong.yaml')]);
    symlinkSync(join(dir, 'khong-co.yaml'), join(conf, 'treo.yaml'));
    symlinkSync(join(conf, 'vong-b.yaml'), join(conf, 'vong-a.yaml'));
    symlinkSync(join(conf, 'vong-a.yaml'), join(conf, 'vong-b.yaml'));
    symlinkSync(conf, join(conf, 'quay-lai'));
    writeFileSync(join(conf, 'lon.yaml'), Buffer.alloc(3 * 1024 * 1024, 0x61));
    writeFileSync(Buffer.concat([Buffer.from(`${conf}/ten-`), Buffer.from([0xff, 0xfe]), Buffer.from('.yaml')]), 'kind: conference\n');
    const check = await run(['check'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      'data/conferences/ong.yaml:1:1: lỗi VK101: Không đọc được tệp: đây không phải tệp thường (ống FIFO, thiết bị, socket…).',
    );
    expect(check.stdout).toContain(
      'data/conferences/treo.yaml:1:1: lỗi VK101: Không đọc được tệp: liên kết tượng trưng trỏ tới tệp không có.',
    );
    expect(check.stdout).toContain('data/conferences/vong-a.yaml:1:1: lỗi VK101: Không đọc được tệp: liên kết tượng trưng vòng lặp.');
    expect(check.stdout).toContain('data/conferences/lon.yaml:1:1: lỗi VK106: Tệp nặng 3145728 byte');
    expect(check.stdout).toContain('tên tệp không phải chữ UTF-8');
    const build = await run(['build', '--jobs', '1', '--lang', 'en'], dir);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain('Cannot read the file: this is not a regular file (a FIFO, device, socket…).');
    expect(build.stdout).toMatch(/Conferences built\s+4/);
  });
});

describe('escape sequences in data', () => {
  it('are never printed raw: check and build show them as visible characters, the caret still under them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
    cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
    const file = join(dir, 'data', 'conferences', 'long-an-tong-ket-2023.yaml');
    // ESC ] 0 ; … BEL retitles a terminal; ESC [ 2 J clears it. Written raw in a plain scalar and as an escape.
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: Hội nghị \u001b]0;bi-mat\u0007 \u001b[2J tổng kết'));
    for (const argv of [['check'], ['build', '--jobs', '1']]) {
      const r = await run(argv, dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('VK405');
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.stdout).toContain('title: Hội nghị ␛]0;bi-mat␇ ␛[2J tổng kết');
      const lines = r.stdout.split('\n');
      const frame = lines.findIndex((l) => l.includes('title: Hội nghị ␛'));
      expect(lines[frame + 1]?.indexOf('^')).toBe(lines[frame]?.indexOf('␛'));
    }
  });
});

describe('templates that point outside themselves', () => {
  const variants: Array<[string, (zip: PizZip) => void, string]> = [
    [
      'a linked image on a UNC path',
      (zip) => {
        const rels = zip.file('word/_rels/document.xml.rels')!.asText();
        zip.file(
          'word/_rels/document.xml.rels',
          rels.replace(
            '</Relationships>',
            '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="\\\\may-chu\\chia-se\\anh.png" TargetMode="External"/></Relationships>',
          ),
        );
      },
      'liên kết "image" trỏ ra ngoài tệp mẫu: "\\\\may-chu\\chia-se\\anh.png"',
    ],
    [
      'an attached template',
      (zip) => {
        zip.file(
          'word/_rels/settings.xml.rels',
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file:///C:/mau/Normal.dotm" TargetMode="External"/></Relationships>',
        );
      },
      'liên kết "attachedTemplate" trỏ ra ngoài tệp mẫu: "file:///C:/mau/Normal.dotm"',
    ],
    ['an entry named with ".."', (zip) => void zip.file('../../ra-ngoai.txt', 'x'), 'có tệp con tên "../../ra-ngoai.txt" nằm ngoài gói'],
  ];
  for (const [what, change, detail] of variants) {
    it(`are refused by check and build (VK601): ${what}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
      cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
      mkdirSync(join(dir, 'templates'));
      const zip = new PizZip(readFileSync(join(REPO, 'templates', 'bien-ban.docx')));
      change(zip);
      writeFileSync(join(dir, 'templates', 'bien-ban.docx'), zip.generate({ type: 'nodebuffer' }));
      const check = await run(['check'], dir);
      expect(check.code).toBe(1);
      expect(check.stdout).toContain(`templates/bien-ban.docx:1:1: lỗi VK601: Không mở được mẫu templates/bien-ban.docx: ${detail}.`);
      const build = await run(['build', '--jobs', '1'], dir);
      expect(build.code).toBe(1);
      expect(build.stdout).toContain('VK601');
      expect(existsSync(join(dir, 'out', 'long-an-tong-ket-2023'))).toBe(false);
    });
  }
});

describe('bulletin partials', () => {
  it('a partial that is a link out of the project or a FIFO is refused (VK605), never read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
    cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
    cpSync(join(REPO, 'templates', 'ban-tin'), join(dir, 'templates', 'ban-tin'), { recursive: true });
    const outside = mkdtempSync(join(tmpdir(), 'vankien-victim-'));
    writeFileSync(join(outside, 'bi-mat.hbs'), 'BÍ MẬT');
    const partials = join(dir, 'templates', 'ban-tin', 'partials');
    symlinkSync(join(outside, 'bi-mat.hbs'), join(partials, 'lien-ket.hbs'));
    execFileSync('mkfifo', [join(partials, 'ong.hbs')]);
    const check = await run(['check'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      'templates/ban-tin/partials/lien-ket.hbs:1:1: lỗi VK605: Mẫu tin bài templates/ban-tin/partials/lien-ket.hbs: mẫu con phải là tệp thường',
    );
    expect(check.stdout).toContain('templates/ban-tin/partials/ong.hbs:1:1: lỗi VK605');
    const build = await run(['build', '--jobs', '1'], dir);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain('VK605');
    expect(existsSync(join(dir, 'out', 'long-an-tong-ket-2023'))).toBe(false);
  });
});

describe('an output folder that cannot be written at all', () => {
  it('is a message naming it and how to fix it, not an internal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
    cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
    mkdirSync(join(dir, 'out'));
    // A file where the build's state folder should be.
    writeFileSync(join(dir, 'out', '.vankien'), 'x');
    const r = await run(['build', '--jobs', '1'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      'Không ghi được vào thư mục kết quả out: trên đường dẫn có một tệp ở chỗ cần là thư mục. Xóa hoặc đổi tên tệp đó rồi chạy lại.',
    );
    expect(r.stdout).not.toContain('Lỗi nội bộ');
  });
});
