// out/index.html: structure, escaping, sort order, status texts and a clean HTML5 parse.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { displayDate, relativeHref, siteIndex, sortEntries, statusText, type SiteEntry } from '../../src/orchestration/site.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
function all(node: Node, tag: string): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (isElement(n) && n.tagName === tag) out.push(n);
    const kids = 'childNodes' in n ? n.childNodes : [];
    for (const k of kids) walk(k);
  };
  walk(node);
  return out;
}
function text(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(text).join('') : '';
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

function parsed(html: string) {
  const errors: string[] = [];
  const doc = parse(html, { onParseError: (e) => errors.push(e.code) });
  return { doc, errors };
}

const entry = (over: Partial<SiteEntry> & { id: string }): SiteEntry => ({
  title: `Hội nghị ${over.id}`,
  kinds: 'tổng kết, ký giao ước thi đua',
  place: 'Đắk Lắk',
  status: 'built',
  missing: 0,
  documents: [
    { label: 'Biên bản (PDF)', href: `${over.id}/bien-ban.pdf` },
    { label: 'Giao ước (Word)', href: `${over.id}/giao-uoc.docx` },
  ],
  ...over,
});

const entries: SiteEntry[] = [
  entry({ id: 'cum-1-so-ket', date: '2024-06-20', status: 'draft', missing: 3 }),
  entry({ id: 'khong-ngay', status: 'failed', documents: [] }),
  entry({ id: 'cum-3-tong-ket', date: '2023-12-08' }),
  entry({ id: 'cum-1-giao-ban', date: '2024-06-20' }),
  entry({
    id: 'tinh-xss',
    date: '2023-01-05T08:00:00+07:00',
    title: '<script>alert("x")</script> Tổng kết & khen thưởng',
    place: 'Long An <b>',
    kinds: "sơ kết 'giữa năm'",
  }),
];

describe('siteIndex', () => {
  const html = siteIndex(entries, {});
  const { doc, errors } = parsed(html);
  const rows = all(doc, 'tbody')[0]!.childNodes.filter(isElement);
  const cells = rows.map((r) => r.childNodes.filter(isElement).map((c) => text(c)));

  it('is a standalone HTML5 page that parses without errors', () => {
    expect(errors).toEqual([]);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(all(doc, 'style')).toHaveLength(1);
    expect(text(all(doc, 'style')[0]!)).toContain('@media print');
    expect(all(doc, 'script')).toHaveLength(0);
    expect(all(doc, 'link')).toHaveLength(0);
    expect(html.normalize('NFC')).toBe(html);
  });

  it('has the heading, title and the six columns', () => {
    expect(text(all(doc, 'h1')[0]!)).toBe('Văn bản hội nghị');
    expect(text(all(doc, 'title')[0]!)).toBe('Văn bản hội nghị');
    expect(all(doc, 'th').map(text)).toEqual(['Ngày', 'Hội nghị', 'Loại', 'Địa điểm', 'Văn bản', 'Tình trạng']);
    expect(cells.every((c) => c.length === 6)).toBe(true);
  });

  it('sorts by date, newest first, then by id, undated last', () => {
    expect(rows.map((r) => attr(r, 'id'))).toEqual([
      'hn-cum-1-giao-ban',
      'hn-cum-1-so-ket',
      'hn-cum-3-tong-ket',
      'hn-tinh-xss',
      'hn-khong-ngay',
    ]);
    expect(cells.map((c) => c[0])).toEqual(['20/06/2024', '20/06/2024', '08/12/2023', '05/01/2023', '—']);
    expect(all(rows[2]!, 'time').map((t) => attr(t, 'datetime'))).toEqual(['2023-12-08']);
  });

  it('words each status', () => {
    expect(cells.map((c) => c[5])).toEqual(['Đã tạo', 'Bản nháp (còn thiếu 3 mục)', 'Đã tạo', 'Đã tạo', 'Có lỗi, chưa tạo']);
  });

  it('links each document with a relative href', () => {
    const links = all(rows[2]!, 'a');
    expect(links.map((a) => [text(a), attr(a, 'href')])).toEqual([
      ['Biên bản (PDF)', 'cum-3-tong-ket/bien-ban.pdf'],
      ['Giao ước (Word)', 'cum-3-tong-ket/giao-uoc.docx'],
    ]);
    expect(cells[4]![4]).toBe('—');
  });

  it('escapes every text: markup in the data stays text', () => {
    const xss = cells[3]!;
    expect(xss[1]).toBe('<script>alert("x")</script> Tổng kết & khen thưởng');
    expect(xss[2]).toBe("sơ kết 'giữa năm'");
    expect(xss[3]).toBe('Long An <b>');
    expect(all(doc, 'b')).toHaveLength(0);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tổng kết &amp; khen thưởng');
  });

  it('takes a title, escaped', () => {
    const page = siteIndex(entries, { title: 'Văn phòng <Ban> Tổ chức & Cụm 3' });
    const p = parsed(page);
    expect(p.errors).toEqual([]);
    expect(text(all(p.doc, 'h1')[0]!)).toBe('Văn phòng <Ban> Tổ chức & Cụm 3');
    expect(text(all(p.doc, 'title')[0]!)).toBe('Văn phòng <Ban> Tổ chức & Cụm 3');
  });

  it('summarises the counts and says when there is nothing', () => {
    expect(text(all(doc, 'p')[0]!)).toBe('5 hội nghị: 3 đã tạo, 1 bản nháp, 1 có lỗi.');
    const empty = siteIndex([], {});
    expect(parsed(empty).errors).toEqual([]);
    expect(empty).toContain('Chưa có hội nghị nào.');
  });

  it('is deterministic and independent of the input order', () => {
    expect(siteIndex([...entries].reverse(), {})).toBe(html);
    expect(siteIndex(entries, {})).toBe(html);
    expect(html).not.toMatch(/\d{2}:\d{2}/);
  });

  it('turns input text into NFC', () => {
    const page = siteIndex([entry({ id: 'nfd', title: 'Hội nghị'.normalize('NFD') })], {});
    expect(page).toContain('Hội nghị'.normalize('NFC'));
    expect(page.normalize('NFC')).toBe(page);
  });
});

describe('site helpers', () => {
  it('formats ISO dates as dd/mm/yyyy', () => {
    expect(displayDate('2023-12-08')).toBe('08/12/2023');
    expect(displayDate('2024-01-02T07:30:00Z')).toBe('02/01/2024');
    expect(displayDate(undefined)).toBe('—');
    expect(displayDate('8/12/2023')).toBe('—');
  });

  it('words a draft without a count', () => {
    expect(statusText({ status: 'draft', missing: 0 })).toBe('Bản nháp');
    expect(statusText({ status: 'draft', missing: 1 })).toBe('Bản nháp (còn thiếu 1 mục)');
  });

  it('keeps hrefs relative and encoded', () => {
    expect(relativeHref('cum-3/bien-ban.pdf')).toBe('cum-3/bien-ban.pdf');
    expect(relativeHref('javascript:alert(1)')).toBe('javascript%3Aalert(1)');
    expect(relativeHref('/etc/passwd')).toBe('etc/passwd');
    expect(relativeHref('hội nghị/a b.pdf')).toBe('h%E1%BB%99i%20ngh%E1%BB%8B/a%20b.pdf');
  });

  it('sorts without touching the input', () => {
    const copy = [...entries];
    sortEntries(entries);
    expect(entries).toEqual(copy);
  });
});
