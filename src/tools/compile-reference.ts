// Part of `npm run compile`: the shipped reference files' parsed values, as JSON beside the compiled
// code (src/reference/compiled.ts says why and when a command takes them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAME as PARTY_BODIES_NAME, PARTY_BODIES, partyBodiesValue } from '../reference/party-bodies.js';
import { writeCompiled } from '../reference/compiled.js';
import { provinceValues } from '../reference/provinces.js';

export function compileReference(root: string, outDir?: string): void {
  const provinces = readFileSync(join(root, 'reference', 'provinces.yaml'), 'utf8');
  writeCompiled('provinces', provinces, provinceValues(provinces), outDir);
  const bodies = readFileSync(join(root, PARTY_BODIES));
  const units = partyBodiesValue(PARTY_BODIES, bodies);
  if (!Array.isArray(units)) throw new Error(`${PARTY_BODIES}: không đọc được danh sách "units"`);
  writeCompiled(PARTY_BODIES_NAME, bodies, units, outDir);
}
