// Hostile inputs end in clear diagnostics: broken or huge images, other file types, paths and links out of the project.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeEnv } from '../../src/workspace/workspace.js';
import { checkProject } from '../../src/validate/project.js';
import { imageInfo } from '../../src/engine/images/info.js';

/** A PNG header claiming the given size (the pixels are never decoded, so none are needed). */
function pngHeader(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = (crcTable[(c ^ x) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const t = Buffer.concat([Buffer.from(type), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(t));
    return Buffer.concat([len, t, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(Buffer.alloc(10))),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

function projectWith(files: Record<string, Uint8Array | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-inputs-'));
  for (const [rel, bytes] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), bytes);
  }
  return dir;
}

const conference = (signature: string) =>
  [
    'kind: conference',
    'id: thu',
    'kinds: [ky-giao-uoc]',
    'period: { year: 2024 }',
    'pledge:',
    '  period: { year: 2024 }',
    '  signatories:',
    '    - unit: u1',
    `      signature: ${signature}`,
    '',
  ].join('\n');
const units =
  'kind: units\nunits:\n  - { id: u1, name: Ban Tổ chức Tỉnh ủy Đắk Lắk, superior: Đảng bộ tỉnh Đắk Lắk, code: BTCTU, province: Đắk Lắk }\n';

/** What the check says about the signature image of the one conference in `dir`. */
function imageDiagnostics(dir: string): string[] {
  const inputs = [
    { file: 'data/units/u.yaml', bytes: new TextEncoder().encode(units) },
    { file: 'data/conferences/thu.yaml', bytes: new Uint8Array(readFileSync(join(dir, 'data/conferences/thu.yaml'))) },
  ];
  return checkProject(inputs, makeEnv(dir))
    .diagnostics.filter((d) => d.code === 'VK315')
    .map((d) => String(d.params.reason_vi));
}

describe('images', () => {
  it('a 20,000 × 20,000 PNG is refused from its header, at once', () => {
    const started = Date.now();
    expect(imageInfo(pngHeader(20000, 20000))).toMatchObject({ problem: 'too-large' });
    const dir = projectWith({ 'data/conferences/thu.yaml': conference('data/anh/lon.png'), 'data/anh/lon.png': pngHeader(20000, 20000) });
    expect(imageDiagnostics(dir)).toEqual(['ảnh quá lớn (tối đa 10.000 điểm ảnh mỗi chiều)']);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a corrupt PNG and an SVG saved as .png are named for what they are', () => {
    const corrupt = pngHeader(100, 50).slice(0, 30);
    expect(imageDiagnostics(projectWith({ 'data/conferences/thu.yaml': conference('data/hong.png'), 'data/hong.png': corrupt }))).toEqual([
      'tệp ảnh bị hỏng',
    ]);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
    expect(imageDiagnostics(projectWith({ 'data/conferences/thu.yaml': conference('data/ve.png'), 'data/ve.png': svg }))).toEqual([
      'nội dung tệp không phải ảnh PNG hoặc JPEG',
    ]);
    expect(imageDiagnostics(projectWith({ 'data/conferences/thu.yaml': conference('data/ve.svg'), 'data/ve.svg': svg }))).toEqual([
      'chỉ nhận ảnh PNG hoặc JPEG (.png, .jpg, .jpeg)',
    ]);
  });
});

describe('paths', () => {
  it('refuses ../, absolute paths and symbolic links that lead out of the project', () => {
    const outside = mkdtempSync(join(tmpdir(), 'vankien-outside-'));
    writeFileSync(join(outside, 'bi-mat.png'), pngHeader(10, 10));
    const dir = projectWith({ 'data/conferences/thu.yaml': conference('data/lien-ket.png') });
    symlinkSync(join(outside, 'bi-mat.png'), join(dir, 'data', 'lien-ket.png'));
    expect(imageDiagnostics(dir)).toEqual(['không tìm thấy tệp']);
    expect(makeEnv(dir).read('data/lien-ket.png')).toBeUndefined();
    expect(imageDiagnostics(projectWith({ 'data/conferences/thu.yaml': conference('../bi-mat.png') }))).toEqual([
      'đường dẫn ra ngoài thư mục dự án',
    ]);
    expect(imageDiagnostics(projectWith({ 'data/conferences/thu.yaml': conference(join(outside, 'bi-mat.png')) }))).toEqual([
      'đường dẫn tuyệt đối không được phép',
    ]);
  });
});
