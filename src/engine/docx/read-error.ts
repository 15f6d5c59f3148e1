// A .docx the reader cannot read at all (not a zip, no main document, malformed main XML): the caller
// tells the user whose file it is (a template that renders broken XML is the template's fault, not a bug).
export class DocxReadError extends Error {
  override readonly name = 'DocxReadError';
}
