// PDFs beside the .docx outputs: metadata from the view model, engine warnings as diagnostics.
import type { Diagnostic } from '../diagnostics/types.js';
import { DocxReadError } from '../engine/docx/read-error.js';
import { templateDiagnostic } from './docx/errors.js';
import type { ViewModel } from '../view/model.js';
import type { DocumentKind } from '../kinds/kinds.js';
import type { Output } from '../write/write.js';
import type { PdfEngine } from './pdf-engines.js';
import { paintPending, type LaidOut, type PdfWarning, type PendingPdf } from '../engine/index.js';
import { glyphSetsOf } from '../engine/paint/paint.js';
import { createPdfCaches, type PdfCaches } from '../engine/caches.js';
import { append } from '../util/arrays.js';
import { BUNDLED_FACES, genericOf, type BundledFace, type Generic } from '../engine/fonts/families.js';
import { docxReadText, placeText, unsupportedText } from './engine-words.js';
import { fileDiagnostic } from '../diagnostics/file.js';

/** The word a draft's title and keywords carry, so its properties say what its first page says. */
export const DRAFT_WORD = 'Dự thảo';

/** Author, title and keywords of a kind's properties: the issuing body, and "Dự thảo" on a draft. */
export function documentProperties(kind: DocumentKind, vm: ViewModel): { title: string; author: string; keywords: string; party: boolean } {
  const draft = vm.drafts[kind.id]?.present === true;
  const title = `${kind.title}: ${vm.title}`;
  return {
    title: draft ? `${title} (${DRAFT_WORD})` : title,
    author: vm[kind.author].issuerName,
    keywords: draft ? `${vm.kinds}, ${DRAFT_WORD}` : vm.kinds,
    // The .docx description cites the Party format profile: true of Party documents, not of a press item.
    party: kind.party,
  };
}
export const PRODUCER = 'vankien';

const warning = fileDiagnostic;

/** A PDF laid out and waiting to be painted with its siblings (see paintJobs). */
export interface PdfJob {
  /** Output path, inside the output folder. */
  path: string;
  /** Which timing the painting counts under (the benchmark's kinds of document). */
  kind: string;
  /** Laid out, and for a .docx also as read (`ir`, `layout`): the print bundle reuses the pledge's. */
  pending: PendingPdf & Partial<LaidOut>;
}

/**
 * The PDF of every .docx output, with the document's title, issuer and kind as its properties.
 * An engine that can lay out without painting (ours) gives jobs, painted later with their siblings;
 * another (LibreOffice) gives the PDFs themselves.
 */
export async function pdfOutputs(
  docx: Output[],
  vm: ViewModel,
  kinds: readonly DocumentKind[],
  engine: PdfEngine,
  shownDir: string,
): Promise<{ outputs: Output[]; diagnostics: Diagnostic[]; jobs: PdfJob[] }> {
  const outputs: Output[] = [];
  const diagnostics: Diagnostic[] = [];
  const jobs: PdfJob[] = [];
  for (const o of docx) {
    if (!o.path.endsWith('.docx') || typeof o.bytes === 'string') continue;
    const name =
      o.path
        .split('/')
        .pop()
        ?.replace(/\.docx$/, '') ?? '';
    const kind = kinds.find((k) => k.engine === 'docx' && k.output === name);
    if (!kind?.formats.includes('pdf')) continue;
    const file = `${shownDir}/${o.path}`;
    const path = o.path.replace(/\.docx$/, '.pdf');
    const meta = {
      ...(({ party: _, ...p }) => p)(documentProperties(kind, vm)),
      subject: vm.title,
      language: 'vi-VN',
      creator: PRODUCER,
      producer: PRODUCER,
    };
    try {
      if (engine.layout) {
        const pending = engine.layout(o.bytes, meta, file);
        append(diagnostics, warningDiagnostics(file, pending.warnings));
        jobs.push({ path, kind: 'pdf', pending });
        continue;
      }
      const { pdf, warnings } = await engine.convert(o.bytes, meta, file);
      outputs.push({ path, bytes: pdf });
      append(diagnostics, warningDiagnostics(file, warnings));
    } catch (e) {
      // docxtemplater can turn well-formed template XML into a broken document (XML inside a tag's
      // text, say): that is the template's fault, said of the template, not an internal error.
      if (!(e instanceof DocxReadError)) throw e;
      diagnostics.push(
        templateDiagnostic(`templates/${kind.template}`, 'VK601', {
          detail: `văn bản tạo từ mẫu không đọc được (${docxReadText(e.problem)})`,
        }),
      );
    }
  }
  return { outputs, diagnostics, jobs };
}

/**
 * Paints the jobs of one conference. Each face gets one subset holding the glyphs of all of them:
 * the subset program is made and compressed once (the painter caches it) instead of once per PDF.
 * `time` measures each painting under its job's kind; `caches` are the session's or worker's (fresh by default).
 * Outputs come in the jobs' order.
 */
export async function paintJobs(
  jobs: readonly PdfJob[],
  time: (kind: string, paint: () => Promise<Uint8Array>) => Promise<Uint8Array>,
  caches: PdfCaches = createPdfCaches(),
): Promise<Output[]> {
  const shared = new Map<string, Set<number>>();
  for (const job of jobs) {
    for (const [key, ids] of glyphSetsOf(job.pending.pages, caches)) {
      const set = shared.get(key);
      if (set) for (const id of ids) set.add(id);
      else shared.set(key, ids);
    }
  }
  const outputs: Output[] = [];
  for (const job of jobs) outputs.push({ path: job.path, bytes: await time(job.kind, () => paintPending(job.pending, shared, caches)) });
  return outputs;
}

/** The PDF engine's warnings about one document as VK701/VK702/VK703/VK706 diagnostics. */
export function warningDiagnostics(file: string, warnings: PdfWarning[]): Diagnostic[] {
  return warnings.map((w) => {
    if (w.kind === 'unsupported') return warning(file, 'VK701', { document: file, element: unsupportedText(w), where: placeText(w.where) });
    if (w.kind === 'font') {
      const used = w.font.used;
      if (w.font.match === 'legacy-vietnamese') return warning(file, 'VK706', { document: file, requested: w.family, used });
      const generic = w.font.match === 'generic' && isBundledFace(used) ? GENERIC_WORDS[genericOf(used)] : undefined;
      return warning(file, 'VK703', { document: file, requested: w.family, used, kind_vi: generic?.vi ?? '', kind_en: generic?.en ?? '' });
    }
    return warning(file, 'VK702', {
      document: file,
      char: w.char,
      code: `U+${(w.char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
      where: placeText(w.where),
    });
  });
}

/** The kind of face put in place of a family with no metric clone, in the message's words. */
const GENERIC_WORDS: Record<Generic, { vi: string; en: string }> = {
  serif: { vi: 'phông có chân', en: 'serif' },
  sans: { vi: 'phông không chân', en: 'sans-serif' },
  mono: { vi: 'phông đều nét', en: 'monospaced' },
};
const isBundledFace = (name: string): name is BundledFace => (BUNDLED_FACES as readonly string[]).includes(name);
