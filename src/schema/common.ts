// Building blocks shared by every data schema: ids, dates, times, text, people.
import { Type, type TSchema, type SchemaOptions } from '@sinclair/typebox';
import { DATE_PATTERN, ID_PATTERN, TIME_PATTERN } from './patterns.js';

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

/**
 * Most units that sign one pledge (or belong to one cluster), and most originals of it: the largest
 * cluster of the sector has a few dozen members; each original is the whole pledge with every signature
 * block, so the print bundle grows with the square of this number (100 signatories: ~1,500 pages).
 */
export const MAX_SIGNING_UNITS = 100;

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
    unit: Type.Optional(Id('Mã đơn vị người này đại diện (trong danh sách đơn vị), nếu có.')),
    gender: Type.Optional(Enum(['nam', 'nữ'] as const, 'Giới tính ("nam" hoặc "nữ"), để tin bài viết "ông"/"bà".')),
  },
  { description: 'Một người: họ tên, chức vụ, cơ quan.' },
);
