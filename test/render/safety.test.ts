// Rendering is safe and reproducible: data is escaped, output bytes repeat, images are embedded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/validate/project.js';
import { envFor, FIXTURES, REPO } from '../support/fixtures.js';
import { paragraphs, part, renderFor, sample, samples } from '../support/docx.js';

const readmeProject = () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const files = [...readme.matchAll(/<!-- example: (\S+) -->\n```yaml\n([\s\S]*?)```/g)].map((b) => ({
    file: b[1] ?? '',
    bytes: new TextEncoder().encode(b[2] ?? ''),
  }));
  return files;
};

describe('rendering safety', () => {
  it('escapes <, &, quotes and keeps newlines as line breaks', () => {
    const conf = structuredClone(sample('long-an-tong-ket-2023'));
    conf.title = 'Hội nghị <b>A & B</b> "nháy" \'đơn\'\ndòng hai';
    const { minutes } = renderFor(samples.project, conf);
    const xml = part(minutes ?? new Uint8Array(), 'word/document.xml');
    expect(xml).toContain('Hội nghị &lt;b&gt;A &amp; B&lt;/b&gt;');
    expect(xml).not.toContain('<b>');
    expect(paragraphs(minutes ?? new Uint8Array())).toContain('Hội nghị <b>A & B</b> "nháy" \'đơn\'\ndòng hai');
  });

  it('gives byte-identical output when rendered twice', () => {
    const a = renderFor(samples.project, sample('cum-3-tong-ket-2023'));
    const b = renderFor(samples.project, sample('cum-3-tong-ket-2023'));
    expect(Buffer.from(a.minutes ?? []).equals(Buffer.from(b.minutes ?? []))).toBe(true);
    expect(Buffer.from(a.pledge ?? []).equals(Buffer.from(b.pledge ?? []))).toBe(true);
  });

  it('renders the complete README example with numbers, names and no blanks', () => {
    const result = checkProject(readmeProject(), envFor(REPO));
    const conf = result.project.conferences[0]?.value;
    if (!conf) throw new Error('README example missing');
    const { minutes, pledge } = renderFor(result.project, conf);
    const m = paragraphs(minutes ?? new Uint8Array());
    expect(m).toContain('Số 01-BB/BTCTU');
    expect(m).toContain('Khánh Hòa, ngày 13 tháng 12 năm 2024');
    expect(m).toContain('Hội nghị kết thúc vào lúc 11 giờ 30 cùng ngày.');
    expect(m.join('\n')).not.toContain('…');
    const p = paragraphs(pledge ?? new Uint8Array());
    expect(p).toContain('K/T TRƯỞNG BAN');
    expect(p).toContain('PHÓ TRƯỞNG BAN');
    expect(p).toContain('Võ Thị Hoa');
  });

  it('places signature and seal images in the pledge, sized from the profile', () => {
    const files = readmeProject();
    const result = checkProject(files, envFor(FIXTURES));
    const conf = structuredClone(result.project.conferences[0]?.value);
    if (!conf?.pledge?.signatories?.[0]) throw new Error('README example missing');
    conf.pledge.signatories[0].signature = 'images/chu-ky.png';
    conf.pledge.signatories[0].seal = 'images/dau.png';
    const { pledge } = renderFor(result.project, conf, FIXTURES);
    const xml = part(pledge ?? new Uint8Array(), 'word/document.xml');
    expect(xml.match(/<w:drawing>/g)).toHaveLength(2);
    expect(xml).toContain('behindDoc="1"');
    // 300 × 80 px at 200 dpi = 38.1 × 10.16 mm: real size, inside the 50 × 25 mm room.
    expect(xml).toContain('cx="1371600" cy="365760"');
    const rels = part(pledge ?? new Uint8Array(), 'word/_rels/document.xml.rels');
    expect(rels.match(/media\/vk-[0-9a-f]{16}\.png/g)).toHaveLength(2);
  });
});
