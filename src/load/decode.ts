// Bytes of a data file → NFC text with LF line ends, or the reason it is not usable text.
import type { Params } from '../diagnostics/types.js';

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; code: 'VK106' | 'VK107' | 'VK111'; params: Params };

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, code: 'VK106', params: { size: bytes.length, limit: MAX_FILE_BYTES } };
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return { ok: false, code: 'VK107', params: { detail_vi: 'tệp mã hóa UTF-16', detail_en: 'the file is UTF-16' } };
  }
  if (bytes.includes(0)) {
    return { ok: false, code: 'VK107', params: { detail_vi: 'tệp có byte 0, có lẽ là tệp nhị phân hoặc UTF-16', detail_en: 'the file holds NUL bytes: binary or UTF-16' } };
  }
  let text: string;
  try {
    text = fatalUtf8.decode(bytes);
  } catch {
    return { ok: false, code: 'VK107', params: { detail_vi: 'có byte không hợp lệ trong UTF-8, có lẽ là Windows-1258 hoặc TCVN3', detail_en: 'invalid UTF-8 bytes, perhaps Windows-1258 or TCVN3' } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') return { ok: false, code: 'VK111', params: {} };
  return { ok: true, text };
}
