// At most a screenful of diagnostics per file: one pasted junk line must not print gigabytes.
import { CATALOGUE } from './catalogue.js';
import { sortDiagnostics, type Diagnostic } from './types.js';

/** Diagnostics shown per file before the rest are summed up in one VK114. */
export const MAX_PER_FILE = 20;

/**
 * Sorted diagnostics with, for each file holding more than `max`, `max` kept (errors first, then the
 * first warnings) and the others replaced by one VK114 placed at the first one left out (its count, and
 * how many are errors).
 */
export function limitPerFile(list: readonly Diagnostic[], max = MAX_PER_FILE): Diagnostic[] {
  const out: Diagnostic[] = [];
  const hidden = new Map<string, { first: Diagnostic; count: number; errors: number }>();
  const sorted = sortDiagnostics([...list]);
  // Errors are shown before warnings are: a file's draft warnings must never hide the error that stops it.
  const kept = new Set<Diagnostic>();
  const shown = new Map<string, number>();
  for (const d of [...sorted.filter((x) => x.severity === 'error'), ...sorted.filter((x) => x.severity !== 'error')]) {
    const n = shown.get(d.file) ?? 0;
    if (n < max) {
      shown.set(d.file, n + 1);
      kept.add(d);
    }
  }
  for (const d of sorted) {
    if (kept.has(d)) {
      out.push(d);
      continue;
    }
    const h = hidden.get(d.file) ?? { first: d, count: 0, errors: 0 };
    h.count++;
    if (d.severity === 'error') h.errors++;
    hidden.set(d.file, h);
  }
  for (const [file, h] of hidden) {
    out.push({
      // An error when errors are among those left out, so that the exit code does not change.
      severity: h.errors > 0 ? CATALOGUE.VK114.severity : 'warning',
      code: 'VK114',
      params: { count: h.count, errors: h.errors, shown: max },
      file,
      start: h.first.start,
      end: { line: h.first.start.line, column: h.first.start.column + 1 },
      path: [],
    });
  }
  return sortDiagnostics(out);
}
