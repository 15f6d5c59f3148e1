// npm run layout -- file.docx: the laid-out pages of a .docx as JSON (images by id), for tests and debugging.
import { readFileSync } from 'node:fs';
import { readDocx } from '../engine/docx/index.js';
import { createFontSource } from '../engine/fonts/source.js';
import { layoutDocument } from '../engine/layout/document.js';

const file = process.argv[2];
if (!file) {
  console.error('Cách dùng: npm run layout -- <tệp.docx>');
  process.exit(2);
}
const { pages, missing } = layoutDocument(readDocx(readFileSync(file), { where: file }), createFontSource());
const round = (n: number) => Math.round(n * 100) / 100;
const json = JSON.stringify(
  { pages, missing },
  (key, value: unknown) => {
    if (key === 'image' && value && typeof value === 'object' && 'id' in value) return { id: (value as { id: string }).id };
    return typeof value === 'number' ? round(value) : value;
  },
  1,
);
console.log(json);
