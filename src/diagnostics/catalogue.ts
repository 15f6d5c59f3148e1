// Every diagnostic code: its severity, a one-line meaning, and its message and hint in Vietnamese and English.
import { formatNumber } from '../view/format/numbers.js';
import { shortList, type Noun } from './lists.js';
import type { Params, Severity } from './types.js';

type Text = (p: Params) => string;
interface Entry {
  severity: Severity;
  summary: { vi: string; en: string };
  message: { vi: Text; en: Text };
  hint?: { vi: Text; en: Text };
  /**
   * Params that hold a list (lists.ts), with the JSON field each is given in whole: never clipped,
   * shortened by the message itself.
   */
  lists?: Record<string, string>;
}

const FIELDS: Noun = { vi: 'trường', en: { one: 'field', many: 'fields' } };
const UNITS: Noun = { vi: 'đơn vị', en: { one: 'unit', many: 'units' } };
const FILES: Noun = { vi: 'tệp', en: { one: 'file', many: 'files' } };

const s = (p: Params, k: string) => String(p[k] ?? '');
/** A count as written in each language: 99.980 (vi), 99,980 (en). */
const nVi = (p: Params, k: string) => (typeof p[k] === 'number' && Number.isFinite(p[k]) ? formatNumber(p[k]) : s(p, k));
const nEn = (p: Params, k: string) => (typeof p[k] === 'number' && Number.isFinite(p[k]) ? p[k].toLocaleString('en-US') : s(p, k));
/** A hint that offers the closest valid value when one was found, else a fallback. */
const suggestHint = (vi: string | Text, en: string | Text) => ({
  vi: (p: Params) => (p.suggestion ? `Có phải ý bạn là ${s(p, 'suggestion')}?` : typeof vi === 'function' ? vi(p) : vi),
  en: (p: Params) => (p.suggestion ? `Did you mean ${s(p, 'suggestion')}?` : typeof en === 'function' ? en(p) : en),
});

/** A reference hint: the skipped file that holds the id when there is one, else the closest id, else `vi`/`en`. */
const referenceHint = (vi: string, en: string) => {
  const suggest = suggestHint(vi, en);
  return {
    vi: (p: Params) =>
      p.skippedFile
        ? `Mã "${s(p, 'id')}" có trong tệp ${s(p, 'skippedFile')}, nhưng tệp này bị bỏ qua vì không có đuôi .yaml: đổi tên thành .yaml nếu đây là tệp dữ liệu.`
        : suggest.vi(p),
    en: (p: Params) =>
      p.skippedFile
        ? `The id "${s(p, 'id')}" is in ${s(p, 'skippedFile')}, which was skipped because it does not end in .yaml: rename it to .yaml if it is a data file.`
        : suggest.en(p),
  };
};

/**
 * The key a VK103 names: as written when quoted, its text in quotes, or what it is when it has no
 * text (a ":" alone); "a key" when the parser could not tell which.
 */
function duplicateKey(p: Params, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  if (p.empty)
    return vi ? 'Trường không có tên (dấu ":" không có tên trường đứng trước)' : 'A key with no name (a ":" with no key before it)';
  if (p.quoted) return `${vi ? 'Trường' : 'Key'} ${s(p, 'quoted')}${p.key === '' ? (vi ? ' (tên rỗng)' : ' (an empty name)') : ''}`;
  if (p.key !== undefined) return `${vi ? 'Trường' : 'Key'} "${s(p, 'key')}"`;
  return vi ? 'Một trường' : 'A key';
}

const entries = {
  VK101: {
    severity: 'error',
    summary: { vi: 'Không đọc được tệp', en: 'File cannot be read' },
    message: {
      vi: (p) => `Không đọc được tệp: ${s(p, 'reason')}.`,
      en: (p) => `Cannot read the file: ${s(p, p.reason_en ? 'reason_en' : 'reason')}.`,
    },
    hint: { vi: () => 'Kiểm tra đường dẫn và quyền đọc tệp.', en: () => 'Check the path and the file permissions.' },
  },
  VK102: {
    severity: 'error',
    summary: { vi: 'Lỗi cú pháp YAML', en: 'YAML syntax error' },
    message: { vi: (p) => `Lỗi cú pháp YAML: ${s(p, 'detail_vi')}.`, en: (p) => `YAML syntax error: ${s(p, 'detail_en')}.` },
    hint: {
      vi: () => 'Mỗi cấp lùi vào 2 dấu cách; sau dấu ":" phải có một dấu cách; chuỗi có ":" hoặc "#" nên đặt trong ngoặc kép.',
      en: () => 'Indent each level by 2 spaces; put a space after ":"; quote strings that contain ":" or "#".',
    },
  },
  VK103: {
    severity: 'error',
    summary: { vi: 'Trường bị khai báo hai lần', en: 'Duplicate key' },
    message: {
      vi: (p) => `${duplicateKey(p, 'vi')} xuất hiện hai lần trong cùng một nhóm${p.first ? ` (lần đầu ở dòng ${s(p, 'first')})` : ''}.`,
      en: (p) => `${duplicateKey(p, 'en')} appears twice in the same mapping${p.first ? ` (first on line ${s(p, 'first')})` : ''}.`,
    },
    hint: {
      vi: (p) =>
        p.empty
          ? 'Viết tên trường trước dấu ":", hoặc xóa dòng thừa.'
          : `${p.written ? `Dòng ${s(p, 'first')} viết ${s(p, 'firstWritten')}, dòng này viết ${s(p, 'written')}: cùng một tên trường. ` : ''}Xóa một trong hai dòng, hoặc gộp nội dung vào một dòng.`,
      en: (p) =>
        p.empty
          ? 'Write the key\'s name before the ":", or remove the extra line.'
          : `${p.written ? `Line ${s(p, 'first')} writes ${s(p, 'firstWritten')} and this line ${s(p, 'written')}: the same key. ` : ''}Remove one of the two lines or merge them.`,
    },
  },
  VK104: {
    severity: 'error',
    summary: { vi: 'Dùng phím Tab để thụt lề', en: 'Tab used for indentation' },
    message: { vi: () => 'YAML không cho phép thụt lề bằng phím Tab.', en: () => 'YAML does not allow tabs for indentation.' },
    hint: { vi: () => 'Thay Tab bằng dấu cách (2 dấu cách mỗi cấp).', en: () => 'Replace the tab with spaces (2 per level).' },
  },
  VK105: {
    severity: 'error',
    summary: { vi: 'Bí danh (alias) YAML bung ra quá lớn', en: 'YAML aliases expand without bound' },
    message: {
      vi: (p) => `Tệp dùng bí danh YAML (*tên) quá nhiều lần (giới hạn ${s(p, 'limit')}).`,
      en: (p) => `The file uses YAML aliases (*name) too many times (limit ${s(p, 'limit')}).`,
    },
    hint: {
      vi: () => 'Viết thẳng nội dung thay vì dùng &neo và *bí danh.',
      en: () => 'Write the content out instead of using &anchors and *aliases.',
    },
  },
  VK106: {
    severity: 'error',
    summary: { vi: 'Tệp quá lớn', en: 'File too large' },
    message: {
      vi: (p) => `Tệp nặng ${s(p, 'size')} byte, vượt giới hạn ${s(p, 'limit')} byte.`,
      en: (p) => `The file is ${s(p, 'size')} bytes, over the ${s(p, 'limit')}-byte limit.`,
    },
    hint: {
      vi: () => 'Một hội nghị chỉ cần một tệp nhỏ; kiểm tra xem có dán nhầm nội dung khác vào không.',
      en: () => 'One conference needs a small file; check that nothing else was pasted in.',
    },
  },
  VK107: {
    severity: 'error',
    summary: { vi: 'Tệp không phải văn bản UTF-8', en: 'File is not UTF-8 text' },
    message: {
      vi: (p) => `Tệp không phải văn bản UTF-8 (${s(p, 'detail_vi')}).`,
      en: (p) => `The file is not UTF-8 text (${s(p, 'detail_en')}).`,
    },
    hint: {
      vi: () => 'Mở tệp trong trình soạn thảo và lưu lại với mã hóa "UTF-8".',
      en: () => 'Open the file in an editor and save it as "UTF-8".',
    },
  },
  VK108: {
    severity: 'error',
    summary: { vi: 'Nhiều tài liệu YAML trong một tệp', en: 'Several YAML documents in one file' },
    message: {
      vi: () => 'Tệp chứa nhiều tài liệu YAML (ngăn bởi "---"); mỗi tệp chỉ được một.',
      en: () => 'The file holds several YAML documents (separated by "---"); one per file.',
    },
    hint: {
      vi: () => 'Tách mỗi hội nghị, Cụm hoặc danh sách đơn vị ra một tệp riêng.',
      en: () => 'Put each conference, cluster or unit list in a file of its own.',
    },
  },
  VK109: {
    severity: 'error',
    summary: { vi: 'Thiếu hoặc sai loại tệp (kind)', en: 'Missing or unknown file kind' },
    message: {
      vi: (p) => (p.value ? `Loại tệp "${s(p, 'value')}" không hợp lệ.` : 'Tệp thiếu trường "kind" cho biết loại tệp.'),
      en: (p) => (p.value ? `Unknown file kind "${s(p, 'value')}".` : 'The file has no "kind" field saying what it is.'),
    },
    hint: suggestHint(
      'Dòng đầu nội dung ghi "kind: conference", "kind: cluster" hoặc "kind: units".',
      'Start with "kind: conference", "kind: cluster" or "kind: units".',
    ),
  },
  VK110: {
    severity: 'error',
    summary: { vi: 'Thẻ YAML không được hỗ trợ', en: 'Unsupported YAML tag' },
    message: { vi: (p) => `Thẻ YAML "${s(p, 'tag')}" không được hỗ trợ.`, en: (p) => `YAML tag "${s(p, 'tag')}" is not supported.` },
    hint: {
      vi: () => 'Bỏ thẻ bắt đầu bằng "!"; dữ liệu chỉ gồm chữ, số, danh sách và nhóm trường.',
      en: () => 'Remove the tag starting with "!"; data holds only text, numbers, lists and mappings.',
    },
  },
  VK111: {
    severity: 'error',
    summary: { vi: 'Tệp rỗng', en: 'Empty file' },
    message: { vi: () => 'Tệp không có nội dung.', en: () => 'The file is empty.' },
    hint: {
      vi: () => 'Dùng "vankien new conference <mã>" để tạo tệp mẫu.',
      en: () => 'Use "vankien new conference <id>" to create a template.',
    },
  },
  VK112: {
    severity: 'error',
    summary: { vi: 'Bí danh YAML trỏ vào chính nó', en: 'YAML alias refers to itself' },
    message: {
      vi: () => 'Bí danh YAML (*tên) nằm bên trong chính giá trị nó trỏ tới, tạo vòng lặp vô tận.',
      en: () => 'A YAML alias (*name) sits inside the very value it names, making an endless loop.',
    },
    hint: { vi: () => 'Bỏ &neo và *bí danh, viết thẳng nội dung.', en: () => 'Remove the &anchor and *alias and write the content out.' },
  },
  VK113: {
    severity: 'error',
    summary: { vi: 'Dữ liệu lồng nhau quá sâu', en: 'Data nested too deeply' },
    message: {
      vi: (p) => `Tệp lồng nhau quá sâu (quá ${s(p, 'limit')} cấp thụt lề hoặc ngoặc).`,
      en: (p) => `The file is nested too deeply (more than ${s(p, 'limit')} levels of indentation or brackets).`,
    },
    hint: {
      vi: () => 'Kiểm tra thụt lề: mỗi cấp chỉ lùi 2 dấu cách; có thể đã dán nhầm nội dung.',
      en: () => 'Check the indentation (2 spaces a level); something may have been pasted by mistake.',
    },
  },
  VK114: {
    severity: 'error',
    summary: { vi: 'Quá nhiều lỗi trong một tệp', en: 'Too many problems in one file' },
    message: {
      vi: (p) =>
        `Còn ${nVi(p, 'count')} lỗi và cảnh báo khác trong tệp này (${nVi(p, 'errors')} lỗi) không được hiển thị; chỉ hiện ${s(p, 'shown')} mục đầu tiên.`,
      en: (p) =>
        `${nEn(p, 'count')} more problems in this file (${nEn(p, 'errors')} errors) are not shown; only the first ${s(p, 'shown')} are.`,
    },
    hint: {
      vi: () => 'Sửa các lỗi đầu tiên rồi kiểm tra lại: thường một dòng dán nhầm gây ra hàng loạt lỗi theo sau.',
      en: () => 'Fix the first problems and check again: one pasted line often causes a whole run of errors after it.',
    },
  },
  VK115: {
    severity: 'warning',
    summary: { vi: 'Tệp trong data/ bị bỏ qua (không phải .yaml)', en: 'File in data/ skipped (not .yaml)' },
    message: {
      vi: (p) => `Bỏ qua tệp ${s(p, 'file')}: chỉ tệp có đuôi .yaml hoặc .yml mới được đọc.`,
      en: (p) => `Skipped ${s(p, 'file')}: only files ending in .yaml or .yml are read.`,
    },
    hint: { vi: () => 'Đổi tên thành .yaml nếu đây là tệp dữ liệu.', en: () => 'Rename it to .yaml if it is a data file.' },
  },
  VK116: {
    severity: 'warning',
    summary: { vi: 'Tệp sao lưu của trình soạn thảo bị bỏ qua', en: 'Editor backup files skipped' },
    message: {
      vi: (p) => `Bỏ qua ${nVi(p, 'count')} tệp sao lưu của trình soạn thảo: ${shortList(p, 'files', 'vi', FILES)}.`,
      en: (p) => `Skipped ${nEn(p, 'count')} editor backup file${p.count === 1 ? '' : 's'}: ${shortList(p, 'files', 'en', FILES)}.`,
    },
    hint: {
      vi: () => 'Các tệp này không được đọc: đổi tên thành .yaml nếu đây là tệp dữ liệu, hoặc xóa đi nếu không cần.',
      en: () => 'They are not read: rename one to .yaml if it is a data file, or delete them if not needed.',
    },
    lists: { files: 'files' },
  },
  VK201: {
    severity: 'error',
    summary: { vi: 'Thiếu trường bắt buộc', en: 'Required field missing' },
    message: { vi: (p) => `Thiếu trường bắt buộc "${s(p, 'field')}".`, en: (p) => `Required field "${s(p, 'field')}" is missing.` },
    hint: {
      vi: (p) => `Thêm "${s(p, 'field')}:" vào nhóm này.${p.description ? ` (${s(p, 'description')})` : ''}`,
      en: (p) => `Add "${s(p, 'field')}:" to this mapping.`,
    },
  },
  VK202: {
    severity: 'error',
    summary: { vi: 'Trường không có trong mẫu dữ liệu', en: 'Unknown field' },
    message: {
      vi: (p) => `Trường "${s(p, 'field')}" không có trong mẫu dữ liệu.`,
      en: (p) => `Field "${s(p, 'field')}" is not part of the data format.`,
    },
    hint: {
      // The closest field first, then the valid ones (as many as fit on a line, then how many more).
      vi: (p) =>
        p.flowComma
          ? 'Trong {...} hoặc [...], dấu phẩy ngăn cách các mục: giá trị có dấu phẩy phải đặt trong ngoặc kép "...".'
          : `${p.suggestion ? `Có phải ý bạn là ${s(p, 'suggestion')}? ` : ''}Các trường hợp lệ: ${shortList(p, 'allowed', 'vi', FIELDS)}.`,
      en: (p) =>
        p.flowComma
          ? 'Inside {...} or [...] a comma separates items: quote a value that holds a comma.'
          : `${p.suggestion ? `Did you mean ${s(p, 'suggestion')}? ` : ''}Valid fields: ${shortList(p, 'allowed', 'en', FIELDS)}.`,
    },
    lists: { allowed: 'validFields' },
  },
  VK203: {
    severity: 'error',
    summary: { vi: 'Sai kiểu giá trị', en: 'Wrong value type' },
    message: { vi: (p) => `Giá trị phải là ${s(p, 'expected_vi')}.`, en: (p) => `The value must be ${s(p, 'expected_en')}.` },
    hint: { vi: (p) => s(p, 'hint_vi'), en: (p) => s(p, 'hint_en') },
  },
  VK204: {
    severity: 'error',
    summary: { vi: 'Giá trị không thuộc danh sách cho phép', en: 'Value not among the allowed ones' },
    message: { vi: (p) => `Giá trị "${s(p, 'value')}" không hợp lệ.`, en: (p) => `Value "${s(p, 'value')}" is not allowed.` },
    hint: suggestHint(
      (p) => `Chọn một trong: ${s(p, 'allowed')}.`,
      (p) => `Choose one of: ${s(p, 'allowed')}.`,
    ),
  },
  VK205: {
    severity: 'error',
    summary: { vi: 'Sai định dạng (ngày, giờ, mã, ký hiệu)', en: 'Wrong format (date, time, id, code)' },
    message: {
      vi: (p) => `"${s(p, 'value')}" không đúng định dạng ${s(p, 'format_vi')}.`,
      en: (p) => `"${s(p, 'value')}" is not a valid ${s(p, 'format_en')}.`,
    },
    hint: { vi: (p) => s(p, 'hint_vi'), en: (p) => s(p, 'hint_en') },
  },
  VK206: {
    severity: 'error',
    summary: { vi: 'Giá trị để trống', en: 'Empty value' },
    message: { vi: () => 'Giá trị không được để trống.', en: () => 'The value must not be empty.' },
    hint: { vi: () => 'Điền nội dung, hoặc xóa cả dòng nếu chưa có.', en: () => 'Fill it in, or remove the line if it is not known yet.' },
  },
  VK207: {
    severity: 'error',
    summary: { vi: 'Giá trị ngoài khoảng cho phép', en: 'Value out of range' },
    message: { vi: (p) => `Giá trị ${s(p, 'detail_vi')}.`, en: (p) => `The value ${s(p, 'detail_en')}.` },
    hint: {
      vi: () => 'Sửa giá trị cho nằm trong giới hạn của trường (xem mô tả trường trong trình soạn thảo).',
      en: () => "Bring the value within the field's limits (see the field description in the editor).",
    },
  },
  VK208: {
    severity: 'error',
    summary: { vi: 'Mục bị lặp trong danh sách', en: 'Duplicate item in a list' },
    message: {
      vi: (p) => `Mục thứ ${s(p, 'first')} và thứ ${s(p, 'second')} trùng nhau.`,
      en: (p) => `Items ${s(p, 'first')} and ${s(p, 'second')} are the same.`,
    },
    hint: { vi: () => 'Xóa mục lặp.', en: () => 'Remove the repeated item.' },
  },
  VK209: {
    severity: 'error',
    summary: { vi: 'Dữ liệu không khớp mẫu', en: 'Data does not match the format' },
    message: { vi: (p) => `Dữ liệu không khớp mẫu (${s(p, 'detail')}).`, en: (p) => `Data does not match the format (${s(p, 'detail')}).` },
    hint: { vi: () => 'Đối chiếu với ví dụ đầy đủ trong README.', en: () => 'Compare with the complete example in the README.' },
  },
  VK210: {
    severity: 'error',
    summary: { vi: 'Trường đã đổi tên trong phiên bản mới', en: 'Field renamed in this version' },
    message: {
      vi: (p) => `Trường "${s(p, 'field')}" của phiên bản trước nay là "${s(p, 'now')}".`,
      en: (p) => `Field "${s(p, 'field')}" of the previous version is now "${s(p, 'now')}".`,
    },
    hint: { vi: (p) => s(p, 'hint_vi'), en: (p) => s(p, 'hint_en') },
  },
  VK301: {
    severity: 'error',
    summary: { vi: 'Mã đơn vị không tồn tại', en: 'Unknown unit id' },
    message: {
      vi: (p) => `Không có đơn vị mã "${s(p, 'id')}" trong data/units.`,
      en: (p) => `No unit with id "${s(p, 'id')}" in data/units.`,
    },
    hint: referenceHint(
      'Thêm đơn vị này vào một tệp trong data/units, hoặc sửa mã.',
      'Add the unit to a file in data/units, or fix the id.',
    ),
  },
  VK302: {
    severity: 'error',
    summary: { vi: 'Mã Cụm thi đua không tồn tại', en: 'Unknown cluster id' },
    message: {
      vi: (p) => `Không có Cụm thi đua mã "${s(p, 'id')}" trong data/clusters.`,
      en: (p) => `No cluster with id "${s(p, 'id')}" in data/clusters.`,
    },
    hint: referenceHint('Xem các mã Cụm trong data/clusters.', 'See the cluster ids in data/clusters.'),
  },
  VK303: {
    severity: 'error',
    summary: { vi: 'Mã người không tồn tại', en: 'Unknown person id' },
    message: {
      vi: (p) => `Không có người mã "${s(p, 'id')}" trong thành phần dự (participants).`,
      en: (p) => `No person with id "${s(p, 'id')}" among the participants.`,
    },
    hint: referenceHint(
      'Khai báo người này trong participants.guests hoặc participants.delegations[].members, kèm "id:".',
      'Declare the person in participants.guests or participants.delegations[].members, with an "id:".',
    ),
  },
  VK304: {
    severity: 'error',
    summary: { vi: 'Đơn vị không phải thành viên Cụm', en: 'Unit is not a member of the cluster' },
    message: {
      vi: (p) => `Đơn vị "${s(p, 'id')}" không phải thành viên của ${s(p, 'cluster')}.`,
      en: (p) => `Unit "${s(p, 'id')}" is not a member of ${s(p, 'cluster')}.`,
    },
    hint: suggestHint(
      (p) => `Các thành viên: ${shortList(p, 'members', 'vi', UNITS)}.`,
      (p) => `Members: ${shortList(p, 'members', 'en', UNITS)}.`,
    ),
    lists: { members: 'members' },
  },
  VK305: {
    severity: 'error',
    summary: { vi: 'Mã bị trùng', en: 'Duplicate id' },
    message: {
      vi: (p) => `Mã "${s(p, 'id')}" đã dùng ở ${s(p, 'other')}.`,
      en: (p) => `Id "${s(p, 'id')}" is already used at ${s(p, 'other')}.`,
    },
    hint: {
      vi: () => 'Mỗi mã chỉ được dùng cho một đối tượng; đổi một trong hai mã.',
      en: () => 'Each id names one thing; rename one of them.',
    },
  },
  VK306: {
    severity: 'error',
    summary: { vi: 'Ngày không có thật', en: 'Date does not exist' },
    message: { vi: (p) => `"${s(p, 'value')}" không phải ngày có thật.`, en: (p) => `"${s(p, 'value')}" is not a real date.` },
    hint: { vi: (p) => s(p, 'hint_vi'), en: (p) => s(p, 'hint_en') },
  },
  VK307: {
    severity: 'error',
    summary: { vi: 'Giờ kết thúc không sau giờ bắt đầu', en: 'End time not after start time' },
    message: {
      vi: (p) => `Giờ kết thúc ${s(p, 'end')} không sau giờ bắt đầu ${s(p, 'start')}.`,
      en: (p) => `End time ${s(p, 'end')} is not after start time ${s(p, 'start')}.`,
    },
    hint: { vi: () => 'Giờ viết theo 24 giờ: buổi chiều viết 14:00, không phải 2:00.', en: () => 'Use 24-hour times: 14:00 for 2 p.m.' },
  },
  VK308: {
    severity: 'error',
    summary: { vi: 'Năm giao ước không khớp kỳ đánh giá', en: 'Pledge year does not follow the reviewed period' },
    message: {
      vi: (p) => `Giao ước năm ${s(p, 'year')} không khớp kỳ đánh giá năm ${s(p, 'period')}: ${s(p, 'rule_vi')}.`,
      en: (p) => `A ${s(p, 'year')} pledge does not fit the ${s(p, 'period')} review: ${s(p, 'rule_en')}.`,
    },
    hint: { vi: () => 'Sửa pledge.year hoặc period.year cho khớp.', en: () => 'Make pledge.year and period.year agree.' },
  },
  VK309: {
    severity: 'error',
    summary: { vi: 'Ngày họp trước kỳ được đánh giá', en: 'Meeting date before the reviewed period' },
    message: {
      vi: (p) => `Ngày họp ${s(p, 'date')} ở trước kỳ được đánh giá (bắt đầu ${s(p, 'from')}).`,
      en: (p) => `The meeting date ${s(p, 'date')} is before the reviewed period (which starts ${s(p, 'from')}).`,
    },
    hint: {
      vi: () => 'Kiểm tra năm của ngày họp và của kỳ đánh giá (period).',
      en: () => 'Check the year of the meeting date and of the period.',
    },
  },
  VK310: {
    severity: 'error',
    summary: { vi: 'Tên tỉnh, thành phố không đúng vào ngày đó', en: 'Province name not valid on that date' },
    message: {
      vi: (p) =>
        `"${s(p, 'name')}" không phải tên tỉnh, thành phố ${p.date ? `vào ngày ${s(p, 'date')}` : 'nào'}${p.reason_vi ? ` (${s(p, 'reason_vi')})` : ''}.`,
      en: (p) =>
        `"${s(p, 'name')}" is not a province ${p.date ? `on ${s(p, 'date')}` : 'name'}${p.reason_en ? ` (${s(p, 'reason_en')})` : ''}.`,
    },
    hint: suggestHint(
      'Danh sách tỉnh, thành phố theo thời gian ở reference/provinces.yaml.',
      'The province lists by date are in reference/provinces.yaml.',
    ),
  },
  VK311: {
    severity: 'error',
    summary: { vi: 'Số đếm không khớp danh sách', en: 'Count disagrees with the list' },
    message: {
      vi: (p) => `Ghi ${s(p, 'typed')} ${s(p, 'what_vi')} nhưng danh sách có ${s(p, 'derived')}.`,
      en: (p) => `${s(p, 'typed')} ${s(p, 'what_en')} typed, but the list has ${s(p, 'derived')}.`,
    },
    hint: {
      vi: () => 'Số này được tính từ danh sách: xóa dòng số, hoặc sửa danh sách.',
      en: () => 'The count is derived from the list: remove it, or fix the list.',
    },
  },
  VK312: {
    severity: 'error',
    summary: { vi: 'Cụm trưởng, Cụm phó bị trùng', en: 'Cluster head and deputies overlap' },
    message: {
      vi: (p) => `Đơn vị "${s(p, 'id')}" được bầu hai lần trong ban lãnh đạo Cụm.`,
      en: (p) => `Unit "${s(p, 'id')}" is elected twice in the cluster leadership.`,
    },
    hint: {
      vi: () => 'Mỗi đơn vị chỉ giữ một vị trí: Cụm trưởng hoặc một Cụm phó.',
      en: () => 'Each unit holds one place: head or one deputy.',
    },
  },
  VK313: {
    severity: 'error',
    summary: { vi: 'Đơn vị không còn hoạt động vào ngày đó', en: 'Unit not active on that date' },
    message: {
      vi: (p) => `Đơn vị "${s(p, 'id')}" không hoạt động vào ngày ${s(p, 'date')} (${s(p, 'range')}).`,
      en: (p) => `Unit "${s(p, 'id')}" is not active on ${s(p, 'date')} (${s(p, 'range')}).`,
    },
    hint: {
      vi: () => 'Dùng đơn vị đang hoạt động vào ngày họp, hoặc sửa from/until của đơn vị trong data/units.',
      en: () => 'Use a unit active on the meeting date, or fix its from/until in data/units.',
    },
  },
  VK314: {
    severity: 'error',
    summary: { vi: 'Nơi nhận khen thưởng ghi sai', en: 'Malformed award recipient' },
    message: {
      vi: () =>
        'Mỗi nơi nhận khen thưởng ghi đúng một trong "unit", "collective", "person"; "title" và "organization" chỉ đi với "person".',
      en: () => 'Each recipient has exactly one of "unit", "collective", "person"; "title" and "organization" go with "person" only.',
    },
    hint: {
      vi: () => 'Ví dụ: { unit: btctu-khanh-hoa } hoặc { person: Lê Văn A, title: Trưởng phòng }.',
      en: () => 'E.g. { unit: btctu-khanh-hoa } or { person: Lê Văn A, title: Trưởng phòng }.',
    },
  },
  VK315: {
    severity: 'error',
    summary: { vi: 'Đường dẫn ảnh không dùng được', en: 'Image path not usable' },
    message: { vi: (p) => `Ảnh "${s(p, 'value')}": ${s(p, 'reason_vi')}.`, en: (p) => `Image "${s(p, 'value')}": ${s(p, 'reason_en')}.` },
    hint: {
      vi: () => 'Đặt ảnh PNG hoặc JPEG trong thư mục dự án (ví dụ data/images/) và ghi đường dẫn tương đối từ thư mục dự án.',
      en: () => 'Put a PNG or JPEG inside the project (e.g. data/images/) and give its path relative to the project folder.',
    },
  },
  VK316: {
    severity: 'error',
    summary: { vi: 'Một đơn vị ký hai lần', en: 'A unit signs twice' },
    message: {
      vi: (p) => `Đơn vị "${s(p, 'id')}" đã có người ký ở mục ${s(p, 'other')}.`,
      en: (p) => `Unit "${s(p, 'id')}" already signs at item ${s(p, 'other')}.`,
    },
    hint: { vi: () => 'Mỗi đơn vị chỉ một người ký; xóa mục thừa.', en: () => 'One signatory per unit; remove the extra item.' },
  },
  VK317: {
    severity: 'warning',
    summary: { vi: 'Thành viên Cụm chưa có người ký giao ước', en: 'Cluster member without a pledge signatory' },
    message: {
      vi: (p) => `Chưa có người ký giao ước cho: ${shortList(p, 'list', 'vi', UNITS)}.`,
      en: (p) => `No pledge signatory yet for: ${shortList(p, 'list', 'en', UNITS)}.`,
    },
    hint: { vi: () => 'Ô ký của các đơn vị này sẽ in để trống.', en: () => 'Their signature blocks will print blank.' },
    lists: { list: 'units' },
  },
  VK318: {
    severity: 'error',
    summary: { vi: 'Năm bầu ban lãnh đạo Cụm không hợp lý', en: 'Election year does not follow the period' },
    message: {
      vi: (p) => `Bầu ban lãnh đạo Cụm năm ${s(p, 'year')} phải sau kỳ được đánh giá (năm ${s(p, 'period')}).`,
      en: (p) => `The cluster leadership elected for ${s(p, 'year')} must come after the reviewed period (${s(p, 'period')}).`,
    },
    hint: {
      vi: () => 'Hội nghị tổng kết năm N bầu ban lãnh đạo Cụm năm N+1.',
      en: () => 'A year-N review elects the leadership for year N+1.',
    },
  },
  VK319: {
    severity: 'error',
    summary: { vi: 'Phát biểu không rõ của ai', en: 'Speech names nobody' },
    message: {
      vi: () =>
        'Phát biểu phải ghi "speaker" (người phát biểu), "unit" (đơn vị, khi bài không nêu tên người) hoặc "group" (ghi chung, khi bài không nêu ai).',
      en: () => 'A speech needs a "speaker", a "unit" or a "group".',
    },
    hint: {
      vi: () => 'Thêm "speaker: <mã người>", "unit: <mã đơn vị>", hoặc "group: các đại biểu" khi bài chỉ nói chung.',
      en: () => 'Add "speaker: <person id>", "unit: <unit id>", or "group: các đại biểu" when the text names nobody.',
    },
  },
  VK320: {
    severity: 'warning',
    summary: { vi: 'Kết quả bầu khác ban lãnh đạo đã ghi của Cụm', en: 'Election differs from the cluster file' },
    message: {
      vi: (p) => `Kết quả bầu năm ${s(p, 'year')} khác ban lãnh đạo ghi trong tệp Cụm (${s(p, 'file')}).`,
      en: (p) => `The ${s(p, 'year')} election differs from the leadership in the cluster file (${s(p, 'file')}).`,
    },
    hint: { vi: () => 'Sửa một trong hai nơi cho khớp.', en: () => 'Make the two agree.' },
  },
  VK321: {
    severity: 'error',
    summary: { vi: 'Bầu ban lãnh đạo nhưng hội nghị không thuộc Cụm nào', en: 'Election without a cluster' },
    message: {
      vi: () => 'Có mục "elections" nhưng hội nghị không ghi "cluster".',
      en: () => 'There are "elections" but the conference names no "cluster".',
    },
    hint: {
      vi: () => 'Thêm "cluster: <mã Cụm>" vào hội nghị, hoặc bỏ mục elections.',
      en: () => 'Add "cluster: <cluster id>" to the conference, or remove elections.',
    },
  },
  VK330: {
    severity: 'error',
    summary: { vi: 'Người chủ trì ghi sai', en: 'Malformed chair' },
    message: {
      vi: () => 'Mỗi người chủ trì ghi đúng một trong "person" (mã người) hoặc "group" (ghi chung khi không nêu tên).',
      en: () => 'Each chair has exactly one of "person" (a person id) or "group" (when no name is given).',
    },
    hint: {
      vi: () => 'Ví dụ "- person: le-thanh-nghiem" hoặc "- group: các đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy".',
      en: () => 'E.g. "- person: le-thanh-nghiem" or "- group: the deputy heads".',
    },
  },
  VK331: {
    severity: 'error',
    summary: { vi: 'Kỳ ghi nhiều cách cùng lúc', en: 'Period given several ways' },
    message: {
      vi: (p) => `Kỳ chỉ ghi một trong "half", "quarter", "months"; ở đây có ${s(p, 'list')}.`,
      en: (p) => `A period has at most one of "half", "quarter", "months"; here: ${s(p, 'list')}.`,
    },
    hint: { vi: () => 'Giữ một trường; kỳ có tên riêng thì ghi thêm "label".', en: () => 'Keep one field; give a named span in "label".' },
  },
  VK332: {
    severity: 'error',
    summary: { vi: 'Buổi họp không khớp giờ bắt đầu', en: 'Part of day disagrees with the start time' },
    message: {
      vi: (p) => `Ghi buổi "${s(p, 'part')}" nhưng giờ bắt đầu là ${s(p, 'start')}.`,
      en: (p) => `Part of day "${s(p, 'part')}" but the start time is ${s(p, 'start')}.`,
    },
    hint: {
      vi: () => 'Sáng là trước 12 giờ, chiều từ 12 đến trước 18 giờ, tối từ 18 giờ; sửa một trong hai, hoặc bỏ partOfDay khi đã có giờ.',
      en: () => 'Morning is before 12:00, afternoon 12:00-17:59, evening from 18:00; fix one, or drop partOfDay when the time is known.',
    },
  },
  VK333: {
    severity: 'error',
    summary: { vi: 'Số phiếu vượt tổng số', en: 'Votes exceed the total' },
    message: {
      vi: (p) => `Tổng số phiếu (${s(p, 'sum')}) lớn hơn số có quyền biểu quyết (${s(p, 'of')}).`,
      en: (p) => `The votes (${s(p, 'sum')}) exceed the number entitled to vote (${s(p, 'of')}).`,
    },
    hint: {
      vi: () => 'Kiểm tra lại "for", "against", "abstain" và "of" theo biên bản kiểm phiếu.',
      en: () => 'Check "for", "against", "abstain" and "of" against the tally.',
    },
  },
  VK322: {
    severity: 'warning',
    summary: { vi: 'Đơn vị ghi theo cách cũ: có "superior", chưa có "kind"', en: 'Unit in the old form: "superior" without "kind"' },
    message: {
      vi: (p) => `Đơn vị "${s(p, 'id')}" ghi theo cách cũ: có "superior" nhưng chưa có "kind", nên chưa rõ tiêu đề văn bản in thế nào.`,
      en: (p) => `Unit "${s(p, 'id')}" is in the old form: it has "superior" but no "kind", so its document header is unclear.`,
    },
    hint: {
      vi: (p) =>
        p.committee
          ? `vankien tạm coi đây là một ban của "${s(p, 'committee')}" và in tiêu đề "${s(p, 'lines')}". Ghi rõ "kind: ban" và "committee: ${s(p, 'committee')}" thay cho dòng superior (superior chỉ dùng cho cấp ủy dưới cấp tỉnh, ví dụ "Đảng bộ tỉnh Thái Nguyên" trên "Huyện ủy Định Hóa").`
          : `vankien tạm in tiêu đề "${s(p, 'lines')}" (như kind: khac). Ghi rõ "kind": "ban" kèm "committee" (cấp ủy mà ban phục vụ), "cap-uy" (cấp ủy), hoặc "khac".`,
      en: (p) =>
        p.committee
          ? `vankien takes it as a staff body of "${s(p, 'committee')}" and prints the header "${s(p, 'lines')}". Write "kind: ban" and "committee: ${s(p, 'committee')}" instead of the superior line (superior is only for a committee below the provincial level).`
          : `vankien prints the header "${s(p, 'lines')}" (as kind: khac). Write "kind": "ban" with "committee" (the committee it serves), "cap-uy" (a committee), or "khac".`,
    },
  },
  VK323: {
    severity: 'error',
    summary: { vi: 'Không xác định được tiêu đề của ban', en: "Cannot tell a staff body's header" },
    message: {
      vi: (p) => `Đơn vị "${s(p, 'id')}" là một ban (kind: ban) nhưng không xác định được ${s(p, 'what_vi')} từ tên "${s(p, 'name')}".`,
      en: (p) =>
        `Unit "${s(p, 'id')}" is a staff body (kind: ban) but its ${s(p, 'what_en')} cannot be told from the name "${s(p, 'name')}".`,
    },
    hint: {
      vi: (p) =>
        `Thêm "${s(p, 'field')}", ví dụ ${p.field === 'committee' ? '"committee: Tỉnh ủy Long An"' : '"shortName: Ban Tổ chức"'}; hoặc ghi "header" với các dòng tiêu đề.`,
      en: (p) =>
        `Add "${s(p, 'field')}", e.g. ${p.field === 'committee' ? '"committee: Tỉnh ủy Long An"' : '"shortName: Ban Tổ chức"'}; or write "header" with the header lines.`,
    },
  },
  VK324: {
    severity: 'error',
    summary: { vi: 'Đơn vị kế thừa không có', en: 'Unknown successor unit' },
    message: {
      vi: (p) => `Không có đơn vị mã "${s(p, 'id')}" (đơn vị kế thừa, "successor").`,
      en: (p) => `No unit with id "${s(p, 'id')}" (the successor).`,
    },
    hint: suggestHint(
      'Ghi mã một đơn vị có trong data/units hoặc trong danh sách có sẵn (xem "vankien list units").',
      'Give the id of a unit in data/units or in the shipped list (see "vankien list units").',
    ),
  },
  VK325: {
    severity: 'error',
    summary: { vi: 'Mã hội nghị trùng tên dành riêng', en: 'Conference id is a reserved name' },
    message: {
      vi: (p) =>
        `Mã hội nghị "${s(p, 'id')}" trùng một tên dành riêng (${s(p, 'reserved')}): văn bản của hội nghị nằm trong thư mục cùng tên.`,
      en: (p) => `The conference id "${s(p, 'id')}" is a reserved name (${s(p, 'reserved')}): its documents go to a folder of that name.`,
    },
    hint: { vi: (p) => `Đặt mã khác, ví dụ "${s(p, 'id')}-2024".`, en: (p) => `Choose another id, e.g. "${s(p, 'id')}-2024".` },
  },
  VK326: {
    severity: 'warning',
    summary: { vi: 'Dòng tiêu đề không vừa cột tiêu đề', en: 'Header line too wide for the header column' },
    message: {
      vi: (p) =>
        `Dòng tiêu đề "${s(p, 'line')}" rộng ${nVi(p, 'width')} pt, cột tiêu đề chỉ có ${nVi(p, 'room')} pt dù đã thu nhỏ chữ đến ${nVi(p, 'size')} pt (hội nghị ${s(p, 'conference')}): dòng sẽ bị ngắt ở giữa tên.`,
      en: (p) =>
        `The header line "${s(p, 'line')}" is ${nEn(p, 'width')} pt wide; the header column has only ${nEn(p, 'room')} pt even at ${nEn(p, 'size')} pt (conference ${s(p, 'conference')}): the line will break inside the name.`,
    },
    hint: {
      vi: () => 'Ngắt tên thành nhiều dòng ở chỗ có nghĩa (trước "Ban", "khu vực", sau dấu phẩy): ghi "header.issuer", mỗi dòng một mục.',
      en: () =>
        'Break the name into lines at meaningful joints (before "Ban", "khu vực", after a comma): write "header.issuer", one item a line.',
    },
  },
  VK401: {
    severity: 'error',
    summary: { vi: 'Văn bản dán từ phông TCVN3 (.VnTime)', en: 'Text pasted from TCVN3 (.VnTime) fonts' },
    message: {
      vi: (p) => `Văn bản "${s(p, 'sample')}" có vẻ dán từ phông TCVN3 (ABC, .VnTime), không phải Unicode.`,
      en: (p) => `Text "${s(p, 'sample')}" looks pasted from TCVN3 (ABC, .VnTime) fonts, not Unicode.`,
    },
    hint: {
      vi: () => 'Chuyển mã sang Unicode dựng sẵn (ví dụ Unikey: Công cụ chuyển mã, TCVN3 → Unicode) rồi dán lại.',
      en: () => "Convert to Unicode NFC (e.g. Unikey's converter, TCVN3 → Unicode) and paste again.",
    },
  },
  VK402: {
    severity: 'error',
    summary: { vi: 'Văn bản dán từ phông VNI', en: 'Text pasted from VNI fonts' },
    message: {
      vi: (p) => `Văn bản "${s(p, 'sample')}" có vẻ dán từ phông VNI (VNI-Times), không phải Unicode.`,
      en: (p) => `Text "${s(p, 'sample')}" looks pasted from VNI (VNI-Times) fonts, not Unicode.`,
    },
    hint: {
      vi: () => 'Chuyển mã sang Unicode dựng sẵn (ví dụ Unikey: Công cụ chuyển mã, VNI Windows → Unicode) rồi dán lại.',
      en: () => "Convert to Unicode NFC (e.g. Unikey's converter, VNI Windows → Unicode) and paste again.",
    },
  },
  VK403: {
    severity: 'warning',
    summary: { vi: 'Ký tự vô hình trong văn bản', en: 'Invisible character in text' },
    message: {
      vi: (p) => `Văn bản có ký tự vô hình ${s(p, 'char')} (${s(p, 'name')}).`,
      en: (p) => `The text holds the invisible character ${s(p, 'char')} (${s(p, 'name')}).`,
    },
    hint: {
      vi: () => 'Xóa ký tự này (thường lẫn vào khi sao chép từ web hoặc Word).',
      en: () => 'Delete it (it usually comes with text copied from the web or Word).',
    },
  },
  VK404: {
    severity: 'error',
    summary: { vi: 'Ký tự vô hình trong mã hoặc tên trường', en: 'Invisible character in an id or key' },
    message: {
      vi: (p) => `"${s(p, 'value')}" có ký tự vô hình ${s(p, 'char')} (${s(p, 'name')}).`,
      en: (p) => `"${s(p, 'value')}" holds the invisible character ${s(p, 'char')} (${s(p, 'name')}).`,
    },
    hint: { vi: () => 'Gõ lại mã hoặc tên trường bằng tay.', en: () => 'Retype the id or key by hand.' },
  },
  VK405: {
    severity: 'error',
    summary: { vi: 'Ký tự điều khiển trong văn bản', en: 'Control character in text' },
    message: {
      vi: (p) => `Văn bản có ký tự điều khiển ${s(p, 'char')}.`,
      en: (p) => `The text holds the control character ${s(p, 'char')}.`,
    },
    hint: { vi: () => 'Xóa ký tự này.', en: () => 'Delete it.' },
  },
  VK406: {
    severity: 'error',
    summary: { vi: 'Ký tự không được phép trong văn bản Word', en: 'Character not allowed in Word documents' },
    message: {
      vi: (p) => `Văn bản có ký tự ${s(p, 'char')} (${s(p, 'name_vi')}): tệp Word (XML) không được chứa ký tự này.`,
      en: (p) => `The text holds the character ${s(p, 'char')} (${s(p, 'name_en')}), which a Word (XML) file may not contain.`,
    },
    hint: {
      vi: () => 'Xóa ký tự này (thường lẫn vào khi sao chép hoặc khi tệp bị hỏng) rồi gõ lại chữ quanh nó nếu cần.',
      en: () => 'Delete it (it usually comes with copied text or a damaged file), retyping the text around it if needed.',
    },
  },
  VK601: {
    severity: 'error',
    summary: { vi: 'Không mở được mẫu văn bản', en: 'Template cannot be opened' },
    message: {
      vi: (p) => `Không mở được mẫu ${s(p, 'template')}: ${s(p, 'detail')}.`,
      en: (p) => `Cannot open template ${s(p, 'template')}: ${s(p, 'detail')}.`,
    },
    hint: {
      vi: () => 'Mẫu phải là tệp Word .docx; mở và lưu lại bằng Word ("Lưu dưới dạng" → Tài liệu Word).',
      en: () => 'A template must be a Word .docx file; open and save it again as a Word document.',
    },
  },
  VK602: {
    severity: 'error',
    summary: { vi: 'Lỗi cú pháp thẻ trong mẫu', en: 'Tag syntax error in a template' },
    message: {
      vi: (p) => `Mẫu ${s(p, 'template')}: thẻ "${s(p, 'tag')}" sai cú pháp (${s(p, 'detail_vi')}).`,
      en: (p) => `Template ${s(p, 'template')}: tag "${s(p, 'tag')}" is malformed (${s(p, 'detail_en')}).`,
    },
    hint: {
      vi: () => 'Mỗi thẻ viết {tên}; vòng lặp mở {#tên} và đóng {/tên} cùng tên; kiểm tra dấu ngoặc nhọn bị thiếu hoặc thừa.',
      en: () => 'Write tags as {name}; a loop opens with {#name} and closes with {/name}; look for a missing or extra brace.',
    },
  },
  VK603: {
    severity: 'error',
    summary: { vi: 'Mẫu dùng thẻ không có trong dữ liệu', en: 'Template uses a tag the view model lacks' },
    message: {
      vi: (p) => `Mẫu ${s(p, 'template')} dùng thẻ {${s(p, 'tag')}} nhưng dữ liệu hiển thị không có tên này.`,
      en: (p) => `Template ${s(p, 'template')} uses tag {${s(p, 'tag')}}, which the view model does not have.`,
    },
    hint: suggestHint(
      'Xem danh sách tên dùng được trong README (mục Mẫu văn bản).',
      'See the list of tag names in the README (Templates).',
    ),
  },
  VK604: {
    severity: 'error',
    summary: { vi: 'Thẻ trong mẫu không phải một tên', en: 'Template tag is not a plain name' },
    message: {
      vi: (p) => `Mẫu ${s(p, 'template')}: thẻ {${s(p, 'tag')}} không phải một tên; mẫu không được chứa biểu thức hay mã lệnh.`,
      en: (p) => `Template ${s(p, 'template')}: tag {${s(p, 'tag')}} is not a name; templates may not hold expressions or code.`,
    },
    hint: {
      vi: () => 'Chỉ dùng tên và đường dẫn có dấu chấm, ví dụ {header.placeDate}.',
      en: () => 'Use names and dotted paths only, e.g. {header.placeDate}.',
    },
  },
  VK605: {
    severity: 'error',
    summary: { vi: 'Lỗi trong mẫu tin bài (Handlebars)', en: 'Error in the bulletin template (Handlebars)' },
    message: {
      vi: (p) => `Mẫu tin bài ${s(p, 'template')}: ${s(p, 'detail_vi')}.`,
      en: (p) => `Bulletin template ${s(p, 'template')}: ${s(p, 'detail_en')}.`,
    },
    hint: {
      vi: () =>
        'Mẫu chỉ dùng {{tên}}, {{#if}}, {{#each}}, {{#with}}, {{lookup}} và các hàm upper, upperFirst, lowerFirst, number, roman, newsDate, newsDateFull, joinVi, eq; không dùng {{{…}}}.',
      en: () =>
        'Templates use {{name}}, {{#if}}, {{#each}}, {{#with}}, {{lookup}} and the helpers upper, upperFirst, lowerFirst, number, roman, newsDate, newsDateFull, joinVi, eq; never {{{…}}}.',
    },
  },
  VK606: {
    severity: 'error',
    summary: { vi: 'Khai báo loại văn bản không hợp lệ', en: 'Invalid document kind declaration' },
    message: {
      vi: (p) => `Khai báo loại văn bản (templates/documents.yaml), mục ${s(p, 'field')}: ${s(p, 'detail_vi')}.`,
      en: (p) => `Document kind declaration (templates/documents.yaml), ${s(p, 'field')}: ${s(p, 'detail_en')}.`,
    },
    hint: {
      vi: () => 'Mỗi loại có id, label, template, output, formats (và có thể when, requires…); xem mục "Thêm loại văn bản" trong README.',
      en: () =>
        'Each kind has id, label, template, output, formats (and may have when, requires…); see "Adding a kind of document" in the README.',
    },
  },
  VK607: {
    severity: 'error',
    summary: { vi: 'Không có tệp mẫu đã khai báo', en: 'Declared template file not found' },
    message: {
      vi: (p) => `Không có tệp mẫu "${s(p, 'template')}" trong thư mục templates/ của dự án, cũng không có trong mẫu của vankien.`,
      en: (p) => `The template file "${s(p, 'template')}" is neither in the project's templates/ folder nor among vankien's templates.`,
    },
    hint: {
      vi: () => 'Đặt tệp .docx (hoặc .hbs) vào thư mục templates/ của dự án và ghi đúng tên tệp, kể cả đuôi.',
      en: () => "Put the .docx (or .hbs) file in the project's templates/ folder and write its exact name, extension included.",
    },
  },
  VK608: {
    severity: 'error',
    summary: { vi: 'Trùng mã hoặc tên tệp kết quả giữa hai loại văn bản', en: 'Two document kinds share an id or output name' },
    message: {
      vi: (p) => `${s(p, 'what_vi')} "${s(p, 'value')}" đã dùng cho loại văn bản ${s(p, 'other')}.`,
      en: (p) => `The ${s(p, 'what_en')} "${s(p, 'value')}" is already used by document kind ${s(p, 'other')}.`,
    },
    hint: {
      vi: () => 'Mỗi loại văn bản cần mã (id) và tên tệp kết quả (output) riêng, nếu không tệp này ghi đè tệp kia.',
      en: () => 'Each kind needs its own id and output name, or one file would overwrite the other.',
    },
  },
  VK609: {
    severity: 'error',
    summary: {
      vi: 'Điều kiện hoặc mục yêu cầu không biết trong khai báo loại văn bản',
      en: 'Unknown condition or requirement in a document kind',
    },
    message: {
      vi: (p) => `Không biết ${s(p, 'what_vi')} "${s(p, 'value')}".`,
      en: (p) => `Unknown ${s(p, 'what_en')} "${s(p, 'value')}".`,
    },
    hint: suggestHint(
      'Điều kiện (when): always, pledge, { kind: <loại hội nghị> } hoặc { has: <trường> }; mục yêu cầu (requires): tên trong bảng của README hoặc đường dẫn một trường của tệp hội nghị, ví dụ place.venue.',
      'Conditions (when): always, pledge, { kind: <conference kind> } or { has: <field> }; requirements: a name of the README table or the path of a conference field, e.g. place.venue.',
    ),
  },
  VK701: {
    severity: 'warning',
    summary: { vi: 'Mẫu có thành phần bộ dàn trang PDF chưa hỗ trợ', en: 'Template holds an element the PDF engine does not support' },
    message: {
      vi: (p) => `${s(p, 'document')}: thành phần Word "${s(p, 'element')}" (${s(p, 'where')}) chưa được hỗ trợ khi tạo PDF, bị bỏ qua.`,
      en: (p) =>
        `${s(p, 'document')}: Word element "${s(p, 'element')}" (${s(p, 'where')}) is not supported in PDF output and was left out.`,
    },
    hint: {
      vi: () => 'Bỏ thành phần này khỏi mẫu, hoặc tạo PDF bằng LibreOffice: "vankien build --pdf-engine libreoffice".',
      en: () => 'Remove it from the template, or make the PDF with LibreOffice: "vankien build --pdf-engine libreoffice".',
    },
  },
  VK702: {
    severity: 'warning',
    summary: { vi: 'Ký tự không có trong phông chữ nào', en: 'Character missing from every font' },
    message: {
      vi: (p) =>
        `${s(p, 'document')}: ký tự "${s(p, 'char')}" (${s(p, 'code')}, ${s(p, 'where')}) không có trong phông chữ nào, in thành ô trống.`,
      en: (p) =>
        `${s(p, 'document')}: character "${s(p, 'char')}" (${s(p, 'code')}, ${s(p, 'where')}) is in no font and prints as an empty box.`,
    },
    hint: {
      vi: () => 'Thay ký tự này, hoặc chỉ thư mục có phông chứa nó bằng "--font-dir".',
      en: () => 'Replace the character, or point at a font that has it with "--font-dir".',
    },
  },
  VK703: {
    severity: 'warning',
    summary: { vi: 'Phông chữ được thay bằng phông khác số đo', en: 'Font replaced by one with other metrics' },
    message: {
      vi: (p) =>
        `${p.document ? `${s(p, 'document')}: k` : 'K'}hông có phông "${s(p, 'requested')}" hay phông cùng số đo; PDF dùng "${s(p, 'used')}"${p.kind_vi ? ` (${s(p, 'kind_vi')} gần nhất)` : ''}, dòng có thể ngắt khác Word.`,
      en: (p) =>
        `${p.document ? `${s(p, 'document')}: n` : 'N'}o "${s(p, 'requested')}" or metric-compatible font; the PDF uses "${s(p, 'used')}"${p.kind_en ? ` (the closest ${s(p, 'kind_en')} face)` : ''} and lines may break differently from Word.`,
    },
    hint: {
      vi: () => 'Dùng Times New Roman, Arial, Courier New, Calibri hoặc Cambria trong mẫu, hoặc chỉ thư mục có phông đó bằng "--font-dir".',
      en: () => 'Use Times New Roman, Arial, Courier New, Calibri or Cambria in the template, or point at that font with "--font-dir".',
    },
  },
  VK706: {
    severity: 'warning',
    summary: {
      vi: 'Phông tiếng Việt cũ (TCVN3, VNI): chữ không phải Unicode',
      en: 'Legacy Vietnamese font (TCVN3, VNI): the text is not Unicode',
    },
    message: {
      vi: (p) =>
        `${s(p, 'document')}: phông "${s(p, 'requested')}" là phông tiếng Việt 8 bit cũ (TCVN3/VNI); chữ gõ bằng nó không phải Unicode nên PDF (dùng "${s(p, 'used')}") in sai dấu.`,
      en: (p) =>
        `${s(p, 'document')}: "${s(p, 'requested')}" is a legacy 8-bit Vietnamese font (TCVN3/VNI); text typed in it is not Unicode, so the PDF (in "${s(p, 'used')}") prints wrong letters.`,
    },
    hint: {
      vi: () => 'Chuyển mã đoạn chữ đó sang Unicode (ví dụ công cụ chuyển mã của Unikey) rồi đặt phông Times New Roman.',
      en: () => "Convert that text to Unicode (for example with Unikey's converter) and set it in Times New Roman.",
    },
  },
  VK704: {
    severity: 'error',
    summary: { vi: 'Lỗi nội bộ khi tạo văn bản của một hội nghị', en: 'Internal error while rendering a conference' },
    message: {
      vi: (p) => `Lỗi nội bộ của vankien khi tạo văn bản của hội nghị "${s(p, 'id')}": ${s(p, 'detail')}.`,
      en: (p) => `Internal vankien error while rendering conference "${s(p, 'id')}": ${s(p, 'detail')}.`,
    },
    hint: {
      vi: () => 'Các hội nghị khác vẫn được tạo. Đây là lỗi của chương trình, không phải của dữ liệu: hãy báo lỗi kèm tệp dữ liệu này.',
      en: () =>
        'The other conferences are still built. This is a fault of the program, not of the data: please report it with this data file.',
    },
  },
  VK705: {
    severity: 'error',
    summary: { vi: 'Không ghi được văn bản ra đĩa', en: 'Cannot write a document to disk' },
    message: {
      vi: (p) => `Không ghi được văn bản của hội nghị "${s(p, 'id')}"${p.path ? ` vào ${s(p, 'path')}` : ''}: ${s(p, 'reason_vi')}.`,
      en: (p) => `Cannot write the documents of conference "${s(p, 'id')}"${p.path ? ` to ${s(p, 'path')}` : ''}: ${s(p, 'reason_en')}.`,
    },
    hint: {
      vi: (p) => `${s(p, 'hint_vi')} Các hội nghị khác vẫn được tạo.`,
      en: (p) => `${s(p, 'hint_en')} The other conferences are still built.`,
    },
  },
  VK710: {
    severity: 'error',
    summary: { vi: 'Không chuyển được một tệp Word sang PDF', en: 'A Word file could not be converted to PDF' },
    message: {
      vi: (p) => `Không chuyển được ${s(p, 'document')} sang PDF: ${s(p, 'reason_vi')}.`,
      en: (p) => `Cannot convert ${s(p, 'document')} to PDF: ${s(p, 'reason_en')}.`,
    },
    hint: {
      vi: (p) => `${s(p, 'hint_vi')} Các tệp khác vẫn được chuyển; không ghi tệp PDF dở.`,
      en: (p) => `${s(p, 'hint_en')} The other files are still converted; no partial PDF is written.`,
    },
  },
  VK501: {
    severity: 'warning',
    summary: { vi: 'Văn bản còn thiếu thông tin (bản nháp)', en: 'A document still lacks a field (draft)' },
    message: {
      vi: (p) => `${s(p, 'document_vi')}: chưa có ${s(p, 'what_vi')} (${s(p, 'field')}).`,
      en: (p) => `${s(p, 'document_en')}: no ${s(p, 'what_en')} yet (${s(p, 'field')}).`,
    },
    hint: { vi: () => 'Chỗ này sẽ in thành dòng chấm để điền tay.', en: () => 'It will print as a dotted blank to fill in by hand.' },
  },
} satisfies Record<string, Entry>;

export type Code = keyof typeof entries;
export const CATALOGUE: Record<Code, Entry> = entries;
export const CODES = Object.keys(entries) as Code[];
