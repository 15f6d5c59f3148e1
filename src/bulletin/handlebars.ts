// Handlebars for the bulletin: an isolated environment, our helpers only, escaping always on.
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/types.js';
import { templateDiagnostic } from '../render/docx/errors.js';
import { BUILTIN_HELPERS, BULLETIN_HELPERS } from './helpers.js';

export interface BulletinTemplates {
  /** The main template's path (for messages) and text. */
  main: { file: string; text: string };
  /** Partials by name ("photo", "style"), each with its path and text. */
  partials: Array<{ name: string; file: string; text: string }>;
}

/** Ours and the safe built-ins; `log` (writes to the console) is switched off. */
const KNOWN: Record<string, boolean> = { ...Object.fromEntries([...Object.keys(BULLETIN_HELPERS), ...BUILTIN_HELPERS].map((n) => [n, true])), log: false };

/** `{{{x}}}` and `{{&x}}` print without escaping: refused, so data can never inject markup. */
const UNESCAPED = /\{\{\{|\{\{~?\s*&/;

export type Compiled = { ok: true; render: (context: object) => string } | { ok: false; diagnostics: Diagnostic[] };

export function compileBulletin(t: BulletinTemplates): Compiled {
  const diagnostics: Diagnostic[] = [];
  for (const part of [t.main, ...t.partials]) {
    if (UNESCAPED.test(part.text)) diagnostics.push(templateDiagnostic(part.file, 'VK605', { detail_vi: 'có {{{…}}} hoặc {{&…}} in dữ liệu không qua lọc', detail_en: 'it uses {{{…}}} or {{&…}}, which print data unescaped' }));
  }
  if (diagnostics.length) return { ok: false, diagnostics };
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(BULLETIN_HELPERS)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  const options: CompileOptions = { strict: true, knownHelpers: KNOWN, knownHelpersOnly: true, preventIndent: true };
  const fail = (file: string, e: unknown) => {
    const first = (e as Error).message.split('\n')[0] ?? String(e);
    return templateDiagnostic(file, 'VK605', { detail_vi: first, detail_en: first });
  };
  // precompile parses the whole template and rejects unknown helpers now, not at the first render.
  for (const part of [t.main, ...t.partials]) {
    try {
      hb.precompile(part.text, options);
    } catch (e) {
      diagnostics.push(fail(part.file, e));
    }
  }
  if (diagnostics.length) return { ok: false, diagnostics };
  for (const p of t.partials) hb.registerPartial(p.name, hb.compile(p.text, options));
  const main = hb.compile(t.main.text, options);
  const runtime = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };
  return { ok: true, render: (context) => main(context, runtime) };
}

/** Renders, turning a strict-mode lookup failure (a name the data lacks) into a diagnostic. */
export function renderBulletinHtml(compiled: Extract<Compiled, { ok: true }>, context: object, file: string): { html: string } | { diagnostics: Diagnostic[] } {
  try {
    return { html: compiled.render(context) };
  } catch (e) {
    const first = (e as Error).message.split('\n')[0] ?? String(e);
    return { diagnostics: [templateDiagnostic(file, 'VK605', { detail_vi: first, detail_en: first })] };
  }
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];
