// The press bulletin of one conference: HTML from Handlebars, then text, Word and PDF from that HTML.
import type { Diagnostic } from '../diagnostics/types.js';
import { fitEmu, imageInfo, isImageProblem } from '../engine/images/info.js';
import type { FontSource } from '../engine/fonts/face.js';
import { readHtml } from '../engine/html/index.js';
import type { NewsTypography } from '../engine/html/typography.js';
import { BULLETIN_CONTENT, mergeTypography } from '../bulletin/print-typography.js';
import { layoutPdf, type PdfWarning } from '../engine/index.js';
import type { PdfJob } from './pdf-outputs.js';
import { mmToEmu, type Profile } from '../profile/profile.js';
import { htmlToBlocks, type BulletinBlock } from '../bulletin/html-blocks.js';
import { htmlToText } from '../bulletin/html-text.js';
import { renderBulletinHtml, type Compiled } from '../bulletin/handlebars.js';
import { bulletinContext } from '../bulletin/context.js';
import type { ViewModel } from '../view/model.js';
import type { Output } from '../write/write.js';
import type { DocxImage } from './docx/image-module.js';
import { renderDocx } from './docx/render.js';
import { append } from '../util/arrays.js';
import type { DocumentKind } from '../kinds/kinds.js';
import type { Caches } from '../caches.js';

export interface BulletinContext {
  /** The declared kind rendered (its output name and formats; html always). */
  kind: Pick<DocumentKind, 'output' | 'formats' | 'title'>;
  html: Extract<Compiled, { ok: true }>;
  htmlFile: string;
  docx?: { file: string; bytes: Uint8Array };
  profile: Profile;
  fonts: FontSource;
  /** Bytes of an image named in the data (photos), or undefined. */
  image(path: string): Uint8Array | undefined;
  date: Date;
  caches: Caches;
  /** false: HTML, text and .docx only; true: also the PDF, laid out and given back as a job (painted by the caller with its siblings, paintJobs). */
  pdf: boolean;
}

const MIME = { png: 'image/png', jpeg: 'image/jpeg' } as const;

/** Photos with their pictures embedded as data URIs, so the HTML page stands alone. */
function photosOf(vm: ViewModel, ctx: BulletinContext) {
  return vm.news.photos.map((p) => {
    const bytes = p.file ? ctx.image(p.file) : undefined;
    const info = bytes ? imageInfo(bytes) : undefined;
    if (!bytes || !info || isImageProblem(info)) return { ...p, src: '', width: 0, height: 0 };
    // Shown at most 640 CSS px wide; the PDF and Word versions scale to their column.
    const scale = Math.min(1, 640 / info.widthPx);
    return {
      ...p,
      src: `data:${MIME[info.format]};base64,${Buffer.from(bytes).toString('base64')}`,
      width: Math.round(info.widthPx * scale),
      height: Math.round(info.heightPx * scale),
    };
  });
}

/** The news typography with the sizes the format profile gives. */
export function newsTypography(profile: Profile): Partial<NewsTypography> {
  const n = profile.news_pt;
  const base = { bold: false, italic: false, firstLine: 0, keepNext: false, line: { rule: 'auto' as const, value: 1.2 } };
  return {
    family: profile.font.family,
    headline: {
      ...base,
      size: n.headline.value,
      bold: true,
      align: 'left',
      spaceBefore: 0,
      spaceAfter: 12,
      keepNext: true,
      line: { rule: 'auto', value: 1 },
    },
    subhead: { ...base, size: n.subhead.value, bold: true, align: 'left', spaceBefore: 6, spaceAfter: 6, keepNext: true },
    body: { ...base, size: n.body.value, align: 'both', spaceBefore: 0, spaceAfter: 6 },
    lead: { ...base, size: n.body.value, bold: true, align: 'both', spaceBefore: 0, spaceAfter: 9 },
    caption: { ...base, size: n.caption.value, italic: true, align: 'center', spaceBefore: 0, spaceAfter: 9 },
    author: { ...base, size: n.body.value, bold: true, align: 'right', spaceBefore: 6, spaceAfter: 0 },
    item: { ...base, size: n.body.value, align: 'both', spaceBefore: 0, spaceAfter: 3 },
  };
}

const dataUri = (src: string) => {
  const m = /^data:[^;,]+;base64,(.*)$/s.exec(src);
  return m ? new Uint8Array(Buffer.from(m[1] ?? '', 'base64')) : undefined;
};

/** Word blocks: one per paragraph of the HTML, with the picture of each figure sized to the column. */
function docxBlocks(blocks: BulletinBlock[], profile: Profile) {
  const column = mmToEmu(profile.page.width_mm.value - profile.margins_mm.left.value - profile.margins_mm.right.value);
  return blocks.map((b) => {
    const bytes = b.image ? dataUri(b.image.src) : undefined;
    const info = bytes ? imageInfo(bytes) : undefined;
    let image: DocxImage | null = null;
    if (bytes && info && !isImageProblem(info)) {
      const { cx, cy } = fitEmu(info, column, Math.round(mmToEmu(profile.page.height_mm.value) * 0.4));
      image = { bytes, format: info.format, cx, cy, description: b.text };
    }
    return { [b.kind]: true, text: b.text, image };
  });
}

export function renderBulletin(
  vm: ViewModel,
  ctx: BulletinContext,
  outDirShown: string,
): { outputs: Output[]; diagnostics: Diagnostic[]; warnings: PdfWarning[]; job?: PdfJob } {
  const rendered = renderBulletinHtml(ctx.html, bulletinContext(vm, photosOf(vm, ctx)), ctx.htmlFile);
  if ('diagnostics' in rendered) return { outputs: [], diagnostics: rendered.diagnostics, warnings: [] };
  const { html } = rendered;
  const base = `${vm.id}/${ctx.kind.output}`;
  const wants = (f: DocumentKind['formats'][number]) => ctx.kind.formats.includes(f);
  const outputs: Output[] = [{ path: `${base}.html`, bytes: html }];
  if (wants('txt')) outputs.push({ path: `${base}.txt`, bytes: htmlToText(html, ctx.caches.news) });
  const diagnostics: Diagnostic[] = [];
  if (ctx.docx && wants('docx')) {
    const docx = renderDocx(
      ctx.docx.file,
      ctx.docx.bytes,
      {
        blocks: docxBlocks(htmlToBlocks(html, { news: ctx.caches.news }), ctx.profile),
        properties: { title: `${ctx.kind.title}: ${vm.news.headline}`, author: vm.news.author, keywords: vm.news.keywords, party: false },
      },
      ctx.date,
      ctx.caches,
    );
    if (docx.ok) outputs.push({ path: `${base}.docx`, bytes: docx.bytes });
    else append(diagnostics, docx.diagnostics);
  }
  if (ctx.pdf && wants('pdf')) {
    const ir = readHtml(html, {
      typography: mergeTypography(newsTypography(ctx.profile)),
      content: BULLETIN_CONTENT,
      image: (src) => dataUri(src) ?? ctx.image(src),
      where: `${outDirShown}/${base}.html`,
      language: 'vi-VN',
      news: ctx.caches.news,
    });
    const pending = layoutPdf(ir, ctx.fonts, {
      title: vm.news.headline,
      subject: vm.title,
      author: vm.news.author || vm.news.agency || undefined,
      keywords: vm.news.keywords,
      language: 'vi-VN',
      creator: 'vankien',
      producer: 'vankien',
    });
    return { outputs, diagnostics, warnings: pending.warnings, job: { path: `${base}.pdf`, kind: 'bulletin', pending } };
  }
  return { outputs, diagnostics, warnings: [] };
}
