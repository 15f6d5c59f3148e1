// Every use of @cantoo/pdf-lib beyond its documented API, in one place, for the pinned version:
// a page leaf made whole and inserted into the page tree (addPage makes an empty leaf, then sizes it
// and fills its own resource dictionary, ~50 µs a page, and a print bundle has a page for every page
// of every copy). test/engine/paint/paint.test.ts checks the page tree and each page's resources.
import { PDFDocument, PDFHexString, PDFName, PDFPageLeaf, PDFString, type PDFObject, type PDFRef } from '@cantoo/pdf-lib';
import type { LibraryPin } from '../../util/library-pin.js';

export { PDFDocument, PDFHexString, PDFName, PDFString };

export const PDF_LIB_PIN: LibraryPin = { name: '@cantoo/pdf-lib', tested: '2.11.1', uses: 'PDFPageLeaf, catalog.insertLeafNode' };

export interface LeafParts {
  width: number;
  height: number;
  contents: PDFObject;
  resources: PDFRef;
}

/** Adds a page at `index` of the page tree, as PDFDocument.addPage would, with its box, contents and resources set at once. */
export function insertPage(doc: PDFDocument, index: number, parts: LeafParts): void {
  const context = doc.context;
  const leaf = PDFPageLeaf.fromMapWithContext(new Map(), context);
  leaf.set(PDFName.of('Type'), PDFName.of('Page'));
  leaf.set(PDFName.of('Resources'), parts.resources);
  leaf.set(PDFName.of('MediaBox'), context.obj([0, 0, parts.width, parts.height]));
  leaf.set(PDFName.of('Contents'), parts.contents);
  const ref = context.register(leaf);
  leaf.setParent(doc.catalog.insertLeafNode(ref, index));
}
