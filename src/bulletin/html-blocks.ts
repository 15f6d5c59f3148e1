// The bulletin HTML as a flat list of Word paragraphs (one named style per kind) for the docxtemplater loop.
import { imageInfo, isImageProblem } from '../engine/images/info.js';
import { BULLETIN_CONTENT } from './print-typography.js';
import { dataUriBytes, readStructure, spansText, type ImageLookup, type LastNews, type NewsBlock } from '../engine/html/index.js';
import { cssSize } from '../engine/html/image.js';

export type BulletinBlockKind = 'headline' | 'subhead' | 'lead' | 'body' | 'item' | 'figure' | 'caption' | 'author';

export interface BulletinImage {
  src: string;
  alt: string;
  /** Displayed size in CSS px: the attributes, else the picture's own size (when its bytes are at hand). */
  width?: number;
  height?: number;
}

export interface BulletinBlock {
  kind: BulletinBlockKind;
  /** Plain text (bold/italic dropped, <br> as "\n"); a figure's alt text; an item with its marker. */
  text: string;
  image?: BulletinImage;
}

export interface HtmlToBlocksOptions {
  /** Bytes of an image whose src is not a data: URI: only used to find a size the attributes do not give. */
  image?: ImageLookup;
  /** The marker of an unordered list item (default "–"). */
  bullet?: string;
  /** The page read last, shared with the other readers of the same HTML (none by default). */
  news?: LastNews;
}

/** Blocks in document order: a figure is followed by its caption; empty paragraphs are left out. Never throws. */
export function htmlToBlocks(html: string, options: HtmlToBlocksOptions = {}): BulletinBlock[] {
  const out: BulletinBlock[] = [];
  for (const b of readStructure(String(html ?? ''), BULLETIN_CONTENT, options.news).blocks) {
    if (b.kind === 'figure') {
      out.push({ kind: 'figure', text: b.alt, image: imageOf(b, options.image) });
      continue;
    }
    const text = spansText(b.spans).trim();
    if (text === '') continue;
    if (b.kind === 'item') out.push({ kind: 'item', text: `${b.ordered ? `${b.number}.` : (options.bullet ?? '\u2013')} ${text}` });
    else out.push({ kind: b.kind, text });
  }
  return out;
}

function imageOf(b: Extract<NewsBlock, { kind: 'figure' }>, lookup: ImageLookup | undefined): BulletinImage {
  const image: BulletinImage = { src: b.src, alt: b.alt };
  const size = cssSize(b.width, b.height, b.width !== undefined && b.height !== undefined ? undefined : natural(b.src, lookup));
  if (size) {
    image.width = size.width;
    image.height = size.height;
  } else {
    if (b.width !== undefined) image.width = b.width;
    if (b.height !== undefined) image.height = b.height;
  }
  return image;
}

/** The picture's pixel size from its bytes, when they can be had. */
function natural(src: string, lookup: ImageLookup | undefined): { widthPx: number; heightPx: number } | undefined {
  let bytes = dataUriBytes(src);
  if (!bytes && lookup && src !== '') {
    try {
      bytes = lookup(src);
    } catch {
      bytes = undefined;
    }
  }
  const info = bytes && imageInfo(bytes);
  return info && !isImageProblem(info) ? info : undefined;
}
