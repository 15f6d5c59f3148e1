// All documents of one conference: minutes and pledge (.docx, .pdf), the print bundle and the bulletin.
import type { Diagnostic } from '../diagnostics/types.js';
import { renderBulletin } from '../render/bulletin.js';
import { renderConference } from '../render/documents.js';
import { fixedZipDate } from '../render/docx/zip.js';
import { paintJobs, pdfOutputs, warningDiagnostics, type PdfJob } from '../render/pdf-outputs.js';
import type { ConferenceFile } from '../schema/conference.js';
import { buildViewModel } from '../view/build.js';
import type { ViewModel } from '../view/model.js';
import { docxImage, photoBytes } from '../view/images.js';
import type { Output } from '../write/write.js';
import { printBundlePending } from './print-bundle.js';
import { fitGrid } from './fit-grid.js';
import type { RenderContext } from './session.js';
import type { RegistryValues } from '../model/registry.js';
import { append } from '../util/arrays.js';
import type { DocumentKind } from '../kinds/kinds.js';

export interface ConferenceResult {
  id: string;
  outputs: Output[];
  diagnostics: Diagnostic[];
  /**
   * What the conference's documents still lack (each item once, "giờ bắt đầu (time.start)"); empty when
   * every document is final. `withheld` names outputs not made because of it (the draft pledge's print bundle).
   */
  draft: { missing: string[]; withheld: Array<{ path: string; missing: string[] }> };
  /** Milliseconds spent per kind of document, for the benchmark. */
  timings: Record<string, number>;
}

/** The missing items of the documents that apply and are marked as drafts (minutes, pledge…), each once, in requirement order. */
function draftMissing(vm: ViewModel, kinds: readonly DocumentKind[], conf: ConferenceFile): string[] {
  return [...new Set(kinds.filter((k) => k.draft && k.applies(conf)).flatMap((k) => vm.drafts[k.id]?.missing ?? []))];
}

/** Every document of a checked conference, from the units and clusters it names. */
export async function buildConference(
  s: RenderContext,
  registry: RegistryValues,
  conf: ConferenceFile,
  outShown: string,
): Promise<ConferenceResult> {
  const r = s.rendering;
  if (!r) throw new Error('buildConference needs prepareRendering first');
  const timings: Record<string, number> = {};
  const time = async <T>(kind: string, f: () => Promise<T> | T): Promise<T> => {
    const t = process.hrtime.bigint();
    const r = await f();
    timings[kind] = (timings[kind] ?? 0) + Number(process.hrtime.bigint() - t) / 1e6;
    return r;
  };
  const read = (p: string) => s.env.read(p.replace(/\\/g, '/'));
  const image = (path: string, role: 'signature' | 'seal') => {
    const bytes = read(path);
    return bytes ? docxImage(bytes, role, s.profile, s.caches.shrunk) : null;
  };
  // Photos at the size a bulletin needs; bytes the scaler cannot read go on as they are, to the checks downstream.
  const photo = (p: string) => {
    const bytes = read(p);
    const scaled = bytes && photoBytes(bytes, s.caches.shrunk);
    return scaled && !('problem' in scaled) ? scaled : bytes;
  };
  const date = fixedZipDate();
  const vm = buildViewModel(conf, {
    registry,
    provinces: s.env.provinces,
    image,
    kinds: s.kinds,
    profile: s.profile,
    ...(s.env.recipients ? { recipients: s.env.recipients() } : {}),
  });
  const rendered = await time('docx', () => renderConference(conf, vm, s.templates, s.kinds, date, s.caches));
  const diagnostics = [...rendered.diagnostics];
  const outputs: Output[] = [...rendered.outputs];
  const draft: ConferenceResult['draft'] = { missing: draftMissing(vm, s.kinds, conf), withheld: [] };
  if (rendered.diagnostics.length > 0) return { id: conf.id, outputs: [], diagnostics, timings, draft };
  // Our engine lays every PDF out first and paints them together at the end, so that they share one
  // font subset per face (made and compressed once per conference instead of once per PDF).
  const jobs: PdfJob[] = [];
  if (r.engine) {
    const engine = r.engine;
    const pdfs = await time('pdf', () => pdfOutputs(rendered.outputs, vm, s.kinds, engine, outShown));
    append(diagnostics, pdfs.diagnostics);
    outputs.push(...pdfs.outputs);
    jobs.push(...pdfs.jobs);
    for (const kind of s.kinds.filter((k) => k.printBundle && k.engine === 'docx' && k.applies(conf))) {
      const base = `${conf.id}/${kind.output}`;
      const signed = pdfs.jobs.find((j) => j.path === `${base}.pdf`);
      const signedDocx = outputs.find((o) => o.path === `${base}.docx`);
      const relayout = engine.layout;
      // The signature grid laid out again, tighter, when that saves a sheet (fit-grid.ts); the .docx follows.
      if (signed && signedDocx && relayout && typeof signedDocx.bytes !== 'string') {
        const where = `${outShown}/${signedDocx.path}`;
        const fitted = fitGrid(
          signedDocx.bytes,
          signed.pending,
          vm.pledge.single,
          (d) => relayout(d, signed.pending.meta, where),
          s.profile,
          date,
          s.caches.zip,
        );
        if (fitted) {
          signedDocx.bytes = fitted.docx;
          signed.pending = fitted.pending;
        }
      }
      const { ir, layout } = signed?.pending ?? {};
      // The numbered originals are the pledge's: their count and keepers come from the pledge's data.
      const copies = vm.pledge.originalsCount;
      const state = vm.drafts[kind.id];
      // A draft gets no print bundle: its numbered originals would pass for the final document.
      if (state?.present) draft.withheld.push({ path: `${base}-ban-in.pdf`, missing: state.missing });
      else if (signed && ir && layout && copies !== undefined && copies > 0) {
        const meta = {
          title: `${kind.title} (bản in): ${vm.title}`,
          author: vm[kind.author].issuerName,
          language: 'vi-VN',
          creator: 'vankien',
          producer: 'vankien',
        };
        const pending = await time('print-bundle', () =>
          printBundlePending(
            { ir, layout },
            { copies, keepers: vm.pledge.keepers, fonts: r.fonts, meta, where: `${outShown}/${base}.docx` },
          ),
        );
        jobs.push({ path: `${base}-ban-in.pdf`, kind: 'print-bundle', pending });
      }
    }
  }
  const newsKind = r.bulletin.kind;
  if (r.bulletin.html && newsKind?.applies(conf)) {
    const html = r.bulletin.html;
    const news = await time('bulletin', () =>
      renderBulletin(
        vm,
        {
          kind: newsKind,
          html,
          htmlFile: r.bulletin.htmlFile,
          docx: r.bulletin.docx,
          profile: s.profile,
          fonts: r.fonts,
          image: photo,
          date,
          caches: s.caches,
          pdf: s.options.pdfEngine !== 'none',
        },
        outShown,
      ),
    );
    append(diagnostics, news.diagnostics, warningDiagnostics(`${outShown}/${conf.id}/${newsKind.output}.pdf`, news.warnings));
    outputs.push(...news.outputs);
    if (news.job) jobs.push(news.job);
  }
  outputs.push(...(await paintJobs(jobs, time, s.caches)));
  return { id: conf.id, outputs, diagnostics, timings, draft };
}
