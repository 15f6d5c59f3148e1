// Text checks on every string and key: legacy font pastes, invisible and control characters.
import { isScalar, visit, type Pair, type Scalar } from 'yaml';
import type { Code } from '../diagnostics/catalogue.js';
import type { DataPath, Diagnostic, Params } from '../diagnostics/types.js';
import { diagnosticAt, diagnosticInRange, type SourceFile } from '../load/source.js';
import { valueRange } from '../load/sourcemap.js';
import { isIdSchema, type JsonSchema } from '../schema/walk.js';
import { findControl, findInvisible } from '../text/invisible.js';
import { detectLegacy } from '../text/legacy.js';

/** Diagnostic at the exact character `ch` inside the value written at `path`, when it can be found. */
function atChar(source: SourceFile, path: DataPath, ch: string, code: Code, params: Params): Diagnostic {
  const range = source.doc ? valueRange(source.doc, path) : undefined;
  if (range) {
    const at = source.text.indexOf(ch, range[0]);
    if (at >= 0 && at < range[1]) return diagnosticInRange(source, [at, at + ch.length], code, params, path);
  }
  return diagnosticAt(source, path, code, params);
}

function checkString(source: SourceFile, path: DataPath, text: string, isId: boolean, out: Diagnostic[]): void {
  const control = findControl(text);
  if (control) {
    out.push(atChar(source, path, text[control.offset] ?? '', 'VK405', { char: control.char }));
    return;
  }
  const legacy = isId ? undefined : detectLegacy(text);
  if (legacy) {
    const code = legacy.encoding === 'tcvn3' ? 'VK401' : 'VK402';
    out.push(atChar(source, path, text[legacy.offset] ?? '', code, { sample: legacy.sample }));
    return;
  }
  const hit = findInvisible(text, isId);
  if (hit) {
    const code = isId ? 'VK404' : 'VK403';
    out.push(atChar(source, path, text[hit.offset] ?? '', code, { char: hit.char, name: hit.name, value: text.replace(/[^\p{L}\p{N}\- ]/gu, '') }));
  }
}

/** Walks the value alongside its schema (which tells ids from running text) and then the keys. */
export function checkText(source: SourceFile, schema: JsonSchema | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const walk = (value: unknown, path: DataPath, sub: JsonSchema | undefined) => {
    if (typeof value === 'string') checkString(source, path, value, isIdSchema(sub), out);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], sub?.items));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k], sub?.properties?.[k]);
    }
  };
  walk(source.value, [], schema);
  // Keys: an invisible character makes a key look right and still be unknown.
  if (source.doc) {
    visit(source.doc, {
      Pair(_k, pair: Pair) {
        const key = pair.key;
        if (!isScalar(key) || typeof (key as Scalar).value !== 'string') return;
        const text = String((key as Scalar).value);
        const hit = findInvisible(text, true) ?? findControl(text);
        if (hit && key.range) {
          const at = source.text.indexOf(text[hit.offset] ?? '', key.range[0]);
          const offset = at >= 0 && at < key.range[1] ? at : key.range[0];
          out.push(diagnosticInRange(source, [offset, offset + 1], 'VK404', { char: hit.char, name: hit.name, value: text.replace(/[^\p{L}\p{N}\- ]/gu, '') }, []));
        }
      },
    });
  }
  return out;
}

