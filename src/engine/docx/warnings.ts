// Reader warnings: each unsupported element is reported once per document, where it was first seen.
import type { Place, ReaderWarning, WarningReason } from '../ir.js';

export class Warnings {
  private readonly seen = new Map<string, ReaderWarning>();

  /** `file` (the document, as the caller names it) goes into every location. */
  constructor(private readonly file?: string) {}

  add(element: string, where: Place, reason?: WarningReason): void {
    const key = reason === undefined ? element : `${element}\u0000${reason}`;
    if (this.seen.has(key)) return;
    this.seen.set(key, { element, ...(reason !== undefined && { reason }), where: this.file ? { file: this.file, ...where } : where });
  }

  list(): ReaderWarning[] {
    return [...this.seen.values()];
  }
}

/** A paragraph of a part (0: before its first paragraph). */
export function paragraphWhere(part: string, paragraph: number): Place {
  return { part, paragraph };
}
