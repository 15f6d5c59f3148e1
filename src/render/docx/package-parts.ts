// Package bookkeeping for pictures: media files, image relationships, content-type defaults, drawing ids.
import { posix } from 'node:path';
import { docUtils } from './docxtemplater-internals.js';

/** The few DOM members used here (docxtemplater parses package XML with @xmldom/xmldom). */
export interface XmlElement {
  nodeType: number;
  localName: string | null;
  namespaceURI: string | null;
  prefix: string | null;
  childNodes: { length: number; item(i: number): XmlElement | null };
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  appendChild(node: XmlElement): unknown;
  insertBefore(node: XmlElement, ref: XmlElement | null): unknown;
}
export interface XmlDocument {
  documentElement: XmlElement | null;
  createElementNS(ns: string | null, qualifiedName: string): XmlElement;
}
/** The part of the PizZip API used here. */
export interface Zip {
  files: Record<string, { asText(): string } | undefined>;
  file(name: string, data: Uint8Array, options?: { binary?: boolean }): unknown;
}

const str2xml = (text: string): XmlDocument => docUtils.str2xml(text);

const IMAGE_REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
/** Drawing ids already used by the template: <wp:docPr id="…"> in any word/*.xml part. */
const DOC_PR_ID = /<wp:docPr\b[^>]*?\sid="(\d+)"/g;

function children(parent: XmlElement, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (let i = 0; i < parent.childNodes.length; i++) {
    const node = parent.childNodes.item(i);
    if (node && node.nodeType === 1 && node.localName === localName) found.push(node);
  }
  return found;
}

/** A new element in the root's namespace (and with its prefix), so no xmlns="" appears. */
function newChild(doc: XmlDocument, root: XmlElement, localName: string, attrs: Record<string, string>): XmlElement {
  const el = doc.createElementNS(root.namespaceURI, root.prefix ? `${root.prefix}:${localName}` : localName);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

function rootOf(doc: XmlDocument | undefined, path: string): XmlElement {
  const root = doc?.documentElement;
  if (!root) throw new Error(`ImageModule: ${path} is missing or not XML`);
  return root;
}

/**
 * Edits go through docxtemplater's xmlDocuments (DOM trees it serialises back into the zip after
 * rendering); a relationships part not yet loaded is parsed, or created, and registered there.
 */
export class PackageParts {
  static readonly CONTENT_TYPES = '[Content_Types].xml';
  private readonly relIds = new Map<string, string>();
  private lastDrawingId: number | undefined;

  constructor(
    private readonly zip: Zip,
    private readonly xmlDocuments: Record<string, XmlDocument>,
  ) {}

  /** Stores the bytes once per path. */
  addMedia(path: string, bytes: Uint8Array): void {
    if (!this.zip.files[path]) this.zip.file(path, Uint8Array.from(bytes), { binary: true });
  }

  /** Adds <Default Extension=… ContentType=…/> unless the extension already has a default. */
  ensureDefaultContentType(extension: string, contentType: string): void {
    const doc = this.xmlDocuments[PackageParts.CONTENT_TYPES];
    const root = rootOf(doc, PackageParts.CONTENT_TYPES);
    const ext = extension.toLowerCase();
    if (children(root, 'Default').some((d) => d.getAttribute('Extension')?.toLowerCase() === ext)) return;
    const el = newChild(doc!, root, 'Default', { Extension: extension, ContentType: contentType });
    root.insertBefore(el, children(root, 'Override')[0] ?? null);
  }

  /** Id of the image relationship from partPath to target, added once; preferredId is bumped if taken. */
  imageRelationship(partPath: string, target: string, preferredId: string): string {
    const relsPath = posix.join(posix.dirname(partPath), '_rels', `${posix.basename(partPath)}.rels`);
    const key = `${relsPath}\n${target}`;
    const known = this.relIds.get(key);
    if (known) return known;
    const doc = this.relsDocument(relsPath);
    const root = rootOf(doc, relsPath);
    const rels = children(root, 'Relationship');
    const same = rels.find(
      (r) =>
        r.getAttribute('Type') === IMAGE_REL_TYPE && r.getAttribute('Target') === target && r.getAttribute('TargetMode') !== 'External',
    );
    let id = same?.getAttribute('Id');
    if (!id) {
      const taken = new Set(rels.map((r) => r.getAttribute('Id')));
      id = preferredId;
      for (let n = 2; taken.has(id); n++) id = `${preferredId}_${n}`;
      root.appendChild(newChild(doc, root, 'Relationship', { Id: id, Type: IMAGE_REL_TYPE, Target: target }));
    }
    this.relIds.set(key, id);
    return id;
  }

  /** Next wp:docPr id: above every id in the template, then counting up in render order. */
  nextDrawingId(): number {
    if (this.lastDrawingId === undefined) {
      let max = 0;
      for (const [name, file] of Object.entries(this.zip.files)) {
        if (!file || !/^word\/.+\.xml$/.test(name)) continue;
        for (const m of file.asText().matchAll(DOC_PR_ID)) if (Number(m[1]) < 2 ** 31) max = Math.max(max, Number(m[1]));
      }
      this.lastDrawingId = max;
    }
    return ++this.lastDrawingId;
  }

  private relsDocument(relsPath: string): XmlDocument {
    let doc = this.xmlDocuments[relsPath];
    if (!doc) {
      doc = str2xml(this.zip.files[relsPath]?.asText() ?? EMPTY_RELS);
      this.xmlDocuments[relsPath] = doc;
    }
    return doc;
  }
}
