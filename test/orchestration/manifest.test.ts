// out/manifest.json: sizes and hashes checked against node:crypto, sorted, deterministic.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { manifest, sha256, type ManifestEntry } from '../../src/orchestration/manifest.js';

const hex = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const EMPTY_SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const inputs = {
  conf: { path: 'data/cum-3-tong-ket-2023.yaml', sha256: 'a'.repeat(64) },
  cluster: { path: 'data/cum/cum-3.yaml', sha256: 'b'.repeat(64) },
  template: { path: 'templates/giao-uoc.docx', sha256: 'c'.repeat(64) },
};
const html = '<p>Hội nghị tổng kết — Đắk Lắk</p>\n';
const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff]);

const entries: ManifestEntry[] = [
  { path: 'cum-3/giao-uoc.pdf', bytes: pdf, inputs: [inputs.template, inputs.conf, inputs.cluster] },
  { path: 'index.html', bytes: html, inputs: [] },
  { path: 'cum-3/bien-ban.docx', bytes: '', inputs: [inputs.conf] },
  { path: 'cum-10/tin-bai.txt', bytes: 'Tin bài', inputs: [inputs.conf, inputs.conf] },
];

describe('sha256', () => {
  it('hashes bytes and the UTF-8 of strings as node:crypto does', () => {
    expect(sha256('')).toBe(EMPTY_SHA);
    expect(sha256(new Uint8Array())).toBe(EMPTY_SHA);
    expect(sha256(html)).toBe(hex(Buffer.from(html, 'utf8')));
    expect(sha256(pdf)).toBe(hex(Buffer.from(pdf)));
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('manifest', () => {
  const text = manifest(entries);
  const data = JSON.parse(text) as { version: number; outputs: Array<{ path: string; size: number; sha256: string; inputs: unknown[] }> };

  it('is 2-space JSON with a trailing newline and version 1', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "version": 1,\n  "outputs": [\n    {\n      "path": ')).toBe(true);
    expect(data.version).toBe(1);
    expect(Object.keys(data)).toEqual(['version', 'outputs']);
    expect(Object.keys(data.outputs[0]!)).toEqual(['path', 'size', 'sha256', 'inputs']);
  });

  it('sorts outputs by path (code-unit order)', () => {
    expect(data.outputs.map((o) => o.path)).toEqual(['cum-10/tin-bai.txt', 'cum-3/bien-ban.docx', 'cum-3/giao-uoc.pdf', 'index.html']);
  });

  it('gives sizes in bytes and hashes computed independently', () => {
    const byPath = new Map(data.outputs.map((o) => [o.path, o]));
    const html8 = Buffer.from(html, 'utf8');
    expect(html8.length).toBeGreaterThan(html.length);
    expect(byPath.get('index.html')).toMatchObject({ size: html8.length, sha256: hex(html8) });
    expect(byPath.get('cum-3/giao-uoc.pdf')).toMatchObject({ size: pdf.length, sha256: hex(Buffer.from(pdf)) });
    expect(byPath.get('cum-3/bien-ban.docx')).toMatchObject({ size: 0, sha256: EMPTY_SHA });
    const tin = Buffer.from('Tin bài', 'utf8');
    expect(byPath.get('cum-10/tin-bai.txt')).toMatchObject({ size: tin.length, sha256: hex(tin) });
  });

  it('lists each output’s inputs sorted by path ("-" before "/"), once each', () => {
    const byPath = new Map(data.outputs.map((o) => [o.path, o]));
    expect(byPath.get('cum-3/giao-uoc.pdf')!.inputs).toEqual([inputs.conf, inputs.cluster, inputs.template]);
    expect(byPath.get('cum-10/tin-bai.txt')!.inputs).toEqual([inputs.conf]);
    expect(byPath.get('index.html')!.inputs).toEqual([]);
  });

  it('is deterministic and independent of the entry order', () => {
    expect(manifest(entries)).toBe(text);
    expect(manifest([...entries].reverse())).toBe(text);
    expect(manifest([])).toBe('{\n  "version": 1,\n  "outputs": []\n}\n');
  });

  it('takes the size and hash of an output not re-read, checked', () => {
    const kept: ManifestEntry = {
      path: 'cum-3/giao-uoc.pdf',
      size: pdf.length,
      sha256: hex(Buffer.from(pdf)).toUpperCase(),
      inputs: [inputs.template, inputs.conf, inputs.cluster],
    };
    expect(manifest([...entries.filter((e) => e.path !== kept.path), kept])).toBe(text);
    expect(() => manifest([{ path: 'a', size: -1, sha256: EMPTY_SHA, inputs: [] }])).toThrow(/size/);
    expect(() => manifest([{ path: 'a', size: 0, sha256: 'xyz', inputs: [] }])).toThrow(/SHA-256/);
  });

  it('refuses duplicate outputs, paths outside out/ and conflicting input hashes', () => {
    const one = (path: string): ManifestEntry => ({ path, bytes: 'x', inputs: [] });
    expect(() => manifest([one('a.txt'), one('a.txt')])).toThrow(/twice/);
    for (const bad of ['', '/etc/passwd', '../x', 'a//b', 'a\\b', './a']) expect(() => manifest([one(bad)]), bad).toThrow(/relative/);
    const conflict: ManifestEntry = { path: 'a.txt', bytes: 'x', inputs: [inputs.conf, { ...inputs.conf, sha256: 'd'.repeat(64) }] };
    expect(() => manifest([conflict])).toThrow(/two hashes/);
  });
});
