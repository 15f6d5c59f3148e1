// The bulletin HTML as plain text for a newsroom system or an e-mail: paragraphs separated by blank lines.
import { readStructure, spansText, type LastNews } from '../engine/html/index.js';
import { BULLETIN_CONTENT } from './print-typography.js';

/**
 * Headline, lead, body paragraphs, captions ("[Ảnh] …") and subheads, each its own paragraph; the items
 * of a list one per line ("- …", "1. …"); the author line last. Lines are not wrapped; the text ends
 * with one "\n" (an empty document gives ""). Never throws.
 */
export function htmlToText(html: string, news?: LastNews): string {
  const { blocks } = readStructure(String(html ?? ''), BULLETIN_CONTENT, news);
  const paragraphs: string[] = [];
  const authors: string[] = [];
  /** Items of the list being written, joined into one paragraph. */
  let list: string[] | undefined;
  let listId = 0;
  const endList = () => {
    if (list && list.length > 0) paragraphs.push(list.join('\n'));
    list = undefined;
  };
  for (const b of blocks) {
    if (b.kind === 'item') {
      if (b.list !== listId) endList();
      listId = b.list;
      const text = clean(spansText(b.spans));
      if (text !== '') (list ??= []).push(`${'  '.repeat(b.level)}${b.ordered ? `${b.number}.` : '-'} ${text}`);
      continue;
    }
    endList();
    if (b.kind === 'figure') {
      // A captioned figure is written once, by its caption; one without a caption by its alt text.
      if (!b.captioned) paragraphs.push(b.alt === '' ? '[Ảnh]' : `[Ảnh] ${b.alt}`);
      continue;
    }
    const text = clean(spansText(b.spans));
    if (text === '') continue;
    if (b.kind === 'author') authors.push(text);
    else if (b.kind === 'caption') paragraphs.push(`[Ảnh] ${text}`);
    else paragraphs.push(text);
  }
  endList();
  const all = [...paragraphs, ...authors];
  return all.length === 0 ? '' : `${all.join('\n\n')}\n`;
}

/**
 * Trims each line (spaces left around a <br>) and the whole; NBSP stays inside a line. Several <br>
 * in a row leave at most one empty line: more would read as a break between paragraphs.
 */
const clean = (text: string): string =>
  text
    .split('\n')
    .map((l) => l.replace(/^ +| +$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
