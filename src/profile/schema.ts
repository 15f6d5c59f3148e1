// The TypeBox schema of the format profile (profiles/*.yaml): the source of the profile's type and
// of its generated check (standalone.ts); the runtime loads only the generated check.
import { Type, type Static } from '@sinclair/typebox';

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
