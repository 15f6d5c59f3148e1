// Writes the published JSON Schema file that editors read (npm run schema).
import { writeFileSync } from 'node:fs';
import { buildSchema } from './index.js';

export const SCHEMA_FILE = 'schema/vankien.schema.json';
writeFileSync(SCHEMA_FILE, JSON.stringify(buildSchema(), null, 2) + '\n');
console.log(`Đã ghi ${SCHEMA_FILE}`);
