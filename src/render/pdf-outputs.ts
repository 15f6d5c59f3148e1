// PDFs beside the .docx outputs: metadata from the view model, engine warnings as diagnostics.
import type { Diagnostic } from '../diagnostics/types.js';
import { CATALOGUE, type Code } from '../diagnostics/catalogue.js';
import type { ViewModel } from '../view/model.js';
import type { Output } from '../write/write.js';
import type { PdfEngine } from './pdf-engines.js';
import type { LaidOut, PdfWarning } from '../pdf/index.js';
import { append } from '../util/arrays.js';

const TITLES: Record<string, string> = { 'bien-ban': 'Biên bản', 'giao-uoc': 'Bản giao ước thi đua' };
export const PRODUCER = 'vankien';

const warning = (file: string, code: Code, params: Record<string, string>): Diagnostic => ({
  severity: CATALOGUE[code].severity,
  code,
  params,
  file,
  start: { line: 1, column: 1 },
  path: [],
});

/** The PDF of every .docx output, with the document's title, issuer and kind as its properties. */
export async function pdfOutputs(docx: Output[], vm: ViewModel, engine: PdfEngine, shownDir: string): Promise<{ outputs: Output[]; diagnostics: Diagnostic[]; laidOut: Map<string, LaidOut> }> {
  const outputs: Output[] = [];
  const diagnostics: Diagnostic[] = [];
  const laidOut = new Map<string, LaidOut>();
  for (const o of docx) {
    if (!o.path.endsWith('.docx') || typeof o.bytes === 'string') continue;
    const name = o.path.split('/').pop()?.replace(/\.docx$/, '') ?? '';
    const file = `${shownDir}/${o.path}`;
    const { pdf, warnings, laidOut: doc } = await engine.convert(
      o.bytes,
      {
        title: `${TITLES[name] ?? name}: ${vm.title}`,
        subject: vm.title,
        author: vm.header.issuerName,
        keywords: vm.kinds,
        language: 'vi-VN',
        creator: PRODUCER,
        producer: PRODUCER,
      },
      file,
    );
    outputs.push({ path: o.path.replace(/\.docx$/, '.pdf'), bytes: pdf });
    append(diagnostics, warningDiagnostics(file, warnings));
    if (doc) laidOut.set(o.path, doc);
  }
  return { outputs, diagnostics, laidOut };
}

/** The PDF engine's warnings about one document as VK701/VK702 diagnostics. */
export function warningDiagnostics(file: string, warnings: PdfWarning[]): Diagnostic[] {
  return warnings.map((w) =>
    w.kind === 'unsupported'
      ? warning(file, 'VK701', { document: file, element: w.what, where: w.where })
      : warning(file, 'VK702', { document: file, char: w.what, code: `U+${(w.what.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`, where: w.where }),
  );
}
