// Lists in messages (valid fields, cluster members): a param holds the whole list, joined by ", ";
// a message shows its first items and "và N trường khác", and JSON output gives it whole, as an array.
import { formatNumber } from '../view/format/numbers.js';
import type { Lang, Params } from './types.js';

/** How list params are joined into one param string (names and ids never hold ", "). */
export const LIST_SEPARATOR = ', ';

/** Characters of list shown in a message before the rest is counted: about a line of a terminal. */
export const LIST_WIDTH = 100;

/** Longest item shown: an item is never cut, unless it is a pasted page with no end. */
const MAX_ITEM = 200;

/** The items of a list param. */
export function listItems(params: Params, key: string): string[] {
  const v = params[key];
  if (v === undefined || v === '') return [];
  return String(v).split(LIST_SEPARATOR);
}

/** What the rest of a shortened list is called: "và 12 trường khác", "and 12 more fields". */
export interface Noun {
  vi: string;
  en: { one: string; many: string };
}

/**
 * The list as a message shows it: whole items only, as many as fit in LIST_WIDTH characters (at
 * least one), then how many more there are. Never cut inside an item.
 */
export function shortList(params: Params, key: string, lang: Lang, noun: Noun): string {
  const items = listItems(params, key);
  const shown: string[] = [];
  let width = 0;
  for (const item of items) {
    const next = width + (shown.length > 0 ? LIST_SEPARATOR.length : 0) + item.length;
    if (shown.length > 0 && next > LIST_WIDTH) break;
    shown.push(item.length > MAX_ITEM ? `${item.slice(0, MAX_ITEM)}…` : item);
    width = next;
  }
  const rest = items.length - shown.length;
  const head = shown.join(LIST_SEPARATOR);
  if (rest === 0) return head;
  if (lang === 'vi') return `${head} và ${formatNumber(rest)} ${noun.vi} khác`;
  return `${head} and ${rest.toLocaleString('en-US')} more ${rest === 1 ? noun.en.one : noun.en.many}`;
}
