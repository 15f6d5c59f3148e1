// docxtemplater module: a rendered part becomes UTF-8 in one native conversion. docxtemplater's
// postrender (3.71) measures and encodes the joined parts code point by code point in JavaScript,
// ~10% of a Word render; a part that is already bytes it copies whole. This module hands it one.
import type Docxtemplater from 'docxtemplater';
import { wrapJoin } from './docxtemplater-internals.js';

type Parts = Array<string | Uint8Array>;

/**
 * The parts as UTF-8, as docxtemplater writes them: strings joined first (a surrogate pair split
 * between two parts is one character), bytes copied as they are. A lone surrogate, which no valid
 * XML holds, becomes U+FFFD (docxtemplater writes its three raw bytes).
 */
export function utf8Parts(parts: Parts): Uint8Array {
  if (parts.every((p) => typeof p === 'string')) return Buffer.from(parts.join(''), 'utf8');
  const chunks: Uint8Array[] = [];
  let text: string[] = [];
  for (const p of parts) {
    if (typeof p === 'string') text.push(p);
    else {
      chunks.push(Buffer.from(text.join(''), 'utf8'), p);
      text = [];
    }
  }
  chunks.push(Buffer.from(text.join(''), 'utf8'));
  return Buffer.concat(chunks);
}

export class Utf8Module {
  readonly name = 'VankienUtf8Module';

  /** docxtemplater calls this when one instance is attached to a second document. */
  clone(): Utf8Module {
    return new Utf8Module();
  }

  /**
   * Called before the parts are joined: the join (docxtemplater's joinUncorrupt, unchanged) is
   * wrapped so that it returns the joined parts as one Uint8Array.
   */
  postrender(parts: Parts, options: object): Parts {
    wrapJoin(options, (joined) => [utf8Parts(joined)]);
    return parts;
  }
}

/** The module as docxtemplater's options type it. */
export const utf8Module = (): Docxtemplater.DXT.Module => new Utf8Module() as unknown as Docxtemplater.DXT.Module;
