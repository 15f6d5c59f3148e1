// out/index.html: one standalone page listing every conference with links to its documents and its status.

export interface SiteDocument {
  /** Link text, e.g. "Biên bản (PDF)". */
  label: string;
  /** Path relative to out/, "/"-separated, not URL-encoded (e.g. "cum-3/bien-ban.pdf"). */
  href: string;
}

export interface SiteEntry {
  id: string;
  title: string;
  /** ISO date (YYYY-MM-DD, or a timestamp starting with one). */
  date?: string;
  /** E.g. "tổng kết, ký giao ước thi đua". */
  kinds: string;
  place: string;
  /** stale: the conference failed; its documents listed are the old copies of an earlier build. */
  status: 'built' | 'draft' | 'failed' | 'stale';
  /** Number of draft warnings (fields still missing). */
  missing: number;
  documents: SiteDocument[];
}

export interface SiteOptions {
  /** Page title and heading; "Văn bản hội nghị" when absent. */
  title?: string;
}

export const DEFAULT_TITLE = 'Văn bản hội nghị';

/** Text for HTML content and quoted attribute values, NFC. */
export function escapeHtml(text: string): string {
  return text
    .normalize('NFC')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** "2023-12-08" → "08/12/2023"; "—" when absent or not an ISO date. */
export function displayDate(date: string | undefined): string {
  const m = date ? ISO_DATE.exec(date) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '—';
}

/** The status as the page words it. */
export function statusText(entry: Pick<SiteEntry, 'status' | 'missing'>): string {
  if (entry.status === 'built') return 'Đã tạo';
  if (entry.status === 'failed') return 'Có lỗi, chưa tạo';
  if (entry.status === 'stale') return 'Có lỗi, chưa cập nhật: văn bản là bản cũ';
  return entry.missing > 0 ? `Bản nháp (còn thiếu ${entry.missing} mục)` : 'Bản nháp';
}

/** A relative href with each path segment percent-encoded: never a scheme, never absolute. */
export function relativeHref(href: string): string {
  return href
    .replace(/\\/g, '/')
    .split('/')
    .filter((s, i) => s !== '' || i > 0)
    .map((s) => encodeURIComponent(s.normalize('NFC')))
    .join('/');
}

const dateKey = (e: SiteEntry): string => {
  const m = e.date ? ISO_DATE.exec(e.date) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : '';
};
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first; undated entries last; then by id (code-unit order: the same everywhere). */
export function sortEntries(entries: readonly SiteEntry[]): SiteEntry[] {
  return [...entries].sort((a, b) => cmp(dateKey(b), dateKey(a)) || cmp(a.id, b.id));
}

const CSS = `
:root { color-scheme: light; }
body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; font: 16px/1.45 "Times New Roman", Tinos, serif; color: #111; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
.summary { margin: 0 0 1rem; color: #444; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 1px solid #bbb; padding: .4rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eef2f7; }
tbody tr:nth-child(even) { background: #fafafa; }
td.date { white-space: nowrap; }
ul.docs { margin: 0; padding: 0; list-style: none; }
a { color: #0b4f9c; }
.status-built { color: #176a2c; }
.status-draft { color: #8a5a00; }
.status-failed, .status-stale { color: #b00020; font-weight: bold; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  tbody tr:nth-child(even), thead th { background: none; }
}
`.trim();

const COLUMNS = ['Ngày', 'Hội nghị', 'Loại', 'Địa điểm', 'Văn bản', 'Tình trạng'];

function row(e: SiteEntry): string {
  const iso = dateKey(e);
  const date = iso ? `<time datetime="${iso}">${displayDate(iso)}</time>` : '—';
  const docs = e.documents.length
    ? `<ul class="docs">${e.documents.map((d) => `<li><a href="${escapeHtml(relativeHref(d.href))}">${escapeHtml(d.label)}</a></li>`).join('')}</ul>`
    : '—';
  return [
    `<tr id="${escapeHtml(`hn-${e.id}`)}">`,
    `<td class="date">${date}</td>`,
    `<td>${escapeHtml(e.title)}</td>`,
    `<td>${escapeHtml(e.kinds)}</td>`,
    `<td>${escapeHtml(e.place)}</td>`,
    `<td>${docs}</td>`,
    `<td class="status-${e.status}">${escapeHtml(statusText(e))}</td>`,
    '</tr>',
  ].join('');
}

function summary(entries: readonly SiteEntry[]): string {
  const count = (s: SiteEntry['status']) => entries.filter((e) => e.status === s).length;
  const stale = count('stale');
  return `${entries.length} hội nghị: ${count('built')} đã tạo, ${count('draft')} bản nháp, ${count('failed') + stale} có lỗi${stale > 0 ? ` (${stale} chỉ còn bản cũ, chưa cập nhật)` : ''}.`;
}

/** The index page: valid HTML5, UTF-8, lang="vi", no clock; the same entries give the same text. */
export function siteIndex(entries: readonly SiteEntry[], opts: SiteOptions = {}): string {
  const title = escapeHtml(opts.title?.trim() || DEFAULT_TITLE);
  const rows = sortEntries(entries).map(row);
  const body = rows.length ? rows.join('\n') : `<tr><td colspan="${COLUMNS.length}">Chưa có hội nghị nào.</td></tr>`;
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${title}</h1>`,
    `<p class="summary">${escapeHtml(summary(entries))}</p>`,
    '<table>',
    `<thead><tr>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    body,
    '</tbody>',
    '</table>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
