// `vankien init <folder>`: a new project folder with an example conference, a README and a .gitignore.
import { copyFileSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EXIT, type Command } from '../../workspace/io.js';
import { PACKAGE_DIR } from '../../workspace/workspace.js';
import { bundledKinds, templateInputsOf } from '../../kinds/load.js';
import { KINDS_FILE } from '../../kinds/kinds.js';

/** Id of the example conference: also its output folder out/<id>/. */
export const EXAMPLE_ID = 'hoi-nghi-mau';

const TEXT = {
  vi: {
    usage: 'Cách dùng: vankien init <thư-mục> [--templates]',
    notEmpty: (d: string) =>
      `Thư mục ${d} đã có và không trống; vankien init không ghi vào đó để khỏi đè tệp nào. Chọn một thư mục mới (chưa có, hoặc trống).`,
    notFolder: (d: string) => `${d} là một tệp, không phải thư mục. Chọn tên khác cho dự án.`,
    done: (d: string, files: string[]) =>
      [
        `Đã tạo dự án trong ${d}:`,
        ...files.map((f) => `  ${f}`),
        '',
        'Tiếp theo:',
        `  cd ${d}`,
        '  vankien check',
        '  vankien build',
        '',
        'Xem README.md trong thư mục dự án.',
      ].join('\n'),
  },
  en: {
    usage: 'Usage: vankien init <folder> [--templates]',
    notEmpty: (d: string) =>
      `The folder ${d} exists and is not empty; vankien init does not write into it, so as to overwrite nothing. Choose a new (missing or empty) folder.`,
    notFolder: (d: string) => `${d} is a file, not a folder. Choose another name for the project.`,
    done: (d: string, files: string[]) =>
      [
        `Created a project in ${d}:`,
        ...files.map((f) => `  ${f}`),
        '',
        'Next:',
        `  cd ${d}`,
        '  vankien check',
        '  vankien build',
        '',
        'See README.md in the project folder.',
      ].join('\n'),
  },
};

/** The example conference: the `vankien new conference` template, introduced as the project's example. */
function exampleConference(): string {
  const template = readFileSync(join(PACKAGE_DIR, 'templates', 'new', 'conference.yaml'), 'utf8');
  return template
    .replace(/__ID__/g, EXAMPLE_ID)
    .replace(
      '— tệp do "vankien new conference" tạo ra.',
      '— hội nghị mẫu do "vankien init" tạo ra: sửa tệp này, hoặc xóa nó\n# rồi tạo hội nghị của mình bằng "vankien new conference <mã>".',
    );
}

/** Every file a shipped template consists of (folders expanded), relative to vankien's folder, sorted. */
function templateFiles(): string[] {
  const walk = (rel: string): string[] =>
    statSync(join(PACKAGE_DIR, rel)).isDirectory()
      ? readdirSync(join(PACKAGE_DIR, rel))
          .sort()
          .flatMap((n) => walk(`${rel}/${n}`))
      : [rel];
  // The declared kinds and the Word and news templates they use: the project then reads only its own copies.
  return [...new Set([KINDS_FILE, ...bundledKinds().flatMap(templateInputsOf)])].flatMap(walk);
}

/** Writes a new file; 'wx' fails rather than overwrite one that appeared meanwhile. */
function create(root: string, rel: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), content, { flag: 'wx' });
}

export const initCommand: Command = {
  name: 'init',
  aliases: ['khoi-tao'],
  usage: { vi: 'vankien init <thư-mục> [--templates]', en: 'vankien init <folder> [--templates]' },
  summary: {
    vi: 'Tạo một dự án mới: data/ có một hội nghị mẫu, README.md, .gitignore; --templates chép cả các mẫu văn bản để sửa.',
    en: 'Create a new project: data/ with an example conference, README.md, .gitignore; --templates also copies the document templates to restyle.',
  },
  options: { templates: { type: 'boolean' } },
  run({ positionals, values, lang, io }) {
    const t = TEXT[lang];
    const [folder, ...rest] = positionals;
    if (!folder || rest.length > 0) {
      io.stderr.write(t.usage + '\n');
      return EXIT.usage;
    }
    const root = resolve(io.cwd(), folder);
    if (existsSync(root)) {
      if (!statSync(root).isDirectory()) {
        io.stderr.write(t.notFolder(folder) + '\n');
        return EXIT.dataErrors;
      }
      if (readdirSync(root).length > 0) {
        io.stderr.write(t.notEmpty(folder) + '\n');
        return EXIT.dataErrors;
      }
    }
    for (const sub of ['conferences', 'units', 'clusters']) mkdirSync(join(root, 'data', sub), { recursive: true });
    const files: Array<[string, string | Uint8Array]> = [
      [`data/conferences/${EXAMPLE_ID}.yaml`, exampleConference()],
      ['README.md', readFileSync(join(PACKAGE_DIR, 'templates', 'init', 'README.md'), 'utf8')],
      ['.gitignore', 'out/\n'],
      // The data files name it on their first line, for the editor's hints: ../../schema/vankien.schema.json.
      ['schema/vankien.schema.json', readFileSync(join(PACKAGE_DIR, 'schema', 'vankien.schema.json'))],
    ];
    for (const [rel, content] of files) create(root, rel, content);
    const copied = values.templates === true ? templateFiles() : [];
    for (const rel of copied) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      copyFileSync(join(PACKAGE_DIR, rel), join(root, rel), constants.COPYFILE_EXCL);
    }
    io.stdout.write(t.done(folder, [...files.map(([rel]) => rel), ...copied].sort()) + '\n');
    return EXIT.ok;
  },
};
