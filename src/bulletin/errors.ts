// A Handlebars error as a VK605 diagnostic: in Vietnamese (or English), at the line and column of the template it names.
import type { Diagnostic } from '../diagnostics/types.js';
import { templateDiagnostic } from '../render/docx/errors.js';

export interface TemplatePart {
  file: string;
  text: string;
}

interface HbsError {
  message?: string;
  lineNumber?: number;
  /** 0-based, as Handlebars counts. */
  column?: number;
}

/** The dotted name written at a 1-based line and 0-based column of a template ("news.headline"), if any. */
function nameAt(text: string, line: number, column: number): string | undefined {
  const row = text.split(/\r\n?|\n/)[line - 1];
  return row ? /^[\w@.$/-]+/u.exec(row.slice(column))?.[0] : undefined;
}

/**
 * `e`, thrown while compiling or rendering `parts` (the main template first): where it happened and
 * what it means. A missing name thrown at render time names only its last segment and no template: the
 * template is the first part whose text at that position ends with that name (else the main one).
 */
export function hbsDiagnostic(e: unknown, parts: readonly TemplatePart[]): Diagnostic {
  const err = (e ?? {}) as HbsError;
  const full = String(err.message ?? e);
  const first = full.split('\n')[0] ?? full;
  const main = parts[0]!;
  const parseLine = /^Parse error on line (\d+):/.exec(first) ?? /^Lexical error on line (\d+)\./.exec(first);
  if (parseLine) {
    const detail = full.split('\n').slice(1).join(' ').replace(/\s+/g, ' ').trim();
    return at(main.file, Number(parseLine[1]), 1, {
      detail_vi: `sai cú pháp Handlebars (${detail})`,
      detail_en: `Handlebars syntax error (${detail})`,
    });
  }
  const line = err.lineNumber;
  const column = err.column;
  const missing = /^"([^"]+)" not defined in /.exec(first);
  if (missing && line !== undefined && column !== undefined) {
    const last = missing[1]!;
    const part = parts.find((p) => nameAt(p.text, line, column)?.split('.').pop() === last) ?? main;
    const name = nameAt(part.text, line, column) ?? last;
    return at(part.file, line, column + 1, {
      detail_vi: `dùng tên {{${name}}} mà dữ liệu hội nghị không có`,
      detail_en: `it uses {{${name}}}, which the conference data does not have`,
    });
  }
  const helper = /^You specified knownHelpersOnly, but used the unknown helper (\S+)/.exec(first);
  const detail = helper
    ? {
        detail_vi: `dùng hàm "${helper[1]}" không có trong danh sách được phép`,
        detail_en: `it uses the helper "${helper[1]}", which is not allowed`,
      }
    : { detail_vi: first, detail_en: first };
  return line !== undefined ? at(main.file, line, (column ?? 0) + 1, detail) : templateDiagnostic(main.file, 'VK605', detail);
}

function at(file: string, line: number, column: number, params: { detail_vi: string; detail_en: string }): Diagnostic {
  return { ...templateDiagnostic(file, 'VK605', params), start: { line, column } };
}
