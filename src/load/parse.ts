// NFC text → YAML document and plain value, with YAML faults as located raw diagnostics.
import { isAlias, parseAllDocuments, visit, type Document } from 'yaml';
import type { Code } from '../diagnostics/catalogue.js';
import type { DataPath, Params } from '../diagnostics/types.js';
import { append } from '../util/arrays.js';
import { duplicateKeys } from './duplicates.js';

export const MAX_ALIAS_COUNT = 50;

/** A fault located by offsets in the source text; the caller turns offsets into lines. */
export interface RawDiagnostic {
  code: Code;
  params: Params;
  range: [number, number];
  /** The data path of the finding, when it has one (a duplicate key). */
  path?: DataPath;
}

export interface Parsed {
  doc?: Document;
  value?: unknown;
  diagnostics: RawDiagnostic[];
}

const YAML_DETAILS: Record<string, [string, string]> = {
  BAD_INDENT: ['thụt lề không đúng', 'bad indentation'],
  MISSING_CHAR: ['thiếu ký tự đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)', 'a closing quote or bracket is missing'],
  UNEXPECTED_TOKEN: ['có ký tự không đúng chỗ', 'unexpected character'],
  BLOCK_AS_IMPLICIT_KEY: ['thiếu dấu cách sau dấu ":" hoặc thụt lề sai', 'missing space after ":" or bad indentation'],
  MULTILINE_IMPLICIT_KEY: ['tên trường không được kéo dài nhiều dòng (thiếu dấu ":"?)', 'a key cannot span lines (missing ":"?)'],
  BAD_DQ_ESCAPE: ['chuỗi trong ngoặc kép có dấu "\\" không hợp lệ', 'invalid "\\" escape in a double-quoted string'],
  BAD_SCALAR_START: ['giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt trong ngoặc kép', 'a value starts with a reserved character; quote it'],
  BLOCK_IN_FLOW: ['không được viết khối nhiều dòng bên trong [...] hoặc {...}', 'block content inside [...] or {...}'],
  KEY_OVER_1024_CHARS: ['tên trường quá dài', 'key too long'],
  BAD_ALIAS: ['bí danh (*tên) trỏ tới neo không tồn tại', 'alias to an unknown anchor'],
  MULTIPLE_ANCHORS: ['một giá trị có nhiều neo (&)', 'several anchors on one value'],
  MULTIPLE_TAGS: ['một giá trị có nhiều thẻ (!)', 'several tags on one value'],
  NON_STRING_KEY: ['tên trường phải là chữ', 'keys must be text'],
};

/**
 * The opening quote of the first quoted value left open before `offset`: the yaml library reports
 * a missing closing quote where the file ends, but the user needs to see where the value began.
 */
function openQuoteBefore(text: string, offset: number): number | undefined {
  const re = /(?:^|[:\-[{,]\s*)(["'])/gm;
  for (let m = re.exec(text); m && m.index < offset; m = re.exec(text)) {
    const quote = m[1] ?? '"';
    const at = m.index + m[0].length - 1;
    const lineEnd = text.indexOf('\n', at);
    const rest = text.slice(at + 1, lineEnd < 0 ? undefined : lineEnd);
    const closed = quote === '"' ? /(^|[^\\])(\\\\)*"/.test(rest) : rest.includes("'");
    if (!closed) return at;
  }
  return undefined;
}

function fromYamlError(err: { code: string; message: string; pos: [number, number] }, text: string): RawDiagnostic {
  let range: [number, number] = [err.pos[0], Math.max(err.pos[1], err.pos[0] + 1)];
  if (err.code === 'MISSING_CHAR' && /quote/i.test(err.message)) {
    const open = openQuoteBefore(text, err.pos[0]);
    if (open !== undefined) range = [open, open + 1];
  }
  // Only when the syntax tree shows no duplicate (duplicates.ts names them): a key that cannot be named.
  if (err.code === 'DUPLICATE_KEY') return { code: 'VK103', params: {}, range };
  if (err.code === 'TAB_AS_INDENT') return { code: 'VK104', params: {}, range };
  if (err.code === 'TAG_RESOLVE_FAILED') {
    const raw = /tag:\s*(\S+)/i.exec(err.message)?.[1] ?? '!';
    const tag = raw.replace(/^tag:yaml\.org,2002:/, '!!').replace(/:$/, '');
    return { code: 'VK110', params: { tag }, range };
  }
  const [vi, en] = YAML_DETAILS[err.code] ?? ['cấu trúc không hợp lệ', err.message.split('\n')[0] ?? err.code];
  return { code: 'VK102', params: { detail_vi: vi, detail_en: en, yaml: err.code }, range };
}

/** The parser and the checks recurse per nesting level: a file nested deeper than this is refused first. */
export const MAX_DEPTH = 200;

const FLOW_BRACKET = /[[\]{}]/;

/** Deepest nesting of a text, by indentation and flow brackets (cheap, no parsing). */
function nestingDepth(text: string): number {
  let deepest = 0;
  let flow = 0;
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== '') deepest = Math.max(deepest, Math.floor(indent / 2));
    // Most lines hold no bracket: they skip the walk through their characters.
    if (!FLOW_BRACKET.test(line)) continue;
    for (const ch of line) {
      if (ch === '[' || ch === '{') deepest = Math.max(deepest, ++flow);
      else if ((ch === ']' || ch === '}') && flow > 0) flow--;
    }
  }
  return deepest;
}

export function parseYaml(text: string): Parsed {
  if (nestingDepth(text) > MAX_DEPTH) return { diagnostics: [{ code: 'VK113', params: { limit: MAX_DEPTH }, range: [0, 1] }] };
  try {
    return parseChecked(text);
  } catch (e) {
    // Whatever the pre-check missed: a stack overflow is a too-deep file, not a crash.
    if (e instanceof RangeError) return { diagnostics: [{ code: 'VK113', params: { limit: MAX_DEPTH }, range: [0, 1] }] };
    throw e;
  }
}

const PARSE_OPTIONS = {
  schema: 'core',
  merge: false,
  uniqueKeys: true,
  prettyErrors: false,
  strict: true,
  // A key that is a list or mapping is an error (NON_STRING_KEY), not a string made up by the parser.
  stringKeys: true,
  // Only the core tags (str, int, float, bool, null, map, seq): !!binary, !!set, !!timestamp... are refused.
  resolveKnownTags: false,
} as const;

/**
 * The syntax tree of a text parsed before (to place a finding): the same parse, without making the
 * value again (which resolves every alias). Undefined when the text has no document.
 */
export function syntaxTreeOf(text: string): Document | undefined {
  if (nestingDepth(text) > MAX_DEPTH) return undefined;
  try {
    const docs = parseAllDocuments(text, PARSE_OPTIONS);
    return Array.isArray(docs) ? docs[0] : undefined;
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

function parseChecked(text: string): Parsed {
  const docs = parseAllDocuments(text, PARSE_OPTIONS);
  if (!Array.isArray(docs)) return { diagnostics: [{ code: 'VK111', params: {}, range: [0, 1] }] };
  const [doc, second] = docs;
  if (!doc) return { diagnostics: [{ code: 'VK111', params: {}, range: [0, 1] }] };
  const diagnostics: RawDiagnostic[] = [];
  const errors = [...doc.errors, ...doc.warnings];
  const duplicates = errors.some((e) => e.code === 'DUPLICATE_KEY') ? duplicateKeys(doc, text) : [];
  for (const err of errors) if (err.code !== 'DUPLICATE_KEY' || duplicates.length === 0) diagnostics.push(fromYamlError(err, text));
  append(diagnostics, duplicates);
  if (second) {
    const start = second.range[0];
    diagnostics.push({ code: 'VK108', params: {}, range: [start, start + 1] });
  }
  if (diagnostics.length > 0) return { doc, diagnostics };
  // An alias is written "*name": a text without "*" has none, so nothing to count and no cycle.
  const mayAlias = text.includes('*');
  const aliases = mayAlias ? aliasBudget(doc) : { limit: MAX_ALIAS_COUNT, used: 0 };
  if (aliases.used > aliases.limit)
    return { doc, diagnostics: [{ code: 'VK105', params: { limit: aliases.limit }, range: firstAliasRange(doc) }] };
  try {
    const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    if (mayAlias && isCyclic(value)) return { doc, diagnostics: [{ code: 'VK112', params: {}, range: firstAliasRange(doc) }] };
    return { doc, value, diagnostics };
  } catch (e) {
    if (e instanceof ReferenceError) {
      return { doc, diagnostics: [{ code: 'VK105', params: { limit: MAX_ALIAS_COUNT }, range: firstAliasRange(doc) }] };
    }
    throw e;
  }
}

/**
 * Making the value resolves each alias by walking the whole document (the `yaml` library's way):
 * aliases × nodes must stay under this, or a file of repeated aliases takes seconds to read.
 */
const MAX_ALIAS_WORK = 2_000_000;

/** How many aliases the file may use for its size (at least MAX_ALIAS_COUNT), and how many it uses. */
function aliasBudget(doc: Document): { limit: number; used: number } {
  let nodes = 0;
  let used = 0;
  visit(doc, {
    Node(_key, node) {
      nodes++;
      if (isAlias(node)) used++;
    },
  });
  return { limit: Math.max(MAX_ALIAS_COUNT, Math.floor(MAX_ALIAS_WORK / Math.max(1, nodes))), used };
}

/** An alias inside the node it names ("&a [*a]") makes the data contain itself. */
function isCyclic(root: unknown): boolean {
  const onPath = new Set<object>();
  const visit = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') return false;
    if (onPath.has(v)) return true;
    onPath.add(v);
    const children = v instanceof Map ? [...v.values()] : Array.isArray(v) ? v : Object.values(v);
    const found = children.some(visit);
    onPath.delete(v);
    return found;
  };
  return visit(root);
}

function firstAliasRange(doc: Document): [number, number] {
  let found: [number, number] = [0, 1];
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        found = [node.range[0], node.range[1]];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
