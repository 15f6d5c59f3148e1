// `vankien new <kind> <id>`: write a commented, valid YAML file to fill in; never overwrite.
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ID_PATTERN } from '../../schema/patterns.js';
import type { FileKind } from '../../schema/kinds.js';
import { EXIT, type Command } from '../../workspace/io.js';
import { projectOrBundled, rootOf, shown } from '../../workspace/workspace.js';

const KINDS: Record<string, FileKind> = {
  conference: 'conference',
  'hoi-nghi': 'conference',
  cluster: 'cluster',
  cum: 'cluster',
  units: 'units',
  'don-vi': 'units',
};
const FOLDERS: Record<FileKind, string> = { conference: 'conferences', cluster: 'clusters', units: 'units' };

const TEXT = {
  vi: {
    usage: 'Cách dùng: vankien new <conference|cluster|units> <mã>',
    kind: (k: string) => `Không có loại tệp "${k}". Chọn conference (hoi-nghi), cluster (cum) hoặc units (don-vi).`,
    id: (id: string) => `Mã "${id}" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và dấu "-", ví dụ "cum-3-tong-ket-2025".`,
    exists: (f: string) => `Tệp ${f} đã có; không ghi đè. Chọn mã khác hoặc xóa tệp cũ trước.`,
    done: (f: string) => `Đã tạo ${f}. Mở tệp, điền thông tin, rồi chạy "vankien check ${f}".`,
  },
  en: {
    usage: 'Usage: vankien new <conference|cluster|units> <id>',
    kind: (k: string) => `No file kind "${k}". Choose conference, cluster or units.`,
    id: (id: string) => `Id "${id}" is not valid: lower-case ASCII letters, digits and "-" only, e.g. "cluster-3-review-2025".`,
    exists: (f: string) => `${f} already exists; not overwriting. Choose another id or remove the old file first.`,
    done: (f: string) => `Created ${f}. Fill it in, then run "vankien check ${f}".`,
  },
};

/**
 * Creates `dest` with `content` only if it does not exist: written in full to a temporary file,
 * then hard-linked into place (which fails if `dest` appeared meanwhile), so no half file is seen.
 */
function createExclusive(dest: string, content: string): boolean {
  mkdirSync(dirname(dest), { recursive: true });
  const tmp = `${dest}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  try {
    linkSync(tmp, dest);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    unlinkSync(tmp);
  }
}

export const newCommand: Command = {
  name: 'new',
  aliases: ['tao'],
  usage: { vi: 'vankien new <conference|cluster|units> <mã>', en: 'vankien new <conference|cluster|units> <id>' },
  summary: { vi: 'Tạo tệp dữ liệu mới có chú thích để điền.', en: 'Create a new commented data file to fill in.' },
  options: {},
  run({ positionals, lang, io }) {
    const t = TEXT[lang];
    const [kindArg, id, ...rest] = positionals;
    if (!kindArg || !id || rest.length > 0) {
      io.stderr.write(t.usage + '\n');
      return EXIT.usage;
    }
    const kind = KINDS[kindArg];
    if (!kind) {
      io.stderr.write(t.kind(kindArg) + '\n');
      return EXIT.usage;
    }
    if (!new RegExp(ID_PATTERN).test(id)) {
      io.stderr.write(t.id(id) + '\n');
      return EXIT.usage;
    }
    const root = rootOf(io);
    const dest = join(root, 'data', FOLDERS[kind], `${id}.yaml`);
    const template = readFileSync(projectOrBundled(root, `templates/new/${kind}.yaml`), 'utf8');
    const content = template.replace(/__ID__/g, id);
    if (existsSync(dest) || !createExclusive(dest, content)) {
      io.stderr.write(t.exists(shown(root, dest)) + '\n');
      return EXIT.usage;
    }
    io.stdout.write(t.done(shown(root, dest)) + '\n');
    return EXIT.ok;
  },
};
