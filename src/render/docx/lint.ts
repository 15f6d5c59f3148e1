// Template lint: every tag of a .docx template must name something the view model has (found before rendering).
import { XMLValidator } from 'fast-xml-parser';
import { parseXml } from '../../engine/docx/xml-parse.js';
import type PizZip from 'pizzip';
import type { Diagnostic } from '../../diagnostics/types.js';
import { suggestionFor } from '../../text/closest.js';
import { fromDocxtemplater, templateDiagnostic } from './errors.js';
import { resolvePath, TAG_PATTERN } from './parser.js';
import { compileTemplate, openTemplate } from './render.js';

interface Part {
  type: string;
  value: string;
  module?: string;
  subparsed?: Part[];
}

/**
 * Collects the parsed tags of every templated part (docxtemplater hands each part's tree to modules
 * through `set({ inspect })`). Ours instead of docxtemplater's InspectModule, which needs lodash.
 */
class TagCollector {
  readonly name = 'VankienTagCollector';
  private file = '';
  readonly parts = new Map<string, Part[]>();
  set(obj: { inspect?: { filePath?: string; postparsed?: Part[] } }): void {
    if (obj.inspect?.filePath) this.file = obj.inspect.filePath;
    if (obj.inspect?.postparsed) this.parts.set(this.file, obj.inspect.postparsed);
  }
}

/** Dotted names reachable from a scope, for "did you mean" hints. */
function namesOf(scope: unknown, prefix = '', depth = 0): string[] {
  if (scope === null || typeof scope !== 'object' || Array.isArray(scope) || depth > 3) return [];
  return Object.entries(scope).flatMap(([k, v]) => [prefix + k, ...namesOf(v, `${prefix}${k}.`, depth + 1)]);
}

/** Checks each tag against the chain of scopes docxtemplater would search, innermost first. */
function walk(parts: Part[], scopes: unknown[], file: string, out: Diagnostic[]): void {
  for (const part of parts) {
    if (part.type !== 'placeholder') continue;
    const tag = part.value.trim();
    if (!TAG_PATTERN.test(tag)) {
      out.push(templateDiagnostic(file, 'VK604', { tag }, [tag]));
      continue;
    }
    const found = scopes.map((s) => resolvePath(s, tag)).find((v) => v !== undefined);
    if (found === undefined) {
      out.push(
        templateDiagnostic(
          file,
          'VK603',
          {
            tag,
            ...suggestionFor(
              tag,
              scopes.flatMap((s) => namesOf(s)),
            ),
          },
          [tag],
        ),
      );
      continue;
    }
    if (part.subparsed) {
      // A loop over a list looks inside its first item; a section over an object looks inside it.
      const inner = Array.isArray(found) ? found[0] : found;
      walk(part.subparsed, [inner, ...scopes], file, out);
    }
  }
}

/** Every XML part of the package must be well-formed, or Word refuses the result. */
function malformedParts(file: string, zip: PizZip): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const name of Object.keys(zip.files).sort()) {
    if (!/\.(xml|rels)$/i.test(name) || zip.files[name]?.dir) continue;
    const text = zip.file(name)?.asText() ?? '';
    const result = XMLValidator.validate(text);
    if (result !== true) {
      const where = `${name}, dòng ${result.err.line}, cột ${result.err.col}`;
      out.push(
        templateDiagnostic(file, 'VK602', {
          tag: name,
          detail_vi: `XML hỏng ở ${where}: ${result.err.msg}`,
          detail_en: `malformed XML at ${name}, line ${result.err.line}, column ${result.err.col}: ${result.err.msg}`,
        }),
      );
      continue;
    }
    // The PDF engine's reader is stricter than the validator (a "<" inside an attribute value, say):
    // what it cannot read is refused here, not found while rendering a conference.
    try {
      parseXml(text);
    } catch (e) {
      const why = (e as Error).message;
      const at = /^line (\d+), column (\d+): (.*)$/s.exec(why);
      const vi = at ? `XML hỏng ở ${name}, dòng ${at[1]}, cột ${at[2]}: ${at[3]}` : `XML hỏng ở ${name}: ${why}`;
      out.push(templateDiagnostic(file, 'VK602', { tag: name, detail_vi: vi, detail_en: `malformed XML at ${name}, ${why}` }));
    }
  }
  return out;
}

export function lintTemplate(file: string, bytes: Uint8Array, probe: object): Diagnostic[] {
  const opened = openTemplate(file, bytes);
  if ('diagnostics' in opened) return opened.diagnostics;
  const malformed = malformedParts(file, opened.zip);
  if (malformed.length > 0) return malformed;
  const collector = new TagCollector();
  try {
    compileTemplate(opened.zip, [collector]);
  } catch (e) {
    return fromDocxtemplater(file, e);
  }
  const out: Diagnostic[] = [];
  for (const parts of collector.parts.values()) walk(parts, [probe], file, out);
  return out;
}
