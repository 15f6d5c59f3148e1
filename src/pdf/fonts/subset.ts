// TrueType subsetting that keeps glyph ids: the outlines of the chosen glyphs (and their components),
// empty slots for the others. Table bytes are copied, never decoded and re-encoded: fast and exact.

interface Table {
  offset: number;
  length: number;
}

/** What a face's program reveals once: its tables and where each glyph's outline lies. */
interface Parsed {
  bytes: Uint8Array;
  view: DataView;
  tables: Map<string, Table>;
  numGlyphs: number;
  numberOfHMetrics: number;
  /** Start of each glyph's outline in glyf, and the end of the last (numGlyphs + 1 entries). */
  loca: Uint32Array;
}

const parsedCache = new WeakMap<Uint8Array, Parsed>();

/** The tables a PDF viewer needs from an embedded TrueType program (as in ISO 32000 9.9), hinting included. */
const KEPT = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'];

function parse(bytes: Uint8Array): Parsed {
  const cached = parsedCache.get(bytes);
  if (cached) return cached;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, Table>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const table = (tag: string): Table => {
    const t = tables.get(tag);
    if (!t || t.offset + t.length > bytes.byteLength) throw new Error(`the font has no usable "${tag.trim()}" table`);
    return t;
  };
  const head = table('head');
  const numGlyphs = view.getUint16(table('maxp').offset + 4);
  const numberOfHMetrics = view.getUint16(table('hhea').offset + 34);
  const long = view.getInt16(head.offset + 50) === 1;
  const locaTable = table('loca');
  const loca = new Uint32Array(numGlyphs + 1);
  for (let g = 0; g <= numGlyphs; g++) {
    loca[g] = long ? view.getUint32(locaTable.offset + g * 4) : view.getUint16(locaTable.offset + g * 2) * 2;
  }
  table('glyf');
  table('hmtx');
  const parsed: Parsed = { bytes, view, tables, numGlyphs, numberOfHMetrics, loca };
  parsedCache.set(bytes, parsed);
  return parsed;
}

/** Glyph ids a composite glyph is built from (none for a simple glyph). */
function components(p: Parsed, gid: number): number[] {
  const glyf = p.tables.get('glyf')!.offset;
  const start = p.loca[gid]!;
  const end = p.loca[gid + 1]!;
  if (end - start < 10 || p.view.getInt16(glyf + start) >= 0) return [];
  const out: number[] = [];
  let at = glyf + start + 10;
  const stop = glyf + end;
  for (;;) {
    if (at + 4 > stop) break;
    const flags = p.view.getUint16(at);
    out.push(p.view.getUint16(at + 2));
    at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
    if (!(flags & 0x0020)) break;
  }
  return out;
}

/** The glyphs to keep: .notdef, the requested ones, and every component they use. */
function closure(p: Parsed, gids: Iterable<number>): Set<number> {
  const keep = new Set<number>();
  const todo = [0, ...gids];
  while (todo.length > 0) {
    const gid = todo.pop()!;
    if (!(Number.isInteger(gid) && gid >= 0 && gid < p.numGlyphs) || keep.has(gid)) continue;
    keep.add(gid);
    for (const c of components(p, gid)) if (!keep.has(c)) todo.push(c);
  }
  return keep;
}

const pad4 = (n: number) => (n + 3) & ~3;

function checksum(data: Uint8Array): number {
  const padded = data.length % 4 === 0 ? data : Uint8Array.from({ length: pad4(data.length) }, (_, i) => data[i] ?? 0);
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/**
 * A TrueType program with the outlines of `gids` (and .notdef and components) at their own ids;
 * every other glyph is empty and has no width, and glyphs past the highest kept id are cut off.
 * A PDF uses it with CIDToGIDMap /Identity and CID = glyph id.
 */
export function subsetKeepingIds(program: Uint8Array, gids: Iterable<number>): Uint8Array {
  const p = parse(program);
  const keep = closure(p, gids);
  const numGlyphs = Math.max(...keep) + 1;
  const glyfAt = p.tables.get('glyf')!.offset;
  const hmtxAt = p.tables.get('hmtx')!.offset;

  let glyfSize = 0;
  for (const g of keep) glyfSize += pad4(p.loca[g + 1]! - p.loca[g]!);
  const glyf = new Uint8Array(glyfSize);
  const loca = new Uint8Array((numGlyphs + 1) * 4);
  const locaView = new DataView(loca.buffer);
  const hMetrics = Math.min(p.numberOfHMetrics, numGlyphs);
  const hmtx = new Uint8Array(hMetrics * 4 + (numGlyphs - hMetrics) * 2);
  let at = 0;
  for (let g = 0; g < numGlyphs; g++) {
    locaView.setUint32(g * 4, at);
    if (!keep.has(g)) continue;
    const start = p.loca[g]!;
    const end = p.loca[g + 1]!;
    glyf.set(program.subarray(glyfAt + start, glyfAt + end), at);
    at += pad4(end - start);
    // Advance and left side bearing (or the bearing alone past numberOfHMetrics).
    if (g < hMetrics) hmtx.set(program.subarray(hmtxAt + g * 4, hmtxAt + g * 4 + 4), g * 4);
    else {
      const from = hmtxAt + p.numberOfHMetrics * 4 + (g - p.numberOfHMetrics) * 2;
      hmtx.set(program.subarray(from, from + 2), hMetrics * 4 + (g - hMetrics) * 2);
    }
  }
  locaView.setUint32(numGlyphs * 4, at);
  // Glyphs past the long metrics take the advance of the last one: it stays even when its glyph goes.
  if (numGlyphs > hMetrics && hMetrics > 0 && !keep.has(hMetrics - 1)) {
    hmtx.set(program.subarray(hmtxAt + (hMetrics - 1) * 4, hmtxAt + (hMetrics - 1) * 4 + 2), (hMetrics - 1) * 4);
  }

  // A copy in a buffer of its own (Buffer#slice would share the font's memory, and head/maxp/hhea are edited).
  const copy = (tag: string) => {
    const t = p.tables.get(tag)!;
    return new Uint8Array(program.subarray(t.offset, t.offset + t.length));
  };
  const head = copy('head');
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set below
  headView.setInt16(50, 1); // long loca offsets
  const maxp = copy('maxp');
  new DataView(maxp.buffer).setUint16(4, numGlyphs);
  const hhea = copy('hhea');
  new DataView(hhea.buffer).setUint16(34, hMetrics);

  const made: Record<string, Uint8Array> = { glyf, head, hhea, hmtx, loca, maxp };
  const tags = KEPT.filter((tag) => made[tag] || p.tables.has(tag));
  const data = tags.map((tag) => made[tag] ?? copy(tag));
  const dirSize = 12 + tags.length * 16;
  const size = dirSize + data.reduce((n, d) => n + pad4(d.length), 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  const pow = 2 ** Math.floor(Math.log2(tags.length));
  view.setUint16(6, pow * 16);
  view.setUint16(8, Math.log2(pow));
  view.setUint16(10, tags.length * 16 - pow * 16);
  let offset = dirSize;
  tags.forEach((tag, i) => {
    const d = data[i]!;
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[rec + k] = tag.charCodeAt(k);
    view.setUint32(rec + 4, checksum(d));
    view.setUint32(rec + 8, offset);
    view.setUint32(rec + 12, d.length);
    out.set(d, offset);
    offset += pad4(d.length);
  });
  const headOffset = view.getUint32(12 + tags.indexOf('head') * 16 + 8);
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
