// Bytes of a data file → NFC text with LF line ends, or the reason it is not usable text.
import type { Params } from '../diagnostics/types.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type Decoded =
  | { ok: true; text: string }
  /** `before`: the readable text up to the fault, so the fault can be given a line and column. */
  | { ok: false; code: 'VK106' | 'VK107' | 'VK111'; params: Params; before?: string };

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const cont = bytes[i + k];
      if (cont === undefined || (cont & 0xc0) !== 0x80) return i;
    }
    // Overlong forms and surrogates are rejected by the fatal decoder; treat them as invalid here too.
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

const lossy = new TextDecoder('utf-8');
/** Text for showing a line of a file that is not valid UTF-8 (bad bytes become U+FFFD). */
export const decodeLossy = (bytes: Uint8Array) => lossy.decode(bytes).replace(/\r\n?/g, '\n');

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, code: 'VK106', params: { size: bytes.length, limit: MAX_FILE_BYTES } };
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return { ok: false, code: 'VK107', params: { detail_vi: 'tệp mã hóa UTF-16', detail_en: 'the file is UTF-16' } };
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      code: 'VK107',
      params: { detail_vi: 'tệp có byte 0, có lẽ là tệp nhị phân hoặc UTF-16', detail_en: 'the file holds NUL bytes: binary or UTF-16' },
    };
  }
  let text: string;
  try {
    text = fatalUtf8.decode(bytes);
  } catch {
    const at = Math.max(0, firstInvalidUtf8(bytes));
    return {
      ok: false,
      code: 'VK107',
      params: {
        detail_vi: 'có byte không hợp lệ trong UTF-8, có lẽ là Windows-1258 hoặc TCVN3',
        detail_en: 'invalid UTF-8 bytes, perhaps Windows-1258 or TCVN3',
      },
      before: fatalUtf8.decode(bytes.subarray(0, at)).replace(/\r\n?/g, '\n'),
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') return { ok: false, code: 'VK111', params: {} };
  return { ok: true, text };
}
