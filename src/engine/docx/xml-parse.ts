// parseXml: one pass over a package part's text, building the element tree with canonical names.
import type { XElement } from './xml.js';
import { decodeReferences } from './xml-entities.js';
import { emptyScope, innerScope, isDeclaration, rename, type Scope } from './xml-names.js';

/** Open elements below the root beyond which a part is refused (fast-xml-parser's maxNestedTags was 2000). */
const MAX_DEPTH = 2000;

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const DQUOTE = 34;
const AMP = 38;
const QUOTE = 39;
const SLASH = 47;
const LT = 60;
const EQ = 61;
const GT = 62;
const QUESTION = 63;

const isSpace = (c: number) => c === SPACE || c === LF || c === TAB || c === CR;
/** Characters that end a name: white space, / < = > and quotes (NaN past the end ends it too). */
const endsName = (c: number) =>
  isSpace(c) || c === SLASH || c === GT || c === LT || c === EQ || c === DQUOTE || c === QUOTE || Number.isNaN(c);

/**
 * Parses a part; returns its root element, or throws an Error saying what is wrong and where when the
 * text is not well-formed XML. Comments, processing instructions and <!DOCTYPE…> are skipped (entities
 * declared in a DOCTYPE are not expanded), CDATA sections are text, line ends are read as "\n", adjacent
 * text is merged and empty text dropped. Lenient where fast-xml-parser was: references that do not
 * resolve and a bare "&" stay as written, and of repeated attributes the last wins.
 */
export function parseXml(text: string): XElement {
  return new Reader(text).document();
}

class Reader {
  private readonly src: string;
  private readonly hasCr: boolean;
  /** The attributes of the start tag being read (the first `count`), reused from tag to tag. */
  private readonly names: string[] = [];
  private readonly values: string[] = [];
  private count = 0;
  /** Whether the start tag just read is an empty-element tag, and whether it declares namespaces. */
  private empty = false;
  private declares = false;

  constructor(text: string) {
    this.src = text;
    this.hasCr = text.includes('\r');
  }

  document(): XElement {
    const src = this.src;
    const len = src.length;
    const open: XElement[] = [];
    const tags: string[] = [];
    const starts: number[] = [];
    const outer: Scope[] = [];
    let scope = emptyScope();
    let current: XElement | undefined;
    let root: XElement | undefined;
    let doctype = false;
    let pos = src.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (pos < len) {
      if (src.charCodeAt(pos) !== LT) {
        let end = src.indexOf('<', pos);
        if (end < 0) end = len;
        if (current) this.text(current, src.slice(pos, end), true);
        else this.blank(pos, end);
        pos = end;
        continue;
      }
      const next = src.charCodeAt(pos + 1);
      if (next === SLASH) {
        const tag = tags[tags.length - 1];
        if (tag === undefined) throw this.error(`end tag </${this.nameAt(pos + 2)}> without a start tag`, pos);
        const after = this.endTag(pos, tag, starts[starts.length - 1] ?? 0);
        open.pop();
        tags.pop();
        starts.pop();
        scope = outer.pop() ?? scope;
        current = open[open.length - 1];
        pos = after;
      } else if (next === QUESTION) {
        pos = this.skip('?>', pos + 2, pos, 'processing instruction');
      } else if (next === BANG) {
        if (src.startsWith('--', pos + 2)) {
          pos = this.skip('-->', pos + 4, pos, 'comment');
        } else if (src.startsWith('[CDATA[', pos + 2)) {
          const end = src.indexOf(']]>', pos + 9);
          if (end < 0) throw this.error('CDATA section not closed', pos);
          if (!current) throw this.error('CDATA section outside the root element', pos);
          this.text(current, src.slice(pos + 9, end), false);
          pos = end + 3;
        } else if (src.startsWith('DOCTYPE', pos + 2) && !root && !doctype) {
          doctype = true;
          pos = this.doctype(pos);
        } else {
          throw this.error(`unexpected markup ${JSON.stringify(src.slice(pos, pos + 10))}`, pos);
        }
      } else {
        if (!current && root) throw this.error(`second root element <${this.nameAt(pos + 1)}>`, pos);
        const nameEnd = this.nameEnd(pos + 1);
        if (nameEnd === pos + 1) throw this.error(`expected an element name after "<"`, pos);
        const tag = src.slice(pos + 1, nameEnd);
        const end = this.attributes(nameEnd, tag, pos);
        const inner = this.declares ? this.declare(scope) : scope;
        const el: XElement = { name: rename(tag, inner, false), attrs: this.attrs(inner, pos), children: [] };
        if (current) current.children.push(el);
        else root = el;
        if (!this.empty) {
          if (open.length > MAX_DEPTH) throw this.error(`elements nested more than ${MAX_DEPTH} levels below the root`, pos);
          open.push(el);
          tags.push(tag);
          starts.push(pos);
          outer.push(scope);
          scope = inner;
          current = el;
        }
        pos = end;
      }
    }
    const tag = tags[tags.length - 1];
    if (tag !== undefined) throw this.error(`element <${tag}> not closed before the end of the text`, starts[starts.length - 1] ?? 0);
    if (!root) throw new Error('no root element');
    return root;
  }

  /** Adds character data to an element, merged with text just before it; entity references are decoded unless it is CDATA. */
  private text(el: XElement, raw: string, decode: boolean): void {
    let t = this.hasCr && raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    if (decode && t.includes('&')) t = decodeReferences(t);
    if (t === '') return;
    const kids = el.children;
    const last = kids[kids.length - 1];
    if (typeof last === 'string') kids[kids.length - 1] = last + t;
    else kids.push(t);
  }

  /** Outside the root element only white space may stand between markup. */
  private blank(from: number, to: number): void {
    for (let i = from; i < to; i++) if (!isSpace(this.src.charCodeAt(i))) throw this.error('text outside the root element', i);
  }

  /** Reads the end tag at `pos`, which must close `tag` (opened at `start`); returns the offset after it. */
  private endTag(pos: number, tag: string, start: number): number {
    const src = this.src;
    const name = pos + 2;
    let i = name;
    if (src.startsWith(tag, name)) {
      i += tag.length;
      while (isSpace(src.charCodeAt(i))) i++;
      if (src.charCodeAt(i) === GT) return i + 1;
    }
    // Not the end tag expected: say why.
    const written = this.nameAt(name);
    i = name + written.length;
    while (isSpace(src.charCodeAt(i))) i++;
    if (i >= src.length) throw this.error(`end tag </${written}> not closed before the end of the text`, pos);
    if (written === tag) throw this.error(`unexpected ${JSON.stringify(src[i])} in end tag </${tag}>`, i);
    throw this.error(`end tag </${written}> does not match <${tag}> opened at ${this.where(start)}`, pos);
  }

  /**
   * Reads the attributes of the start tag `tag` (at `start`) from `pos` into names/values, sets `empty`
   * and `declares`, and returns the offset after the tag.
   */
  private attributes(pos: number, tag: string, start: number): number {
    const src = this.src;
    const len = src.length;
    this.count = 0;
    this.declares = false;
    let i = pos;
    for (;;) {
      while (isSpace(src.charCodeAt(i))) i++;
      const c = src.charCodeAt(i);
      this.empty = c === SLASH && src.charCodeAt(i + 1) === GT;
      if (c === GT) return i + 1;
      if (this.empty) return i + 2;
      if (i >= len) throw this.error(`start tag <${tag}> not closed before the end of the text`, start);
      const nameEnd = this.nameEnd(i);
      if (nameEnd === i) throw this.error(`unexpected ${JSON.stringify(src[i])} in start tag <${tag}>`, i);
      const name = src.slice(i, nameEnd);
      i = nameEnd;
      while (isSpace(src.charCodeAt(i))) i++;
      if (src.charCodeAt(i) !== EQ) throw this.error(`attribute ${name} of <${tag}> has no value`, nameEnd);
      i++;
      while (isSpace(src.charCodeAt(i))) i++;
      const quote = src.charCodeAt(i);
      if (quote !== DQUOTE && quote !== QUOTE) throw this.error(`value of attribute ${name} of <${tag}> is not quoted`, i);
      const from = i + 1;
      let amp = false;
      for (i = from; ; i++) {
        const v = src.charCodeAt(i);
        if (v === quote) break;
        if (v === LT) throw this.error(`"<" in the value of attribute ${name} of <${tag}>`, i);
        if (v === AMP) amp = true;
        else if (Number.isNaN(v))
          throw this.error(`value of attribute ${name} of <${tag}> not closed before the end of the text`, from - 1);
      }
      let value = src.slice(from, i);
      if (this.hasCr && value.includes('\r')) value = value.replace(/\r\n?/g, '\n');
      if (amp) value = decodeReferences(value);
      this.names[this.count] = name;
      this.values[this.count++] = value;
      if (isDeclaration(name)) this.declares = true;
      i++;
    }
  }

  /** The scope inside an element whose attributes declare namespaces. */
  private declare(outer: Scope): Scope {
    const scope = innerScope(outer);
    for (let k = 0; k < this.count; k++) {
      const name = this.names[k] ?? '';
      if (isDeclaration(name)) scope.uris.set(name.slice(6), this.values[k] ?? '');
    }
    return scope;
  }

  /** The attributes just read, renamed in `scope`, declarations left out. */
  private attrs(scope: Scope, start: number): Record<string, string> {
    const attrs: Record<string, string> = {};
    const { names, values, count } = this;
    for (let k = 0; k < count; k++) {
      const name = names[k] ?? '';
      if (isDeclaration(name)) continue;
      const key = rename(name, scope, true);
      if (key === '__proto__') throw this.error('attribute named __proto__', start);
      attrs[key] = values[k] ?? '';
    }
    return attrs;
  }

  /** Skips to after `close` (a comment, a processing instruction); throws when it never comes. */
  private skip(close: string, from: number, start: number, what: string): number {
    const end = this.src.indexOf(close, from);
    if (end < 0) throw this.error(`${what} not closed`, start);
    return end + close.length;
  }

  /** Skips <!DOCTYPE…>, internal subset included: quoted literals and comments may hold "]" or ">". */
  private doctype(start: number): number {
    const src = this.src;
    let depth = 0;
    let quote = 0;
    for (let i = start + 9; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === DQUOTE || c === QUOTE) quote = c;
      else if (c === LT && src.startsWith('!--', i + 1)) {
        const end = src.indexOf('-->', i + 4);
        if (end < 0) break;
        i = end + 2;
      } else if (c === 91 /* [ */) depth++;
      else if (c === 93 /* ] */) depth--;
      else if (c === GT && depth <= 0) return i + 1;
    }
    throw this.error('<!DOCTYPE not closed', start);
  }

  private nameEnd(from: number): number {
    let i = from;
    while (!endsName(this.src.charCodeAt(i))) i++;
    return i;
  }

  /** The name at `from`, for messages. */
  private nameAt(from: number): string {
    return this.src.slice(from, this.nameEnd(from));
  }

  /** "line 3, column 14" of an offset: lines end at \n, \r\n or \r; columns count UTF-16 units from 1, a byte-order mark left out. */
  private where(offset: number): string {
    const src = this.src;
    let line = 1;
    let lineStart = src.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let i = 0; i < offset; i++) {
      const c = src.charCodeAt(i);
      if (c === LF || (c === CR && src.charCodeAt(i + 1) !== LF)) {
        line++;
        lineStart = i + 1;
      }
    }
    return `line ${line}, column ${offset - lineStart + 1}`;
  }

  /** An Error "line 3, column 14: <what>". */
  private error(what: string, offset: number): Error {
    return new Error(`${this.where(offset)}: ${what}`);
  }
}
