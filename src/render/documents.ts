// The documents of one conference: which templates apply, rendered from one view model.
import type { Diagnostic } from '../diagnostics/types.js';
import { documentsOf } from '../model/derive.js';
import type { ConferenceFile } from '../schema/conference.js';
import type { ViewModel } from '../view/model.js';
import { renderDocx } from './docx/render.js';
import type { Output } from '../write/write.js';

import { DOCX_DOCUMENTS } from './names.js';
import { append } from '../util/arrays.js';
import { documentProperties } from './pdf-outputs.js';
import { keepSpacedDashes, mapStrings } from '../view/typography.js';

export { DOCX_DOCUMENTS };

export interface Templates {
  /** Template bytes by name ("bien-ban"), with the path shown in diagnostics. */
  get(name: string): { file: string; bytes: Uint8Array } | undefined;
}

/**
 * What a Word template of document `name` is rendered with: the view model with spaced dashes kept whole
 * (formats.md §6), and the core properties (docProps/core.xml of our templates prints {properties.*}).
 */
export function documentData(name: string, vm: ViewModel) {
  return { ...mapStrings(vm, keepSpacedDashes), properties: documentProperties(name, vm) };
}

export function renderConference(c: ConferenceFile, vm: ViewModel, templates: Templates, date: Date): { outputs: Output[]; diagnostics: Diagnostic[] } {
  const outputs: Output[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of documentsOf(c)) {
    if (doc === 'bulletin') continue;
    const name = DOCX_DOCUMENTS[doc];
    const template = templates.get(name);
    if (!template) continue;
    const result = renderDocx(template.file, template.bytes, documentData(name, vm), date);
    if (result.ok) outputs.push({ path: `${c.id}/${name}.docx`, bytes: result.bytes });
    else append(diagnostics, result.diagnostics);
  }
  return { outputs, diagnostics };
}
