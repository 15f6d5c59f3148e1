// Building blocks shared by every data schema: ids, dates, times, text, people.
import { Type, type TSchema, type SchemaOptions } from '@sinclair/typebox';

/** Pattern of every id: lower-case ASCII words joined by hyphens (safe for file names). */
export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
/** Calendar date as YYYY-MM-DD; whether the day exists is checked after the schema. */
export const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
/** Clock time as H:MM or HH:MM, 24-hour. */
export const TIME_PATTERN = '^([01]?[0-9]|2[0-3]):[0-5][0-9]$';

export const Id = (description: string) =>
  Type.String({ pattern: ID_PATTERN, maxLength: 64, description });

export const DateText = (description: string) =>
  Type.String({ pattern: DATE_PATTERN, description });

export const TimeText = (description: string) =>
  Type.String({ pattern: TIME_PATTERN, description });

export const Text = (description: string, maxLength = 4000) =>
  Type.String({ minLength: 1, maxLength, description });

export const TextList = (description: string) =>
  Type.Array(Text('Một mục.'), { description });

export const Year = (description: string) =>
  Type.Integer({ minimum: 1930, maximum: 2100, description });

export const Count = (description: string) =>
  Type.Integer({ minimum: 0, maximum: 1000000, description });

/** A closed list of values (an enum), so errors name the allowed values. */
export const Enum = <T extends string | number>(values: readonly T[], description: string) =>
  Type.Unsafe<T>({ enum: [...values], description });

export const ImagePath = (description: string) =>
  Type.String({ minLength: 1, maxLength: 500, description });

/** A closed object: unknown keys are errors (they are usually typos). */
export const Obj = <T extends Record<string, TSchema>>(props: T, opts: SchemaOptions = {}) =>
  Type.Object(props, { additionalProperties: false, ...opts });

export const Person = Obj(
  {
    id: Type.Optional(Id('Mã người (chữ thường không dấu, nối bằng "-"), dùng khi cần nhắc lại người này ở mục khác (chủ trì, chỉ đạo...).')),
    name: Text('Họ và tên, ví dụ "Nguyễn Quang Dương".', 200),
    title: Type.Optional(Text('Chức vụ, ví dụ "Phó Trưởng Ban Tổ chức Trung ương".', 300)),
    organization: Type.Optional(Text('Cơ quan, nếu chức vụ chưa nêu, ví dụ "Ban Tổ chức Trung ương".', 300)),
    gender: Type.Optional(Enum(['nam', 'nữ'] as const, 'Giới tính ("nam" hoặc "nữ"), để tin bài viết "ông"/"bà".')),
  },
  { description: 'Một người: họ tên, chức vụ, cơ quan.' },
);
