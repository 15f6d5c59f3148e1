// Photos: caption and credit in the outlet's form, no duplicates, each placed by the paragraph it shows.
import { upperFirst } from '../format/index.js';
import { bare, finish } from './clause.js';
import type { NewsContext } from './context.js';

export interface NewsPhoto {
  /** The caption with its credit, when the data gives one: "… (Ảnh: Anh Dũng/TTXVN)". */
  caption: string;
  file: string;
  alt: string;
  /** The photographer as the data gives them, or "". */
  credit: string;
}

/** "(Ảnh: Anh Dũng/TTXVN)", "(Ảnh: Anh Dũng)", or "" per the outlet's style; never without a credit in the data. */
export function creditText(x: NewsContext, credit: string): string {
  if (!credit || x.creditStyle === 'khong') return '';
  const code = x.c.press?.agencyCode?.trim();
  return x.creditStyle === 'ten-co-quan' && code ? `(Ảnh: ${credit}/${code})` : `(Ảnh: ${credit})`;
}

const key = (s: string) =>
  bare(s)
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The photos in the data's order, a caption given twice kept once (the one with a picture if either has). */
export function photosOf(x: NewsContext): NewsPhoto[] {
  const out: NewsPhoto[] = [];
  for (const ph of x.c.press?.photos ?? []) {
    const caption = bare(ph.caption.replace(/\(Ảnh:[^)]*\)\s*\.?\s*$/u, ''));
    if (!caption) continue;
    const credit = bare(ph.credit);
    const by = creditText(x, credit);
    const shown = finish(upperFirst(caption));
    const photo = { caption: by ? `${shown} ${by}` : shown, file: ph.file ?? '', alt: upperFirst(caption), credit };
    const twin = out.findIndex((o) => key(o.alt) === key(caption));
    if (twin < 0) out.push(photo);
    else if (!out[twin]!.file && photo.file) out[twin] = photo;
  }
  return out;
}

/** What a paragraph is about, to place photos: the people it names and its topic. */
export interface Topic {
  names: string[];
  topic: 'members' | 'attendance' | 'results' | 'speech' | 'awards' | 'pledge' | 'other';
}

const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

/**
 * The paragraph each photo follows: the one that names a person in its caption (a speech, an award),
 * else the one on its subject (signing, awards, who attended), else the first.
 */
export function placePhotos(photos: NewsPhoto[], topics: Topic[]): number[] {
  const find = (pred: (t: Topic) => boolean) => topics.findIndex(pred);
  return photos.map((p) => {
    const cap = lower(p.alt);
    const byName = find((t) => t.names.some((n) => cap.includes(lower(n))));
    if (byName >= 0) return byName;
    const rules: Array<[RegExp, Topic['topic']]> = [
      [/ký giao ước/u, 'pledge'],
      [/khen|cờ thi đua/u, 'awards'],
      [/\bdự hội nghị|đại biểu/u, 'attendance'],
    ];
    for (const [re, topic] of rules) {
      const i = re.test(cap) ? find((t) => t.topic === topic) : -1;
      if (i >= 0) return i;
    }
    return 0;
  });
}
