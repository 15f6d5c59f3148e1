// A fault while rendering one conference, as a diagnostic for that conference: the others build on.
// A fault of the disk (full, read-only, a file where a folder should be, a link) says what and how to
// fix it (VK705); anything else is a fault of vankien itself (VK704), naming the conference.
import type { Diagnostic } from '../diagnostics/types.js';
import type { LandedConference } from './land.js';
import { fileDiagnostic } from '../diagnostics/file.js';

const DISK: Record<string, { vi: string; en: string; hint_vi: string; hint_en: string }> = {
  ENOSPC: {
    vi: 'ổ đĩa đã đầy',
    en: 'the disk is full',
    hint_vi: 'Giải phóng chỗ trống trên ổ đĩa rồi chạy lại.',
    hint_en: 'Free some disk space and run again.',
  },
  EDQUOT: {
    vi: 'đã hết hạn mức dung lượng',
    en: 'the disk quota is used up',
    hint_vi: 'Giải phóng chỗ trống rồi chạy lại.',
    hint_en: 'Free some space and run again.',
  },
  EROFS: {
    vi: 'ổ đĩa chỉ cho đọc',
    en: 'the file system is read-only',
    hint_vi: 'Chọn thư mục kết quả khác bằng --out.',
    hint_en: 'Choose another output folder with --out.',
  },
  EACCES: {
    vi: 'không có quyền ghi',
    en: 'permission denied',
    hint_vi: 'Cho phép ghi vào thư mục kết quả, hoặc chọn thư mục khác bằng --out.',
    hint_en: 'Allow writing to the output folder, or choose another with --out.',
  },
  EPERM: {
    vi: 'không được phép ghi',
    en: 'the operation is not permitted',
    hint_vi: 'Cho phép ghi vào thư mục kết quả, hoặc chọn thư mục khác bằng --out.',
    hint_en: 'Allow writing to the output folder, or choose another with --out.',
  },
  ENOTDIR: {
    vi: 'trên đường dẫn có một tệp ở chỗ cần là thư mục',
    en: 'a file stands where a folder is needed on the path',
    hint_vi: 'Xóa hoặc đổi tên tệp đó rồi chạy lại.',
    hint_en: 'Delete or rename that file and run again.',
  },
  EEXIST: {
    vi: 'trên đường dẫn có một tệp ở chỗ cần là thư mục',
    en: 'a file stands where a folder is needed on the path',
    hint_vi: 'Xóa hoặc đổi tên tệp đó rồi chạy lại.',
    hint_en: 'Delete or rename that file and run again.',
  },
  EISDIR: {
    vi: 'ở chỗ cần ghi tệp lại có một thư mục',
    en: 'a folder stands where the file should be written',
    hint_vi: 'Xóa hoặc đổi tên thư mục đó rồi chạy lại.',
    hint_en: 'Delete or rename that folder and run again.',
  },
  ELINK: {
    vi: 'đường dẫn đi qua một liên kết tượng trưng (vankien không ghi qua liên kết)',
    en: 'the path passes through a symbolic link (vankien does not write through links)',
    hint_vi: 'Xóa liên kết đó trong thư mục kết quả rồi chạy lại.',
    hint_en: 'Delete that link in the output folder and run again.',
  },
  ELOOP: {
    vi: 'liên kết tượng trưng vòng lặp',
    en: 'a loop of symbolic links',
    hint_vi: 'Xóa liên kết đó trong thư mục kết quả rồi chạy lại.',
    hint_en: 'Delete that link in the output folder and run again.',
  },
  EIO: {
    vi: 'lỗi đọc ghi của ổ đĩa',
    en: 'an input/output error of the disk',
    hint_vi: 'Kiểm tra ổ đĩa rồi chạy lại.',
    hint_en: 'Check the disk and run again.',
  },
};

const at = fileDiagnostic;

/** The diagnostic for an error thrown while rendering or writing conference `id`, written in `file`. */
export function faultDiagnostic(id: string, file: string, error: unknown, shownPath: (p: string) => string): Diagnostic {
  const e = error as (Error & { code?: string; path?: string }) | undefined;
  const disk = e?.code ? DISK[e.code] : undefined;
  if (disk) {
    return at(file, 'VK705', {
      id,
      path: e?.path ? shownPath(e.path) : '',
      reason_vi: disk.vi,
      reason_en: disk.en,
      hint_vi: disk.hint_vi,
      hint_en: disk.hint_en,
    });
  }
  const detail = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(error);
  return at(file, 'VK704', { id, detail: detail.split('\n')[0] ?? '' });
}

/** A conference that failed with `error`: nothing of it was left written (land.ts). */
export function faultResult(id: string, file: string, error: unknown, shownPath: (p: string) => string): LandedConference {
  return {
    id,
    outputs: [],
    diagnostics: [faultDiagnostic(id, file, error, shownPath)],
    timings: {},
    failed: true,
    draft: { missing: [], withheld: [] },
  };
}

/** A message for a fault of the disk outside any one conference (the lock, index.html, manifest.json, the cache), or undefined for another error. */
export function diskMessage(error: unknown, lang: 'vi' | 'en', where: string): string | undefined {
  const e = error as (Error & { code?: string }) | undefined;
  const disk = e?.code ? DISK[e.code] : undefined;
  if (!disk) return undefined;
  return lang === 'vi'
    ? `Không ghi được vào thư mục kết quả ${where}: ${disk.vi}. ${disk.hint_vi}`
    : `Cannot write to the output folder ${where}: ${disk.en}. ${disk.hint_en}`;
}
