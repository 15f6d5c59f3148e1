// Document properties (docProps/core.xml): title, subject, author, keywords, language.
import type { DocumentMeta } from '../ir.js';
import type { DocxPackage } from './package.js';
import { child, textContent } from './xml.js';

export function readMeta(pkg: DocxPackage): DocumentMeta {
  const part = pkg.related('', 'core-properties') ?? 'docProps/core.xml';
  const root = pkg.xml(part);
  if (!root || root instanceof Error) return {};
  const meta: DocumentMeta = {};
  const put = (key: keyof DocumentMeta, name: string) => {
    const text = textContent(child(root, name)).trim();
    if (text !== '') meta[key] = text;
  };
  put('title', 'dc:title');
  put('subject', 'dc:subject');
  put('author', 'dc:creator');
  put('keywords', 'cp:keywords');
  put('language', 'dc:language');
  return meta;
}
