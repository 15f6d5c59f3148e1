// Fast-check arbitraries that mutate the sample data files (lines, types, Unicode, YAML syntax, bytes) for the fuzzer.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputFile } from '../validate/project.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The sample project shipped with vankien. */
export const EXAMPLES = join(REPO, 'examples');

export interface Original extends InputFile {
  text: string;
}

/** The valid sample files of data/units, data/clusters and data/conferences, read now. */
export function loadOriginals(root = EXAMPLES): Original[] {
  return ['units', 'clusters', 'conferences'].flatMap((dir) =>
    readdirSync(join(root, 'data', dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => {
        const bytes = readFileSync(join(root, 'data', dir, f));
        return { file: `data/${dir}/${f}`, bytes, text: bytes.toString('utf8') };
      }),
  );
}

/** A YAML value written in place of another one: a scalar, or a block list / map below the key. */
export type Value = { shape: 'raw'; raw: string } | { shape: 'list' | 'map'; items: string[] };
export type TextOp =
  | { kind: 'delete' | 'dupKeyNull'; at: number }
  | { kind: 'duplicate'; at: number; times: number }
  | { kind: 'swap'; at: number; to: number }
  | { kind: 'truncateLine'; at: number; keep: number }
  | { kind: 'truncateFile'; at: number }
  | { kind: 'retype' | 'dupKey'; at: number; value: Value }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'setString'; at: number; text: string; quote: 'plain' | 'json' | 'single' }
  /** Replaces the `at`-th scalar value written after a key or dash with `text` (repeated up to `length`), quoted. */
  | { kind: 'setValue'; at: number; text: string; length: number }
  | { kind: 'long'; at: number; length: number; chunk: string; quote: 'plain' | 'json' | 'literal' }
  | { kind: 'nest'; at: number; depth: number; style: 'flowSeq' | 'flowMap' | 'mixed' | 'unclosed' | 'blockSeq' | 'blockMap' }
  | { kind: 'tab'; at: number; inline: number | null }
  | { kind: 'anchor'; at: number; to: number; name: string; style: 'alias' | 'merge' | 'unknown' | 'bomb' | 'self' };
export type ByteOp =
  { kind: 'bytes'; at: number; bytes: number[] } | { kind: 'encoding'; to: 'bom' | 'crlf' | 'cr' | 'utf16le' | 'utf16be' | 'latin1' };
export interface FileMutation {
  file: number;
  drop: boolean;
  ops: TextOp[];
  bytes: ByteOp[];
}
export interface Case {
  files: FileMutation[];
  /** Render the minutes of a conference that checks clean (the `pick`-th one). */
  render: boolean;
  pick: number;
}

const TCVN3 = ['Ban Tæ chøc TØnh ñy', 'Hµ Néi', 'ViÖt Nam', 'Th¸i Nguyªn', '§¶ng bé tØnh', 'NguyÔn V¨n An', 'Phã Tr\u00adëng Ban'];
const VNI = ['Ba1n To63 ch71c', 'Vie65t Nam', 'Ha2 No65i', 'Ñaûng boä tænh', 'Nguyeãn Vaên An', 'Phoù Tröôûng Ban', 'Ha\u00f8 No\u00e4i'];
const POOL = [
  ...['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302\u0301', '\u031B', 'a\u0301\u0301\u0301\u0301', '\u0345', '\u20DD'],
  ...['\u200F', '\u200E', '\u202E', '\u202B', '\u061C', '\u2067', 'مرحبا', 'שלום'],
  ...['\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD', '\u180E'],
  ...['\uD800', '\uDFFF', '\uDC00\uD800', '\uDBFF\uDFFF', '😀', '👨‍👩‍👧', '🇻🇳'],
  ...['\u0000', '\u0001', '\u0007', '\b', '\u000B', '\f', '\u001B', '\u007F', '\u0085', '\u009F', '\u2028', '\u2029', '\r', '\n', '\n\n'],
  ...TCVN3,
  ...VNI,
  ...[
    'Nguyễn Văn Ấn'.normalize('NFD'),
    'Đảng bộ',
    'ư ơ Ư Ơ',
    'ＡＢＣ',
    '\u3000',
    '\u00A0',
    'İ',
    'ß',
    'ﬃ',
    'ǅ',
    '﷽',
    'ꙮ',
    '\uFFFD',
    '\uFFFF',
  ],
  ...[
    '---',
    '...',
    '%YAML 1.2',
    ' #',
    ': ',
    '- ',
    '? ',
    '!!binary ',
    '!!str ',
    '!custom ',
    '<<: ',
    '__proto__',
    'constructor',
    '{{',
    '}}',
    '<w:t>',
    '&amp;',
    '${x}',
  ],
];
const SYNTAX = [...'&*!|>%@`{}[]#:-?,\'"<=~\\'];
const NUMBERS = ['0', '-1', '3.14', '1e309', '-.inf', '.nan', '0x1F', '0o17', '2024', '99999999999999999999', '1_000', '-0'];
const STRINGS = [
  '"2024"',
  "'x'",
  'x',
  '""',
  "''",
  '~',
  'null',
  'true',
  'no',
  '2024-13-45',
  '2024-06-30T10:00:00Z',
  '|',
  '>-',
  '"\\u0000"',
  '"\\ud800"',
  '!!str 1',
];
const FLOWS = ['[]', '[a, 1, [2]]', '{}', '{a: 1, b: [x]}', '{a: 1, a: 2}', '[', '{', '[a, ]', '{a}', '[{}, [], ~]', '{? x}'];

const pos = fc.nat({ max: 1_000_000 });
/** Random Unicode: pieces of the pool and arbitrary code units (lone surrogates included). */
export const unicodeText = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...POOL), weight: 3 },
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''));
const scalar = fc.oneof(
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...STRINGS),
  fc.constantFrom(...FLOWS),
  fc.integer().map(String),
  fc.double().map(String),
);
const value: fc.Arbitrary<Value> = fc.oneof(
  { arbitrary: scalar.map((raw) => ({ shape: 'raw' as const, raw })), weight: 3 },
  fc.record({ shape: fc.constantFrom('list' as const, 'map' as const), items: fc.array(scalar, { minLength: 0, maxLength: 3 }) }),
);
const longChunk = fc.oneof(
  fc.constantFrom('a', 'ễ', 'a\u0301', '😀', ' ', 'Nguyễn Văn An ', '\\u0301', '# ', '\u200B', 'Hµ Néi '),
  unicodeText,
);
const DEPTHS = fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom(100, 500, 1000));

const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constantFrom('delete' as const, 'dupKeyNull' as const), at: pos }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('duplicate' as const),
      at: pos,
      times: fc.oneof(fc.constantFrom(1, 1, 2), fc.constantFrom(100, 3000)),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('swap' as const), at: pos, to: pos }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('truncateLine' as const), at: pos, keep: pos }), weight: 2 },
  fc.record({ kind: fc.constant('truncateFile' as const), at: pos }),
  { arbitrary: fc.record({ kind: fc.constantFrom('retype' as const, 'dupKey' as const), at: pos, value }), weight: 4 },
  {
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: pos,
      text: fc.oneof(unicodeText, fc.string({ unit: fc.constantFrom(...SYNTAX), minLength: 1, maxLength: 6 })),
    }),
    weight: 5,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('setString' as const),
      at: pos,
      text: unicodeText,
      quote: fc.constantFrom('plain' as const, 'json' as const, 'single' as const),
    }),
    weight: 4,
  },
  fc.record({
    kind: fc.constant('long' as const),
    at: pos,
    length: fc.oneof(fc.integer({ min: 200, max: 5000 }), fc.constantFrom(100_000, 100_000, 2_200_000)),
    chunk: longChunk,
    quote: fc.constantFrom('plain' as const, 'json' as const, 'literal' as const),
  }),
  fc.record({
    kind: fc.constant('nest' as const),
    at: pos,
    depth: DEPTHS,
    style: fc.constantFrom(
      'flowSeq' as const,
      'flowMap' as const,
      'mixed' as const,
      'unclosed' as const,
      'blockSeq' as const,
      'blockMap' as const,
    ),
  }),
  fc.record({ kind: fc.constant('tab' as const), at: pos, inline: fc.option(pos, { nil: null }) }),
  {
    arbitrary: fc.record({
      kind: fc.constant('anchor' as const),
      at: pos,
      to: pos,
      name: fc.constantFrom('a', 'x1', 'ề', 'a-b'),
      style: fc.constantFrom('alias' as const, 'merge' as const, 'unknown' as const, 'bomb' as const, 'self' as const),
    }),
    weight: 2,
  },
);
const BYTES = [
  [0xed, 0xa0, 0x80],
  [0xc0, 0x80],
  [0x00],
  [0xff],
  [0xb8],
  [0xe0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xc3],
  [0xef, 0xbb, 0xbf],
  [0x0d],
];
const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({
    kind: fc.constant('bytes' as const),
    at: pos,
    bytes: fc.oneof(fc.constantFrom(...BYTES), fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 4 })),
  }),
  fc.record({
    kind: fc.constant('encoding' as const),
    to: fc.constantFrom('bom' as const, 'crlf' as const, 'cr' as const, 'utf16le' as const, 'utf16be' as const, 'latin1' as const),
  }),
);

/** Text a writer could paste in a value: odd but printable (no control characters), including markup look-alikes. */
const gentleText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...POOL.filter((p) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(p))),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(''));
const gentleOp: fc.Arbitrary<TextOp> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('setValue' as const), at: pos, text: gentleText, length: fc.constant(0) }), weight: 5 },
  fc.record({
    kind: fc.constant('setValue' as const),
    at: pos,
    text: gentleText,
    length: fc.oneof(fc.integer({ min: 200, max: 5000 }), fc.constant(20_000)),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: pos, times: fc.integer({ min: 1, max: 50 }) }),
);

/**
 * Rough cases: one to three files with any mutations (sometimes none, sometimes left out). Gentle cases: one
 * conference with odd but mostly valid values, so that its documents are rendered more often.
 */
export function caseArb(originals: readonly Original[]): fc.Arbitrary<Case> {
  const conferences = originals.flatMap((o, k) => (o.file.startsWith('data/conferences/') ? [k] : []));
  const rough = fc.record({
    file: fc.nat({ max: originals.length - 1 }),
    drop: fc.nat({ max: 39 }).map((n) => n === 0),
    ops: fc.array(textOp, { minLength: 0, maxLength: 4 }),
    bytes: fc.oneof({ arbitrary: fc.constant<ByteOp[]>([]), weight: 6 }, fc.array(byteOp, { minLength: 1, maxLength: 2 })),
  });
  const gentle = fc.record({
    file: fc.constantFrom(...conferences),
    drop: fc.constant(false),
    ops: fc.array(gentleOp, { minLength: 1, maxLength: 3 }),
    bytes: fc.constant<ByteOp[]>([]),
  });
  return fc.oneof(
    {
      arbitrary: fc.record({
        files: fc.uniqueArray(rough, { minLength: 1, maxLength: 3, selector: (m) => m.file }),
        render: fc.nat({ max: 4 }).map((n) => n === 0),
        pick: fc.nat({ max: 100 }),
      }),
      weight: 3,
    },
    fc.record({ files: gentle.map((m) => [m]), render: fc.boolean(), pick: fc.nat({ max: 100 }) }),
  );
}

const at = (n: number, size: number) => (size <= 0 ? 0 : n % size);
const indentOf = (line: string) => /^[ -]*/.exec(line)?.[0].length ?? 0;
/** `  key: value` or `  - value`: the part up to and including the key's colon (or the dash), and the rest. */
function split(line: string): [string, string] {
  const m = /^(\s*(?:- )*(?:[^\s#'"{[\]}:][^:#]*:(?=\s|$))?)(.*)$/.exec(line);
  return [m?.[1] ?? line, m?.[2] ?? ''];
}
function render(v: Value, indent: number): string {
  if (v.shape === 'raw') return ` ${v.raw}`;
  const pad = ' '.repeat(indent + 2);
  return v.items.map((item, i) => `\n${pad}${v.shape === 'list' ? '- ' : `k${i}: `}${item}`).join('') || ' []';
}
function quoted(text: string, quote: 'plain' | 'json' | 'single' | 'literal', indent: number): string {
  if (quote === 'json') return ` ${JSON.stringify(text)}`;
  if (quote === 'single') return ` '${text.replace(/'/g, "''")}'`;
  if (quote === 'literal') return ` |\n${' '.repeat(indent + 2)}${text}`;
  return ` ${text}`;
}
function nested(depth: number, style: Extract<TextOp, { kind: 'nest' }>['style'], indent: number): string {
  if (style === 'flowSeq') return ` ${'['.repeat(depth)}x${']'.repeat(depth)}`;
  if (style === 'flowMap') return ` ${'{a: '.repeat(depth)}x${'}'.repeat(depth)}`;
  if (style === 'mixed') return ` ${'[{a: '.repeat(depth)}x${'}]'.repeat(depth)}`;
  if (style === 'unclosed') return ` ${'[{'.repeat(depth)}x`;
  if (style === 'blockSeq') return `\n${' '.repeat(indent + 2)}${'- '.repeat(depth)}x`;
  return Array.from({ length: depth }, (_, i) => `\n${' '.repeat(indent + 2 * (i + 1))}a:`).join('') + ' x';
}

/**
 * Longest mutated text: past the loader's size limit (VK106), so that limit is exercised, but far
 * from what a string can hold (a 2 MB line duplicated 3,000 times would not fit in memory).
 */
export const MAX_MUTATED = 3_000_000;

/** Applies the text mutations in order; positions wrap around the current text. */
export function applyText(text: string, ops: readonly TextOp[]): string {
  for (const op of ops) {
    if (text.length > MAX_MUTATED) text = text.slice(0, MAX_MUTATED);
    const lines = text.split('\n');
    const i = at(op.at, lines.length);
    const line = lines[i] ?? '';
    const [head] = split(line);
    const set = (v: string) => (lines[i] = head + v);
    switch (op.kind) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'dupKeyNull':
        lines.splice(i + 1, 0, head);
        break;
      case 'duplicate':
        lines.splice(i, 0, ...Array<string>(Math.min(op.times, Math.ceil(MAX_MUTATED / (line.length + 1)))).fill(line));
        break;
      case 'swap': {
        const j = at(op.to, lines.length);
        lines[i] = lines[j] ?? '';
        lines[j] = line;
        break;
      }
      case 'truncateLine':
        lines[i] = line.slice(0, at(op.keep, line.length + 1));
        break;
      case 'truncateFile':
        text = text.slice(0, at(op.at, text.length + 1));
        continue;
      case 'retype':
        set(render(op.value, indentOf(line)));
        break;
      case 'dupKey':
        lines.splice(i + 1, 0, head + render(op.value, indentOf(line)));
        break;
      case 'insert': {
        const k = at(op.at, text.length + 1);
        text = text.slice(0, k) + op.text + text.slice(k);
        continue;
      }
      case 'setString':
        set(quoted(op.text, op.quote, indentOf(line)));
        break;
      case 'setValue':
        setValue(lines, op);
        break;
      case 'long':
        set(quoted(op.chunk.repeat(Math.ceil(op.length / Math.max(1, op.chunk.length))).slice(0, op.length), op.quote, indentOf(line)));
        break;
      case 'nest':
        set(nested(op.depth, op.style, indentOf(line)));
        break;
      case 'tab':
        if (op.inline === null) lines[i] = '\t' + line.trimStart();
        else {
          const k = at(op.inline, line.length + 1);
          lines[i] = line.slice(0, k) + '\t' + line.slice(k);
        }
        break;
      case 'anchor':
        anchor(lines, i, at(op.to, lines.length), op);
        break;
    }
    text = lines.join('\n');
  }
  return text.length > MAX_MUTATED ? text.slice(0, MAX_MUTATED) : text;
}

function setValue(lines: string[], op: Extract<TextOp, { kind: 'setValue' }>): void {
  const scalars = lines.flatMap((l, k) => {
    const [head, rest] = split(l);
    return /(:|- )$/.test(head) && /^\s*[^\s#[{|>&*!]/.test(rest) ? [k] : [];
  });
  const k = scalars[at(op.at, scalars.length)];
  const text = op.length > 0 ? op.text.repeat(Math.ceil(op.length / Math.max(1, op.text.length))).slice(0, op.length) : op.text;
  if (k !== undefined) lines[k] = `${split(lines[k] ?? '')[0]} ${JSON.stringify(text)}`;
}

function anchor(lines: string[], i: number, j: number, op: Extract<TextOp, { kind: 'anchor' }>): void {
  const [head, rest] = split(lines[i] ?? '');
  const [head2] = split(lines[j] ?? '');
  if (op.style === 'bomb') {
    const levels = Array.from(
      { length: 10 },
      (_, k) =>
        `bomb${k}: &${op.name}${k} [${
          k === 0
            ? 'lol, lol, lol'
            : Array<string>(9)
                .fill(`*${op.name}${k - 1}`)
                .join(', ')
        }]`,
    );
    lines.push(...levels);
  } else if (op.style === 'self') lines[i] = `${head} &${op.name} [*${op.name}]`;
  else if (op.style === 'unknown') lines[j] = `${head2} *${op.name}`;
  else {
    lines[i] = `${head} &${op.name}${rest.startsWith(' ') ? '' : ' '}${rest}`;
    if (op.style === 'alias') lines[j] = `${head2} *${op.name}`;
    else lines.splice(j + 1, 0, `${' '.repeat(indentOf(lines[j] ?? ''))}<<: *${op.name}`);
  }
}

/** Applies the byte mutations in order to the UTF-8 (or, after "utf16", UTF-16) bytes. */
export function applyBytes(bytes: Uint8Array, ops: readonly ByteOp[]): Uint8Array {
  let out = Buffer.from(bytes);
  for (const op of ops) {
    if (op.kind === 'bytes') {
      const k = at(op.at, out.length + 1);
      out = Buffer.concat([out.subarray(0, k), Buffer.from(op.bytes), out.subarray(k)]);
      continue;
    }
    const text = out.toString('utf8');
    if (op.to === 'bom') out = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), out]);
    else if (op.to === 'crlf' || op.to === 'cr') out = Buffer.from(text.replace(/\n/g, op.to === 'crlf' ? '\r\n' : '\r'), 'utf8');
    else if (op.to === 'latin1') out = Buffer.from(text, 'latin1');
    else {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      out = op.to === 'utf16le' ? le : Buffer.from(le.map((_, k) => le[k ^ 1] ?? 0));
    }
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** The project as the CLI would read it after the mutations: every file, in order, with dropped ones left out. */
export function mutatedProject(originals: readonly Original[], c: Case): InputFile[] {
  const out: InputFile[] = [];
  originals.forEach((o, k) => {
    const m = c.files.find((f) => f.file === k);
    if (m?.drop) return;
    if (!m) return out.push({ file: o.file, bytes: o.bytes });
    const text = applyText(o.text, m.ops);
    out.push({ file: o.file, bytes: applyBytes(m.ops.length === 0 ? o.bytes : Buffer.from(text, 'utf8'), m.bytes) });
  });
  return out;
}
