// A template compiled once per process: docxtemplater lexes a template's XML, parses its tags and
// nests its loops for every document it renders — about 60% of a render (5 of 8 ms for the minutes),
// and the same work for every conference. This keeps what compiling made of each part of a template
// and gives it to the next document of the same template; everything else (zip, content types,
// relationships, modules, rendering) is docxtemplater's own, fresh for each document.
//
// It relies on internals of the pinned docxtemplater (package.json): `precompileFile`, and the fields
// compiling leaves on each part. Rendering reads those and does not change them, except for two
// PowerPoint tags (a16:rowId and p:xfrm), whose parts are never reused. test/render/docx/compiled-cache.test.ts
// renders every template with reuse and without and compares the bytes.
import Docxtemplater from 'docxtemplater';
import type PizZip from 'pizzip';

/** What compiling leaves on one templated part (docxtemplater's XmlTemplater). */
interface CompiledPart {
  xmllexed: unknown;
  lexed: unknown;
  parsed: unknown;
  postparsed: unknown;
  cachedParsers: unknown;
}

interface PartInternals extends CompiledPart {
  content: unknown;
  allErrors: unknown[];
  parse(): PartInternals;
  postparse(): PartInternals;
}

interface DocInternals {
  zip: PizZip;
  compiled: Record<string, PartInternals>;
  createTemplateClass(fileName: string): PartInternals;
  precompileFile(fileName: string): void;
}

/** Tags that rendering rewrites in the compiled parts themselves (PowerPoint tables and frames). */
const MUTATED_BY_RENDER = /a16:rowId|p:xfrm/;

const base = Docxtemplater.prototype as unknown as DocInternals;

/** Compiled parts by template bytes (the render context keeps one array per template). */
const byTemplate = new WeakMap<Uint8Array, Map<string, CompiledPart>>();
/** The parts a zip being compiled may reuse: set just before the constructor, which compiles. */
const reusable = new WeakMap<PizZip, Map<string, CompiledPart>>();

class ReusingDocxtemplater extends Docxtemplater {
  /** Docxtemplater calls this for each templated part; a known part is set up from what compiling made of it. */
  precompileFile(fileName: string): void {
    const doc = this as unknown as DocInternals;
    const known = reusable.get(doc.zip)?.get(fileName);
    if (!known) return base.precompileFile.call(this, fileName);
    const part = doc.createTemplateClass(fileName);
    part.allErrors = [];
    part.xmllexed = known.xmllexed;
    part.lexed = known.lexed;
    part.parse = () => {
      part.parsed = known.parsed;
      return part;
    };
    part.postparse = () => {
      part.postparsed = known.postparsed;
      part.cachedParsers = known.cachedParsers;
      return part;
    };
    doc.compiled[fileName] = part;
  }
}

function compiledParts(doc: Docxtemplater): Map<string, CompiledPart> {
  const parts = new Map<string, CompiledPart>();
  for (const [name, p] of Object.entries((doc as unknown as DocInternals).compiled)) {
    if (typeof p.content !== 'string' || MUTATED_BY_RENDER.test(p.content)) continue;
    parts.set(name, { xmllexed: p.xmllexed, lexed: p.lexed, parsed: p.parsed, postparsed: p.postparsed, cachedParsers: p.cachedParsers });
  }
  return parts;
}

/**
 * A docxtemplater for `zip` (opened from `template`), compiled with `options`, reusing the parts
 * compiled for an earlier document of the same template bytes. The caller passes the same options
 * for the same template. A template that does not compile throws, as docxtemplater does, and is
 * compiled again next time (so its errors are reported each time).
 */
export function compileReusing(template: Uint8Array, zip: PizZip, options: Docxtemplater.DXT.ConstructorOptions): Docxtemplater {
  const known = byTemplate.get(template);
  if (known) reusable.set(zip, known);
  const doc = new ReusingDocxtemplater(zip, options);
  if (!known) byTemplate.set(template, compiledParts(doc));
  return doc;
}
