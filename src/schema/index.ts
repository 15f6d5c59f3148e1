// The one JSON Schema (draft 2020-12) of every data file, assembled from its parts.
import { ClusterFile } from './cluster.js';
import { ConferenceFile } from './conference.js';
import { defPointer, FILE_KINDS, SCHEMA_ID } from './kinds.js';
import { UnitsFile } from './units.js';

const defs = { conference: ConferenceFile, cluster: ClusterFile, units: UnitsFile } as const;

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
