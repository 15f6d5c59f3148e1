// Finds the sub-schema that applies at a data path (for hints and for telling ids from text).
import { ID_PATTERN } from './patterns.js';
import type { DataPath } from '../diagnostics/types.js';
import type { FileKind } from './kinds.js';

export type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  pattern?: string;
  description?: string;
  enum?: unknown[];
  type?: string | string[];
  [k: string]: unknown;
};

/** The published schema: one definition per kind of file. */
export type PublishedSchema = JsonSchema & { $defs: Record<FileKind, JsonSchema> };

export function schemaAt(root: JsonSchema, path: DataPath): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const seg of path) {
    if (!node) return undefined;
    node = typeof seg === 'number' ? node.items : node.properties?.[seg];
  }
  return node;
}

export const isIdSchema = (s: JsonSchema | undefined) => s?.pattern === ID_PATTERN;
