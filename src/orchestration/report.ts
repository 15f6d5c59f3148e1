// What a build tells the person running it: progress, then a summary — or one JSON object for machines.
import type { Lang } from '../diagnostics/types.js';
import type { Io } from '../workspace/io.js';

export type Format = 'text' | 'json';

export interface Summary {
  conferences: { built: number; skipped: number; failed: number };
  /** Conferences built again over outputs of an earlier build (a forced or changed rebuild); part of `built`. */
  rebuilt: number;
  /** Conferences built as drafts: what their documents still lack, and outputs withheld because of it. */
  drafts: Array<{ id: string; missing: string[]; withheld: Array<{ path: string; missing: string[] }> }>;
  /** Folders holding the old documents of conferences that failed (moved aside: not current). */
  stale: string[];
  /** Conferences no longer in the data whose documents this build removed from the output folder. */
  removed: string[];
  documents: number;
  seconds: number;
  maxRssMb: number;
  /** Milliseconds per conference, by kind of document. */
  timings: Record<string, number[]>;
  /** The diagnostics of the build (as `check --format json` gives them): the check's errors, skipped files, rendering's findings. */
  diagnostics: unknown[];
}

const TEXT = {
  vi: {
    line: (id: string, n: number) => `✓ ${id}: ${n} văn bản`,
    draft: (n: number) => `bản nháp: còn thiếu ${n} mục`,
    withheld: (path: string, missing: string[]) => `  chưa tạo ${path} (bản in để ký) vì văn bản còn thiếu: ${missing.join('; ')}.`,
    failed: (id: string) => `✗ ${id}: có lỗi, chưa tạo`,
    movedAside: (dir: string) => `; văn bản cũ đã chuyển vào ${dir}`,
    stale: (dirs: string[]) => `Văn bản cũ, chưa cập nhật (hội nghị có lỗi): ${dirs.join(', ')}`,
    removed: (ids: string[]) => `Đã xóa văn bản của hội nghị không còn trong dữ liệu: ${ids.join(', ')}`,
    unchanged: (n: number) => `Không có gì thay đổi: ${n} hội nghị giữ nguyên văn bản đã tạo.`,
    table: (s: Summary, out: string) =>
      [
        `Kết quả (${out}):`,
        `  Hội nghị tạo mới      ${s.conferences.built - s.rebuilt}`,
        ...(s.rebuilt > 0 ? [`  Hội nghị tạo lại      ${s.rebuilt}`] : []),
        `  Hội nghị không đổi    ${s.conferences.skipped}`,
        `  Hội nghị có lỗi       ${s.conferences.failed}`,
        `  Văn bản đã ghi        ${s.documents}`,
        `  Thời gian             ${s.seconds.toFixed(1).replace('.', ',')} giây`,
      ].join('\n'),
  },
  en: {
    line: (id: string, n: number) => `✓ ${id}: ${n} documents`,
    draft: (n: number) => `draft: ${n} items missing`,
    withheld: (path: string, missing: string[]) =>
      `  ${path} (print bundle for signing) not made: the document still lacks ${missing.join('; ')}.`,
    failed: (id: string) => `✗ ${id}: errors, not built`,
    movedAside: (dir: string) => `; the old documents were moved to ${dir}`,
    stale: (dirs: string[]) => `Old documents, not updated (conferences with errors): ${dirs.join(', ')}`,
    removed: (ids: string[]) => `Removed the documents of conferences no longer in the data: ${ids.join(', ')}`,
    unchanged: (n: number) => `Nothing changed: ${n} conferences keep the documents already built.`,
    table: (s: Summary, out: string) =>
      [
        `Summary (${out}):`,
        `  Conferences built     ${s.conferences.built - s.rebuilt}`,
        ...(s.rebuilt > 0 ? [`  Conferences rebuilt   ${s.rebuilt}`] : []),
        `  Conferences unchanged ${s.conferences.skipped}`,
        `  Conferences failed    ${s.conferences.failed}`,
        `  Documents written     ${s.documents}`,
        `  Time                  ${s.seconds.toFixed(1)} s`,
      ].join('\n'),
  },
};

export class Reporter {
  private done = 0;
  private readonly tty: boolean;

  constructor(
    private readonly io: Io,
    private readonly lang: Lang,
    private readonly format: Format,
    private readonly quiet: boolean,
    private readonly total: number,
  ) {
    this.tty = Boolean(io.stdout.isTTY) && format === 'text' && !quiet;
  }

  /** One conference finished (built or failed). */
  step(
    id: string,
    documents: number,
    failed: boolean,
    draft?: { missing: string[]; withheld: Array<{ path: string; missing: string[] }> },
    movedTo?: string,
  ): void {
    this.done++;
    if (this.format === 'json' || this.quiet) return;
    const t = TEXT[this.lang];
    if (this.tty) {
      const width = 24;
      const filled = Math.round((this.done / Math.max(1, this.total)) * width);
      this.io.stdout.write(
        `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${id}`.padEnd(80).slice(0, 80),
      );
      if (this.done === this.total) this.io.stdout.write('\n');
    } else {
      const note = !failed && draft && draft.missing.length > 0 ? ` (${t.draft(draft.missing.length)})` : '';
      this.io.stdout.write(`${failed ? t.failed(id) + (movedTo ? t.movedAside(movedTo) : '') : t.line(id, documents)}${note}\n`);
    }
    // Said even on a terminal with a progress bar: a withheld output is news the person must act on.
    if (!failed && draft) for (const w of draft.withheld) this.io.stdout.write(`${this.tty ? '\n' : ''}${t.withheld(w.path, w.missing)}\n`);
  }

  finish(summary: Summary, out: string): void {
    if (this.format === 'json') {
      this.io.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      return;
    }
    if (this.quiet) return;
    const t = TEXT[this.lang];
    if (summary.conferences.built === 0 && summary.conferences.failed === 0 && summary.conferences.skipped > 0)
      this.io.stdout.write(t.unchanged(summary.conferences.skipped) + '\n');
    this.io.stdout.write(t.table(summary, out) + '\n');
    if (summary.stale.length > 0) this.io.stdout.write(t.stale(summary.stale) + '\n');
    if (summary.removed.length > 0) this.io.stdout.write(t.removed(summary.removed) + '\n');
  }
}
