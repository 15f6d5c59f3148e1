// The PDF engine's warnings and errors in Vietnamese: the engine returns codes and values, the app words them.
import type { Place, Unsupported, WarningReason } from '../engine/ir.js';
import type { DocxReadProblem } from '../engine/docx/read-error.js';
import { zipProblemText } from './docx/zip-problem.js';

/** What follows an element's name, in parentheses unless the reason reads as a phrase of its own. */
const REASONS: Record<WarningReason, (element: string) => string> = {
  'nested-too-deep': (e) => `${e} (lồng quá sâu)`,
  'printed-as-h2': (e) => `${e} (in như h2)`,
  'inline-image': (e) => `${e} (ảnh giữa dòng chữ)`,
  'bad-data-uri': (e) => `${e} (data: URI hỏng)`,
  'image-not-found': (e) => `${e} (không tìm thấy tệp ảnh)`,
  'image-unsupported': (e) => `${e} (chỉ hỗ trợ ảnh PNG và JPEG)`,
  'image-corrupt': (e) => `${e} (tệp ảnh hỏng)`,
  'image-too-large': (e) => `${e} (ảnh quá lớn)`,
  'image-animated': (e) => `${e} (ảnh động (APNG) không dùng được)`,
  'image-missing': (e) => `${e} (thiếu tệp ảnh)`,
  'image-format': (ext) => `ảnh định dạng ${ext || 'không rõ'}`,
  'linked-image': (e) => `${e} (ảnh liên kết ngoài)`,
  'missing-relationship': (e) => `${e} (thiếu quan hệ)`,
  'no-wrap': (e) => `${e} (không có kiểu bao quanh)`,
  crop: (e) => `${e} (cắt ảnh)`,
  'rotate-flip': (e) => `${e} (xoay, lật ảnh)`,
  'field-not-ended': (e) => `${e} (trường không có điểm kết thúc)`,
  negative: (e) => `${e} âm`,
  'section-break': (e) => `${e} (ngắt phần)`,
  'page-vertical-align': (e) => `${e} (trang)`,
  unreadable: (e) => `${e} (không đọc được)`,
  'symbol-font': (family) => `phông ký hiệu ${family}`,
  'paragraph-shading': (e) => `${e} (đoạn)`,
  'run-shading': (e) => `${e} (chữ)`,
  'character-spacing': (e) => `${e} (giãn chữ)`,
  'border-style': (value) => `đường viền ${value}`,
  'tracked-change': (e) => `${e} (thay đổi được theo dõi)`,
};

/** An unsupported element as users read it: "w:del (thay đổi được theo dõi)". */
export function unsupportedText(u: Unsupported): string {
  return u.reason === undefined ? u.element : REASONS[u.reason](u.element);
}

/** A location as users read it: "bien-ban.docx, word/document.xml, đoạn 12". */
export function placeText(p: Place): string {
  const parts: string[] = [];
  if (p.file !== undefined) parts.push(p.file);
  if (p.part !== undefined) parts.push(p.part);
  if (p.paragraph !== undefined) parts.push(p.paragraph > 0 ? `đoạn ${p.paragraph}` : 'đầu phần');
  if (p.block !== undefined) parts.push(`khối ${p.block}`);
  if (p.headerFooterOfPage !== undefined) parts.push(`đầu trang/chân trang ${p.headerFooterOfPage}`);
  return parts.join(', ');
}

/** Why a .docx cannot be read, naming the file: "x.docx: thiếu word/document.xml — …". */
export function docxReadText(p: DocxReadProblem): string {
  const file = p.file ?? 'tệp .docx';
  switch (p.reason) {
    case 'zip-refused':
      return `${file}: không mở tệp .docx này: ${p.zip ? zipProblemText(p.zip) : ''}`;
    case 'not-a-zip':
      return `${file}: không phải tệp .docx hợp lệ (không đọc được gói zip: ${p.detail ?? ''})`;
    case 'no-main-document':
      return `${file}: thiếu word/document.xml — đây không phải văn bản Word (.docx)`;
    case 'main-unreadable':
      return `${file}: không đọc được ${p.part ?? 'word/document.xml'} (${p.detail ?? 'không có phần tử w:document'})`;
  }
}
