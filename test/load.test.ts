// Loading a data file: size limit, encodings, line ends, prototype safety, positions of YAML faults.
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../src/load/decode.js';
import { diagnosticAt, dropSyntaxTree, loadSource } from '../src/load/source.js';
import { checkProject } from '../src/validate/project.js';
import { envFor, REPO } from './support/fixtures.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const codes = (file: string, text: string | Uint8Array) => {
  const result = checkProject([{ file, bytes: typeof text === 'string' ? bytes(text) : text }], envFor(REPO));
  return result.diagnostics.filter((d) => d.code !== 'VK501').map((d) => `${d.code}@${d.start.line}:${d.start.column}`);
};

describe('loading', () => {
  it('places a finding exactly after the syntax tree was dropped (the text is parsed again)', () => {
    const a = loadSource('a.yaml', bytes('kind: units\nunits:\n  - id: X\n    name: Sở Nội vụ\n')).source;
    const b = loadSource('b.yaml', bytes('kind: units\n\nunits:\n  - id: Y\n')).source;
    const before = [
      diagnosticAt(a, ['units', 0, 'name'], 'VK305', { id: 'X', other: '' }),
      diagnosticAt(b, ['units', 0, 'id'], 'VK305', { id: 'Y', other: '' }, 'key'),
    ];
    dropSyntaxTree(a);
    dropSyntaxTree(b);
    expect(a.doc).toBeUndefined();
    // Alternating between files re-parses each as needed and gives the same ranges.
    for (let i = 0; i < 2; i++) {
      const after = [
        diagnosticAt(a, ['units', 0, 'name'], 'VK305', { id: 'X', other: '' }),
        diagnosticAt(b, ['units', 0, 'id'], 'VK305', { id: 'Y', other: '' }, 'key'),
      ];
      expect(after).toEqual(before);
    }
    expect(before.map((d) => `${d.start.line}:${d.start.column}`)).toEqual(['4:11', '4:5']);
  });

  it('refuses a file over the size limit with its size, before parsing', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
    const { diagnostics } = loadSource('lon.yaml', big);
    expect(diagnostics.map((d) => d.code)).toEqual(['VK106']);
    expect(diagnostics[0]?.params.size).toBe(MAX_FILE_BYTES + 1);
  });

  it('reads a UTF-8 BOM and CRLF line ends like a plain LF file', () => {
    const lf = 'kind: units\nunits:\n  - id: X\n';
    const crlf = '\ufeff' + lf.replace(/\n/g, '\r\n');
    expect(codes('a.yaml', crlf)).toEqual(codes('a.yaml', lf));
    expect(codes('a.yaml', lf)).toEqual(['VK201@3:5', 'VK201@3:5', 'VK201@3:5', 'VK205@3:9']); // name, code, province missing (superior is optional)
  });

  it('gives __proto__ keys no power over objects (reported as unknown fields)', () => {
    const text = 'kind: units\nunits: []\n__proto__:\n  polluted: true\n';
    expect(codes('p.yaml', text)).toEqual(['VK202@3:1']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stops an alias bomb quickly', () => {
    const lines = ['kind: units', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i++)
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      );
    const started = process.hrtime.bigint();
    const result = codes('bom.yaml', lines.join('\n') + '\n');
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    expect(result).toEqual(['VK105@3:8']);
    expect(ms).toBeLessThan(5000);
  });

  it('refuses thousands of aliases before resolving them (each would walk the whole file)', () => {
    const big = `x: &big [${Array.from({ length: 100 }, (_, i) => i).join(', ')}]`;
    const text = ['kind: units', big, 'units:', ...Array.from({ length: 3000 }, () => '  - *big')].join('\n') + '\n';
    const { diagnostics } = loadSource('many.yaml', bytes(text));
    expect(diagnostics.map((d) => `${d.code}@${d.start.line}:${d.start.column}`)).toEqual(['VK105@4:5']);
    // The limit shown is what this file's size allows: 2,000,000 / nodes (3,000 aliases + 100 numbers + a few).
    expect(Number(diagnostics[0]?.params.limit)).toBeGreaterThan(50);
    expect(Number(diagnostics[0]?.params.limit)).toBeLessThan(3000);
    // A few aliases in a small file stay fine.
    const few = loadSource('few.yaml', bytes(['kind: units', big, 'units:', '  - *big', '  - *big'].join('\n') + '\n'));
    expect(few.diagnostics).toEqual([]);
  });

  it('points a YAML fault at its line and column', () => {
    expect(codes('d.yaml', 'kind: units\nunits: []\nunits: []\n')).toEqual(['VK103@3:1']);
  });
});
