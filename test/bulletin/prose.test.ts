// Properties of the bulletin's Vietnamese for random conferences: whatever is present or missing,
// every sentence has a verb, punctuation is single, sentences are of ordinary length, nothing is invented.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConferenceFile } from '../../src/schema/conference.js';
import { paragraphsOf, sentencesOf, wordsOf } from '../support/bulletin-check.js';
import { bulletin } from '../support/bulletin.js';
import { conference, registry } from '../support/arbitrary.js';

/** The verbs the writer builds sentences on, and the actions the random data gives ("kết nạp", "bổ nhiệm"). */
const VERBS = [
  'tổ chức',
  'diễn ra',
  'có',
  'chủ trì',
  'gồm',
  'trình bày',
  'nghe',
  'cho biết',
  'tham mưu',
  'ghi nhận',
  'đề ra',
  'nêu',
  'kết nạp',
  'bổ nhiệm',
  'phát biểu',
  'chia sẻ',
  'khẳng định',
  'đề nghị',
  'biểu dương',
  'lưu ý',
  'nhấn mạnh',
  'tặng',
  'thống nhất',
  'biểu quyết',
  'bầu',
  'ký',
  'thông báo',
];
const hasVerb = (s: string) => VERBS.some((v) => new RegExp(`(^|[^\\p{L}])${v}([^\\p{L}]|$)`, 'iu').test(s));

/** The body's sentences: the lead and the paragraphs, without the headline, the captions and the byline. */
function sentences(text: string, conf: ConferenceFile): string[] {
  const paras = paragraphsOf(text).slice(1);
  const byline = (conf.press?.authors ?? []).join(' - ');
  return sentencesOf(byline && paras[paras.length - 1] === byline ? paras.slice(0, -1) : paras);
}

const project = registry();
const RUNS = { numRuns: 120 };

describe('bulletin sentences for any conference (property)', () => {
  it('every sentence has a verb and at most 70 words', async () => {
    await fc.assert(
      fc.asyncProperty(conference, async (conf) => {
        const { text } = await bulletin(project, conf);
        for (const s of sentences(text, conf)) {
          expect(hasVerb(s), s).toBe(true);
          expect(wordsOf(s).length, s).toBeLessThanOrEqual(70);
        }
      }),
      RUNS,
    );
  });

  it('no doubled or stray punctuation, no empty parenthesis, no "tại tỉnh X" twice, none in a paper of province X', async () => {
    await fc.assert(
      fc.asyncProperty(conference, async (conf) => {
        const { text } = await bulletin(project, conf);
        const body = text.replace(/\.\/\./g, '.');
        expect(body).not.toMatch(/([.,;:])\s*\1/);
        expect(body).not.toMatch(/[,;:]\s*[.,;:]|\.\s*[,;:]/);
        expect(body).not.toMatch(/\(\s*\)/);
        expect(body).not.toMatch(/“\s*”/);
        expect(body).not.toMatch(/(^|[^\p{L}])(cũng|đã|và|các|của|tại) \2(?=[^\p{L}])/iu);
        for (const province of ['Đắk Lắk', 'Khánh Hòa']) expect(text.split(`tại tỉnh ${province}`).length - 1).toBeLessThanOrEqual(1);
        // A paper of the province where the meeting is does not say the province.
        const home = conf.press?.style?.province;
        if (home && home === conf.place?.province) {
          expect(text).not.toContain(`tại tỉnh ${home}`);
          expect(text).not.toContain(`, tỉnh ${home}`);
        }
      }),
      RUNS,
    );
  });

  it("the body does not repeat the lead: not its date, its place or the meeting's name", async () => {
    await fc.assert(
      fc.asyncProperty(conference, async (conf) => {
        const { text, vm } = await bulletin(project, conf);
        const body = paragraphsOf(text).slice(2).join('\n');
        if (conf.date) {
          const [, m, d] = conf.date.split('-').map(Number);
          expect(body).not.toMatch(new RegExp(`(^|[^\\d])${d}[-/]${m}([^\\d]|$)`));
        }
        const where = /tại ([^,]+(?:, [^,]+)*?), (?=\p{Lu})/u.exec(vm.news.lead)?.[1];
        if (where) expect(body).not.toContain(`tại ${where}`);
        if (conf.title) expect(body).not.toContain(conf.title);
      }),
      RUNS,
    );
  });

  it('no two sentences in a row within a paragraph start with the same three words', async () => {
    await fc.assert(
      fc.asyncProperty(conference, async (conf) => {
        const { text } = await bulletin(project, conf);
        const start = (x: string) => wordsOf(x).slice(0, 3).join(' ');
        // Within a paragraph. Across paragraph breaks the same unit's representative still opens two
        // paragraphs alike (report, then speech): not fixed yet, so not asserted here.
        for (const para of paragraphsOf(text).slice(1)) {
          const list = sentencesOf([para]);
          for (let i = 1; i < list.length; i++) {
            const [a, b] = [list[i - 1]!, list[i]!];
            if (wordsOf(b).length >= 3) expect(start(b), `${a}\n${b}`).not.toBe(start(a));
          }
        }
      }),
      RUNS,
    );
  });

  it("a person's name with their position is printed once in the body (captions are the data's own)", async () => {
    await fc.assert(
      fc.asyncProperty(conference, async (conf) => {
        const { text } = await bulletin(project, conf);
        const body = paragraphsOf(text).slice(1).join('\n');
        const people = [...(conf.participants?.guests ?? []), ...(conf.participants?.delegations ?? []).flatMap((d) => d.members ?? [])];
        for (const p of people) {
          // The two ways a news item gives a position with a name: before it ("Bí thư Tỉnh ủy A") or after it ("A, Bí thư Tỉnh ủy").
          const role = [p.title, p.organization].filter(Boolean).join(', ');
          if (!role) continue;
          const count = (needle: string) => body.split(needle).length - 1;
          expect(count(`${role} ${p.name}`) + count(`${p.name}, ${role}`), `${p.name}\n${body}`).toBeLessThanOrEqual(1);
        }
      }),
      RUNS,
    );
  });

  it('quotation marks only around the quotes the data marks verbatim', async () => {
    await fc.assert(
      fc.asyncProperty(conference, async (conf) => {
        const { text } = await bulletin(project, conf);
        const verbatim = (conf.speeches ?? []).flatMap((s) => s.quotes ?? []).map((q) => q.trim().replace(/[\s.;,:]+$/u, ''));
        for (const m of text.matchAll(/“([^”]*)”/gu)) expect(verbatim).toContain(m[1]);
      }),
      RUNS,
    );
  });

  it('photo credits only where the data gives one, in the outlet form; "./." per the outlet', async () => {
    await fc.assert(
      fc.asyncProperty(conference, async (conf) => {
        const { text } = await bulletin(project, conf);
        const credits = [...text.matchAll(/\(Ảnh: ([^)]*)\)/gu)].map((m) => m[1]);
        const style = conf.press?.style?.photoCredit;
        const given = (conf.press?.photos ?? []).filter((p) => p.credit).length;
        expect(credits.length).toBeLessThanOrEqual(given);
        if (style === 'khong' || given === 0) expect(credits).toEqual([]);
        const code = conf.press?.agencyCode;
        for (const c of credits) expect(c).toBe(code && (style ?? 'ten-co-quan') === 'ten-co-quan' ? `Anh Dũng/${code}` : 'Anh Dũng');
        if (conf.press?.style?.closing === false) expect(text).not.toContain('./.');
        else expect(text).toContain('./.');
      }),
      RUNS,
    );
  });

  it('the lead says the part of the day with the date, and opens with the outlet code only when its style says so', async () => {
    await fc.assert(
      fc.asyncProperty(conference, async (conf) => {
        const { vm } = await bulletin(project, conf);
        const lead = vm.news.lead;
        const code = conf.press?.agencyCode;
        const dateline = !!code && conf.press?.style?.dateline !== false;
        expect(lead.startsWith(`${code} - `)).toBe(dateline);
        if (conf.date) {
          const [, m, d] = conf.date.split('-').map(Number);
          const date = dateline ? `${d}/${m}` : `${d}-${m}`;
          const part =
            conf.time?.partOfDay ??
            (conf.time?.start
              ? Number(conf.time.start.split(':')[0]) < 12
                ? 'sáng'
                : Number(conf.time.start.split(':')[0]) < 18
                  ? 'chiều'
                  : 'tối'
              : 'ngày');
          expect(lead).toContain(`${part.charAt(0).toUpperCase()}${part.slice(1)} ${date}, `);
        }
      }),
      RUNS,
    );
  });
});
