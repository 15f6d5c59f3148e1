// Reader warnings: each unsupported element is reported once per document, where it was first seen.
import type { ReaderWarning } from '../ir.js';

export class Warnings {
  private readonly seen = new Map<string, ReaderWarning>();

  /** `label` (the file, as the caller names it) prefixes every location. */
  constructor(private readonly label?: string) {}

  add(element: string, where: string): void {
    if (this.seen.has(element)) return;
    this.seen.set(element, { element, where: this.label ? `${this.label}, ${where}` : where });
  }

  list(): ReaderWarning[] {
    return [...this.seen.values()];
  }
}

/** A location in Vietnamese, as users read it: "word/document.xml, đoạn 12". */
export function paragraphWhere(part: string, paragraph: number): string {
  return paragraph > 0 ? `${part}, đoạn ${paragraph}` : `${part}, đầu phần`;
}
