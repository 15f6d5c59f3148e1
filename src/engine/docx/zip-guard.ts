// Refuses a .docx whose zip would expand beyond reason (a zip bomb) before anything is decompressed.

/** A template or rendered document stays far below this once unpacked. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
export const MAX_ENTRIES = 2000;

/** Why a zip must not be opened: too many entries, or too many bytes once unpacked (the limit in `max`). */
export type ZipProblem = { reason: 'too-many-entries'; entries: number; max: number } | { reason: 'too-large'; max: number };

/**
 * Reads the zip's central directory (sizes as declared) and says why it must not be opened, or
 * undefined when it may. A zip whose directory cannot be read is left to the zip library to refuse.
 */
export function zipProblem(bytes: Uint8Array): ZipProblem | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = view.getUint16(eocd + 10, true);
  if (entries > MAX_ENTRIES) return { reason: 'too-many-entries', entries, max: MAX_ENTRIES };
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined;
    const unpacked = view.getUint32(offset + 24, true);
    total += unpacked;
    if (total > MAX_UNPACKED_BYTES) return { reason: 'too-large', max: MAX_UNPACKED_BYTES };
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return undefined;
}
