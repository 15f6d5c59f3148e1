// The parts the news writer builds sentences from: typed clauses, lists under a word budget, people, photos.
import { readBulletinHtml } from '../support/bulletin.js';
import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/engine/html/structure.js';
import { htmlToText } from '../../src/bulletin/html-text.js';
import { listText, sentenceOf, words } from '../../src/view/news/clause.js';
import { newsContext } from '../../src/view/news/context.js';
import { listSentences, varied } from '../../src/view/news/lists.js';
import { called, personNp } from '../../src/view/news/people.js';
import { creditText, photosOf, placePhotos } from '../../src/view/news/photos.js';
import type { ConferenceFile } from '../../src/schema/conference.js';
import { registry } from '../support/arbitrary.js';

describe('clauses', () => {
  it('a sentence needs a subject and a verb; without either nothing is printed', () => {
    expect(sentenceOf({ subject: { text: '' }, verb: 'tổ chức', object: 'Hội nghị' })).toBe('');
    expect(sentenceOf({ subject: { text: 'Ban Tổ chức Tỉnh ủy Long An' }, verb: ' ', object: 'Hội nghị' })).toBe('');
  });

  it('opener, subject in apposition closed by a comma, the verb and its object as the link says', () => {
    const who = { text: 'đồng chí Nguyễn Văn Được, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Long An', apposition: true };
    expect(
      sentenceOf({ opener: 'Phát biểu chỉ đạo Hội nghị', subject: who, verb: 'đề nghị', object: 'tiếp tục phát huy truyền thống;' }),
    ).toBe(
      'Phát biểu chỉ đạo Hội nghị, đồng chí Nguyễn Văn Được, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Long An, đề nghị tiếp tục phát huy truyền thống.',
    );
    expect(sentenceOf({ subject: { text: 'đồng chí A' }, verb: 'khẳng định', link: 'comma', object: 'kết quả rất lớn.' })).toBe(
      'Đồng chí A khẳng định, kết quả rất lớn.',
    );
    expect(sentenceOf({ subject: { text: 'Hội nghị' }, verb: 'ghi nhận', link: 'colon', object: 'a; b…' })).toBe(
      'Hội nghị ghi nhận: a; b…',
    );
    expect(sentenceOf({ subject: { text: 'Hội nghị' }, verb: 'biểu quyết', object: 'dự thảo', tail: ', bằng hình thức biểu quyết' })).toBe(
      'Hội nghị biểu quyết dự thảo, bằng hình thức biểu quyết.',
    );
  });

  it('a list: items without their own final marks, joined by semicolons, "…" when some are left out', () => {
    expect(listText(['Tăng cường kiểm tra;', ' đẩy mạnh cải cách.', ''], true)).toBe('Tăng cường kiểm tra; đẩy mạnh cải cách…');
    expect(listText([])).toBe('');
  });
});

describe('lists in sentences of ordinary length', () => {
  const subject = { text: 'đồng chí Nguyễn Quang Dương' };
  const item = (n: number) => Array.from({ length: n }, (_, i) => `việc${i}`).join(' ');

  it('fills each sentence up to the budget, then varies the head of the next (a connective with the pronoun and "cũng" take turns)', () => {
    const short = { text: 'đồng chí Dương' };
    const out = listSentences({ subject, verb: 'đề nghị' }, varied(short, 'đề nghị', undefined, { text: 'đồng chí' }), [
      item(35),
      item(35),
      item(35),
      item(35),
      item(35),
      item(35),
    ]);
    expect(out).toHaveLength(6);
    expect(out[0]).toMatch(/^Đồng chí Nguyễn Quang Dương đề nghị việc0 /u);
    expect(out[1]).toMatch(/^Đồng thời, đồng chí đề nghị việc0 /u);
    expect(out[2]).toMatch(/^Đồng chí Dương cũng đề nghị việc0 /u);
    expect(out[3]).toMatch(/^Bên cạnh đó, đồng chí đề nghị việc0 /u);
    expect(out[4]).toMatch(/^Đồng chí Dương cũng đề nghị việc0 /u);
    expect(out[5]).toMatch(/^Ngoài ra, đồng chí đề nghị việc0 /u);
    for (const s of out) expect(words(s).length).toBeLessThanOrEqual(70);
  });

  it('splits an item too long for any sentence at its semicolons, dropping a leaning "nhất là"', () => {
    // A subject that is its own pronoun says "cũng" first: a connective alone would repeat its subject and verb.
    const out = listSentences({ subject, verb: 'đề nghị' }, varied(subject, 'đề nghị'), [`${item(40)}; nhất là ${item(40)}`]);
    expect(out).toEqual([`Đồng chí Nguyễn Quang Dương đề nghị ${item(40)}.`, `Đồng chí Nguyễn Quang Dương cũng đề nghị ${item(40)}.`]);
  });
});

describe('people', () => {
  const duoc = { name: 'Nguyễn Văn Được', title: 'Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Long An', gender: 'nam' as const };
  const hoa = { name: 'Phạm Tấn Hoà', title: 'Phó Chủ tịch UBND tỉnh' };

  it('one office goes before the name; several follow it in apposition', () => {
    expect(personNp(hoa, 'dong-chi')).toEqual({ text: 'Phó Chủ tịch UBND tỉnh Phạm Tấn Hoà' });
    expect(personNp(duoc, 'dong-chi')).toEqual({
      text: 'đồng chí Nguyễn Văn Được, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Long An',
      apposition: true,
    });
    expect(personNp({ name: 'Đinh Văn Tâm' }, 'dong-chi', 'Ban Tổ chức Tỉnh ủy Cao Bằng')).toEqual({
      text: 'đồng chí Đinh Văn Tâm, đại diện Ban Tổ chức Tỉnh ủy Cao Bằng',
      apposition: true,
    });
  });

  it('"ông"/"bà" only in an outlet that writes them, by the gender the data gives; no guess without one', () => {
    expect(called(duoc, 'dong-chi')).toBe('đồng chí Nguyễn Văn Được');
    expect(called(duoc, 'ong-ba')).toBe('ông Nguyễn Văn Được');
    expect(called({ name: 'Lê Thị Kim Dung', gender: 'nữ' }, 'ong-ba')).toBe('bà Lê Thị Kim Dung');
    expect(called(hoa, 'ong-ba')).toBe('Phạm Tấn Hoà');
  });
});

describe('photos', () => {
  const conf = (press: ConferenceFile['press']): ConferenceFile => ({ kind: 'conference', id: 'x', kinds: ['tong-ket'], press });
  const x = (press: ConferenceFile['press']) => newsContext(conf(press), registry());

  it('a credit only from the data, in the outlet form', () => {
    expect(creditText(x({ agencyCode: 'TTXVN' }), 'Anh Dũng')).toBe('(Ảnh: Anh Dũng/TTXVN)');
    expect(creditText(x({ agencyCode: 'TTXVN', style: { photoCredit: 'ten' } }), 'Anh Dũng')).toBe('(Ảnh: Anh Dũng)');
    expect(creditText(x({ agencyCode: 'TTXVN', style: { photoCredit: 'khong' } }), 'Anh Dũng')).toBe('');
    expect(creditText(x({}), 'Anh Dũng')).toBe('(Ảnh: Anh Dũng)');
    expect(creditText(x({ agencyCode: 'TTXVN' }), '')).toBe('');
  });

  it('a caption given twice is printed once, the one with a picture kept', () => {
    const photos = photosOf(
      x({ photos: [{ caption: 'Toàn cảnh Hội nghị.' }, { caption: 'toàn cảnh hội nghị', file: 'a.png' }, { caption: 'Ký giao ước.' }] }),
    );
    expect(photos.map((p) => [p.caption, p.file])).toEqual([
      ['Toàn cảnh hội nghị.', 'a.png'],
      ['Ký giao ước.', ''],
    ]);
  });

  it('each photo follows the paragraph naming its person, else the one on its subject, else the first', () => {
    const photos = photosOf(
      x({
        photos: [
          { caption: 'Toàn cảnh Hội nghị.' },
          { caption: 'Đồng chí Nguyễn Quang Dương phát biểu.' },
          { caption: 'Các đơn vị ký giao ước thi đua.' },
        ],
      }),
    );
    const topics = [
      { names: [], topic: 'attendance' as const },
      { names: ['Nguyễn Quang Dương'], topic: 'speech' as const },
      { names: [], topic: 'pledge' as const },
    ];
    expect(placePhotos(photos, topics)).toEqual([0, 1, 2]);
  });

  it('a caption waiting for its picture stays in the text but is not printed', () => {
    const html =
      '<!DOCTYPE html><html lang="vi"><body><article class="ban-tin"><p>Thân bài.</p><figure class="no-picture"><figcaption>Toàn cảnh Hội nghị.</figcaption></figure></article></body></html>';
    expect(readStructure(html).blocks.map((b) => [b.kind, 'unprinted' in b ? b.unprinted : undefined])).toEqual([
      ['body', undefined],
      ['caption', true],
    ]);
    expect(htmlToText(html)).toBe('Thân bài.\n\n[Ảnh] Toàn cảnh Hội nghị.\n');
    expect(readBulletinHtml(html).sections[0]!.blocks).toHaveLength(1);
  });
});
