// The libraries whose internals vankien uses (one adapter file each), checked at start-up: another
// version than the one the adapter was written for is a message with the fix, not a wrong document.
import type { Lang } from '../diagnostics/types.js';
import { FONTKIT_PIN } from '../engine/fonts/fontkit-tables.js';
import { PDF_LIB_PIN } from '../engine/paint/pdf-lib.js';
import { DOCXTEMPLATER_PIN } from '../render/docx/docxtemplater-internals.js';
import { installedVersion, type LibraryPin } from '../util/library-pin.js';

export const PINS: readonly LibraryPin[] = [DOCXTEMPLATER_PIN, PDF_LIB_PIN, FONTKIT_PIN];

/** One message per pinned library whose installed version differs; empty when all match. */
export function libraryProblems(lang: Lang, installed: (name: string) => string | undefined = installedVersion): string[] {
  return PINS.flatMap((pin) => {
    const found = installed(pin.name);
    if (found === pin.tested) return [];
    const have = found ?? (lang === 'vi' ? 'không có' : 'none');
    return [
      lang === 'vi'
        ? `vankien được viết cho ${pin.name} ${pin.tested} (nó dùng phần bên trong của thư viện này: ${pin.uses}), nhưng máy đang có ${have}.\nGợi ý: chạy "npm ci" trong thư mục vankien để cài đúng các phiên bản đã ghi trong package-lock.json.`
        : `vankien is written for ${pin.name} ${pin.tested} (it uses the library's internals: ${pin.uses}), but ${have} is installed.\nHint: run "npm ci" in the vankien folder to install the versions in package-lock.json.`,
    ];
  });
}
