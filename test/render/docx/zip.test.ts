// The .docx zip writer: readable by other zip readers, sorted, one fixed date, images stored, same bytes every time.
import { randomBytes } from 'node:crypto';
import { unzipSync } from 'fflate';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { createZipCaches, fixedZipDate, writeZip } from '../../../src/render/docx/zip.js';

const text = (s: string) => new TextEncoder().encode(s);
const entries = [
  { name: 'word/document.xml', bytes: text('<w:document>'.repeat(200)) },
  { name: '[Content_Types].xml', bytes: text('<Types/>') },
  { name: 'word/media/ảnh.png', bytes: new Uint8Array(randomBytes(4096)) },
  { name: 'empty.txt', bytes: new Uint8Array(0) },
];

describe('writeZip', () => {
  const date = new Date(Date.UTC(2024, 4, 17, 13, 45, 30));
  const zip = writeZip(entries, date, createZipCaches());

  it('is read back whole by two other zip readers', () => {
    const a = unzipSync(zip);
    const b = new PizZip(zip);
    for (const e of entries) {
      expect(Buffer.from(a[e.name]!).equals(Buffer.from(e.bytes)), e.name).toBe(true);
      expect(Buffer.from(b.file(e.name)!.asUint8Array()).equals(Buffer.from(e.bytes)), e.name).toBe(true);
    }
  });

  it('lists the entries sorted by name, each with the given date in UTC', () => {
    const read = new PizZip(zip);
    expect(Object.keys(read.files)).toEqual(entries.map((e) => e.name).sort());
    for (const f of Object.values(read.files)) {
      // PizZip reads DOS dates as local time.
      const d = f.date;
      expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()]).toEqual([2024, 4, 17, 13, 45, 30]);
    }
  });

  it('stores what deflate cannot shrink and deflates the rest', () => {
    const method = (name: string) => {
      const at = Buffer.from(zip).indexOf(Buffer.from(name, 'utf8')) - 30;
      return Buffer.from(zip).readUInt16LE(at + 8);
    };
    expect(method('word/media/ảnh.png')).toBe(0);
    expect(method('word/document.xml')).toBe(8);
  });

  it('gives the same bytes for the same entries in any order', () => {
    expect(Buffer.from(writeZip([...entries].reverse(), date, createZipCaches())).equals(Buffer.from(zip))).toBe(true);
  });

  it('dates entries 1980-01-01 unless SOURCE_DATE_EPOCH says otherwise', () => {
    expect(fixedZipDate({}).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(fixedZipDate({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });
});
