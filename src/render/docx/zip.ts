// Deterministic .docx packaging: entries in name order, one fixed date, each part compressed once per cache owner.
import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';
import type PizZip from 'pizzip';
import { RecurringCache } from '../../util/content-cache.js';

/** 1980-01-01, the earliest date a zip can hold; SOURCE_DATE_EPOCH overrides it. */
export function fixedZipDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 315532800 ? new Date(epoch * 1000) : new Date(Date.UTC(1980, 0, 1, 0, 0, 0));
}

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

export interface Packed {
  crc: number;
  /** 8 = deflate, 0 = stored (when deflate does not make the part smaller: images). */
  method: 0 | 8;
  data: Uint8Array;
}

/** What packaging remembers (one per cache owner, in Caches). */
export interface ZipCaches {
  /**
   * Compressed parts by content: most parts of a rendered document (styles, theme, fonts, settings,
   * images) are the template's own and come out the same for every conference.
   */
  packed: RecurringCache<Packed>;
  /**
   * The entries of each zip writeZip made, by the zip's bytes (while they live): the PDF engine reads the
   * .docx it was just given, and takes its parts from here rather than unzipping what was just zipped.
   */
  written: WeakMap<Uint8Array, ReadonlyMap<string, Uint8Array>>;
}

export function createZipCaches(): ZipCaches {
  return { packed: new RecurringCache<Packed>(64), written: new WeakMap() };
}

function deflate(bytes: Uint8Array): Packed {
  // fflate is plain JavaScript: the same bytes on every machine, unlike zlib builds tuned per CPU.
  const deflated = deflateSync(bytes, { level: 6 });
  return deflated.length < bytes.length ? { crc: crc32(bytes), method: 8, data: deflated } : { crc: crc32(bytes), method: 0, data: bytes };
}

/** MS-DOS time and date words of `date`, read in UTC so that the machine's time zone does not matter. */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** The entries (name → bytes) of a zip made by writeZip with these caches, if `zip` is one. */
export function writtenEntries(zip: Uint8Array, caches: Pick<ZipCaches, 'written'>): ReadonlyMap<string, Uint8Array> | undefined {
  return caches.written.get(zip);
}

/** A zip (no encryption, no zip64: parts are far below 4 GB) of `entries`, sorted by name, each stamped `date`. */
export function writeZip(entries: readonly ZipEntry[], date: Date, caches: ZipCaches): Uint8Array {
  const { time, day } = dosDateTime(date);
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of sorted) {
    const name = Buffer.from(entry.name, 'utf8');
    const utf8 = /[^\x20-\x7e]/.test(entry.name) ? 0x0800 : 0;
    const p = caches.packed.get(entry.bytes, deflate);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(utf8, 6);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(entry.bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    local.copy(dir, 8, 6, 28); // flags, method, time, date, crc, sizes, name length: as in the local header
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, p.data);
    central.push(dir, name);
    offset += local.length + name.length + p.data.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  const zip = new Uint8Array(Buffer.concat([...chunks, ...central, end]));
  caches.written.set(zip, new Map(sorted.map((e) => [e.name, e.bytes])));
  return zip;
}

/** The files of a PizZip (folders left out) as a deterministic zip; `replaced` gives new texts for some of them. */
export function packZip(zip: PizZip, date: Date, caches: ZipCaches, replaced: Readonly<Record<string, string>> = {}): Uint8Array {
  const entries: ZipEntry[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    const text = Object.hasOwn(replaced, name) ? replaced[name] : undefined;
    if (!entry.dir) entries.push({ name, bytes: text !== undefined ? new TextEncoder().encode(text) : entry.asUint8Array() });
  }
  return writeZip(entries, date, caches);
}
