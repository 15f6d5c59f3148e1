// Shared Vietnamese formatting for every renderer: dates, numbers, lists, Roman numerals, case, blanks.
export * from './blanks.js';
export * from './case.js';
export * from './dates.js';
export * from './lists.js';
export * from './numbers.js';
export * from './roman.js';
