// A .docx the reader cannot read at all (not a zip, no main document, malformed main XML): the caller
// tells the user whose file it is (a template that renders broken XML is the template's fault, not a bug).
import type { ZipProblem } from './zip-guard.js';

/** Why the document cannot be read; the app words each one. */
export type DocxReadReason =
  /** The zip would unpack beyond reason (`zip`). */
  | 'zip-refused'
  /** Not a zip at all (`detail`: the zip library's message). */
  | 'not-a-zip'
  /** No word/document.xml. */
  | 'no-main-document'
  /** The main part is not a w:document (`part`; `detail`: the XML parser's message, none when the root is another element). */
  | 'main-unreadable';

export interface DocxReadProblem {
  reason: DocxReadReason;
  /** The document, as the caller names it (undefined when it gave no name). */
  file?: string;
  part?: string;
  detail?: string;
  zip?: ZipProblem;
}

export class DocxReadError extends Error {
  override readonly name = 'DocxReadError';

  constructor(readonly problem: DocxReadProblem) {
    // The message is for logs and stack traces; users read the app's wording of `problem`.
    super(
      [problem.file ?? 'document', problem.reason, problem.part, problem.detail, problem.zip && JSON.stringify(problem.zip)]
        .filter((x) => x !== undefined)
        .join(': '),
    );
  }
}
