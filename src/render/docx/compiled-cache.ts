// A template compiled once per cache owner (build session or worker thread): docxtemplater lexes a template's XML, parses its tags and
// nests its loops for every document it renders — about 60% of a render (5 of 8 ms for the minutes),
// and the same work for every conference. This keeps what compiling made of each part of a template
// and gives it to the next document of the same template; everything else (zip, content types,
// relationships, modules, rendering) is docxtemplater's own, fresh for each document.
//
// The internals it uses are in docxtemplater-internals.ts. Rendering reads the compiled parts and does
// not change them, except for two PowerPoint tags (a16:rowId and p:xfrm), whose parts are never
// reused. test/render/docx/compiled-cache.test.ts renders every template with reuse and without and
// compares the bytes.
import Docxtemplater from 'docxtemplater';
import type PizZip from 'pizzip';
import { compiledPartsOf, reusingClass, type CompiledPart } from './docxtemplater-internals.js';

/** Tags that rendering rewrites in the compiled parts themselves (PowerPoint tables and frames). */
const MUTATED_BY_RENDER = /a16:rowId|p:xfrm/;

function compiledParts(doc: Docxtemplater): Map<string, CompiledPart> {
  const parts = new Map<string, CompiledPart>();
  for (const [name, content, part] of compiledPartsOf(doc)) {
    if (typeof content !== 'string' || MUTATED_BY_RENDER.test(content)) continue;
    parts.set(name, part);
  }
  return parts;
}

/** The compiled parts of the templates rendered so far (one per cache owner, in Caches). */
export class CompiledTemplates {
  /** Compiled parts by template bytes (the render context keeps one array per template). */
  private readonly byTemplate = new WeakMap<Uint8Array, Map<string, CompiledPart>>();
  /** The parts a zip being compiled may reuse: set just before the constructor, which compiles. */
  private readonly reusable = new WeakMap<PizZip, Map<string, CompiledPart>>();
  private readonly Reusing = reusingClass((zip, fileName) => this.reusable.get(zip)?.get(fileName));

  /**
   * A docxtemplater for `zip` (opened from `template`), compiled with `options`, reusing the parts
   * compiled for an earlier document of the same template bytes. The caller passes the same options
   * for the same template. A template that does not compile throws, as docxtemplater does, and is
   * compiled again next time (so its errors are reported each time).
   */
  compile(template: Uint8Array, zip: PizZip, options: Docxtemplater.DXT.ConstructorOptions): Docxtemplater {
    const known = this.byTemplate.get(template);
    if (known) this.reusable.set(zip, known);
    const doc = new this.Reusing(zip, options);
    if (!known) this.byTemplate.set(template, compiledParts(doc));
    return doc;
  }
}
