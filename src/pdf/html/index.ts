// The HTML reader (the bulletin's subset): HTML text → layout IR, plus the news structure other outputs share.
export { readHtml, type ReadHtmlOptions } from './read.js';
export { DEFAULT_TYPOGRAPHY, type BlockTypography, type NewsTypography } from './typography.js';
export { readStructure, type LastNews, type NewsBlock, type NewsStructure, type TextKind } from './structure.js';
export { spansText, type Span } from './inline.js';
export { dataUriBytes, isDataUri, type ImageLookup } from './image.js';
