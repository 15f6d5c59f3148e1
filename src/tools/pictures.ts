// npm run pictures: PNG pictures for the README, made from our own PDFs of the README's complete example
// (a final minutes page, the pledge's signature grid, the first copy of the print bundle), into docs/.
// Needs pdftoppm and pdftotext (poppler-utils). 100 dpi in grey keeps each picture small.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOCS = join(REPO, 'docs');
const DPI = '100';
const MAX_BYTES = 200 * 1024;

for (const cmd of ['pdftoppm', 'pdftotext']) {
  try {
    execFileSync('which', [cmd], { stdio: 'pipe' });
  } catch {
    console.error(`Thiếu lệnh "${cmd}": cài bằng "apt-get install poppler-utils".`);
    process.exit(2);
  }
}

/** The README's example files ("<!-- example: path -->" before a yaml block) as a project folder. */
function readmeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-pictures-'));
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  for (const m of readme.matchAll(/<!-- example: (\S+) -->\n```yaml\n([\s\S]*?)```/g)) {
    const file = join(dir, m[1] ?? '');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, m[2] ?? '');
  }
  return dir;
}

/** The first page of `pdf` whose text holds `phrase`. */
function pageWith(pdf: string, phrase: string): number {
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
  const i = pages.findIndex((p) => p.includes(phrase));
  if (i < 0) throw new Error(`${pdf}: không trang nào có "${phrase}"`);
  return i + 1;
}

function picture(pdf: string, page: number, name: string) {
  const target = join(DOCS, name);
  execFileSync('pdftoppm', [
    '-png',
    '-gray',
    '-r',
    DPI,
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    target.replace(/\.png$/, ''),
  ]);
  const size = statSync(target).size;
  if (size > MAX_BYTES) throw new Error(`${name}: ${size} byte, quá ${MAX_BYTES}`);
  console.log(`docs/${name}  (${pdf.split('/').slice(-2).join('/')}, trang ${page}, ${Math.round(size / 1024)} KB)`);
}

const project = readmeProject();
execFileSync(process.execPath, [join(REPO, 'bin', 'vankien.js'), 'build', '--jobs', '1', '--quiet', '--project', project, '--out', 'out'], {
  cwd: project,
  stdio: 'inherit',
});
const out = join(project, 'out', 'cum-vi-du-tong-ket-2024');
mkdirSync(DOCS, { recursive: true });
picture(join(out, 'bien-ban.pdf'), 1, 'bien-ban-trang-1.png');
picture(join(out, 'giao-uoc.pdf'), pageWith(join(out, 'giao-uoc.pdf'), 'ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC'), 'giao-uoc-o-ky.png');
picture(join(out, 'giao-uoc-ban-in.pdf'), 1, 'giao-uoc-ban-in-ban-so-1.png');
