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

const IsoDate = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
/** A default basis line, in force from one date to another (a law or decree replaced on a date). */
const BasisLine = Type.Object({ text: Type.String({ minLength: 1 }), from: Type.Optional(IsoDate), until: Type.Optional(IsoDate) });

/**
 * The pledge's wording not confirmed by a primary text (formats.md §4): the default bases of a cluster's
 * pledge and its closing clause. Placeholders: {cluster} the cluster's name; {originals} the number of
 * originals; {keepers} who keeps them (", " + the parts, or nothing when the count is not the rule's).
 */
const PledgeDefaults = Type.Object({
  basis: Type.Object({ value: Type.Array(BasisLine, { minItems: 1 }), source: Type.String({ minLength: 1 }) }),
  closing: Type.Object({
    value: Type.String({ minLength: 1 }),
    keepers_units: Type.String({ minLength: 1 }),
    keepers_cluster: Type.String({ minLength: 1 }),
    source: Type.String({ minLength: 1 }),
  }),
});

export const ProfileSchema = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9-]+$' }),
  name: Type.String(),
  page: Type.Object({ size: Type.String(), width_mm: Num, height_mm: Num }),
  margins_mm: Nums(['top', 'bottom', 'left', 'right'] as const),
  font: Type.Object({ family: Type.String({ minLength: 1 }), source: Type.String() }),
  sizes_pt: Nums(SIZE_KEYS),
  body: Nums(['first_line_indent_mm', 'spacing_after_pt', 'line_spacing'] as const),
  signature_box_mm: Nums(['width', 'height'] as const),
  /** The pledge's signature grid set tighter, used only when it saves the page its odd last block would stand on alone. */
  signature_grid_tight: Nums(['space_mm', 'after_name_pt'] as const),
  seal_mm: Nums(['size'] as const),
  news_pt: Nums(['headline', 'subhead', 'body', 'caption'] as const),
  /**
   * The header's two columns (issuer's lines left, party line and place-date right): how far the table
   * reaches into the left margin, the left column's usual share, the least room between the two blocks
   * when the left column widens, and the smallest size the issuer's lines
   * may be set in when a line cannot fit whole even in the widened column.
   */
  header: Nums(['outdent_mm', 'left_percent', 'gap_mm', 'min_pt'] as const),
  pledge: PledgeDefaults,
});

export type PledgeProfile = Static<typeof PledgeDefaults>;

export type Profile = Static<typeof ProfileSchema>;
