// The bulletin's print typography (the PDF read from its HTML) and where its HTML keeps the news item.
import type { ContentSelector } from '../engine/html/dom.js';
import type { LineSpacing } from '../engine/ir.js';
import type { BlockTypography, NewsTypography } from '../engine/html/typography.js';

/** The news item: `article.ban-tin`, else the first `article` (else, by the reader's rule, the body). */
export const BULLETIN_CONTENT: readonly ContentSelector[] = [{ tag: 'article', className: 'ban-tin' }, { tag: 'article' }];

const AUTO_12: LineSpacing = { rule: 'auto', value: 1.2 };

const block = (over: Partial<BlockTypography>): BlockTypography => ({
  size: 13,
  bold: false,
  italic: false,
  align: 'both',
  spaceBefore: 0,
  spaceAfter: 6,
  line: AUTO_12,
  firstLine: 0,
  keepNext: false,
  ...over,
});

export const BULLETIN_TYPOGRAPHY: NewsTypography = {
  page: { width: 595.3, height: 841.9, top: 56.7, bottom: 56.7, left: 70.9, right: 56.7, header: 36, footer: 36 },
  family: 'Times New Roman',
  color: '000000',
  body: block({}),
  headline: block({ size: 20, bold: true, align: 'left', spaceAfter: 12, keepNext: true }),
  subhead: block({ size: 14, bold: true, align: 'left', spaceBefore: 6, spaceAfter: 6, keepNext: true }),
  lead: block({ bold: true, spaceAfter: 9 }),
  caption: block({ size: 11, italic: true, align: 'center', spaceAfter: 9 }),
  author: block({ bold: true, align: 'right', spaceBefore: 6 }),
  item: block({ spaceAfter: 3 }),
  figure: { spaceBefore: 3, spaceAfter: 3, maxHeightRatio: 0.4 },
  list: { bullet: '\u2013', indent: 18 },
};

/**
 * BULLETIN_TYPOGRAPHY with the caller's overrides; an object-valued key is merged one level deep,
 * so `{ body: { size: 12 } }` keeps the other body settings (JavaScript callers may pass partial objects).
 */
export function mergeTypography(over: Partial<NewsTypography> | undefined): NewsTypography {
  const out: Record<string, unknown> = { ...BULLETIN_TYPOGRAPHY };
  for (const [key, value] of Object.entries(over ?? {})) {
    if (value === undefined) continue;
    const base = out[key];
    out[key] = isObject(base) && isObject(value) ? { ...base, ...value } : value;
  }
  return out as unknown as NewsTypography;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
