// The write stage: whole files by rename, nothing outside the output folder, unchanged files left alone.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs, writeOutputsAsync, type Output } from '../../src/write/write.js';

const out = () => mkdtempSync(join(tmpdir(), 'vk-write-'));
const old = new Date('2001-02-03T04:05:06Z');

type Write = (outDir: string, outputs: Output[]) => Promise<string[]>;

describe.each<[string, Write]>([
  ['writeOutputs', async (dir, outputs) => writeOutputs(dir, outputs)],
  ['writeOutputsAsync', writeOutputsAsync],
])('%s', (_name, writeOutputs) => {
  it('writes bytes and text into sub-folders, leaving no temporary file', async () => {
    const dir = out();
    const written = await writeOutputs(dir, [
      { path: 'hn-1/bien-ban.pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
      { path: 'hn-1/ban-tin.txt', bytes: 'Hội nghị' },
    ]);
    expect(written).toEqual([join(dir, 'hn-1', 'bien-ban.pdf'), join(dir, 'hn-1', 'ban-tin.txt')]);
    expect(readFileSync(join(dir, 'hn-1', 'bien-ban.pdf'))).toEqual(Buffer.from('%PDF'));
    expect(readFileSync(join(dir, 'hn-1', 'ban-tin.txt'), 'utf8')).toBe('Hội nghị');
    expect(readdirSync(join(dir, 'hn-1')).sort()).toEqual(['ban-tin.txt', 'bien-ban.pdf']);
  });

  it('leaves a file that holds the same bytes as it is (same inode, same time), and replaces one that differs', async () => {
    const dir = out();
    await writeOutputs(dir, [
      { path: 'a.txt', bytes: 'giống' },
      { path: 'b.txt', bytes: 'khác 1' },
      { path: 'c.txt', bytes: 'ngắn' },
    ]);
    for (const f of ['a.txt', 'b.txt', 'c.txt']) utimesSync(join(dir, f), old, old);
    const before = statSync(join(dir, 'a.txt'));
    const written = await writeOutputs(dir, [
      { path: 'a.txt', bytes: new TextEncoder().encode('giống') },
      // Same size, other bytes; then another size.
      { path: 'b.txt', bytes: 'khác 2' },
      { path: 'c.txt', bytes: 'dài hơn trước' },
    ]);
    expect(written).toEqual([join(dir, 'b.txt'), join(dir, 'c.txt')]);
    const after = statSync(join(dir, 'a.txt'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(statSync(join(dir, 'b.txt')).mtimeMs).not.toBe(old.getTime());
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe('khác 2');
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toBe('dài hơn trước');
  });

  it('refuses a path that leaves the output folder', async () => {
    const dir = out();
    writeFileSync(join(dir, 'x'), '');
    await expect(writeOutputs(join(dir, 'out'), [{ path: '../x', bytes: 'y' }])).rejects.toThrow(/leaves the output folder/);
    expect(readFileSync(join(dir, 'x'), 'utf8')).toBe('');
  });
});

describe('writeOutputsAsync, when one output cannot land', () => {
  it('lands the others, removes its temporary file and rejects with its error', async () => {
    const dir = out();
    // A non-empty folder where a file should go: the rename fails.
    mkdirSync(join(dir, 'hn-1', 'bien-ban.pdf'), { recursive: true });
    writeFileSync(join(dir, 'hn-1', 'bien-ban.pdf', 'x'), '');
    const write = writeOutputsAsync(dir, [
      { path: 'hn-1/ban-tin.txt', bytes: 'trước' },
      { path: 'hn-1/bien-ban.pdf', bytes: '%PDF' },
      { path: 'hn-1/giao-uoc.pdf', bytes: 'sau' },
    ]);
    await expect(write).rejects.toThrow(/bien-ban\.pdf/);
    expect(readFileSync(join(dir, 'hn-1', 'ban-tin.txt'), 'utf8')).toBe('trước');
    expect(readFileSync(join(dir, 'hn-1', 'giao-uoc.pdf'), 'utf8')).toBe('sau');
    expect(readdirSync(join(dir, 'hn-1')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
