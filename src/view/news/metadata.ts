// What a portal or a social share reads: schema.org NewsArticle (JSON-LD) and Open Graph tags.
import type { NewsContext } from './context.js';
import type { NewsPhoto } from './photos.js';

export interface NewsMetadata {
  /** The conference date (YYYY-MM-DD) when known, else "": the item is dated by its facts, never by the clock. */
  date: string;
  jsonLd: Record<string, unknown>;
  openGraph: Array<{ property: string; content: string }>;
}

export function metadataOf(
  x: NewsContext,
  n: { headline: string; lead: string; authors: string[]; photos: NewsPhoto[]; keywords: string },
): NewsMetadata {
  const date = x.c.date ?? '';
  const agency = x.c.press?.agency?.trim() ?? '';
  const pictures = n.photos.filter((p) => p.file);
  const jsonLd: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: n.headline,
    ...(n.lead && { description: n.lead }),
    inLanguage: 'vi',
    ...(date && { datePublished: date }),
    ...(n.authors.length && { author: n.authors.map((name) => ({ '@type': 'Person', name })) }),
    ...(agency && { publisher: { '@type': 'Organization', name: agency } }),
    ...(pictures.length && {
      image: pictures.map((p) => ({
        '@type': 'ImageObject',
        contentUrl: p.file,
        caption: p.alt,
        ...(p.credit && { creditText: p.credit }),
      })),
    }),
    ...(n.keywords && { keywords: n.keywords }),
  };
  const og: NewsMetadata['openGraph'] = [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: n.headline },
    ...(n.lead ? [{ property: 'og:description', content: n.lead }] : []),
    { property: 'og:locale', content: 'vi_VN' },
    ...(agency ? [{ property: 'og:site_name', content: agency }] : []),
    ...(date ? [{ property: 'article:published_time', content: date }] : []),
    ...n.authors.map((a) => ({ property: 'article:author', content: a })),
    ...pictures.map((p) => ({ property: 'og:image', content: p.file })),
  ];
  return { date, jsonLd, openGraph: og };
}
