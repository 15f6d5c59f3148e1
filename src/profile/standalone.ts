// The format profile's check as plain JavaScript, generated from ProfileSchema by ajv ahead of time
// (npm run schema): a build reads the profile without loading TypeBox.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { standaloneModule } from '../util/ajv-standalone.js';
import { ProfileSchema } from './schema.js';

/** Where `npm run schema` writes the generated module, next to the code that uses it. */
export const PROFILE_CHECK_FILE = 'src/profile/check.generated.ts';

/** The text of the generated module: one export, `profile`. */
export function profileCheckModule(): string {
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true, lines: true } });
  // JSON drops TypeBox's symbol keys: what is left is the plain JSON Schema.
  ajv.addSchema(JSON.parse(JSON.stringify(ProfileSchema)) as object, 'profile');
  return standaloneModule(ajv, { profile: 'profile' }, 'src/profile/schema.ts');
}
