// The heavy part of a build, loaded on demand: fonts, the PDF engine and the compiled bulletin templates.
import { resolve } from 'node:path';
import type { LoadedBulletin } from '../workspace/bulletin-templates.js';
import type { FileFontSource } from '../engine/fonts/source.js';
import type { PdfEngine } from '../render/pdf-engines.js';
import type { RenderContext } from './session.js';

export interface Rendering {
  fonts: FileFontSource;
  engine?: PdfEngine;
  bulletin: LoadedBulletin;
}

/** Loads what rendering needs into the session (once); false when LibreOffice was asked for but is missing. */
export async function prepareRendering(s: RenderContext): Promise<boolean> {
  if (s.rendering) return true;
  const [{ createFontSource }, engines, { loadBulletin }] = await Promise.all([
    import('../engine/fonts/source.js'),
    import('../render/pdf-engines.js'),
    import('../workspace/bulletin-templates.js'),
  ]);
  const fonts = createFontSource({ fontDirs: s.options.fontDirs.map((d) => resolve(s.cwd, d)) });
  let engine: PdfEngine | undefined;
  if (s.options.pdfEngine === 'builtin') engine = engines.builtinEngine(fonts, s.caches);
  if (s.options.pdfEngine === 'libreoffice') {
    engine = engines.libreOfficeEngine();
    if (!engine) return false;
  }
  s.rendering = { fonts, ...(engine ? { engine } : {}), bulletin: loadBulletin(s.root, s.env.provinces, false, s.kinds) };
  return true;
}
