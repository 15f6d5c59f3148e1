// parse5 tree helpers for the HTML reader: elements, attributes, classes, the content element and the head's metadata.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { collapse } from './inline.js';

export type Node = DefaultTreeAdapterMap['childNode'];
export type Element = DefaultTreeAdapterMap['element'];
type Parent = DefaultTreeAdapterMap['parentNode'];

export interface HtmlMeta {
  title?: string;
  author?: string;
  description?: string;
  keywords?: string;
  language?: string;
}

export const isElement = (n: Node | Parent): n is Element => 'tagName' in n;

/** An attribute's value (names are lower case in HTML); undefined when absent. */
export const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

export const hasClass = (el: Element, name: string): boolean => (attr(el, 'class') ?? '').split(/[\t\n\f\r ]+/).includes(name);

const childElements = (n: Parent): Element[] => n.childNodes.filter(isElement);

/** The first element (depth first, document order) that matches; iterative, so deep trees cannot overflow the stack. */
export function findFirst(root: Parent, match: (el: Element) => boolean): Element | undefined {
  const stack: Parent[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isElement(n) && n !== root && match(n)) return n;
    const kids = childElements(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return undefined;
}

/** All text under a node, as written (no collapsing). */
export function textContent(root: Parent): string {
  let out = '';
  const stack: Array<Node | Parent> = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeName === '#text' && 'value' in n) out += n.value;
    else if ('childNodes' in n) for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
  }
  return out;
}

/** An element the caller's HTML keeps its content in: a tag name, with a class when given. */
export interface ContentSelector {
  tag: string;
  className?: string;
}

export interface ParsedHtml {
  /** The first element the first matching selector finds (selectors tried in order), else the body. */
  content: Parent;
  meta: HtmlMeta;
}

export function parseHtml(html: string, selectors: readonly ContentSelector[] = []): ParsedHtml {
  const doc = parse(html);
  const root = childElements(doc).find((e) => e.tagName === 'html');
  const head = root && childElements(root).find((e) => e.tagName === 'head');
  // A frameset document has no body: the html element (or the document) stands in.
  const body = (root && childElements(root).find((e) => e.tagName === 'body')) ?? root ?? doc;
  let content: Parent = body;
  for (const s of selectors) {
    const found = findFirst(body, (e) => e.tagName === s.tag && (s.className === undefined || hasClass(e, s.className)));
    if (found) {
      content = found;
      break;
    }
  }
  return { content, meta: readMeta(root, head) };
}

const META_NAMES = ['author', 'description', 'keywords'] as const;

function readMeta(root: Element | undefined, head: Element | undefined): HtmlMeta {
  const meta: HtmlMeta = {};
  const title = head && findFirst(head, (e) => e.tagName === 'title');
  if (title) set(meta, 'title', collapse(textContent(title)));
  for (const el of head ? childElements(head) : []) {
    if (el.tagName !== 'meta') continue;
    const name = (attr(el, 'name') ?? '').trim().toLowerCase();
    const content = attr(el, 'content');
    const key = META_NAMES.find((k) => k === name);
    if (key && content !== undefined && meta[key] === undefined) set(meta, key, collapse(content));
  }
  const lang = root && attr(root, 'lang');
  if (lang !== undefined) set(meta, 'language', collapse(lang));
  return meta;
}

function set(meta: HtmlMeta, key: keyof HtmlMeta, value: string): void {
  if (value !== '') meta[key] = value;
}
