// `vankien pdf <file.docx>…`: any Word file to PDF with our engine, so users can check a restyled template.
import type { Lang } from '../../diagnostics/types.js';
import { renderText } from '../../diagnostics/render.js';
import { convertDocxFiles } from '../pdf-files.js';
import { EXIT, type Command } from '../../workspace/io.js';
import { fontDirsOf } from './build.js';

const TEXT = {
  vi: {
    noFiles: 'Cần ít nhất một tệp .docx, ví dụ: vankien pdf mau-bien-ban.docx',
    done: (ok: number, all: number) => `Đã tạo ${ok}/${all} tệp PDF.`,
  },
  en: {
    noFiles: 'Give at least one .docx file, e.g.: vankien pdf minutes-template.docx',
    done: (ok: number, all: number) => `Wrote ${ok} of ${all} PDF files.`,
  },
};

const noSources = { lineOf: () => undefined };

export const pdfCommand: Command = {
  name: 'pdf',
  usage: {
    vi: 'vankien pdf <tệp.docx> ... [--out thư-mục] [--font-dir thư-mục]',
    en: 'vankien pdf <file.docx> ... [--out folder] [--font-dir folder]',
  },
  summary: {
    vi: 'Chuyển tệp Word bất kỳ (ví dụ mẫu đã sửa trong Word) sang PDF bằng bộ dàn trang của vankien, in cảnh báo của từng tệp; tệp.pdf nằm cạnh tệp.docx hoặc trong --out.',
    en: "Convert any Word file (a template restyled in Word, say) to PDF with the vankien layout engine, printing each file's warnings; file.pdf goes next to file.docx or into --out.",
  },
  options: {
    out: { type: 'string' },
    'font-dir': { type: 'string', multiple: true },
  },
  run: async ({ positionals, values, lang, io }) => {
    const t = TEXT[lang as Lang];
    if (positionals.length === 0) {
      io.stderr.write(`${t.noFiles}\n${pdfCommand.usage[lang]}\n`);
      return EXIT.usage;
    }
    const results = await convertDocxFiles(positionals, {
      cwd: io.cwd(),
      ...(typeof values.out === 'string' ? { out: values.out } : {}),
      fontDirs: fontDirsOf(values, io),
    });
    let ok = 0;
    for (const r of results) {
      if (r.pdf) {
        ok++;
        io.stdout.write(`✓ ${r.file} → ${r.pdf}\n`);
      }
      for (const d of r.diagnostics) (d.severity === 'error' ? io.stderr : io.stdout).write(`${renderText(d, lang, noSources)}\n`);
    }
    io.stdout.write(`${t.done(ok, results.length)}\n`);
    return ok === results.length ? EXIT.ok : EXIT.dataErrors;
  },
};
