// npm run party-bodies: rewrites reference/party-bodies.yaml from reference/provinces.yaml.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARTY_BODIES } from '../reference/party-bodies.js';
import { parseProvinces } from '../reference/provinces.js';
import { partyBodiesYaml } from './party-bodies.js';

const root = process.cwd();
const provinces = parseProvinces(readFileSync(join(root, 'reference', 'provinces.yaml'), 'utf8'));
writeFileSync(join(root, PARTY_BODIES), partyBodiesYaml(provinces.all));
console.log(`Đã tạo ${PARTY_BODIES} từ reference/provinces.yaml`);
