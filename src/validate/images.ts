// Image paths in a conference (signatures, seals, photos): inside the project, PNG or JPEG, present.
import { posix } from 'node:path';
import { imageInfo, isImageProblem } from '../engine/images/info.js';
import { decodeImage } from '../engine/images/decode.js';
import { imageRefs } from '../model/refs.js';
import type { ConferenceContext } from './context.js';

const IMAGE_EXT = /\.(png|jpe?g)$/i;

/** Why a written image path cannot be used, or undefined when it can. */
export function imagePathProblem(raw: string, exists: (p: string) => boolean): { vi: string; en: string } | undefined {
  const path = raw.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[a-z]:/i.test(path))
    return { vi: 'đường dẫn tuyệt đối không được phép', en: 'absolute paths are not allowed' };
  const normal = posix.normalize(path);
  if (normal === '..' || normal.startsWith('../'))
    return { vi: 'đường dẫn ra ngoài thư mục dự án', en: 'the path leaves the project folder' };
  if (!IMAGE_EXT.test(normal))
    return { vi: 'chỉ nhận ảnh PNG hoặc JPEG (.png, .jpg, .jpeg)', en: 'only PNG or JPEG images (.png, .jpg, .jpeg)' };
  if (!exists(normal)) return { vi: 'không tìm thấy tệp', en: 'file not found' };
  return undefined;
}

const CONTENT_PROBLEMS = {
  unsupported: { vi: 'nội dung tệp không phải ảnh PNG hoặc JPEG', en: 'the file is not a PNG or JPEG image' },
  corrupt: { vi: 'tệp ảnh bị hỏng', en: 'the image file is corrupt' },
  'too-large': { vi: 'ảnh quá lớn (tối đa 10.000 điểm ảnh mỗi chiều)', en: 'the image is too large (at most 10,000 pixels a side)' },
  animated: {
    vi: 'ảnh động (APNG) không dùng được trong văn bản; lưu lại thành ảnh PNG tĩnh hoặc JPEG',
    en: 'an animated PNG (APNG) cannot go in a document; save it as a still PNG or JPEG',
  },
} as const;

const UNPACKED_TOO_LARGE = {
  vi: 'ảnh PNG quá lớn để đưa vào văn bản (giải nén hơn 100 MB); thu nhỏ ảnh, ví dụ còn 2000 điểm ảnh mỗi chiều, hoặc lưu thành JPEG',
  en: 'the PNG image is too large to put in a document (over 100 MB unpacked); scale it down, e.g. to 2,000 pixels a side, or save it as JPEG',
};

export function checkImages(ctx: ConferenceContext): void {
  for (const { file: value, path } of imageRefs(ctx.conf)) {
    const problem = imagePathProblem(value, ctx.env.exists);
    if (problem) {
      ctx.report(path, 'VK315', { value, reason_vi: problem.vi, reason_en: problem.en });
      continue;
    }
    const bytes = ctx.env.read(value.replace(/\\/g, '/'));
    const info = bytes ? imageInfo(bytes) : undefined;
    if (info && isImageProblem(info)) {
      const reason = CONTENT_PROBLEMS[info.problem];
      ctx.report(path, 'VK315', { value, reason_vi: reason.vi, reason_en: reason.en });
    } else if (bytes && info) {
      // The header is sound but the pixel data may not be: decoded here (within bounded memory), not
      // found while scaling or painting. Large photos are fine: the build scales them down.
      const pixels = decodeImage(bytes, info);
      if ('problem' in pixels) {
        const reason =
          pixels.problem !== 'too-large'
            ? CONTENT_PROBLEMS.corrupt
            : info.format === 'png'
              ? UNPACKED_TOO_LARGE
              : CONTENT_PROBLEMS['too-large'];
        ctx.report(path, 'VK315', { value, reason_vi: reason.vi, reason_en: reason.en });
      }
    }
  }
}
