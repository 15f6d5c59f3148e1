// Every use of docxtemplater beyond its declared API, in one place, for the pinned version: its
// runtime members without typings (Errors, DocUtils), the compile step of each templated part
// (precompileFile and the fields compiling leaves), and the join of rendered parts (joinUncorrupt).
// test/render/docx/compiled-cache.test.ts and utf8-module.test.ts compare bytes with and without them.
import Docxtemplater from 'docxtemplater';
import type PizZip from 'pizzip';
import type { LibraryPin } from '../../util/library-pin.js';
import type { XmlDocument } from './package-parts.js';

export const DOCXTEMPLATER_PIN: LibraryPin = {
  name: 'docxtemplater',
  tested: '3.71.0',
  uses: 'precompileFile, compiled, createTemplateClass, joinUncorrupt',
};

type Part = Docxtemplater.DXT.Part;
export type XTError = Error & { properties?: Record<string, unknown> };
type XTErrorClass = new (message: string) => XTError;

/** Runtime members docxtemplater exposes but does not declare in its typings. */
const internals = Docxtemplater as unknown as {
  Errors: { XTTemplateError: XTErrorClass; XTRenderingError: XTErrorClass };
  DocUtils: {
    getPartWithDelimiters(part: Part, doc: unknown): string;
    getLeftOrNull(parts: Part[], element: string, index: number): number | null;
    str2xml(text: string): XmlDocument;
  };
};

export const XTErrors = internals.Errors;
export const docUtils = internals.DocUtils;

/** What compiling leaves on one templated part (docxtemplater's XmlTemplater). */
export interface CompiledPart {
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

const base = Docxtemplater.prototype as unknown as DocInternals;

/**
 * A Docxtemplater class whose parts are set up from earlier compiled parts when `known(zip, part)`
 * has them (read when the constructor compiles), and compiled as usual otherwise.
 */
export function reusingClass(known: (zip: PizZip, fileName: string) => CompiledPart | undefined): typeof Docxtemplater {
  return class ReusingDocxtemplater extends Docxtemplater {
    precompileFile(fileName: string): void {
      const doc = this as unknown as DocInternals;
      const compiled = known(doc.zip, fileName);
      if (!compiled) return base.precompileFile.call(this, fileName);
      const part = doc.createTemplateClass(fileName);
      part.allErrors = [];
      part.xmllexed = compiled.xmllexed;
      part.lexed = compiled.lexed;
      part.parse = () => {
        part.parsed = compiled.parsed;
        return part;
      };
      part.postparse = () => {
        part.postparsed = compiled.postparsed;
        part.cachedParsers = compiled.cachedParsers;
        return part;
      };
      doc.compiled[fileName] = part;
    }
  };
}

/** The compiled parts of a document, each with its XML text, as compiling left them. */
export function compiledPartsOf(doc: Docxtemplater): Array<[name: string, content: unknown, part: CompiledPart]> {
  return Object.entries((doc as unknown as DocInternals).compiled).map(([name, p]) => [
    name,
    p.content,
    { xmllexed: p.xmllexed, lexed: p.lexed, parsed: p.parsed, postparsed: p.postparsed, cachedParsers: p.cachedParsers },
  ]);
}

type Parts = Array<string | Uint8Array>;
type Join = (parts: Parts, options: object) => Parts;

/**
 * For a module's postrender: wraps the join of the rendered parts (docxtemplater's joinUncorrupt,
 * unchanged) so that its result goes through `after`.
 */
export function wrapJoin(options: object, after: (joined: Parts) => Parts): void {
  const o = options as { joinUncorrupt?: Join };
  const join = o.joinUncorrupt;
  if (join) o.joinUncorrupt = (p, opts) => after(join(p, opts));
}
