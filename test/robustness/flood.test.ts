// One pasted junk line must not flood the screen: a screenful of diagnostics per file, lines clipped.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { limitPerFile, MAX_PER_FILE } from '../../src/diagnostics/limit.js';
import { FRAME_WIDTH, MAX_PARAM, renderText } from '../../src/diagnostics/render.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

async function check(files: Record<string, string>, argv: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-flood-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  let stdout = '';
  const code = await main(['check', ...argv, ...Object.keys(files)], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stdout += s) },
    cwd: () => dir,
    env: {},
  });
  return { code, stdout };
}

const diag = (file: string, line: number, severity: 'error' | 'warning' = 'error'): Diagnostic => ({
  severity,
  code: severity === 'error' ? 'VK102' : 'VK501',
  params: {},
  file,
  start: { line, column: 1 },
  path: [],
});

describe('a flood of diagnostics', () => {
  it('lists 20 per file, then one VK114 that counts the rest', () => {
    const list = [...Array.from({ length: 30 }, (_, k) => diag('a.yaml', 30 - k)), diag('b.yaml', 1)];
    const out = limitPerFile(list);
    const a = out.filter((d) => d.file === 'a.yaml');
    expect(a).toHaveLength(MAX_PER_FILE + 1);
    expect(a.slice(0, MAX_PER_FILE).map((d) => d.start.line)).toEqual(Array.from({ length: MAX_PER_FILE }, (_, k) => k + 1));
    expect(a[MAX_PER_FILE]).toMatchObject({
      code: 'VK114',
      severity: 'error',
      start: { line: 21, column: 1 },
      params: { count: 10, errors: 10 },
    });
    expect(out.filter((d) => d.file === 'b.yaml').map((d) => d.code)).toEqual(['VK102']);
  });

  it('keeps the summary a warning when only warnings were left out, so the exit code does not change', () => {
    const list = [
      ...Array.from({ length: MAX_PER_FILE }, (_, k) => diag('a.yaml', k + 1)),
      ...Array.from({ length: 5 }, (_, k) => diag('a.yaml', 100 + k, 'warning')),
    ];
    const last = limitPerFile(list).at(-1);
    expect(last).toMatchObject({ code: 'VK114', severity: 'warning', params: { count: 5, errors: 0 } });
  });

  it('clips a long source line around the column and keeps the caret under it', () => {
    const line = 'x'.repeat(5000) + 'Y' + 'x'.repeat(5000);
    const d: Diagnostic = {
      severity: 'error',
      code: 'VK102',
      params: { detail_vi: 'a', detail_en: 'a', yaml: 'X' },
      file: 'f.yaml',
      start: { line: 1, column: 5001 },
      end: { line: 1, column: 5002 },
      path: [],
    };
    const text = renderText(d, 'vi', { lineOf: (_f, n) => (n === 1 ? line : undefined) });
    const [, source = '', carets = ''] = text.split('\n');
    expect(source.length).toBeLessThan(FRAME_WIDTH + 20);
    expect(source.startsWith('  > 1 | …')).toBe(true);
    expect(source.endsWith('…')).toBe(true);
    expect(source[carets.indexOf('^')]).toBe('Y');
    expect(carets).toMatch(/^ +\| +\^$/);
  });

  it('clips text quoted from the data in messages and field paths', () => {
    const key = 'k'.repeat(10_000);
    const d: Diagnostic = {
      severity: 'error',
      code: 'VK202',
      params: { field: key },
      file: 'f.yaml',
      start: { line: 1, column: 1 },
      path: [key],
    };
    const text = renderText(d, 'vi', { lineOf: () => undefined });
    expect(text.length).toBeLessThan(4 * MAX_PARAM + 500);
    expect(text).toContain(`"${'k'.repeat(MAX_PARAM)}…"`);
  });

  it('prints a few kilobytes for 20,000 "}" on one line, and counts every error', async () => {
    const r = await check({ 'data/clusters/x.yaml': `kind: cluster\nmembers:\n  - ${'}'.repeat(20_000)}\n` });
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeLessThan(20_000);
    expect(r.stdout.match(/ VK102: /g)).toHaveLength(MAX_PER_FILE);
    const rest = /VK114: Còn ([\d.]+) lỗi và cảnh báo khác trong tệp này \(([\d.]+) lỗi\)/.exec(r.stdout);
    const total = /Đã kiểm tra 1 tệp: ([\d.]+) lỗi, 0 cảnh báo\./.exec(r.stdout);
    expect(rest && total).toBeTruthy();
    const n = (s: string | undefined) => Number((s ?? '').replace(/\./g, ''));
    expect(n(rest?.[1]) + MAX_PER_FILE).toBe(n(total?.[1]));
    expect(n(total?.[1])).toBeGreaterThanOrEqual(20_000);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThan(FRAME_WIDTH + 200);
  });

  it('survives 200,000 diagnostics in one file (no argument spreading that overflows the stack)', async () => {
    const r = await check({ 'data/clusters/x.yaml': `kind: cluster\nmembers:\n  - ${'}'.repeat(200_000)}\n` });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('Lỗi nội bộ');
    expect(r.stdout).toMatch(/Đã kiểm tra 1 tệp: 200\.\d{3} lỗi, 0 cảnh báo\./);
    expect(r.stdout.length).toBeLessThan(20_000);
  }, 60_000);

  it('bounds the JSON list the same way, with the full counts', async () => {
    const r = await check({ 'data/clusters/x.yaml': `kind: cluster\nmembers:\n${'  - \u009f\n'.repeat(5_000)}` }, ['--format', 'json']);
    const out = JSON.parse(r.stdout) as { errors: number; diagnostics: Array<{ code: string }> };
    expect(out.errors).toBeGreaterThan(MAX_PER_FILE);
    expect(out.diagnostics).toHaveLength(MAX_PER_FILE + 1);
    expect(out.diagnostics.at(-1)?.code).toBe('VK114');
  });
});
