// Text checks on every string and key: legacy font pastes, invisible and control characters.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Code } from '../diagnostics/catalogue.js';
import type { DataPath, Diagnostic, Params } from '../diagnostics/types.js';
import { diagnosticInRange, type SourceFile } from '../load/source.js';
import { isIdSchema, type JsonSchema } from '../schema/walk.js';
import { findControl, findInvisible } from '../text/invisible.js';
import { detectLegacy } from '../text/legacy.js';

const NAMED_ESCAPES: Record<number, string> = {
  0: '\\0',
  7: '\\a',
  8: '\\b',
  9: '\\t',
  10: '\\n',
  11: '\\v',
  12: '\\f',
  13: '\\r',
  27: '\\e',
  0x85: '\\N',
  0xa0: '\\_',
  0x2028: '\\L',
  0x2029: '\\P',
};

/** Ways `ch` can be written in a YAML double-quoted string: itself, then its escapes. */
function spellings(ch: string): string[] {
  const cp = ch.codePointAt(0) ?? 0;
  const hex = cp.toString(16);
  const out = [ch, `\\u${hex.padStart(4, '0')}`, `\\U${hex.padStart(8, '0')}`];
  if (cp < 0x100) out.push(`\\x${hex.padStart(2, '0')}`);
  const named = NAMED_ESCAPES[cp];
  if (named) out.push(named);
  return out;
}

/** The source range of character `ch` inside `range` (as written, or as an escape), else the range. */
function charRange(source: SourceFile, range: [number, number], ch: string): [number, number] {
  const slice = source.text.slice(range[0], range[1]);
  const lower = slice.toLowerCase();
  for (const form of spellings(ch)) {
    const at = form === ch ? slice.indexOf(form) : lower.indexOf(form.toLowerCase());
    if (at >= 0) return [range[0] + at, range[0] + at + form.length];
  }
  return range;
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character that XML 1.0 (and so a Word file) may not hold, or that Unicode reserves as a
 * non-character: a lone UTF-16 surrogate (from a "\\ud800" escape), U+FFFE, U+FFFF, U+FDD0–U+FDEF and
 * the last two code points of every plane. Control characters are VK405's.
 */
export function findXmlForbidden(text: string): { offset: number; char: string; name_vi: string; name_en: string } | undefined {
  const nonChar = (offset: number, cp: number) => ({
    offset,
    char: hex(cp),
    name_vi: 'mã Unicode dành riêng, không phải ký tự',
    name_en: 'a Unicode non-character',
  });
  const lone = (offset: number, cp: number) => ({
    offset,
    char: hex(cp),
    name_vi: 'nửa cặp thay thế UTF-16 đứng lẻ',
    name_en: 'a lone UTF-16 surrogate',
  });
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800) continue;
    if (c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return lone(i, c);
      const cp = text.codePointAt(i) ?? 0;
      if ((cp & 0xfffe) === 0xfffe) return nonChar(i, cp);
      i++;
    } else if (c <= 0xdfff) return lone(i, c);
    else if (c === 0xfffe || c === 0xffff || (c >= 0xfdd0 && c <= 0xfdef)) return nonChar(i, c);
  }
  return undefined;
}

const printable = (text: string) => text.replace(/[^\p{L}\p{N}\- ]/gu, '');

/** A data path built as the walk goes down, turned into an array only for a finding (most strings have none). */
interface PathLink {
  up: PathLink | undefined;
  seg: string | number;
}

function pathOf(link: PathLink | undefined): DataPath {
  const out: Array<string | number> = [];
  for (let l = link; l; l = l.up) out.push(l.seg);
  return out.reverse();
}

function checkString(
  source: SourceFile,
  link: PathLink | undefined,
  text: string,
  range: [number, number],
  isId: boolean,
  out: Diagnostic[],
): void {
  const at = (offset: number, code: Code, params: Params) =>
    out.push(diagnosticInRange(source, charRange(source, range, text[offset] ?? ''), code, params, pathOf(link)));
  const control = findControl(text);
  if (control) return void at(control.offset, 'VK405', { char: control.char });
  const forbidden = findXmlForbidden(text);
  if (forbidden)
    return void at(forbidden.offset, 'VK406', { char: forbidden.char, name_vi: forbidden.name_vi, name_en: forbidden.name_en });
  const legacy = isId ? undefined : detectLegacy(text);
  if (legacy) return void at(legacy.offset, legacy.encoding === 'tcvn3' ? 'VK401' : 'VK402', { sample: legacy.sample });
  const hit = findInvisible(text, isId);
  if (hit) at(hit.offset, isId ? 'VK404' : 'VK403', { char: hit.char, name: hit.name, value: printable(text) });
}

/**
 * Walks the YAML tree alongside the schema (which tells ids from running text): every key is
 * checked as strictly as an id, every string value as id or text.
 */
export function checkText(source: SourceFile, schema: JsonSchema | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const walk = (node: unknown, link: PathLink | undefined, sub: JsonSchema | undefined): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const key = String(pair.key.value).normalize('NFC');
        const keyLink: PathLink = { up: link, seg: key };
        const range: [number, number] = [pair.key.range[0], pair.key.range[1]];
        const hit = findInvisible(key, true) ?? findControl(key);
        if (hit)
          out.push(
            diagnosticInRange(
              source,
              charRange(source, range, key[hit.offset] ?? ''),
              'VK404',
              { char: hit.char, name: hit.name, value: printable(key) },
              pathOf(keyLink),
            ),
          );
        const forbidden = hit ? undefined : findXmlForbidden(key);
        if (forbidden)
          out.push(
            diagnosticInRange(
              source,
              charRange(source, range, key[forbidden.offset] ?? ''),
              'VK406',
              { char: forbidden.char, name_vi: forbidden.name_vi, name_en: forbidden.name_en },
              pathOf(keyLink),
            ),
          );
        walk(pair.value, keyLink, sub?.properties?.[key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, { up: link, seg: i }, sub?.items));
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      checkString(source, link, node.value.normalize('NFC'), [node.range[0], node.range[1]], isIdSchema(sub), out);
    }
  };
  walk(source.doc?.contents as Node | null, undefined, schema);
  return out;
}
