// `vankien build [paths]`: check, then render every conference without errors into out/<id>/.
import { readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { renderText, type Sources } from '../../diagnostics/render.js';
import { sortDiagnostics, type Diagnostic, type Lang } from '../../diagnostics/types.js';
import { parseProfile } from '../../profile/profile.js';
import { renderConference } from '../../render/documents.js';
import { builtinEngine, libreOfficeEngine, type PdfEngine } from '../../render/pdf-engines.js';
import { pdfOutputs, warningDiagnostics } from '../../render/pdf-outputs.js';
import { renderBulletin } from '../../render/bulletin.js';
import { loadBulletin } from '../bulletin-templates.js';
import { createFontSource } from '../../pdf/fonts/source.js';
import { fixedZipDate } from '../../render/docx/zip.js';
import { checkProject } from '../../validate/project.js';
import { buildViewModel } from '../../view/build.js';
import { docxImage } from '../../view/images.js';
import { writeOutputs, type Output } from '../../write/write.js';
import { gather, lintTemplates, loadTemplates, sourcesOf } from '../inputs.js';
import { EXIT, type Command, type Io } from '../io.js';
import { findRoot, makeEnv, projectOrBundled, shown } from '../workspace.js';

export const PROFILE = 'profiles/hd36-2018.yaml';

const TEXT = {
  vi: {
    noLibreOffice: 'Không tìm thấy LibreOffice (lệnh soffice). Cài bằng "apt-get install libreoffice-writer-nogui", hoặc bỏ "--pdf-engine libreoffice" để dùng bộ tạo PDF của vankien.',
    badEngine: '--pdf-engine chỉ nhận "builtin", "libreoffice" hoặc "none".',
    summary: (docs: number, built: number, failed: number, out: string) =>
      `Đã tạo ${docs} văn bản cho ${built} hội nghị trong ${out}${failed ? `; ${failed} hội nghị có lỗi, chưa tạo` : ''}.`,
  },
  en: {
    noLibreOffice: 'LibreOffice (the soffice command) was not found. Install it with "apt-get install libreoffice-writer-nogui", or drop "--pdf-engine libreoffice" to use vankien\'s own PDF engine.',
    badEngine: '--pdf-engine takes "builtin", "libreoffice" or "none".',
    summary: (docs: number, built: number, failed: number, out: string) =>
      `Wrote ${docs} document${docs === 1 ? '' : 's'} for ${built} conference${built === 1 ? '' : 's'} in ${out}${failed ? `; ${failed} with errors not built` : ''}.`,
  },
};

function print(diags: Diagnostic[], lang: Lang, sources: Sources, io: Io): void {
  for (const d of sortDiagnostics(diags)) io.stdout.write(renderText(d, lang, sources) + '\n\n');
}

export interface BuildOptions {
  out?: string;
  pdfEngine: 'builtin' | 'libreoffice' | 'none';
  fontDirs: string[];
}

export async function runBuild(paths: string[], opts: BuildOptions, lang: Lang, io: Io): Promise<number> {
  const outArg = opts.out;
  const cwd = io.cwd();
  const root = findRoot(cwd);
  const env = makeEnv(root);
  const profile = parseProfile(readFileSync(projectOrBundled(root, PROFILE), 'utf8'), PROFILE);
  const { inputs, targets, unreadable } = gather(root, cwd, paths);
  const sources = sourcesOf(inputs);
  const checked = checkProject(inputs, env);
  const templates = loadTemplates(root);
  const registry = checked.project;
  const bulletin = loadBulletin(root, env.provinces);
  const templateErrors = [...lintTemplates(templates, env.provinces), ...bulletin.diagnostics];
  const errors = [...unreadable, ...checked.diagnostics].filter((d) => d.severity === 'error');
  print([...errors, ...templateErrors], lang, sources, io);
  if (templateErrors.length > 0) return EXIT.dataErrors;

  let engine: PdfEngine | undefined;
  if (opts.pdfEngine === 'libreoffice') {
    engine = libreOfficeEngine();
    if (!engine) {
      io.stderr.write(TEXT[lang].noLibreOffice + '\n');
      return EXIT.usage;
    }
  }
  const fonts = createFontSource({ fontDirs: opts.fontDirs.map((d) => resolve(cwd, d)) });
  if (opts.pdfEngine === 'builtin') engine = builtinEngine(fonts);

  const failedFiles = new Set(errors.map((d) => d.file));
  const outDir = resolve(cwd, outArg ?? join(root, 'out'));
  const date = fixedZipDate();
  const image = (path: string, role: 'signature' | 'seal') => {
    const bytes = env.read(path.replace(/\\/g, '/'));
    return bytes ? docxImage(bytes, role, profile) : null;
  };
  const outputs: Output[] = [];
  let built = 0;
  let failed = 0;
  for (const { value: conf, source } of registry.conferences) {
    if (!targets.has(source.file)) continue;
    if (failedFiles.has(source.file)) {
      failed++;
      continue;
    }
    const vm = buildViewModel(conf, { registry, provinces: env.provinces, image });
    const rendered = renderConference(conf, vm, templates, date);
    print(rendered.diagnostics, lang, sources, io);
    if (rendered.diagnostics.length > 0) {
      failed++;
      continue;
    }
    outputs.push(...rendered.outputs);
    if (engine) {
      const pdfs = await pdfOutputs(rendered.outputs, vm, engine, shown(cwd, outDir));
      print(pdfs.diagnostics, lang, sources, io);
      outputs.push(...pdfs.outputs);
    }
    if (bulletin.html) {
      const news = await renderBulletin(vm, { html: bulletin.html, htmlFile: bulletin.htmlFile, docx: bulletin.docx, profile, fonts, image: (p) => env.read(p.replace(/\\/g, '/')), date, pdf: opts.pdfEngine !== 'none' }, shown(cwd, outDir));
      print([...news.diagnostics, ...warningDiagnostics(`${shown(cwd, outDir)}/${conf.id}/ban-tin.pdf`, news.warnings)], lang, sources, io);
      outputs.push(...news.outputs);
    }
    built++;
  }
  failed += [...targets].filter((f) => failedFiles.has(f) && !registry.conferences.some((c) => c.source.file === f)).length;
  const substituted = fonts.substitutions().map((s) => ({ severity: 'warning' as const, code: 'VK703' as const, params: { requested: s.requested, used: s.used }, file: shown(cwd, outDir), start: { line: 1, column: 1 }, path: [] }));
  print(substituted, lang, sources, io);
  writeOutputs(outDir, outputs);
  io.stdout.write(TEXT[lang].summary(outputs.length, built, failed, shown(cwd, outDir)) + '\n');
  return failed > 0 ? EXIT.dataErrors : EXIT.ok;
}

export const buildCommand: Command = {
  name: 'build',
  aliases: ['tao-van-ban'],
  usage: {
    vi: 'vankien build [tệp hoặc thư mục ...] [--out thư-mục] [--pdf-engine builtin|libreoffice|none] [--font-dir thư-mục]',
    en: 'vankien build [files or folders ...] [--out folder] [--pdf-engine builtin|libreoffice|none] [--font-dir folder]',
  },
  summary: {
    vi: 'Tạo văn bản (.docx và .pdf) cho mọi hội nghị không có lỗi, vào out/<mã hội nghị>/.',
    en: 'Render the documents (.docx and .pdf) of every conference without errors into out/<id>/.',
  },
  options: { out: { type: 'string' }, 'pdf-engine': { type: 'string' }, 'font-dir': { type: 'string', multiple: true } },
  run: ({ positionals, values, lang, io }) => {
    const engine = (values['pdf-engine'] as string | undefined) ?? 'builtin';
    if (engine !== 'builtin' && engine !== 'libreoffice' && engine !== 'none') {
      io.stderr.write(TEXT[lang].badEngine + '\n');
      return EXIT.usage;
    }
    const fromFlag = (values['font-dir'] as unknown as string[] | undefined) ?? [];
    const fromEnv = (io.env?.VANKIEN_FONT_DIR ?? '').split(delimiter).filter(Boolean);
    return runBuild(positionals, { out: typeof values.out === 'string' ? values.out : undefined, pdfEngine: engine, fontDirs: [...fromFlag, ...fromEnv] }, lang, io);
  },
};
