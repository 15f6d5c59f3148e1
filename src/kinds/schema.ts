// The TypeBox schema of templates/documents.yaml, the declared kinds of document: the source of the
// kinds' type and of their generated check (standalone.ts); the runtime loads only the generated check.
import { Type, type Static } from '@sinclair/typebox';

/** Output formats: a Word template gives docx (and its pdf); a Handlebars one html, txt, docx and pdf. */
export const FORMATS = ['docx', 'pdf', 'html', 'txt'] as const;

/** When a kind applies: "always", "pledge" (the conference has a pledge), a conference kind, or a field present. */
const When = Type.Union([
  Type.String({ minLength: 1 }),
  Type.Object({ kind: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
  Type.Object({ has: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
]);

/** A required field: a name of the requirement catalogue or a dotted field path of the conference file. */
const Requirement = Type.Union([
  Type.String({ minLength: 1 }),
  Type.Object(
    { field: Type.String({ minLength: 1 }), label: Type.String({ minLength: 1 }), labelEn: Type.Optional(Type.String({ minLength: 1 })) },
    { additionalProperties: false },
  ),
]);

export const KindSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z][a-zA-Z0-9]*$' }),
    label: Type.String({ minLength: 1 }),
    labelEn: Type.Optional(Type.String({ minLength: 1 })),
    indexLabel: Type.Optional(Type.String({ minLength: 1 })),
    indexLabelEn: Type.Optional(Type.String({ minLength: 1 })),
    title: Type.Optional(Type.String({ minLength: 1 })),
    template: Type.String({ pattern: '^[^/\\\\]+\\.(docx|hbs)$' }),
    output: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }),
    formats: Type.Array(Type.Union(FORMATS.map((f) => Type.Literal(f))), { minItems: 1, uniqueItems: true }),
    when: Type.Optional(When),
    requires: Type.Optional(Type.Array(Requirement)),
    draft: Type.Optional(Type.Boolean()),
    author: Type.Optional(Type.Union([Type.Literal('header'), Type.Literal('pledgeHeader')])),
    printBundle: Type.Optional(Type.Boolean()),
    party: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const KindsFileSchema = Type.Object(
  {
    extends: Type.Optional(Type.Literal('vankien')),
    documents: Type.Array(KindSchema),
  },
  { additionalProperties: false },
);

export type KindEntry = Static<typeof KindSchema>;
export type KindsFile = Static<typeof KindsFileSchema>;
