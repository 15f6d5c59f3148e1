// The bulletin's templates from disk (the project's own, else vankien's): compiled and linted.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileBulletin, renderBulletinHtml, type Compiled } from '../bulletin/handlebars.js';
import { bulletinContext } from '../bulletin/context.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ProvinceList } from '../reference/provinces.js';
import { lintTemplate } from '../render/docx/lint.js';
import { templateDiagnostic } from '../render/docx/errors.js';
import { buildViewModel } from '../view/build.js';
import { PROBE_PROFILE, probeConference } from '../view/probe.js';
import { projectOrBundled, shown } from './workspace.js';
import { append } from '../util/arrays.js';
import type { DocumentKind } from '../kinds/kinds.js';
import { loadKinds, templateInputsOf } from '../kinds/load.js';

export interface LoadedBulletin {
  /** The declared kind whose template this is (the one kind with a .hbs template); none: no bulletin. */
  kind?: DocumentKind;
  html?: Extract<Compiled, { ok: true }>;
  htmlFile: string;
  docx?: { file: string; bytes: Uint8Array };
  diagnostics: Diagnostic[];
}

/** What the Word bulletin template may use: a list of blocks, one flag per kind. */
export const BULLETIN_DOCX_PROBE = {
  blocks: [
    {
      headline: true,
      subhead: true,
      lead: true,
      body: true,
      item: true,
      figure: true,
      caption: true,
      author: true,
      text: 'x',
      image: null,
    },
  ],
  properties: { title: 'x', author: 'x', keywords: 'x', party: false },
};

/**
 * The bulletin's templates, compiled. With `lint` (the default) they are also tried on a probe
 * conference and the Word template linted; a build passes false, since it lints every template itself
 * (lintAll) whenever they change, and would otherwise repeat that work in every worker (~45 ms each).
 */
export function loadBulletin(
  root: string,
  provinces: ProvinceList,
  lint = true,
  kinds: readonly DocumentKind[] = loadKinds(root).kinds,
): LoadedBulletin {
  const kind = kinds.find((k) => k.engine === 'news');
  if (!kind) return { htmlFile: '', diagnostics: [] };
  const [mainRel = '', partialsRel = '', docxRel = ''] = templateInputsOf(kind);
  const mainPath = projectOrBundled(root, mainRel);
  const partialsDir = projectOrBundled(root, partialsRel);
  // Partials are regular files of the folder: a link (which could lead out of the project), a FIFO or a device is refused, not read.
  const refused: Diagnostic[] = [];
  const names = existsSync(partialsDir)
    ? readdirSync(partialsDir)
        .filter((f) => f.endsWith('.hbs'))
        .sort()
    : [];
  const partials = names.flatMap((f) => {
    const full = join(partialsDir, f);
    const st = lstatSync(full, { throwIfNoEntry: false });
    if (st?.isFile()) return [{ name: f.replace(/\.hbs$/, ''), file: shown(root, full), text: readFileSync(full, 'utf8') }];
    refused.push(
      templateDiagnostic(shown(root, full), 'VK605', {
        template: shown(root, full),
        detail_vi: `mẫu con phải là tệp thường trong thư mục ${partialsRel}, không phải liên kết tượng trưng, thư mục hay tệp đặc biệt; thay bằng một bản sao của tệp`,
        detail_en: `a partial must be a regular file in ${partialsRel}, not a symbolic link, folder or special file; put a copy of the file there instead`,
      }),
    );
    return [];
  });
  const htmlFile = shown(root, mainPath);
  const compiled = compileBulletin({ main: { file: htmlFile, text: readFileSync(mainPath, 'utf8') }, partials });
  const diagnostics: Diagnostic[] = [...refused, ...(compiled.ok ? [] : compiled.diagnostics)];
  if (compiled.ok && lint) {
    // Rendering the probe conference (one of everything) finds names the data does not have.
    const probe = probeConference();
    const vm = buildViewModel(probe.conference, { registry: probe.registry, provinces, image: () => null, profile: PROBE_PROFILE });
    const photo = { caption: 'x', file: '', alt: 'x', credit: '', src: '', width: 0, height: 0 };
    const context = bulletinContext(vm, [photo]);
    const tried = renderBulletinHtml(compiled, { ...context, body: [{ text: 'x', photos: [photo] }], leadPhotos: [photo] }, htmlFile);
    if ('diagnostics' in tried) append(diagnostics, tried.diagnostics);
  }
  // The Word companion is optional: without one, a kind that lists docx gives no .docx.
  const docxPath = projectOrBundled(root, docxRel);
  const docx = existsSync(docxPath) ? { file: shown(root, docxPath), bytes: readFileSync(docxPath) } : undefined;
  if (lint && docx) append(diagnostics, lintTemplate(docx.file, docx.bytes, BULLETIN_DOCX_PROBE));
  return { kind, ...(compiled.ok ? { html: compiled } : {}), htmlFile, ...(docx ? { docx } : {}), diagnostics };
}
