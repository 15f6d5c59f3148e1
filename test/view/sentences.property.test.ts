// The sentences the minutes build from speeches, decisions and chairs read well for any combination of
// present and missing parts: a capital first, one final stop, no doubled punctuation, nothing empty.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConferenceFile } from '../../src/schema/conference.js';
import { DECISION_KINDS, SPEECH_KINDS, VOTE_METHODS } from '../../src/schema/conference.js';
import { chairsOf } from '../../src/view/attendance.js';
import { decisionSentence } from '../../src/view/decisions.js';
import type { PersonRef } from '../../src/view/people.js';
import { speechView } from '../../src/view/speeches.js';

const words = fc.constantFrom(
  'tập trung',
  'tham mưu',
  'công tác cán bộ',
  'đại hội đảng bộ các cấp',
  'kinh tế - xã hội',
  'năm 2025',
  '100% chỉ tiêu',
);
const phrase = fc.array(words, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

function wellFormed(s: string): void {
  expect(s).not.toMatch(/undefined|null|\[object/);
  expect(s).not.toMatch(/[.,;:]\s*[.,;:]/u);
  expect(s).not.toMatch(/\(\s*\)/u);
  expect(s).not.toMatch(/\s{2,}/u);
  expect(s).not.toMatch(/\s[.,;:]/u);
  expect(s).toMatch(/^\p{Lu}/u);
}

const people = new Map<string, PersonRef>([
  ['a', { name: 'Nguyễn Văn A', title: 'Trưởng Ban Tổ chức Tỉnh ủy' }],
  ['b', { name: 'Trần Thị B' }],
  ['c', { name: 'Lê Văn C', unit: 'u1' }],
]);
const registry = {
  units: new Map([['u1', { value: { id: 'u1', name: 'Ban Tổ chức Tỉnh ủy Cao Bằng', code: 'BTCTU', province: 'Cao Bằng' } }]]),
  clusters: new Map(),
};

describe('sentences of the minutes, for any data', () => {
  it('a speech opens with its speaker and verb, and ends with a colon or a full stop', () => {
    fc.assert(
      fc.property(
        fc.record({
          speaker: maybe(fc.constantFrom('a', 'b', 'c')),
          unit: maybe(fc.constant('u1')),
          group: maybe(fc.constantFrom('các đại biểu', 'đại diện các đơn vị trong Cụm')),
          kind: maybe(fc.constantFrom(...SPEECH_KINDS)),
          verb: maybe(fc.constantFrom('chia sẻ', 'nhấn mạnh', 'đề nghị')),
          summary: maybe(phrase),
          quotes: maybe(fc.array(phrase, { maxLength: 2 })),
          points: maybe(fc.array(phrase, { maxLength: 3 })),
        }),
        (raw) => {
          const s = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as NonNullable<
            ConferenceFile['speeches']
          >[number];
          fc.pre(s.speaker !== undefined || s.unit !== undefined || s.group !== undefined);
          const v = speechView(s, registry as never, people);
          wellFormed(v.lead);
          // A speech given to a group (no person, no unit) is said by that group, capitalised.
          if (s.group && !s.speaker && !s.unit) expect(v.lead.startsWith(s.group.replace(/^\p{Ll}/u, (c) => c.toUpperCase()))).toBe(true);
          const follows = (s.points?.length ?? 0) + (s.quotes?.length ?? 0) > 0;
          expect(v.lead).toMatch(s.summary ? /\.$/u : follows ? /:$/u : /\.$/u);
          for (const q of v.quotes) expect(q).toMatch(/^“.+\.”$/u);
        },
      ),
    );
  });

  it('a decision is one sentence, with only the vote numbers given and a share only with the total', () => {
    fc.assert(
      fc.property(
        fc.record({
          kind: maybe(fc.constantFrom(...DECISION_KINDS)),
          subject: phrase,
          vote: maybe(
            fc.record({
              method: fc.constantFrom(...VOTE_METHODS),
              for: maybe(fc.integer({ min: 0, max: 50 })),
              against: maybe(fc.integer({ min: 0, max: 5 })),
              abstain: maybe(fc.integer({ min: 0, max: 5 })),
              of: maybe(fc.integer({ min: 1, max: 60 })),
            }),
          ),
        }),
        (raw) => {
          const vote =
            raw.vote && (Object.fromEntries(Object.entries(raw.vote).filter(([, v]) => v !== undefined)) as NonNullable<typeof raw.vote>);
          const d = { subject: raw.subject, ...(raw.kind ? { kind: raw.kind } : {}), ...(vote ? { vote } : {}) } as NonNullable<
            ConferenceFile['decisions']
          >[number];
          const text = decisionSentence(d);
          wellFormed(text);
          expect(text).toMatch(/^Hội nghị .+\.$/u);
          expect(text.includes('(đạt ')).toBe(vote?.for !== undefined && vote.of !== undefined);
        },
      ),
    );
  });

  it('chairs and co-chairs are named, or the line is a blank to fill by hand', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ who: fc.oneof(fc.constantFrom('a', 'b'), phrase), co: fc.boolean() }), { maxLength: 4 }), (list) => {
        const chairs = list.map((x) => ({
          ...(x.who.length === 1 ? { person: x.who } : { group: x.who }),
          ...(x.co ? { role: 'dong-chu-tri' as const } : {}),
        }));
        const text = chairsOf({ kind: 'conference', id: 'x', kinds: ['so-ket'], chairs } as ConferenceFile, people).text;
        if (chairs.length === 0) expect(text).toMatch(/^…+$/u);
        else {
          expect(text).not.toMatch(/undefined|;\s*$|^\s*;/u);
          expect(text.includes('đồng chủ trì')).toBe(list.some((x) => x.co));
        }
      }),
    );
  });
});
