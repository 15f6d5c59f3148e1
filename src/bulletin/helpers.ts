// The helpers a bulletin template may call: the same formatting library the Word documents use.
import Handlebars from 'handlebars';
import { formatNumber, joinVi, lowerFirst, newsDate, newsDateFull, toRoman, upperFirst, upperVi } from '../view/format/index.js';

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** Helper name → function; templates may call nothing else (knownHelpersOnly). */
export const BULLETIN_HELPERS: Record<string, (...args: unknown[]) => unknown> = {
  upper: (s) => upperVi(text(s)),
  upperFirst: (s) => upperFirst(text(s)),
  lowerFirst: (s) => lowerFirst(text(s)),
  number: (n) => (typeof n === 'number' ? formatNumber(n) : text(n)),
  roman: (n) => (typeof n === 'number' ? toRoman(n) : text(n)),
  newsDate: (iso) => (typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? newsDate(iso) : ''),
  newsDateFull: (iso) => (typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? newsDateFull(iso) : ''),
  joinVi: (list) => (Array.isArray(list) ? joinVi(list.map(text)) : text(list)),
  eq: (a, b) => a === b,
  jsonLd: (v) => new Handlebars.SafeString(scriptJson(v)),
};

/**
 * JSON for a <script type="application/ld+json">: "<", ">" and "&" as \u escapes, so no data can
 * close the script or open markup; the only output that is not HTML-escaped, and it is JSON.
 */
export function scriptJson(v: unknown): string {
  return (JSON.stringify(v ?? null) ?? 'null').replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Handlebars' own block helpers that templates may use too. */
export const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with', 'lookup'] as const;
