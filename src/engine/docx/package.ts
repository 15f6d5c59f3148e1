// The .docx package: zip entries, parsed XML parts (cached) and relationships between parts.
import { zipProblem } from './zip-guard.js';
import { DocxReadError } from './read-error.js';
import PizZip from 'pizzip';
import type { PdfCaches } from '../caches.js';
import { attr, childrenNamed, parseXml, type XElement } from './xml.js';

export interface Relationship {
  id: string;
  /** The relationship type URI, e.g. ".../relationships/header". */
  type: string;
  /** Resolved part path inside the package ("word/header1.xml"), or the raw target when external. */
  target: string;
  external: boolean;
}

const posixJoin = (base: string, rel: string): string => {
  const parts = (rel.startsWith('/') ? rel.slice(1) : base ? `${base}/${rel}` : rel).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out.join('/');
};

const dirOf = (part: string): string => part.slice(0, Math.max(0, part.lastIndexOf('/')));

function parse(bytes: Uint8Array): XElement | Error {
  try {
    return parseXml(new TextDecoder('utf-8').decode(bytes));
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

export class DocxPackage {
  /** The zip's files (folders left out), read on demand. */
  private readonly files: ReadonlyMap<string, () => Uint8Array>;
  /** Lower-cased entry name → actual name: part names are case-insensitive. */
  private readonly names = new Map<string, string>();
  private readonly xmlCache = new Map<string, XElement | Error | undefined>();
  private readonly relsCache = new Map<string, Map<string, Relationship>>();

  /**
   * Opens the zip; throws an Error with a readable message when the bytes are not a zip archive.
   * `entries`, when the caller has them (it wrote the zip itself), are the zip's files: read instead of unzipping.
   * Parsed parts are shared through `caches.parsedParts`.
   */
  constructor(
    bytes: Uint8Array,
    file: string | undefined,
    entries: ReadonlyMap<string, Uint8Array> | undefined,
    private readonly caches: PdfCaches,
  ) {
    this.files = entries ? new Map([...entries].map(([name, data]) => [name, () => data])) : DocxPackage.open(bytes, file);
    for (const name of this.files.keys()) this.names.set(name.toLowerCase(), name);
  }

  private static open(bytes: Uint8Array, file: string | undefined): ReadonlyMap<string, () => Uint8Array> {
    const bomb = zipProblem(bytes);
    if (bomb) throw new DocxReadError({ reason: 'zip-refused', file, zip: bomb });
    let zip: PizZip;
    try {
      zip = new PizZip(bytes);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new DocxReadError({ reason: 'not-a-zip', file, detail: why });
    }
    const files = new Map<string, () => Uint8Array>();
    for (const [name, file] of Object.entries(zip.files)) if (!file.dir) files.set(name, () => file.asUint8Array());
    return files;
  }

  private entry(path: string): (() => Uint8Array) | undefined {
    const name = this.names.get(path.replace(/^\//, '').toLowerCase());
    return name === undefined ? undefined : this.files.get(name);
  }

  has(path: string): boolean {
    return this.entry(path) !== undefined;
  }

  bytes(path: string): Uint8Array | undefined {
    try {
      return this.entry(path)?.();
    } catch {
      return undefined;
    }
  }

  text(path: string): string | undefined {
    const bytes = this.bytes(path);
    return bytes ? new TextDecoder('utf-8').decode(bytes) : undefined;
  }

  /** The parsed part; undefined when absent; an Error when present but not readable as XML. */
  xml(path: string): XElement | Error | undefined {
    const key = path.toLowerCase();
    if (this.xmlCache.has(key)) return this.xmlCache.get(key);
    const bytes = this.bytes(path);
    const result = bytes === undefined ? undefined : this.caches.parsedParts.get(bytes, parse);
    this.xmlCache.set(key, result);
    return result;
  }

  /** The relationships of a part ("" for the package itself), keyed by id. */
  rels(part: string): Map<string, Relationship> {
    const cached = this.relsCache.get(part);
    if (cached) return cached;
    const dir = dirOf(part);
    const relsPath = part === '' ? '_rels/.rels' : `${dir ? `${dir}/` : ''}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
    const map = new Map<string, Relationship>();
    const root = this.xml(relsPath);
    if (root && !(root instanceof Error)) {
      for (const r of childrenNamed(root, 'Relationship')) {
        const id = attr(r, 'Id');
        const target = attr(r, 'Target');
        if (id === undefined || target === undefined) continue;
        const external = attr(r, 'TargetMode') === 'External';
        let decoded = target;
        try {
          decoded = decodeURIComponent(target);
        } catch {
          // keep the raw target
        }
        map.set(id, { id, type: attr(r, 'Type') ?? '', target: external ? target : posixJoin(dir, decoded), external });
      }
    }
    this.relsCache.set(part, map);
    return map;
  }

  /** The first internal relationship of a part whose type ends with "/<kind>" (styles, numbering, theme…). */
  related(part: string, kind: string): string | undefined {
    for (const r of this.rels(part).values()) if (!r.external && r.type.endsWith(`/${kind}`)) return r.target;
    return undefined;
  }

  /** The main document part: from the package relationships, else word/document.xml. */
  mainDocument(): string | undefined {
    const fromRels = this.related('', 'officeDocument');
    if (fromRels && this.has(fromRels)) return fromRels;
    return this.has('word/document.xml') ? 'word/document.xml' : undefined;
  }
}
