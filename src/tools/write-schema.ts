// Writes the published JSON Schema file that editors read, and the code generated from the TypeBox
// schemas for the runtime (npm run schema): the schema as data, the data checks, the profile check.
import { writeFileSync } from 'node:fs';
import { KINDS_CHECK_FILE, kindsCheckModule } from '../kinds/standalone.js';
import { PROFILE_CHECK_FILE, profileCheckModule } from '../profile/standalone.js';
import { GENERATED_FILE, validatorsModule } from '../validate/standalone.js';
import { buildSchema } from '../schema/index.js';
import { SCHEMA_MODULE_FILE, schemaModule } from '../schema/published.js';

export const SCHEMA_FILE = 'schema/vankien.schema.json';
const outputs: Array<[string, () => string]> = [
  [SCHEMA_FILE, () => JSON.stringify(buildSchema(), null, 2) + '\n'],
  [SCHEMA_MODULE_FILE, schemaModule],
  [GENERATED_FILE, validatorsModule],
  [PROFILE_CHECK_FILE, profileCheckModule],
  [KINDS_CHECK_FILE, kindsCheckModule],
];
for (const [file, text] of outputs) {
  writeFileSync(file, text());
  console.log(`Đã ghi ${file}`);
}
