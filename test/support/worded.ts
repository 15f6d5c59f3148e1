// The engine's warnings and errors as users read them (the app's wording), for tests that check the texts.
import { DocxReadError } from '../../src/engine/docx/read-error.js';
import type { ReaderWarning } from '../../src/engine/ir.js';
import { docxReadText, placeText, unsupportedText } from '../../src/render/engine-words.js';

export const worded = (warnings: readonly ReaderWarning[]): Array<{ element: string; where: string }> =>
  warnings.map((w) => ({ element: unsupportedText(w), where: placeText(w.where) }));

export const wordedElements = (warnings: readonly ReaderWarning[]): string[] => warnings.map(unsupportedText);

/** The worded DocxReadError `read` throws; fails when it throws nothing or something else. */
export function readFailure(read: () => unknown): string {
  try {
    read();
  } catch (e) {
    if (e instanceof DocxReadError) return docxReadText(e.problem);
    throw e;
  }
  throw new Error('expected a DocxReadError, nothing was thrown');
}
