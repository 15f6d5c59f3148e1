// The Word documents of one conference: the declared kinds that apply, rendered from one view model.
import type { Diagnostic } from '../diagnostics/types.js';
import type { DocumentKind } from '../kinds/kinds.js';
import type { ConferenceFile } from '../schema/conference.js';
import { FINAL } from '../view/draft.js';
import type { ViewModel } from '../view/model.js';
import { renderDocx } from './docx/render.js';
import { headerFitParts } from './docx/header-fit.js';
import type { Output } from '../write/write.js';
import { append } from '../util/arrays.js';
import { documentProperties } from './pdf-outputs.js';
import { keepSpacedDashes, mapStrings } from '../view/typography.js';
import type { Caches } from '../caches.js';

export interface Templates {
  /** Template bytes by file name in templates/ ("bien-ban.docx"), with the path shown in diagnostics. */
  get(template: string): { file: string; bytes: Uint8Array } | undefined;
}

/**
 * What a Word template of a kind is rendered with: the view model with spaced dashes kept whole
 * (formats.md §6), the core properties (docProps/core.xml of our templates prints {properties.*}), and
 * the kind's own draft state as `draft` (a template of a kind added by a user prints {draft.mark}).
 */
export function documentData(kind: DocumentKind, vm: ViewModel) {
  return { ...mapStrings(vm, keepSpacedDashes), properties: documentProperties(kind, vm), draft: vm.drafts[kind.id] ?? FINAL };
}

export function renderConference(
  c: ConferenceFile,
  vm: ViewModel,
  templates: Templates,
  kinds: readonly DocumentKind[],
  date: Date,
  caches: Caches,
): { outputs: Output[]; diagnostics: Diagnostic[] } {
  const outputs: Output[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const kind of kinds) {
    if (kind.engine !== 'docx' || !kind.applies(c)) continue;
    const template = templates.get(kind.template);
    if (!template) continue;
    const fit = vm[kind.author].fit;
    const result = renderDocx(template.file, template.bytes, documentData(kind, vm), date, caches, true, (zip) => headerFitParts(zip, fit));
    if (result.ok) outputs.push({ path: `${c.id}/${kind.output}.docx`, bytes: result.bytes });
    else append(diagnostics, result.diagnostics);
  }
  return { outputs, diagnostics };
}
