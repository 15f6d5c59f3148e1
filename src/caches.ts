// The memo tables of one build session or of one worker thread, in one object passed down to what
// uses them: nothing is remembered at module level, so a result depends on its inputs alone, and a
// test can give each build fresh caches or share one. Every table is keyed by content (bytes, text)
// or by an object that lives only as long as the session, so sharing caches never changes a result.
import type { Env } from './validate/context.js';
import { createPdfCaches, type PdfCaches } from './engine/caches.js';
import { CompiledTemplates } from './render/docx/compiled-cache.js';
import type { TemplateParts } from './render/docx/template-zip.js';
import { createZipCaches, type ZipCaches } from './render/docx/zip.js';
import type { InputFile } from './validate/project.js';
import { SyntaxTrees } from './load/source.js';

export interface Caches extends PdfCaches {
  /** Input files by path and their hashes, per session's input list (conferences share unit and cluster files). */
  inputHashes: WeakMap<readonly InputFile[], { bytes: Map<string, Uint8Array>; hashes: Map<string, string> }>;
  /** Image hashes per session's Env: an image shared by conferences is read once. */
  imageHashes: WeakMap<Env, Map<string, string>>;
  /** The data file parsed again last, to place a finding after its tree was dropped (load/source.ts). */
  syntaxTrees: SyntaxTrees;
  /** Word templates compiled by docxtemplater (render/docx/compiled-cache.ts). */
  compiled: CompiledTemplates;
  /** Word templates unzipped (render/docx/template-zip.ts). */
  templateParts: TemplateParts;
  /** Parts compressed, and the entries of the zips written (render/docx/zip.ts). */
  zip: ZipCaches;
}

export function createCaches(): Caches {
  const zip = createZipCaches();
  return {
    ...createPdfCaches(),
    inputHashes: new WeakMap(),
    imageHashes: new WeakMap(),
    syntaxTrees: new SyntaxTrees(),
    compiled: new CompiledTemplates(),
    templateParts: new WeakMap(),
    zip,
  };
}
