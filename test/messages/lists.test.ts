// Lists in messages (VK202 valid fields, VK304 members): never cut inside a word; the terminal shows
// a line of them and "và N trường khác", JSON gives the whole list in a field of its own.
import { describe, expect, it } from 'vitest';
import { messageOf, renderText } from '../../src/diagnostics/render.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { checkJson, projectWith, runCli } from '../support/cli.js';

const FIELDS = [
  'kind',
  'id',
  'kinds',
  'title',
  'cluster',
  'organizers',
  'host',
  'period',
  'date',
  'time',
  'place',
  'documents',
  'chairs',
  'secretary',
  'participants',
  'materials',
  'reports',
  'results',
  'speeches',
  'difficulties',
  'decisions',
  'tasks',
  'emulation',
  'elections',
  'pledge',
  'press',
];

const conference = (extra: string) =>
  `kind: conference\nid: thu-vk202\nkinds: [tong-ket]\nperiod: { year: 2024 }\ndate: 2024-12-10\n${extra}`;

describe('VK202 valid fields', () => {
  it('shows a line of valid fields and how many more in the terminal, cut between fields', async () => {
    const dir = projectWith({ 'data/conferences/x.yaml': conference('zzzqqq: 1\n') });
    const vi = await runCli(['check', 'data/conferences/x.yaml'], dir);
    expect(vi.stdout).toContain(
      '    Gợi ý: Các trường hợp lệ: kind, id, kinds, title, cluster, organizers, host, period, date, time, place, documents, chairs và 13 trường khác.\n',
    );
    const en = await runCli(['check', '--lang', 'en', 'data/conferences/x.yaml'], dir);
    expect(en.stdout).toContain(
      '    Hint: Valid fields: kind, id, kinds, title, cluster, organizers, host, period, date, time, place, documents, chairs and 13 more fields.\n',
    );
  });

  it('gives the whole list in its own JSON field, and the same shortened hint', async () => {
    const dir = projectWith({ 'data/conferences/x.yaml': conference('zzzqqq: 1\n') });
    const r = await checkJson(dir, 'data/conferences/x.yaml');
    const d = r.diagnostics.find((x) => x.code === 'VK202');
    expect(d?.validFields).toEqual(FIELDS);
    expect(d?.hint).toBe(
      'Các trường hợp lệ: kind, id, kinds, title, cluster, organizers, host, period, date, time, place, documents, chairs và 13 trường khác.',
    );
    expect(String(d?.hint)).not.toContain('…');
  });

  it('keeps the closest field first, then the valid ones', async () => {
    const dir = projectWith({ 'data/conferences/x.yaml': conference('titel: Hội nghị\n') });
    const r = await checkJson(dir, 'data/conferences/x.yaml');
    expect(r.diagnostics.find((x) => x.code === 'VK202')?.hint).toBe(
      'Có phải ý bạn là "title"? Các trường hợp lệ: kind, id, kinds, title, cluster, organizers, host, period, date, time, place, documents, chairs và 13 trường khác.',
    );
  });

  it('shows a short list whole', async () => {
    const dir = projectWith({ 'data/conferences/x.yaml': conference('time: { start: "8:00", zzz: 1 }\n') });
    const r = await checkJson(dir, '--lang', 'en', 'data/conferences/x.yaml');
    const d = r.diagnostics.find((x) => x.code === 'VK202');
    expect(d?.hint).toBe('Valid fields: start, end, partOfDay.');
    expect(d?.validFields).toEqual(['start', 'end', 'partOfDay']);
  });
});

describe('VK304 cluster members', () => {
  it('lists the members up to a line, then how many more, and all of them in JSON', async () => {
    const dir = projectWith({
      'data/conferences/x.yaml': conference(
        'cluster: cum-3-mien-trung-tay-nguyen\npledge:\n  period: { year: 2025 }\n  signatories:\n    - unit: btctu-tuyen-quang\n',
      ),
    });
    const r = await checkJson(dir, 'data/conferences/x.yaml');
    const d = r.diagnostics.find((x) => x.code === 'VK304');
    expect(d?.hint).toBe(
      'Các thành viên: btctu-quang-binh, btctu-quang-tri, btctu-thua-thien-hue, btctu-da-nang, btctu-quang-nam và 8 đơn vị khác.',
    );
    expect(d?.members).toHaveLength(13);
  });
});

describe('long params', () => {
  const at = (params: Diagnostic['params']): Diagnostic => ({
    severity: 'error',
    code: 'VK301',
    params,
    file: 'f.yaml',
    start: { line: 1, column: 1 },
    path: [],
  });

  it('clips quoted data after a word, never inside one', () => {
    const id = `${'chữ '.repeat(60)}cuối`;
    const { message } = messageOf(at({ id }), 'vi');
    expect(message).toBe(`Không có đơn vị mã "${'chữ '.repeat(49).trimEnd()} chữ…" trong data/units.`);
    expect(renderText(at({ id }), 'vi', { lineOf: () => undefined })).not.toContain('cuối');
  });
});
