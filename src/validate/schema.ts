// Checks a file's value against the published JSON Schema (ajv, all errors) and explains each failure.
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { DataPath, Diagnostic, Params } from '../diagnostics/types.js';
import { diagnosticAt, type SourceFile } from '../load/source.js';
import { DATE_PATTERN, ID_PATTERN, TIME_PATTERN } from '../schema/patterns.js';
import type { FileKind } from '../schema/kinds.js';
import { publishedSchema } from '../schema/schema.generated.js';
import { renamedField } from '../schema/renamed.js';
import { schemaAt, type JsonSchema } from '../schema/walk.js';
import { quoteList, suggestionFor } from '../text/closest.js';

import * as generated from './validators.generated.js';

/** The plain JSON Schema of one kind of file (generated from the TypeBox schema, published.ts). */
export const fileSchema = (kind: FileKind): JsonSchema => publishedSchema.$defs[kind];

/** The check of one kind of file, generated ahead of time from the same schema (standalone.ts). */
const validator = (kind: FileKind): ValidateFunction => (generated as unknown as Record<FileKind, ValidateFunction>)[kind];

const TYPE_NAMES: Record<string, [string, string, string, string]> = {
  string: [
    'chữ (một chuỗi)',
    'text',
    'Nếu là số hoặc ngày mà muốn giữ như chữ, đặt trong ngoặc kép: "01".',
    'To keep a number or date as text, quote it: "01".',
  ],
  integer: [
    'số nguyên',
    'a whole number',
    'Viết số liền, không dấu chấm phân cách và không ngoặc kép, ví dụ 1600.',
    'Write digits only, no separators or quotes, e.g. 1600.',
  ],
  number: ['số', 'a number', 'Viết số liền, phần thập phân dùng dấu chấm, ví dụ 99.1.', 'Write digits, with "." for decimals, e.g. 99.1.'],
  array: [
    'danh sách',
    'a list',
    'Viết mỗi mục một dòng bắt đầu bằng "- ", hoặc [mục 1, mục 2].',
    'Write one "- " line per item, or [item 1, item 2].',
  ],
  object: [
    'nhóm trường',
    'a mapping',
    'Viết các dòng "tên: giá trị" lùi vào dưới tên nhóm.',
    'Write indented "key: value" lines under the name.',
  ],
  boolean: ['đúng/sai', 'true or false', 'Viết true hoặc false.', 'Write true or false.'],
};

const FORMATS: Array<[string, string, string, string, string]> = [
  [
    DATE_PATTERN,
    'ngày (YYYY-MM-DD)',
    'date (YYYY-MM-DD)',
    'Viết ngày theo dạng năm-tháng-ngày, ví dụ 2023-12-08.',
    'Write dates as year-month-day, e.g. 2023-12-08.',
  ],
  [
    TIME_PATTERN,
    'giờ (HH:MM)',
    'time (HH:MM)',
    'Viết giờ theo dạng giờ:phút, 24 giờ, ví dụ 8:00 hoặc 14:30.',
    'Write times as hours:minutes, 24-hour, e.g. 8:00 or 14:30.',
  ],
  [
    ID_PATTERN,
    'mã',
    'id',
    'Mã chỉ gồm chữ thường không dấu, chữ số và dấu "-", ví dụ "btctu-dak-lak".',
    'Ids use lower-case ASCII letters, digits and "-", e.g. "btctu-dak-lak".',
  ],
];

function pathOf(instancePath: string): DataPath {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The value at a data path of a loaded file. */
function valueAt(value: unknown, path: DataPath): unknown {
  let v = value;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined;
  return v;
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

function explain(err: ErrorObject, source: SourceFile, root: JsonSchema, kind: FileKind): Diagnostic | undefined {
  const path = pathOf(err.instancePath);
  const p = err.params as Record<string, unknown>;
  const at = (code: Parameters<typeof diagnosticAt>[2], params: Params, target: 'key' | 'value' = 'value', where: DataPath = path) =>
    diagnosticAt(source, where, code, params, target);
  switch (err.keyword) {
    case 'required': {
      const field = String(p.missingProperty);
      // An old field that became this one is reported once, as renamed (VK210).
      const value = valueAt(source.value, path);
      if (value && typeof value === 'object' && Object.keys(value).some((k) => renamedField(kind, path, k)?.supplies?.includes(field)))
        return undefined;
      const description = schemaAt(root, [...path, field])?.description ?? '';
      // At the top level there is no parent key: point at "kind", the line that opens the file.
      return at('VK201', { field, description }, 'key', path.length === 0 ? ['kind'] : path);
    }
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      const renamed = renamedField(kind, path, field);
      if (renamed)
        return at('VK210', { field, now: renamed.now, hint_vi: renamed.hint.vi, hint_en: renamed.hint.en }, 'key', [...path, field]);
      const allowed = Object.keys(schemaAt(root, path)?.properties ?? {}).filter((k) => k !== '$schema');
      // A "key" with spaces is usually the tail of a value cut at a comma inside {...}: explain that.
      const flowComma = /\s/.test(field);
      const params: Params = { field, allowed: allowed.join(', '), ...(flowComma ? { flowComma: 1 } : suggestionFor(field, allowed)) };
      return at('VK202', params, 'key', [...path, field]);
    }
    case 'type': {
      // "title:" with nothing after it is an empty value, not a wrong type.
      if (err.data === null) return at('VK206', {});
      const expected = String(p.type).split(',')[0] ?? 'string';
      const [vi, en, hintVi, hintEn] = TYPE_NAMES[expected] ?? [expected, expected, '', ''];
      return at('VK203', { expected_vi: vi, expected_en: en, hint_vi: hintVi, hint_en: hintEn });
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(show);
      const value = show(err.data);
      return at('VK204', { value, allowed: quoteList(allowed), ...suggestionFor(value, allowed) });
    }
    case 'const': {
      return at('VK204', { value: show(err.data), allowed: quoteList([show(p.allowedValue)]) });
    }
    case 'pattern': {
      const fmt = FORMATS.find(([pattern]) => pattern === p.pattern);
      const [, vi, en, hintVi, hintEn] = fmt ?? [
        '',
        'quy định',
        'required',
        `Xem mô tả trường: ${schemaAt(root, path)?.description ?? ''}`,
        'See the field description.',
      ];
      return at('VK205', { value: show(err.data), format_vi: vi, format_en: en, hint_vi: hintVi, hint_en: hintEn });
    }
    case 'minLength':
    case 'minItems':
      if (Number(p.limit) <= 1) return at('VK206', {});
      return at('VK207', { detail_vi: `phải có ít nhất ${String(p.limit)} mục`, detail_en: `needs at least ${String(p.limit)} items` });
    case 'maxLength':
      return at('VK207', { detail_vi: `dài quá ${String(p.limit)} ký tự`, detail_en: `is longer than ${String(p.limit)} characters` });
    case 'maxItems':
      return at('VK207', { detail_vi: `có quá ${String(p.limit)} mục`, detail_en: `has more than ${String(p.limit)} items` });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const word = err.keyword.includes('inimum') ? ['không được nhỏ hơn', 'must not be below'] : ['không được lớn hơn', 'must not exceed'];
      return at('VK207', {
        detail_vi: `${show(err.data)} ${word[0]} ${String(p.limit)}`,
        detail_en: `${show(err.data)} ${word[1]} ${String(p.limit)}`,
      });
    }
    case 'uniqueItems':
      return at('VK208', { first: Number(p.j) + 1, second: Number(p.i) + 1 }, 'value', [...path, Number(p.i)]);
    case 'if':
      return undefined;
    default:
      return at('VK209', { detail: `${err.keyword}: ${err.message ?? ''}` });
  }
}

export function checkSchema(source: SourceFile, kind: FileKind): Diagnostic[] {
  const validate = validator(kind);
  if (validate(source.value)) return [];
  const root = fileSchema(kind);
  const out: Diagnostic[] = [];
  for (const err of validate.errors ?? []) {
    const d = explain(err, source, root, kind);
    if (d) out.push(d);
  }
  return out;
}
