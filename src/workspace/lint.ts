// Template lint for check and build: the declared kinds, every Word template and the bulletin's (loaded on demand: heavy).
import type { Diagnostic } from '../diagnostics/types.js';
import type { DocumentKind } from '../kinds/kinds.js';
import type { ProvinceList } from '../reference/provinces.js';
import { lintTemplate } from '../render/docx/lint.js';
import { documentData } from '../render/documents.js';
import { buildViewModel } from '../view/build.js';
import { PROBE_PROFILE, probeConference } from '../view/probe.js';
import { loadBulletin } from './bulletin-templates.js';
import type { loadTemplates } from './inputs.js';

/**
 * Lints the Word template of every declared kind against the view model of a probe conference that has
 * one of everything: a kind added by the user is linted like vankien's own (missing tags, unknown names).
 */
export function lintTemplates(
  templates: ReturnType<typeof loadTemplates>,
  provinces: ProvinceList,
  kinds: readonly DocumentKind[],
): Diagnostic[] {
  const probe = probeConference();
  const probeVm = buildViewModel(probe.conference, {
    registry: probe.registry,
    provinces,
    image: () => null,
    kinds,
    profile: PROBE_PROFILE,
  });
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const kind of kinds) {
    const t = kind.engine === 'docx' ? templates.get(kind.template) : undefined;
    if (!t || seen.has(t.file)) continue;
    seen.add(t.file);
    // Documents are rendered with their core properties and own draft state beside the view model (render/documents.ts).
    out.push(...lintTemplate(t.file, t.bytes, documentData(kind, probeVm)));
  }
  return out;
}

/** Every template problem of a project: its declared kinds, Word templates and the bulletin's. */
export function lintAll(
  root: string,
  templates: ReturnType<typeof loadTemplates>,
  provinces: ProvinceList,
  kinds: readonly DocumentKind[],
): Diagnostic[] {
  return [...lintTemplates(templates, provinces, kinds), ...loadBulletin(root, provinces, true, kinds).diagnostics];
}
