// Word files given on the command line to PDFs beside them (or in one folder), one at a time, each whole or not at all.
import { readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { DocxReadError } from '../engine/docx/read-error.js';
import { createFontSource } from '../engine/fonts/source.js';
import { docxToPdf } from '../engine/index.js';
import { PRODUCER, warningDiagnostics } from '../render/pdf-outputs.js';
import { writeOutputs } from '../write/write.js';
import { fileDiagnostic } from '../diagnostics/file.js';

export interface PdfFilesOptions {
  cwd: string;
  /** Folder for every PDF; by default each goes beside its .docx. */
  out?: string;
  fontDirs: string[];
}

export interface PdfFileResult {
  /** The file as the user named it. */
  file: string;
  /** The PDF written (as shown to the user), absent when the file could not be converted. */
  pdf?: string;
  /** The engine's warnings (VK701–VK703), or the reason it failed (VK710). */
  diagnostics: Diagnostic[];
}

interface Failure {
  reason_vi: string;
  reason_en: string;
  hint_vi: string;
  hint_en: string;
}

const at = fileDiagnostic;

/** Why a file could not be read from disk, in words (no stack trace). */
function readFailure(e: NodeJS.ErrnoException): Failure {
  if (e.code === 'ENOENT')
    return {
      reason_vi: 'không có tệp này',
      reason_en: 'no such file',
      hint_vi: 'Kiểm tra tên và đường dẫn tệp.',
      hint_en: 'Check the file name and path.',
    };
  if (e.code === 'EISDIR')
    return {
      reason_vi: 'đây là một thư mục, không phải tệp',
      reason_en: 'this is a folder, not a file',
      hint_vi: 'Ghi tên từng tệp .docx trong thư mục.',
      hint_en: 'Name each .docx file of the folder.',
    };
  if (e.code === 'EACCES' || e.code === 'EPERM')
    return {
      reason_vi: 'không có quyền đọc tệp',
      reason_en: 'no permission to read the file',
      hint_vi: 'Kiểm tra quyền đọc tệp.',
      hint_en: 'Check the file permissions.',
    };
  return {
    reason_vi: `không đọc được tệp (${e.code ?? e.message})`,
    reason_en: `cannot read the file (${e.code ?? e.message})`,
    hint_vi: 'Kiểm tra tệp và ổ đĩa.',
    hint_en: 'Check the file and the disk.',
  };
}

/** Why the engine could not convert bytes it was given. */
function convertFailure(e: unknown, file: string): Failure {
  const message = (e instanceof Error ? e.message : String(e)).replace(`${file}: `, '');
  if (e instanceof DocxReadError) {
    return {
      reason_vi: `không phải tệp Word (.docx) đọc được — ${message}`,
      reason_en: `not a readable Word (.docx) file — ${message}`,
      hint_vi: 'Mở tệp bằng Word hoặc LibreOffice và lưu lại dạng "Word Document (.docx)"; tệp .doc cũ cần lưu lại thành .docx.',
      hint_en: 'Open it in Word or LibreOffice and save it as "Word Document (.docx)"; an old .doc file must be saved again as .docx.',
    };
  }
  return {
    reason_vi: `lỗi nội bộ của bộ dàn trang (${message})`,
    reason_en: `internal error of the layout engine (${message})`,
    hint_vi: 'Đây là lỗi của vankien, không phải của tệp: hãy báo lỗi kèm tệp này.',
    hint_en: 'This is a fault of vankien, not of the file: please report it with this file.',
  };
}

/**
 * Converts each file in turn with a font source of its own, so that the fonts it reports replaced (VK703)
 * are that file's. A file that fails does not stop the others.
 */
export async function convertDocxFiles(files: readonly string[], options: PdfFilesOptions): Promise<PdfFileResult[]> {
  const fontDirs = options.fontDirs.map((d) => resolve(options.cwd, d));
  const outDir = options.out === undefined ? undefined : resolve(options.cwd, options.out);
  const claimed = new Map<string, string>();
  const results: PdfFileResult[] = [];
  for (const file of files) {
    const fail = (f: Failure): PdfFileResult => ({ file, diagnostics: [at(file, 'VK710', { document: file, ...f })] });
    const source = resolve(options.cwd, file);
    const target = resolve(outDir ?? dirname(source), `${basename(source).replace(/\.docx$/i, '')}.pdf`);
    const first = claimed.get(target);
    if (first !== undefined) {
      results.push(
        fail({
          reason_vi: `tệp PDF trùng tên với tệp PDF của ${first}`,
          reason_en: `its PDF has the same name as the PDF of ${first}`,
          hint_vi: 'Chuyển hai tệp cùng tên vào hai thư mục --out khác nhau.',
          hint_en: 'Convert the two files of the same name into two different --out folders.',
        }),
      );
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(source);
    } catch (e) {
      results.push(fail(readFailure(e as NodeJS.ErrnoException)));
      continue;
    }
    const fonts = createFontSource({ fontDirs });
    let converted: Awaited<ReturnType<typeof docxToPdf>>;
    try {
      converted = await docxToPdf(bytes, fonts, { creator: PRODUCER, producer: PRODUCER }, file);
    } catch (e) {
      results.push(fail(convertFailure(e, file)));
      continue;
    }
    try {
      writeOutputs(dirname(target), [{ path: basename(target), bytes: converted.pdf }]);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      results.push(
        fail({
          reason_vi: `không ghi được ${target} (${err.code ?? err.message})`,
          reason_en: `cannot write ${target} (${err.code ?? err.message})`,
          hint_vi: 'Kiểm tra quyền ghi và chỗ trống của thư mục.',
          hint_en: 'Check that the folder is writable and has room.',
        }),
      );
      continue;
    }
    claimed.set(target, file);
    const shown = relative(options.cwd, target) || target;
    results.push({ file, pdf: shown.startsWith('..') ? target : shown, diagnostics: warningDiagnostics(file, converted.warnings) });
  }
  return results;
}
