// The engine has no user text: no Vietnamese letter in its code outside comments (the app words its warnings and errors).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const engine = join(root, 'src/engine');

/** Every letter with a diacritic of the Vietnamese alphabet, both cases, composed (NFC), and the combining tone marks. */
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const LETTERS = new Set(
  ['đ', 'Đ', ...VOWELS.flatMap((v) => TONES.flatMap((t) => [(v + t).normalize('NFC'), (v.toUpperCase() + t).normalize('NFC')]))].filter(
    (c) => !/^[A-Za-z]$/.test(c),
  ),
);
const MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0306', '\u0302', '\u031B']);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** A file's code with every comment removed (string and template literals kept as written). */
function code(path: string): string {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  return ts.createPrinter({ removeComments: true }).printFile(source);
}

const vietnamese = (text: string): string[] => [...new Set([...text].filter((c) => LETTERS.has(c) || MARKS.has(c)))];

describe('the engine speaks no Vietnamese', () => {
  it('knows every Vietnamese letter with a diacritic (134 of them, đ and Đ included)', () => {
    expect(LETTERS.size).toBe(134);
    expect(vietnamese('Biên bản hội nghị, Đảng ủy')).toEqual(['ê', 'ả', 'ộ', 'ị', 'Đ', 'ủ']);
    expect(vietnamese('naïve × ΑΒΓ é')).toEqual(['é']);
  });

  it('finds no Vietnamese letter in src/engine outside comments', () => {
    const found = files(engine).flatMap((f) => {
      const letters = vietnamese(code(f));
      return letters.length > 0 ? [`${relative(root, f)}: ${letters.join('')}`] : [];
    });
    expect(found).toEqual([]);
  });

  it('would catch one: a worded warning in code, not in a comment', () => {
    const probe = (text: string) =>
      vietnamese(ts.createPrinter({ removeComments: true }).printFile(ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true)));
    expect(probe("// đoạn 12\nwarn('w:del (thay đổi được theo dõi)');")).not.toEqual([]);
    expect(probe('/** khối 3 */\nwarn(`${x} (lồng quá sâu)`);')).not.toEqual([]);
    expect(probe("// đoạn 12\n/* khối */ warn('w:del');")).toEqual([]);
  });
});
