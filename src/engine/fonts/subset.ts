// TrueType subsetting by copying bytes: the outlines of the chosen glyphs and their components, renumbered
// from 0. Glyph data is copied, never decoded and re-encoded: fast, and exact to the font.

interface Table {
  offset: number;
  length: number;
}

/** What a face's program reveals once: its tables and where each glyph's outline lies. */
export interface Parsed {
  bytes: Uint8Array;
  view: DataView;
  tables: Map<string, Table>;
  numGlyphs: number;
  numberOfHMetrics: number;
  /** Start of each glyph's outline in glyf, and the end of the last (numGlyphs + 1 entries). */
  loca: Uint32Array;
}

/** Font programs parsed for subsetting, by their bytes. */
export type ParsedPrograms = WeakMap<Uint8Array, Parsed>;

/** The tables a PDF viewer needs from an embedded TrueType program (as in ISO 32000 9.9), hinting included. */
const KEPT = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'];

function parse(bytes: Uint8Array, parsedCache: ParsedPrograms): Parsed {
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

/** The components of a composite glyph: each one's glyph id and where that id is written in the glyph (none for a simple glyph). */
function components(p: Parsed, gid: number): Array<{ gid: number; at: number }> {
  const glyf = p.tables.get('glyf')!.offset;
  const start = p.loca[gid]!;
  const end = p.loca[gid + 1]!;
  if (end - start < 10 || p.view.getInt16(glyf + start) >= 0) return [];
  const out: Array<{ gid: number; at: number }> = [];
  let at = glyf + start + 10;
  const stop = glyf + end;
  for (;;) {
    if (at + 4 > stop) break;
    const flags = p.view.getUint16(at);
    out.push({ gid: p.view.getUint16(at + 2), at: at + 2 - glyf - start });
    at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
    if (!(flags & 0x0020)) break;
  }
  return out;
}

/** The glyphs to keep, in id order: .notdef, the requested ones, and every component they use. */
function closure(p: Parsed, gids: Iterable<number>): number[] {
  const keep = new Set<number>();
  const todo = [0, ...gids];
  while (todo.length > 0) {
    const gid = todo.pop()!;
    if (!(Number.isInteger(gid) && gid >= 0 && gid < p.numGlyphs) || keep.has(gid)) continue;
    keep.add(gid);
    for (const c of components(p, gid)) if (!keep.has(c.gid)) todo.push(c.gid);
  }
  return [...keep].sort((a, b) => a - b);
}

const pad4 = (n: number) => (n + 3) & ~3;

function checksum(data: Uint8Array): number {
  const padded = data.length % 4 === 0 ? data : Uint8Array.from({ length: pad4(data.length) }, (_, i) => data[i] ?? 0);
  const view = new DataView(padded.buffer, padded.byteOffset, padded.byteLength);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

export interface Subset {
  program: Uint8Array;
  /** New glyph id of each glyph of the face that was kept (.notdef stays 0). */
  ids: Map<number, number>;
}

/**
 * A TrueType program with the outlines of `gids`, .notdef and the components they use, numbered
 * 0, 1, 2… in the order of their ids in the face (composite glyphs point at the new numbers).
 */
export function subsetFont(program: Uint8Array, gids: Iterable<number>, parsed: ParsedPrograms = new WeakMap()): Subset {
  const p = parse(program, parsed);
  const kept = closure(p, gids);
  const ids = new Map(kept.map((g, i) => [g, i]));
  const glyfAt = p.tables.get('glyf')!.offset;
  const hmtxAt = p.tables.get('hmtx')!.offset;
  const lastLong = p.numberOfHMetrics - 1;

  let glyfSize = 0;
  for (const g of kept) glyfSize += pad4(p.loca[g + 1]! - p.loca[g]!);
  const glyf = new Uint8Array(glyfSize);
  const glyfView = new DataView(glyf.buffer);
  const loca = new Uint8Array((kept.length + 1) * 4);
  const locaView = new DataView(loca.buffer);
  const hmtx = new Uint8Array(kept.length * 4);
  let at = 0;
  kept.forEach((g, i) => {
    locaView.setUint32(i * 4, at);
    const start = p.loca[g]!;
    const end = p.loca[g + 1]!;
    glyf.set(program.subarray(glyfAt + start, glyfAt + end), at);
    for (const c of components(p, g)) glyfView.setUint16(at + c.at, ids.get(c.gid) ?? 0);
    at += pad4(end - start);
    // Every kept glyph gets a long metric: its advance (or the last long one's) and its side bearing.
    const advanceAt = hmtxAt + Math.min(g, lastLong) * 4;
    const lsbAt = g <= lastLong ? hmtxAt + g * 4 + 2 : hmtxAt + p.numberOfHMetrics * 4 + (g - p.numberOfHMetrics) * 2;
    hmtx.set(program.subarray(advanceAt, advanceAt + 2), i * 4);
    hmtx.set(program.subarray(lsbAt, lsbAt + 2), i * 4 + 2);
  });
  locaView.setUint32(kept.length * 4, at);

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
  new DataView(maxp.buffer).setUint16(4, kept.length);
  const hhea = copy('hhea');
  new DataView(hhea.buffer).setUint16(34, kept.length);
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
  return { program: out, ids };
}
