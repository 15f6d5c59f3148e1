// Renders the bulletin of a conference with the repository's templates: HTML, text, Word and (on request) PDF.
import { BULLETIN_CONTENT, mergeTypography } from '../../src/bulletin/print-typography.js';
import { readHtml, type NewsTypography, type ReadHtmlOptions } from '../../src/engine/html/index.js';
import type { DocumentIR } from '../../src/engine/ir.js';
import { loadBulletin } from '../../src/workspace/bulletin-templates.js';
import { createFontSource } from '../../src/engine/fonts/source.js';
import { renderBulletin } from '../../src/render/bulletin.js';
import { paintJobs } from '../../src/render/pdf-outputs.js';
import { buildViewModel } from '../../src/view/build.js';
import type { Project } from '../../src/model/registry.js';
import type { ConferenceFile } from '../../src/schema/conference.js';
import { FIXED, profile } from './docx.js';
import { envFor, provinces, REPO } from './fixtures.js';
import { createCaches } from '../../src/caches.js';

export const loaded = loadBulletin(REPO, provinces);
const fonts = createFontSource();
const env = envFor(REPO);

export async function bulletin(project: Project, conf: ConferenceFile, pdf = false) {
  if (!loaded.html) throw new Error(`bulletin templates do not compile: ${JSON.stringify(loaded.diagnostics)}`);
  const vm = buildViewModel(conf, { registry: project, provinces, image: () => null, profile });
  const out = renderBulletin(
    vm,
    {
      kind: loaded.kind!,
      html: loaded.html,
      htmlFile: loaded.htmlFile,
      docx: loaded.docx,
      profile,
      fonts,
      image: env.read,
      date: FIXED,
      caches: createCaches(),
      pdf,
    },
    'out',
  );
  if (out.job) out.outputs.push(...(await paintJobs([out.job], (_kind, paint) => paint())));
  const get = (name: string) => out.outputs.find((o) => o.path.endsWith(name))?.bytes;
  return {
    vm,
    out,
    html: String(get('ban-tin.html') ?? ''),
    text: String(get('ban-tin.txt') ?? ''),
    docx: get('ban-tin.docx') as Uint8Array | undefined,
    pdf: get('ban-tin.pdf') as Uint8Array | undefined,
  };
}

/** Whitespace runs as one space. */
export const flat = (s: string) => s.replace(/\s+/g, ' ');

/** readHtml as the bulletin calls it: its content selectors, its typography with `typography`'s overrides. */
export const readBulletinHtml = (
  html: string,
  options: Omit<Partial<ReadHtmlOptions>, 'typography'> & { typography?: Partial<NewsTypography> } = {},
): DocumentIR =>
  readHtml(html, { language: 'vi-VN', ...options, typography: mergeTypography(options.typography), content: BULLETIN_CONTENT });
