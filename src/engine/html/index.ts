// The HTML reader (a subset): HTML text → layout IR, plus the block structure other outputs share.
export { readHtml, type ReadHtmlOptions } from './read.js';
export type { BlockTypography, NewsTypography } from './typography.js';
export type { ContentSelector } from './dom.js';
export { readStructure, type LastNews, type NewsBlock, type NewsStructure, type TextKind } from './structure.js';
export { spansText, type Span } from './inline.js';
export { dataUriBytes, isDataUri, type ImageLookup } from './image.js';
