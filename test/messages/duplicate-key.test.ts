// VK103 names the duplicate key as written and the line of the first one, whatever the key looks like.
import { describe, expect, it } from 'vitest';
import { checkJson, projectWith, runCli } from '../support/cli.js';

const HEAD = 'kind: conference\nid: thu-vk103\nkinds: [tong-ket]\n';

/** The VK103s of a conference file written after HEAD, as "line:column message | hint". */
async function duplicates(body: string, lang = 'vi') {
  const dir = projectWith({ 'data/conferences/x.yaml': HEAD + body });
  const r = await checkJson(dir, '--lang', lang, 'data/conferences/x.yaml');
  return r.diagnostics
    .filter((d) => d.code === 'VK103')
    .map((d) => `${String(d.line)}:${String(d.column)} ${String(d.message)} | ${String(d.hint)}`);
}

const REMOVE = 'Xóa một trong hai dòng, hoặc gộp nội dung vào một dòng.';

describe('VK103 duplicate key', () => {
  it('names a plain key whose first value is empty, at the second line (not the end of the first)', async () => {
    expect(await duplicates('date:\ndate: 2024-12-10\n')).toEqual([
      `5:1 Trường "date" xuất hiện hai lần trong cùng một nhóm (lần đầu ở dòng 4). | ${REMOVE}`,
    ]);
  });

  it('names a duplicate top-level key', async () => {
    expect(await duplicates('kind: conference\n')).toEqual([
      `4:1 Trường "kind" xuất hiện hai lần trong cùng một nhóm (lần đầu ở dòng 1). | ${REMOVE}`,
    ]);
  });

  it('names a key inside a flow mapping', async () => {
    expect(await duplicates('period: { year: 2024, year: 2025 }\n')).toEqual([
      `4:23 Trường "year" xuất hiện hai lần trong cùng một nhóm (lần đầu ở dòng 4). | ${REMOVE}`,
    ]);
  });

  it('shows a quoted key as written, and both spellings when they differ', async () => {
    expect(await duplicates('title: A\n"title": B\n')).toEqual([
      `5:1 Trường "title" xuất hiện hai lần trong cùng một nhóm (lần đầu ở dòng 4). | Dòng 4 viết title, dòng này viết "title": cùng một tên trường. ${REMOVE}`,
    ]);
    expect(await duplicates(`"a\\"b": 1\n'a"b': 2\n`)).toEqual([
      `5:1 Trường 'a"b' xuất hiện hai lần trong cùng một nhóm (lần đầu ở dòng 4). | Dòng 4 viết "a\\"b", dòng này viết 'a"b': cùng một tên trường. ${REMOVE}`,
    ]);
  });

  it('names a key that is a number, in a nested mapping', async () => {
    expect(await duplicates('place:\n  1: a\n  1: b\n')).toEqual([
      `6:3 Trường "1" xuất hiện hai lần trong cùng một nhóm (lần đầu ở dòng 5). | ${REMOVE}`,
    ]);
  });

  it('says what is duplicated when the key has no text', async () => {
    expect(await duplicates(':\n# chú thích :\n:\n')).toEqual([
      '6:1 Trường không có tên (dấu ":" không có tên trường đứng trước) xuất hiện hai lần trong cùng một nhóm (lần đầu ở dòng 4). | Viết tên trường trước dấu ":", hoặc xóa dòng thừa.',
    ]);
    expect(await duplicates('"": 1\n\'\': 2\n')).toEqual([
      `5:1 Trường '' (tên rỗng) xuất hiện hai lần trong cùng một nhóm (lần đầu ở dòng 4). | Dòng 4 viết "", dòng này viết '': cùng một tên trường. ${REMOVE}`,
    ]);
  });

  it('reports each repeat once, against the first', async () => {
    expect(await duplicates('title: A\ntitle: B\ntitle: C\n')).toEqual([
      `5:1 Trường "title" xuất hiện hai lần trong cùng một nhóm (lần đầu ở dòng 4). | ${REMOVE}`,
      `6:1 Trường "title" xuất hiện hai lần trong cùng một nhóm (lần đầu ở dòng 4). | ${REMOVE}`,
    ]);
  });

  it('speaks English with --lang en', async () => {
    expect(await duplicates('date:\ndate:\n', 'en')).toEqual([
      '5:1 Key "date" appears twice in the same mapping (first on line 4). | Remove one of the two lines or merge them.',
    ]);
    expect(await duplicates(':\n:\n', 'en')).toEqual([
      '5:1 A key with no name (a ":" with no key before it) appears twice in the same mapping (first on line 4). | Write the key\'s name before the ":", or remove the extra line.',
    ]);
  });

  it('shows the key in the terminal with its field path, and no empty "Trường:" line for a nameless key', async () => {
    const dir = projectWith({ 'data/conferences/x.yaml': HEAD + 'period:\n  year: 2024\n  year: 2025\n:\n:\n' });
    const r = await runCli(['check', 'data/conferences/x.yaml'], dir);
    expect(r.stdout).toContain(
      'data/conferences/x.yaml:6:3: lỗi VK103: Trường "year" xuất hiện hai lần trong cùng một nhóm (lần đầu ở dòng 5).\n    5 |   year: 2024\n  > 6 |   year: 2025\n      |   ^^^^\n    Trường: period.year\n',
    );
    expect(r.stdout).toContain(
      'data/conferences/x.yaml:8:1: lỗi VK103: Trường không có tên (dấu ":" không có tên trường đứng trước) xuất hiện hai lần trong cùng một nhóm (lần đầu ở dòng 7).\n    7 | :\n  > 8 | :\n      | ^\n    Gợi ý:',
    );
  });
});
