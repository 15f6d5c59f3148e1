// The one JSON Schema (draft 2020-12) of every data file, assembled from its parts.
import { ClusterFile } from './cluster.js';
import { ConferenceFile } from './conference.js';
import { UnitsFile } from './units.js';

export const SCHEMA_ID = 'https://vankien.local/schema/vankien.schema.json';
export const FILE_KINDS = ['conference', 'cluster', 'units'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const defs = { conference: ConferenceFile, cluster: ClusterFile, units: UnitsFile } as const;

/** JSON pointer of the definition that checks one kind of file. */
export const defPointer = (kind: FileKind) => `#/$defs/${kind}`;

/** The published schema: a file's `kind` selects which definition applies. */
export function buildSchema(): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(defs)) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'vankien',
    description: 'Dữ liệu hội nghị, Cụm thi đua và đơn vị của vankien.',
    type: 'object',
    required: ['kind'],
    properties: { kind: { enum: [...FILE_KINDS], description: 'Loại tệp: conference, cluster hoặc units.' } },
    allOf: FILE_KINDS.map((kind) => ({
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { $ref: defPointer(kind) },
    })),
    $defs: plain,
  };
}

export type { ClusterFile, ConferenceFile, UnitsFile };
