// The sample project with one more conference whose pledge carries a signature image (issue 18 tests).
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES, FIXTURES } from './fixtures.js';

/** A conference of cluster III whose pledge has one signatory with a signature image. */
export const SIGNED = [
  'kind: conference',
  'id: ky-thu',
  'kinds: [ky-giao-uoc]',
  'title: Hội nghị ký giao ước thi đua năm 2024',
  'date: 2024-01-10',
  'cluster: cum-3-mien-trung-tay-nguyen',
  'period: { year: 2024 }',
  'pledge:',
  '  period: { year: 2024 }',
  '  signatories:',
  '    - unit: btctu-da-nang',
  '      name: Nguyễn Văn An',
  '      signature: images/chu-ky.png',
  '',
].join('\n');

/** The sample project, with the signed conference and its image. */
export function signedProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vankien-trust-'));
  cpSync(join(EXAMPLES, 'data'), join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'data', 'conferences', 'ky-thu.yaml'), SIGNED);
  mkdirSync(join(dir, 'images'));
  cpSync(join(FIXTURES, 'images', 'chu-ky.png'), join(dir, 'images', 'chu-ky.png'));
  return dir;
}
