// The kinds of data file and where each one's definition sits in the published schema (no TypeBox).

export const SCHEMA_ID = 'https://vankien.local/schema/vankien.schema.json';
export const FILE_KINDS = ['conference', 'cluster', 'units'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** JSON pointer of the definition that checks one kind of file. */
export const defPointer = (kind: FileKind) => `#/$defs/${kind}`;
