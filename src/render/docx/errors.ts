// docxtemplater's exceptions → our template diagnostics (template file, tag, explanation).
import type { Code } from '../../diagnostics/catalogue.js';
import type { Diagnostic, Params } from '../../diagnostics/types.js';

export function templateDiagnostic(file: string, code: Code, params: Params, path: Array<string | number> = []): Diagnostic {
  return { severity: 'error', code, params: { template: file, ...params }, file, start: { line: 1, column: 1 }, path };
}

interface DxtError {
  name?: string;
  message?: string;
  properties?: { id?: string; explanation?: string; xtag?: string; errors?: DxtError[]; file?: string };
}

const DETAILS: Record<string, [string, string]> = {
  unclosed_tag: ['thẻ mở "{" nhưng thiếu "}"', 'a "{" without its "}"'],
  unopened_tag: ['có "}" nhưng thiếu "{"', 'a "}" without its "{"'],
  unclosed_loop: ['vòng lặp {#...} chưa được đóng bằng {/...}', 'a {#...} loop is never closed with {/...}'],
  unopened_loop: ['có {/...} nhưng không có {#...} mở trước', 'a {/...} with no {#...} before it'],
  closing_tag_does_not_match_opening_tag: [
    'thẻ đóng {/...} không cùng tên với thẻ mở {#...}',
    'the closing {/...} does not match the opening {#...}',
  ],
  duplicate_open_tag: ['hai dấu "{" liền nhau', 'two "{" in a row'],
  duplicate_close_tag: ['hai dấu "}" liền nhau', 'two "}" in a row'],
  raw_tag_outerxml_invalid: ['thẻ phải đứng một mình trong đoạn văn', 'the tag must stand alone in its paragraph'],
};

/** Every error inside a docxtemplater exception, as VK602 diagnostics; anything else as VK601. */
export function fromDocxtemplater(file: string, e: unknown): Diagnostic[] {
  const err = e as DxtError;
  const list = err?.properties?.errors ?? (err?.properties?.id ? [err] : []);
  if (list.length === 0) {
    return [templateDiagnostic(file, 'VK601', { detail: err?.message ?? String(e) })];
  }
  return list.map((x) =>
    templateDiagnostic(
      file,
      'VK602',
      {
        tag: x.properties?.xtag ?? '',
        detail_vi: DETAILS[x.properties?.id ?? '']?.[0] ?? x.properties?.explanation ?? x.message ?? '',
        detail_en: DETAILS[x.properties?.id ?? '']?.[1] ?? x.properties?.explanation ?? x.message ?? '',
      },
      x.properties?.xtag ? [x.properties.xtag] : [],
    ),
  );
}
