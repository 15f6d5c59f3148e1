// Template lint for check and build: every Word template and the bulletin's templates (loaded on demand: heavy).
import type { Diagnostic } from '../diagnostics/types.js';
import type { ProvinceList } from '../reference/provinces.js';
import { lintTemplate } from '../render/docx/lint.js';
import { documentData } from '../render/documents.js';
import { buildViewModel } from '../view/build.js';
import { PROBE_PROFILE, probeConference } from '../view/probe.js';
import { loadBulletin } from './bulletin-templates.js';
import type { loadTemplates } from './inputs.js';

/** Lints every Word template against the view model of a probe conference that has one of everything. */
export function lintTemplates(templates: ReturnType<typeof loadTemplates>, provinces: ProvinceList): Diagnostic[] {
  const probe = probeConference();
  const probeVm = buildViewModel(probe.conference, { registry: probe.registry, provinces, image: () => null, profile: PROBE_PROFILE });
  // Documents are rendered with their core properties beside the view model (render/documents.ts).
  const data = documentData('bien-ban', probeVm);
  return templates.all.flatMap((t) => lintTemplate(t.file, t.bytes, data));
}

/** Every template problem of a project: Word templates and the bulletin's. */
export function lintAll(root: string, templates: ReturnType<typeof loadTemplates>, provinces: ProvinceList): Diagnostic[] {
  return [...lintTemplates(templates, provinces), ...loadBulletin(root, provinces).diagnostics];
}
