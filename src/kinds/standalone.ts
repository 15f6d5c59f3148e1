// The check of templates/documents.yaml as plain JavaScript, generated from KindsFileSchema by ajv
// ahead of time (npm run schema): a build reads the kinds without loading TypeBox.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { standaloneModule } from '../util/ajv-standalone.js';
import { KindsFileSchema } from './schema.js';

/** Where `npm run schema` writes the generated module, next to the code that uses it. */
export const KINDS_CHECK_FILE = 'src/kinds/check.generated.ts';

/** The text of the generated module: one export, `kinds`. */
export function kindsCheckModule(): string {
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true, lines: true } });
  ajv.addSchema(JSON.parse(JSON.stringify(KindsFileSchema)) as object, 'kinds');
  return standaloneModule(ajv, { kinds: 'kinds' }, 'src/kinds/schema.ts');
}
