// A template's parts, unzipped once per cache owner (Caches.templateParts): each document's PizZip is filled with them rather
// than parsing the template's zip and inflating its parts again (~3% of a build's time).
import PizZip from 'pizzip';

export interface TemplatePart {
  name: string;
  /** Text for an XML part (as docxtemplater reads it), bytes for the rest. */
  data: string | Uint8Array;
}

/** The parts of each template opened so far, by its bytes (the render context keeps one array per template). */
export type TemplateParts = WeakMap<Uint8Array, TemplatePart[]>;

const XML_PART = /\.(xml|rels)$/i;

/**
 * A part's data as the template holds it: XML as the text PizZip decodes, when that text encodes
 * back to the same bytes (so the .docx written gets them), otherwise the bytes themselves.
 */
function partOf(file: PizZip.ZipObject): TemplatePart {
  const bytes = file.asUint8Array();
  if (XML_PART.test(file.name)) {
    const text = file.asText();
    if (Buffer.from(text, 'utf8').equals(bytes)) return { name: file.name, data: text };
  }
  return { name: file.name, data: bytes };
}

/**
 * A PizZip of `template` for one document: the template's parts, in the template's order, which the
 * document may then change. Throws as `new PizZip` does when the bytes are not a zip.
 */
export function templateZip(template: Uint8Array, partsOf: TemplateParts): PizZip {
  let parts = partsOf.get(template);
  if (!parts) {
    parts = new PizZip(template).file(/./).map(partOf);
    partsOf.set(template, parts);
  }
  const zip = new PizZip();
  for (const p of parts) zip.file(p.name, p.data, { binary: typeof p.data !== 'string' });
  return zip;
}
