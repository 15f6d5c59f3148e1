// The format profile (profiles/*.yaml): page, margins, fonts and sizes the templates follow, each with its source.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { parse } from 'yaml';

const Num = Type.Object({ value: Type.Number({ exclusiveMinimum: 0 }), source: Type.String({ minLength: 1 }) });
const Nums = <K extends string>(keys: readonly K[]) => Type.Object(Object.fromEntries(keys.map((k) => [k, Num])) as Record<K, typeof Num>);

export const SIZE_KEYS = [
  'party_line',
  'superior',
  'issuer',
  'number',
  'place_date',
  'doc_type',
  'summary',
  'body',
  'heading',
  'signing_authority',
  'signer_title',
  'signer_name',
  'signature_unit',
] as const;

export const ProfileSchema = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9-]+$' }),
  name: Type.String(),
  page: Type.Object({ size: Type.String(), width_mm: Num, height_mm: Num }),
  margins_mm: Nums(['top', 'bottom', 'left', 'right'] as const),
  font: Type.Object({ family: Type.String({ minLength: 1 }), source: Type.String() }),
  sizes_pt: Nums(SIZE_KEYS),
  body: Nums(['first_line_indent_mm', 'spacing_after_pt', 'line_spacing'] as const),
  signature_box_mm: Nums(['width', 'height'] as const),
  seal_mm: Nums(['size'] as const),
  news_pt: Nums(['headline', 'subhead', 'body', 'caption'] as const),
});

export type Profile = Static<typeof ProfileSchema>;

/** Parses a profile; throws an Error naming the first fields that do not fit. */
export function parseProfile(text: string, file: string): Profile {
  const data = parse(text) as unknown;
  if (!Value.Check(ProfileSchema, data)) {
    const problems = [...Value.Errors(ProfileSchema, data)].slice(0, 3).map((e) => `${e.path || '/'}: ${e.message}`);
    throw new Error(`${file}: hồ sơ định dạng không hợp lệ (${problems.join('; ')})`);
  }
  return data;
}

/** Unit conversions used by templates and the layout engine. */
export const mmToTwips = (mm: number) => Math.round((mm / 25.4) * 1440);
export const mmToEmu = (mm: number) => Math.round((mm / 25.4) * 914400);
export const ptToHalfPoints = (pt: number) => Math.round(pt * 2);
