// Why a template or document zip is refused (the engine's zip guard gives the values), in Vietnamese.
import type { ZipProblem } from '../../engine/docx/zip-guard.js';

/** "có 2001 tệp con (tối đa 2000)", or the unpacked size limit. */
export function zipProblemText(z: ZipProblem): string {
  return z.reason === 'too-many-entries'
    ? `có ${z.entries} tệp con (tối đa ${z.max})`
    : `giải nén ra hơn ${z.max / 1024 / 1024} MB (có thể là "bom zip")`;
}
