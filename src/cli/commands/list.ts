// `vankien list units [query]`: the units known to a project, the shipped registry's and data/units', by name or id.
import { join } from 'node:path';
import type { Lang } from '../../diagnostics/types.js';
import { unitActive, type Located } from '../../model/registry.js';
import { unitShape } from '../../model/unit-shape.js';
import { partyDate } from '../../reference/provinces.js';
import { DATE_PATTERN } from '../../schema/patterns.js';
import type { Unit } from '../../schema/units.js';
import { dateProblem } from '../../text/dates.js';
import { fold } from '../../text/fold.js';
import { visible } from '../../text/visible.js';
import { checkOwn } from '../../validate/own.js';
import { indexProject } from '../../validate/project.js';
import { EXIT, type Command } from '../../workspace/io.js';
import { findRoot, listYaml, makeEnv, readInput } from '../../workspace/workspace.js';

const TEXT = {
  vi: {
    usage: 'Cách dùng: vankien list units [từ cần tìm] [--date YYYY-MM-DD] [--format text|json]',
    what: (w: string) => `Không liệt kê được "${w}": hiện chỉ có "units" (don-vi).`,
    date: (d: string, why?: string) => `--date "${d}" không phải một ngày YYYY-MM-DD${why ? ` (${why})` : ''}.`,
    format: '--format chỉ nhận "text" hoặc "json".',
    none: (q: string, date?: string) =>
      `Không có đơn vị nào${q ? ` khớp "${q}"` : ''}${date ? ` còn hoạt động vào ngày ${partyDate(date)}` : ''}. Thử bớt từ cần tìm${date ? ' hoặc bỏ --date' : ''}; tìm không cần gõ dấu ("vinh phuc").`,
    broken: 'Một số đơn vị trong data/units có lỗi nên không được liệt kê; chạy "vankien check data/units" để xem.',
    always: 'không thời hạn',
    from: (d: string) => `từ ${partyDate(d)}`,
    until: (d: string) => `đến ${partyDate(d)}`,
    merged: (id: string) => `sáp nhập vào ${id}`,
  },
  en: {
    usage: 'Usage: vankien list units [search words] [--date YYYY-MM-DD] [--format text|json]',
    what: (w: string) => `Cannot list "${w}": only "units" for now.`,
    date: (d: string, why?: string) => `--date "${d}" is not a YYYY-MM-DD date${why ? ` (${why})` : ''}.`,
    format: '--format takes "text" or "json".',
    none: (q: string, date?: string) =>
      `No unit${q ? ` matches "${q}"` : ''}${date ? ` active on ${date}` : ''}. Try fewer words${date ? ' or drop --date' : ''}; no need to type diacritics ("vinh phuc").`,
    broken: 'Some units in data/units have errors and are not listed; run "vankien check data/units" to see them.',
    always: 'no end date',
    from: (d: string) => `from ${d}`,
    until: (d: string) => `until ${d}`,
    merged: (id: string) => `merged into ${id}`,
  },
};

/** "đến 30-6-2025, sáp nhập vào btctu-phu-tho", "từ 01-7-2025". */
export function validity(u: Unit, lang: Lang): string {
  const t = TEXT[lang];
  const parts = [u.from ? t.from(u.from) : '', u.until ? t.until(u.until) : ''].filter(Boolean).join(' ');
  if (!parts) return t.always;
  return u.until && u.successor ? `${parts}, ${t.merged(u.successor)}` : parts;
}

const words = (s: string) =>
  fold(s)
    .split(/[\s-]+/)
    .filter(Boolean);

/** Does every word of the query start a word of the unit's name or id, ignoring diacritics, case and hyphens? */
export function matches(u: Unit, query: string): boolean {
  const key = [...words(u.name), ...words(u.id)];
  return words(query).every((w) => key.some((k) => k.startsWith(w)));
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

function table(rows: string[][]): string {
  const widths = rows.reduce<number[]>((w, r) => r.map((c, i) => Math.max(w[i] ?? 0, [...c].length)), []);
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i] ?? 0))).join('  ')).join('\n') + '\n';
}

/** The project's units: the shipped registry, replaced or extended by data/units. */
function projectUnits(root: string): { units: Array<Located<Unit>>; broken: boolean } {
  const owns = listYaml(join(root, 'data', 'units')).map((f) => checkOwn(readInput(root, f)));
  const { project, diagnostics } = indexProject(owns, makeEnv(root));
  return { units: [...project.units.values()], broken: diagnostics.some((d) => d.severity === 'error') };
}

export const listCommand: Command = {
  name: 'list',
  aliases: ['liet-ke'],
  usage: {
    vi: 'vankien list units [từ cần tìm] [--date YYYY-MM-DD] [--format text|json]',
    en: 'vankien list units [search words] [--date YYYY-MM-DD] [--format text|json]',
  },
  summary: {
    vi: 'Liệt kê các đơn vị (có sẵn và trong data/units), tìm theo tên hoặc mã, không cần gõ dấu.',
    en: 'List the units (shipped and in data/units), searched by name or id, diacritics optional.',
  },
  options: { date: { type: 'string' }, format: { type: 'string' } },
  run({ positionals, values, lang, io }) {
    const t = TEXT[lang];
    const [what, ...words] = positionals;
    if (what !== 'units' && what !== 'don-vi') {
      io.stderr.write(`${what ? t.what(what) + '\n' : ''}${t.usage}\n`);
      return EXIT.usage;
    }
    const date = typeof values.date === 'string' ? values.date : undefined;
    if (date !== undefined && (!new RegExp(DATE_PATTERN).test(date) || dateProblem(date))) {
      io.stderr.write(t.date(date, new RegExp(DATE_PATTERN).test(date) ? dateProblem(date)?.[lang] : undefined) + '\n');
      return EXIT.usage;
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') {
      io.stderr.write(t.format + '\n');
      return EXIT.usage;
    }
    const query = words.join(' ').normalize('NFC');
    const { units, broken } = projectUnits(findRoot(io.cwd()));
    if (broken) io.stderr.write(t.broken + '\n');
    const found = units
      .filter(({ value }) => matches(value, query) && (!date || unitActive(value, date)))
      .sort((a, b) => (a.value.id < b.value.id ? -1 : a.value.id > b.value.id ? 1 : 0));
    if (format === 'json') {
      const out = found.map(({ value: u, source, reference }) => ({
        id: u.id,
        name: u.name,
        kind: unitShape(u).kind,
        ...(u.committee ? { committee: u.committee } : {}),
        code: u.code,
        province: u.province,
        ...(u.from ? { from: u.from } : {}),
        ...(u.until ? { until: u.until } : {}),
        ...(u.successor ? { successor: u.successor } : {}),
        validity: validity(u, lang),
        source: reference ? 'vankien' : source.file,
      }));
      io.stdout.write(JSON.stringify(out, null, 2) + '\n');
    } else if (found.length > 0) {
      io.stdout.write(visible(table(found.map(({ value: u }) => [u.id, u.name, validity(u, lang), unitShape(u).kind]))));
    }
    if (found.length === 0) {
      io.stderr.write(t.none(query, date) + '\n');
      return EXIT.dataErrors;
    }
    return EXIT.ok;
  },
};
