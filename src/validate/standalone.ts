// The data checks as plain JavaScript, generated from the schema by ajv ahead of time: a build or
// check then starts without compiling the schema (about 0.2 s of every cold start).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { buildSchema } from '../schema/index.js';
import { defPointer, FILE_KINDS, SCHEMA_ID } from '../schema/kinds.js';
import { standaloneModule } from '../util/ajv-standalone.js';

/** Where `npm run schema` writes the generated module, next to the code that uses it. */
export const GENERATED_FILE = 'src/validate/validators.generated.ts';

/** The text of the generated module: one export per kind of file. */
export function validatorsModule(): string {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true,
    code: { source: true, esm: true, lines: true },
  });
  ajv.addSchema(buildSchema());
  const refs = Object.fromEntries(FILE_KINDS.map((kind) => [kind, `${SCHEMA_ID}${defPointer(kind)}`]));
  return standaloneModule(ajv, refs, 'src/schema');
}
