// Writes the published JSON Schema file that editors read, and the checks generated from it (npm run schema).
import { writeFileSync } from 'node:fs';
import { GENERATED_FILE, validatorsModule } from '../validate/standalone.js';
import { buildSchema } from './index.js';

export const SCHEMA_FILE = 'schema/vankien.schema.json';
writeFileSync(SCHEMA_FILE, JSON.stringify(buildSchema(), null, 2) + '\n');
console.log(`Đã ghi ${SCHEMA_FILE}`);
writeFileSync(GENERATED_FILE, validatorsModule());
console.log(`Đã ghi ${GENERATED_FILE}`);
