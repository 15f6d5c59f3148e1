// Renders a .docx template with a view model: docxtemplater + our image module, deterministic zip out.
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { Diagnostic } from '../../diagnostics/types.js';
import { fromDocxtemplater, templateDiagnostic } from './errors.js';
import type { CompiledTemplates } from './compiled-cache.js';
import { ImageModule } from './image-module.js';
import { pathParser } from './parser.js';
import { utf8Module } from './utf8-module.js';
import { templateZip, type TemplateParts } from './template-zip.js';
import { packZip, type ZipCaches } from './zip.js';
import { zipProblem } from '../../engine/docx/zip-guard.js';
import { zipProblemText } from './zip-problem.js';
import { packageLinkProblem } from './package-links.js';

export type DocxResult = { ok: true; bytes: Uint8Array } | { ok: false; diagnostics: Diagnostic[] };

/** Opens a template (unzipped once per `parts`: none kept by default); a file that is not a .docx is a diagnostic, not an exception. */
export function openTemplate(
  file: string,
  bytes: Uint8Array,
  parts: TemplateParts = new WeakMap(),
): { zip: PizZip } | { diagnostics: Diagnostic[] } {
  const bomb = zipProblem(bytes);
  if (bomb) return { diagnostics: [templateDiagnostic(file, 'VK601', { detail: zipProblemText(bomb) })] };
  let zip: PizZip;
  try {
    zip = templateZip(bytes, parts);
  } catch (e) {
    return { diagnostics: [templateDiagnostic(file, 'VK601', { detail: (e as Error).message })] };
  }
  if (!zip.file('word/document.xml')) return { diagnostics: [templateDiagnostic(file, 'VK601', { detail: 'thiếu word/document.xml' })] };
  const outside = packageLinkProblem(zip);
  if (outside) return { diagnostics: [templateDiagnostic(file, 'VK601', { detail: outside })] };
  return { zip };
}

const templateOptions = (modules: object[]): Docxtemplater.DXT.ConstructorOptions => ({
  modules: [new ImageModule(), utf8Module(), ...modules],
  paragraphLoop: true,
  linebreaks: true,
  errorLogging: false,
  parser: pathParser,
  // The view model prints blanks itself; a value that is still missing prints as nothing, never "undefined".
  nullGetter: () => '',
});

export function compileTemplate(zip: PizZip, modules: object[] = []): Docxtemplater {
  return new Docxtemplater(zip, templateOptions(modules));
}

/** What rendering a .docx keeps between documents: the part of the session's or worker's caches (src/caches.ts) it uses. */
export interface DocxCaches {
  templateParts: TemplateParts;
  compiled: CompiledTemplates;
  zip: ZipCaches;
}

/**
 * Renders with docxtemplater, compiling each template once per cache owner (`reuse: false` compiles afresh);
 * `finish` gives parts of the rendered package to zip in place of their rendered text (the fitted header, header-fit.ts).
 */
export function renderDocx(
  file: string,
  template: Uint8Array,
  data: object,
  date: Date,
  caches: DocxCaches,
  reuse = true,
  finish?: (zip: PizZip) => Record<string, string>,
): DocxResult {
  const opened = openTemplate(file, template, caches.templateParts);
  if ('diagnostics' in opened) return { ok: false, diagnostics: opened.diagnostics };
  try {
    const doc = reuse ? caches.compiled.compile(template, opened.zip, templateOptions([])) : compileTemplate(opened.zip);
    doc.render(data);
    return { ok: true, bytes: packZip(doc.getZip(), date, caches.zip, finish?.(doc.getZip())) };
  } catch (e) {
    return { ok: false, diagnostics: fromDocxtemplater(file, e) };
  }
}
