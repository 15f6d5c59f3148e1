// Fields of earlier versions of the data format that were renamed or replaced, so a file written
// for an earlier version gets a message naming the new field instead of "unknown field".
import type { FileKind } from './kinds.js';

export interface Renamed {
  /** Where the new field goes, as the user writes it ("chairs", "documents.minutes.issuer"). */
  now: string;
  /** Required fields of the parent that the new field supplies (not reported missing as well). */
  supplies?: string[];
  hint: { vi: string; en: string };
}

/** Keyed by file kind, then by the parent's path with list indexes as "*", then by the old field. */
const RENAMED: Partial<Record<FileKind, Record<string, Record<string, Renamed>>>> = {
  conference: {
    '': {
      presiding: {
        now: 'chairs',
        hint: {
          vi: 'Viết "chairs:" với mỗi người chủ trì một dòng "- person: <mã người>" (thêm "role: dong-chu-tri" cho người đồng chủ trì, hoặc "- group: các đồng chí ..." khi không nêu tên).',
          en: 'Write "chairs:" with one "- person: <person id>" line per chair (add "role: dong-chu-tri" for a co-chair, or "- group: ..." when no name is given).',
        },
      },
      directives: {
        now: 'speeches',
        hint: {
          vi: 'Chuyển từng mục sang "speeches:" (giữ speaker, summary, points; kind "chi-dao" hoặc "ket-luan"); câu nguyên văn ghi ở "quotes".',
          en: 'Move each item to "speeches:" (keep speaker, summary, points; kind "chi-dao" or "ket-luan"); verbatim words go in "quotes".',
        },
      },
      discussion: {
        now: 'speeches',
        hint: {
          vi: 'Chuyển từng ý kiến sang "speeches:" với "kind: thao-luan" (giữ speaker, unit, points).',
          en: 'Move each contribution to "speeches:" with "kind: thao-luan" (keep speaker, unit, points).',
        },
      },
      issuer: {
        now: 'documents.minutes.issuer',
        hint: {
          vi: 'Mỗi văn bản có cơ quan ban hành riêng: viết "documents:" / "minutes:" / "issuer: <mã>"; cơ quan tổ chức hội nghị ghi ở "organizers".',
          en: 'Each document has its own issuer: write "documents:" / "minutes:" / "issuer: <id>"; who organised the meeting goes in "organizers".',
        },
      },
    },
    pledge: {
      year: {
        now: 'pledge.period',
        supplies: ['period'],
        hint: {
          vi: 'Viết "period:" rồi lùi vào "year: 2024" (thêm "half: 2" cho 6 tháng cuối năm, hoặc "label: ..." cho kỳ tự đặt tên).',
          en: 'Write "period:" then, indented, "year: 2024" (add "half: 2" for the second half year, or "label: ..." for a named span).',
        },
      },
    },
  },
};

/** The renaming of `field` inside the mapping at `parent` of a file of `kind`, if it was renamed. */
export function renamedField(kind: FileKind, parent: ReadonlyArray<string | number>, field: string): Renamed | undefined {
  const key = parent.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
  const entry = RENAMED[kind]?.[key];
  return entry && Object.hasOwn(entry, field) ? entry[field] : undefined;
}
