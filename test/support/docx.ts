// Test helpers for .docx output: unzip a part, list paragraph texts, canonical XML for golden files.
import PizZip from 'pizzip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSamples, envFor, REPO } from './fixtures.js';
import { buildViewModel } from '../../src/view/build.js';
import { renderConference, type Templates } from '../../src/render/documents.js';
import { bundledKinds } from '../../src/kinds/load.js';
import type { Project } from '../../src/model/registry.js';
import type { ConferenceFile } from '../../src/schema/conference.js';
import { docxImage } from '../../src/view/images.js';
import { parseProfile } from '../../src/profile/profile.js';
import { createCaches, type Caches } from '../../src/caches.js';

export const profile = parseProfile(readFileSync(join(REPO, 'profiles', 'hd36-2018.yaml'), 'utf8'), 'profile');
export const FIXED = new Date(Date.UTC(1980, 0, 1));

export const repoTemplates: Templates = {
  get: (name) => ({ file: `templates/${name}`, bytes: readFileSync(join(REPO, 'templates', name)) }),
};

export const part = (docx: Uint8Array, name: string) => new PizZip(docx).file(name)?.asText() ?? '';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of every paragraph of word/document.xml, in order (tables included, cell by cell). */
export function paragraphs(docx: Uint8Array): string[] {
  const xml = part(docx, 'word/document.xml');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) =>
    decode([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((t) => t[1] ?? '\n').join('')),
  );
}

/** One tag per line, attributes sorted: two documents with the same structure compare equal. */
export function canonicalXml(xml: string): string {
  const out: string[] = [];
  let depth = 0;
  for (const m of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      if (m[5].trim()) out.push(`${'  '.repeat(depth)}"${m[5]}"`);
      continue;
    }
    const [, close, name, attrs = '', selfClose] = m;
    if (close) depth--;
    const sorted = [...attrs.matchAll(/([\w:]+)="([^"]*)"/g)]
      .map((a) => `${a[1]}="${a[2]}"`)
      .sort()
      .join(' ');
    out.push(`${'  '.repeat(Math.max(depth, 0))}<${close}${name}${sorted ? ' ' + sorted : ''}${selfClose}>`);
    if (!close && !selfClose) depth++;
  }
  return out.join('\n') + '\n';
}

/** Renders every output of one conference of a project with the repository templates. */
/** Renders every output of one conference (with fresh caches unless given some). */
export function renderAll(project: Project, conf: ConferenceFile, root = REPO, caches: Caches = createCaches()) {
  const env = envFor(root);
  const image = (path: string, role: 'signature' | 'seal') => {
    const bytes = env.read(path);
    return bytes ? docxImage(bytes, role, profile) : null;
  };
  const vm = buildViewModel(conf, { registry: project, provinces: env.provinces, image, profile });
  return { vm, ...renderConference(conf, vm, repoTemplates, bundledKinds(), FIXED, caches) };
}

/** Renders the documents of one conference of a project with the repository templates. */
export function renderFor(project: Project, conf: ConferenceFile, root = REPO, caches: Caches = createCaches()) {
  const { vm, outputs, diagnostics } = renderAll(project, conf, root, caches);
  const byName = new Map(outputs.map((o) => [o.path.split('/').pop() ?? '', o.bytes as Uint8Array]));
  return { vm, diagnostics, minutes: byName.get('bien-ban.docx'), pledge: byName.get('giao-uoc.docx') };
}

export const samples = checkSamples();
export const sample = (id: string) => {
  const found = samples.project.conferences.find((c) => c.value.id === id);
  if (!found) throw new Error(`no sample ${id}`);
  return found.value;
};
