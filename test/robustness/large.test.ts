// A large but valid conference (5,000 attendees, 300 directives) renders completely, with correct pagination.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { generateProject } from '../../src/tools/generate.js';
import { checkProject } from '../../src/validate/project.js';
import { readDocx } from '../../src/engine/docx/index.js';
import { layoutDocument } from '../../src/engine/layout/document.js';
import { paintPdf } from '../../src/engine/paint/paint.js';
import { createFontSource } from '../../src/engine/fonts/source.js';
import { envFor, input, yamlFiles } from '../support/fixtures.js';
import { renderFor } from '../support/docx.js';

describe('a very large conference', () => {
  it('5,000 attendees and 300 directives: minutes rendered whole, every page full but the last', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-large-'));
    generateProject(dir, { conferences: 1, seed: 5 });
    const file = join(dir, 'data', 'conferences', 'hn-0001.yaml');
    const conf = parse(readFileSync(file, 'utf8')) as { participants: { guests: unknown[] }; speeches: unknown[] };
    conf.participants.guests = Array.from({ length: 5000 }, (_, i) => ({
      id: `k${i}`,
      name: `Nguyễn Văn Khách ${i + 1}`,
      title: 'Chuyên viên Ban Tổ chức Tỉnh ủy',
    }));
    conf.speeches = Array.from({ length: 300 }, (_, i) => ({
      speaker: `k${i}`,
      kind: 'chi-dao',
      points: [`Ý chỉ đạo thứ nhất của đồng chí số ${i + 1}`, 'Tiếp tục nâng cao chất lượng công tác tổ chức xây dựng Đảng'],
    }));
    writeFileSync(file, stringify(conf));
    const files = ['units', 'clusters', 'conferences'].flatMap((d) => yamlFiles(join(dir, 'data', d))).map((f) => input(dir, f));
    const checked = checkProject(files, envFor(dir));
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const project = checked.project;
    const c = project.conferences[0]?.value;
    if (!c) throw new Error('no conference');
    const before = process.memoryUsage().rss;
    const { minutes } = renderFor(project, c, dir);
    const ir = readDocx(minutes ?? new Uint8Array());
    const fonts = createFontSource();
    const layout = layoutDocument(ir, fonts);
    expect(layout.pages.length).toBeGreaterThan(100);
    const text = layout.pages.map((p) => p.boxes.flatMap((b) => (b.kind === 'text' ? b.glyphs.map((g) => g.text) : [])).join(''));
    expect(text.join('')).toContain('Nguyễn Văn Khách 5000');
    expect(text.join('')).toContain('Ý chỉ đạo thứ nhất của đồng chí số 300');
    // Pagination: the text of every page but the last reaches the lower part of the page.
    for (const page of layout.pages.slice(0, -1)) {
      const lowest = Math.max(...page.boxes.filter((b) => b.kind === 'text').map((b) => (b.kind === 'text' ? b.y : 0)));
      expect(lowest).toBeGreaterThan(page.height * 0.8);
    }
    const pdf = await paintPdf(layout.pages, layout.shaper.usedFaces(), { creator: 'vankien', producer: 'vankien' });
    expect(pdf.length).toBeGreaterThan(100000);
    expect((process.memoryUsage().rss - before) / 1024 / 1024).toBeLessThan(400);
  }, 180000);
});
