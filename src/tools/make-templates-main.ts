// npm run templates: rewrites templates/*.docx from templates/src and the format profile.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile } from '../profile/profile.js';
import { buildTemplate, TEMPLATE_TITLES } from './make-templates.js';
import { PROFILE_FILE } from '../profile/profile.js';

const root = process.cwd();
const profile = parseProfile(readFileSync(join(root, PROFILE_FILE), 'utf8'), PROFILE_FILE);
for (const name of Object.keys(TEMPLATE_TITLES)) {
  const out = join('templates', `${name}.docx`);
  writeFileSync(join(root, out), buildTemplate(root, name, profile));
  console.log(`Đã dựng ${out} theo hồ sơ ${profile.id}`);
}
