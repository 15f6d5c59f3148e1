// Handlebars for the bulletin: an isolated environment, our helpers only, escaping always on.
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/types.js';
import { templateDiagnostic } from '../render/docx/errors.js';
import { hbsDiagnostic, type TemplatePart } from './errors.js';
import { BUILTIN_HELPERS, BULLETIN_HELPERS } from './helpers.js';

export interface BulletinTemplates {
  /** The main template's path (for messages) and text. */
  main: { file: string; text: string };
  /** Partials by name ("photo", "style"), each with its path and text. */
  partials: Array<{ name: string; file: string; text: string }>;
}

/** Ours and the safe built-ins; `log` (writes to the console) is switched off. */
const KNOWN: Record<string, boolean> = {
  ...Object.fromEntries([...Object.keys(BULLETIN_HELPERS), ...BUILTIN_HELPERS].map((n) => [n, true])),
  log: false,
};

/** `{{{x}}}` and `{{&x}}` print without escaping: refused, so data can never inject markup. */
const UNESCAPED = /\{\{\{|\{\{~?\s*&/;

/** A compiled template keeps its parts (main first), to place render errors. */
export type Compiled = { ok: true; render: (context: object) => string; parts: TemplatePart[] } | { ok: false; diagnostics: Diagnostic[] };

export function compileBulletin(t: BulletinTemplates): Compiled {
  const diagnostics: Diagnostic[] = [];
  for (const part of [t.main, ...t.partials]) {
    if (UNESCAPED.test(part.text))
      diagnostics.push(
        templateDiagnostic(part.file, 'VK605', {
          detail_vi: 'có {{{…}}} hoặc {{&…}} in dữ liệu không qua lọc',
          detail_en: 'it uses {{{…}}} or {{&…}}, which print data unescaped',
        }),
      );
  }
  if (diagnostics.length) return { ok: false, diagnostics };
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(BULLETIN_HELPERS)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  const options: CompileOptions = { strict: true, knownHelpers: KNOWN, knownHelpersOnly: true, preventIndent: true };
  // precompile parses the whole template and rejects unknown helpers now, not at the first render.
  for (const part of [t.main, ...t.partials]) {
    try {
      hb.precompile(part.text, options);
    } catch (e) {
      diagnostics.push(hbsDiagnostic(e, [part]));
    }
  }
  if (diagnostics.length) return { ok: false, diagnostics };
  for (const p of t.partials) hb.registerPartial(p.name, hb.compile(p.text, options));
  const main = hb.compile(t.main.text, options);
  const runtime = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };
  return {
    ok: true,
    render: (context) => main(context, runtime),
    parts: [t.main, ...t.partials].map(({ file, text }) => ({ file, text })),
  };
}

/** Renders, turning a strict-mode lookup failure (a name the data lacks) into a diagnostic. */
export function renderBulletinHtml(
  compiled: Extract<Compiled, { ok: true }>,
  context: object,
  file: string,
): { html: string } | { diagnostics: Diagnostic[] } {
  try {
    return { html: compiled.render(context) };
  } catch (e) {
    const [main, ...partials] = compiled.parts;
    return { diagnostics: [hbsDiagnostic(e, [{ file, text: main?.text ?? '' }, ...partials])] };
  }
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];
