// templates/documents.yaml read into kinds: vankien's own list, "extends: vankien", conditions and requirements.
import { describe, expect, it } from 'vitest';
import { parseKinds } from '../../src/kinds/kinds.js';
import { bundledKinds } from '../../src/kinds/load.js';
import type { ConferenceFile } from '../../src/schema/conference.js';

const exists = (name: string) => ['bien-ban.docx', 'giao-uoc.docx', 'ban-tin.hbs', 'thong-bao-ket-luan.docx'].includes(name);
const parse = (yaml: string) => parseKinds('templates/documents.yaml', new TextEncoder().encode(yaml), exists, bundledKinds());
const conf = (c: Partial<ConferenceFile>) => ({ id: 'x', kinds: ['tong-ket'], ...c }) as ConferenceFile;

describe('the declared kinds', () => {
  it("vankien's file declares the minutes, the pledge and the bulletin, in that order, with their templates and output names", () => {
    expect(bundledKinds().map((k) => [k.id, k.template, k.output, k.engine, k.formats.join(',')])).toEqual([
      ['minutes', 'bien-ban.docx', 'bien-ban', 'docx', 'docx,pdf'],
      ['pledge', 'giao-uoc.docx', 'giao-uoc', 'docx', 'docx,pdf'],
      ['bulletin', 'ban-tin.hbs', 'ban-tin', 'news', 'html,txt,docx,pdf'],
    ]);
    const [minutes, pledge] = bundledKinds();
    expect(minutes?.applies(conf({}))).toBe(true);
    expect(pledge?.applies(conf({}))).toBe(false);
    expect(pledge?.applies(conf({ kinds: ['ky-giao-uoc'] }))).toBe(true);
  });

  it('without "extends" a project\'s file is the whole list; with it, its kinds follow vankien\'s and one with the same id takes its place', () => {
    const entry = (id: string, output: string) =>
      `  - id: ${id}\n    label: L\n    template: thong-bao-ket-luan.docx\n    output: ${output}\n    formats: [docx]\n`;
    expect(parse(`documents:\n${entry('conclusion', 'tb')}`).kinds?.map((k) => k.id)).toEqual(['conclusion']);
    expect(parse(`extends: vankien\ndocuments:\n${entry('conclusion', 'tb')}`).kinds?.map((k) => k.id)).toEqual([
      'minutes',
      'pledge',
      'bulletin',
      'conclusion',
    ]);
    const replaced = parse(`extends: vankien\ndocuments:\n${entry('minutes', 'bien-ban')}`).kinds;
    expect(replaced?.map((k) => [k.id, k.template])).toEqual([
      ['minutes', 'thong-bao-ket-luan.docx'],
      ['pledge', 'giao-uoc.docx'],
      ['bulletin', 'ban-tin.hbs'],
    ]);
  });

  it('conditions on a conference kind and on a field, and a required field with its own label', () => {
    const yaml = (when: string) =>
      `documents:\n  - id: a\n    label: A\n    template: thong-bao-ket-luan.docx\n    output: a\n    formats: [docx]\n    when: ${when}\n    requires:\n      - { field: place.venue, label: nơi họp }\n`;
    const byKind = parse(yaml('{ kind: so-ket }')).kinds?.[0];
    expect(byKind?.applies(conf({ kinds: ['so-ket'] }))).toBe(true);
    expect(byKind?.applies(conf({ kinds: ['tong-ket'] }))).toBe(false);
    const byField = parse(yaml('{ has: tasks }')).kinds?.[0];
    expect(byField?.applies(conf({ tasks: ['Làm'] }))).toBe(true);
    expect(byField?.applies(conf({ tasks: [] }))).toBe(false);
    expect(byField?.applies(conf({}))).toBe(false);
    const req = byField?.requires[0];
    expect([
      req?.id,
      req?.what.vi,
      req?.present(conf({ place: { venue: 'Hội trường' } } as Partial<ConferenceFile>), { units: new Map(), clusters: new Map() } as never),
    ]).toEqual(['place.venue', 'nơi họp', true]);
  });

  it('two kinds with one id in the same file: the second is pointed at', () => {
    const entry = (output: string) =>
      `  - id: a\n    label: A\n    template: thong-bao-ket-luan.docx\n    output: ${output}\n    formats: [docx]\n`;
    const r = parse(`documents:\n${entry('a')}${entry('b')}`);
    expect(r.kinds).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.start.line, d.start.column])).toEqual([['VK608', 7, 9]]);
  });
});
