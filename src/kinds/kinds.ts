// The declared kinds of document (templates/documents.yaml): read, checked, and made ready to use.
// Pure: the caller says which template files exist (load.ts reads the disk).
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { diagnosticAt, loadSource, type SourceFile } from '../load/source.js';
import { hasPledge } from '../model/derive.js';
import { fieldRequirement, REQUIREMENTS, SIGNER_NAMES, type Requirement, type RequiringKind } from '../model/requirements.js';
import { publishedSchema } from '../schema/schema.generated.js';
import type { ConferenceFile } from '../schema/conference.js';
import { schemaAt, type JsonSchema } from '../schema/walk.js';
import { suggestionFor } from '../text/closest.js';
import { kinds as generatedCheck } from './check.generated.js';
import type { KindEntry, KindsFile } from './schema.js';

export const KINDS_FILE = 'templates/documents.yaml';

const check = generatedCheck as unknown as ValidateFunction<KindsFile>;

/** A declared kind of document, ready to use. */
export interface DocumentKind extends RequiringKind {
  label: { vi: string; en: string };
  indexLabel: { vi: string; en: string };
  /** The title in the file's properties ("Bản giao ước thi đua"). */
  title: string;
  /** File name inside templates/. */
  template: string;
  engine: 'docx' | 'news';
  output: string;
  formats: ReadonlyArray<KindEntry['formats'][number]>;
  draft: boolean;
  author: 'header' | 'pledgeHeader';
  printBundle: boolean;
  party: boolean;
}

/** The conditions a kind may name besides `{ kind: … }` and `{ has: … }`. */
const CONDITIONS: Record<string, (c: ConferenceFile) => boolean> = {
  always: () => true,
  pledge: hasPledge,
};

const FORMATS_OF = { docx: ['docx', 'pdf'], news: ['html', 'txt', 'docx', 'pdf'] } as const;
const conferenceSchema = (publishedSchema.$defs as Record<string, JsonSchema>).conference!;
/** The conference kinds ("tong-ket"…), from the generated schema: the TypeBox modules are not loaded at run time. */
const CONFERENCE_KINDS = (schemaAt(conferenceSchema, ['kinds'])?.items?.enum ?? []).map(String);

/** Is `field` a dotted path through objects of the conference file (no list on the way)? */
function knownField(field: string): boolean {
  let node: JsonSchema | undefined = conferenceSchema;
  for (const seg of field.split('.')) {
    node = node?.properties?.[seg];
    if (!node) return false;
  }
  return true;
}

/** Field paths of the conference file (for the closest-name hint), down to `depth` segments. */
function fieldPaths(node: JsonSchema | undefined = conferenceSchema, prefix = '', depth = 3): string[] {
  if (!node?.properties || depth === 0) return [];
  return Object.entries(node.properties).flatMap(([k, v]) => [prefix + k, ...fieldPaths(v, `${prefix}${k}.`, depth - 1)]);
}

const get = (c: ConferenceFile, field: string) =>
  field
    .split('.')
    .reduce<unknown>(
      (v, k) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[k] : undefined),
      c,
    );
const present = (v: unknown) => v !== undefined && v !== null && (!Array.isArray(v) || v.length > 0);

export interface ParsedKinds {
  /** Undefined when the file cannot be used at all (not YAML, wrong shape). */
  kinds?: DocumentKind[];
  diagnostics: Diagnostic[];
}

/** One schema failure, placed at the value it is about. */
function schemaDiagnostic(source: SourceFile, e: ErrorObject): Diagnostic {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
  const extra = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : undefined;
  const missing = e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
  const at = extra ? [...path, extra] : path;
  const detail = extra
    ? { vi: `không có trường "${extra}"`, en: `there is no field "${extra}"` }
    : missing
      ? { vi: `thiếu trường "${missing}"`, en: `the field "${missing}" is missing` }
      : e.keyword === 'pattern' && path.at(-1) === 'template'
        ? {
            vi: 'mẫu là tên một tệp .docx hoặc .hbs trong thư mục templates/',
            en: 'a template is the name of a .docx or .hbs file in templates/',
          }
        : e.keyword === 'pattern'
          ? {
              vi: 'chỉ dùng chữ thường không dấu, số và "-" (mã: chữ và số, bắt đầu bằng chữ)',
              en: 'use plain lower-case letters, digits and "-" (an id: letters and digits, starting with a letter)',
            }
          : { vi: `giá trị không hợp lệ (${e.message ?? e.keyword})`, en: `invalid value (${e.message ?? e.keyword})` };
  const d = diagnosticAt(
    source,
    at,
    'VK606',
    { field: at.join('.') || '/', detail_vi: detail.vi, detail_en: detail.en },
    extra ? 'key' : 'value',
  );
  return d;
}

/**
 * The kinds of a documents file. `base` is vankien's own list (for "extends: vankien"); `templateExists`
 * says whether a template file name is found (the project's templates/, else vankien's).
 */
export function parseKinds(
  file: string,
  bytes: Uint8Array,
  templateExists: (name: string) => boolean,
  base?: readonly DocumentKind[],
): ParsedKinds {
  const { source, diagnostics } = loadSource(file, bytes);
  if (diagnostics.length > 0 || source.value === undefined) return { diagnostics };
  const data = source.value;
  if (!check(data)) {
    // One finding per place: a union's failures would otherwise repeat it.
    const seen = new Set<string>();
    const errors = (check.errors ?? []).filter((e) => e.keyword !== 'anyOf' && !seen.has(e.instancePath) && seen.add(e.instancePath));
    return { diagnostics: errors.map((e) => schemaDiagnostic(source, e)) };
  }
  const out: Diagnostic[] = [];
  const at = (path: Array<string | number>, code: 'VK606' | 'VK607' | 'VK608' | 'VK609', params: Record<string, string>) =>
    out.push(diagnosticAt(source, path, code, params));
  const own = data.documents.map((entry, i) => toKind(entry, ['documents', i], at, templateExists));
  const kinds: DocumentKind[] = data.extends === 'vankien' && base ? [...base] : [];
  for (const k of own) {
    if (!k) continue;
    const same = kinds.findIndex((b) => b.id === k.id && !own.includes(b));
    if (same >= 0 && data.extends === 'vankien') kinds[same] = k;
    else kinds.push(k);
  }
  // Two kinds may share neither an id nor an output name (one file would overwrite the other).
  data.documents.forEach((entry, i) => {
    const firstId = data.documents.findIndex((e) => e.id === entry.id);
    if (firstId < i) at(['documents', i, 'id'], 'VK608', { what_vi: 'mã', what_en: 'id', value: entry.id, other: String(firstId + 1) });
    const outputs = kinds.filter(
      (k) => k.output === entry.output || `${k.output}-ban-in` === entry.output || k.output === `${entry.output}-ban-in`,
    );
    const firstOut = data.documents.findIndex((e) => e.output === entry.output);
    if (firstOut < i)
      at(['documents', i, 'output'], 'VK608', {
        what_vi: 'tên tệp kết quả',
        what_en: 'output name',
        value: entry.output,
        other: String(firstOut + 1),
      });
    else if (outputs.length > 1 && firstOut === i) {
      const clash = kinds.find(
        (k) =>
          k.id !== entry.id &&
          (k.output === entry.output || `${k.output}-ban-in` === entry.output || k.output === `${entry.output}-ban-in`),
      );
      if (clash)
        at(['documents', i, 'output'], 'VK608', {
          what_vi: 'tên tệp kết quả',
          what_en: 'output name',
          value: entry.output,
          other: clash.id,
        });
    }
  });
  const news = data.documents.map((e, i) => [e, i] as const).filter(([e]) => e.template.endsWith('.hbs'));
  for (const [, i] of news.slice(1)) {
    at(['documents', i, 'template'], 'VK606', {
      field: `documents.${i}.template`,
      detail_vi: 'chỉ một loại văn bản được dùng mẫu tin bài .hbs',
      detail_en: 'only one kind may use a .hbs news template',
    });
  }
  if (out.length > 0) return { diagnostics: out };
  return { kinds, diagnostics: [] };
}

type At = (path: Array<string | number>, code: 'VK606' | 'VK607' | 'VK608' | 'VK609', params: Record<string, string>) => void;

function toKind(e: KindEntry, path: Array<string | number>, at: At, templateExists: (name: string) => boolean): DocumentKind | undefined {
  let ok = true;
  const engine = e.template.endsWith('.hbs') ? 'news' : 'docx';
  if (!templateExists(e.template)) {
    at([...path, 'template'], 'VK607', { template: e.template });
    ok = false;
  }
  const allowed: readonly string[] = FORMATS_OF[engine];
  e.formats.forEach((f, i) => {
    if (allowed.includes(f)) return;
    ok = false;
    at([...path, 'formats', i], 'VK606', {
      field: [...path, 'formats', i].join('.'),
      detail_vi: `mẫu ${e.template} chỉ cho các định dạng ${allowed.join(', ')}`,
      detail_en: `template ${e.template} gives only ${allowed.join(', ')}`,
    });
  });
  if (!e.formats.includes(engine === 'docx' ? 'docx' : 'html')) {
    ok = false;
    at([...path, 'formats'], 'VK606', {
      field: [...path, 'formats'].join('.'),
      detail_vi:
        engine === 'docx' ? 'mẫu .docx luôn tạo tệp docx: thêm docx vào formats' : 'mẫu .hbs luôn tạo tệp html: thêm html vào formats',
      detail_en:
        engine === 'docx'
          ? 'a .docx template always gives a docx file: add docx to formats'
          : 'a .hbs template always gives an html file: add html to formats',
    });
  }
  const applies = condition(e.when ?? 'always', [...path, 'when'], at);
  if (!applies) ok = false;
  const requires: Requirement[] = [];
  (e.requires ?? []).forEach((q, i) => {
    const name = typeof q === 'string' ? q : q.field;
    const named = REQUIREMENTS.find((r) => r.id === name);
    if (typeof q === 'string' && named) return void requires.push(named);
    if (typeof q === 'string' && name === SIGNER_NAMES)
      return void requires.push({
        id: SIGNER_NAMES,
        path: ['pledge', 'signatories'],
        what: { vi: 'họ tên người ký', en: "signer's name" },
        present: () => true,
      });
    if (!knownField(name)) {
      ok = false;
      const pool = [...REQUIREMENTS.map((r) => r.id), SIGNER_NAMES, ...fieldPaths()];
      at(typeof q === 'string' ? [...path, 'requires', i] : [...path, 'requires', i, 'field'], 'VK609', {
        what_vi: 'mục yêu cầu',
        what_en: 'requirement',
        value: name,
        ...suggestionFor(name, pool),
      });
      return;
    }
    requires.push(fieldRequirement(name, typeof q === 'string' ? undefined : { vi: q.label, en: q.labelEn ?? q.label }));
  });
  if (!ok || !applies) return undefined;
  const label = { vi: e.label, en: e.labelEn ?? e.label };
  return {
    id: e.id,
    label,
    indexLabel: { vi: e.indexLabel ?? label.vi, en: e.indexLabelEn ?? label.en },
    title: e.title ?? e.label,
    template: e.template,
    engine,
    output: e.output,
    formats: e.formats,
    applies,
    requires,
    draft: e.draft ?? true,
    author: e.author ?? 'header',
    printBundle: e.printBundle ?? false,
    party: e.party ?? true,
  };
}

function condition(
  when: NonNullable<KindEntry['when']>,
  path: Array<string | number>,
  at: At,
): ((c: ConferenceFile) => boolean) | undefined {
  if (typeof when === 'string') {
    const named = CONDITIONS[when];
    if (!named)
      at(path, 'VK609', { what_vi: 'điều kiện', what_en: 'condition', value: when, ...suggestionFor(when, Object.keys(CONDITIONS)) });
    return named;
  }
  if ('kind' in when) {
    const kind = when.kind;
    if (!CONFERENCE_KINDS.includes(kind)) {
      at([...path, 'kind'], 'VK609', {
        what_vi: 'loại hội nghị',
        what_en: 'conference kind',
        value: kind,
        ...suggestionFor(kind, CONFERENCE_KINDS),
      });
      return undefined;
    }
    return (c) => c.kinds.includes(kind as ConferenceFile['kinds'][number]);
  }
  const field = when.has;
  if (!knownField(field)) {
    at([...path, 'has'], 'VK609', { what_vi: 'trường', what_en: 'field', value: field, ...suggestionFor(field, fieldPaths()) });
    return undefined;
  }
  return (c) => present(get(c, field));
}
