// `vankien build [paths]`: check, then render every conference without errors into out/<id>/.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderText, type Sources } from '../../diagnostics/render.js';
import { sortDiagnostics, type Diagnostic, type Lang } from '../../diagnostics/types.js';
import { parseProfile } from '../../profile/profile.js';
import { renderConference } from '../../render/documents.js';
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
    summary: (docs: number, built: number, failed: number, out: string) =>
      `Đã tạo ${docs} văn bản cho ${built} hội nghị trong ${out}${failed ? `; ${failed} hội nghị có lỗi, chưa tạo` : ''}.`,
  },
  en: {
    summary: (docs: number, built: number, failed: number, out: string) =>
      `Wrote ${docs} document${docs === 1 ? '' : 's'} for ${built} conference${built === 1 ? '' : 's'} in ${out}${failed ? `; ${failed} with errors not built` : ''}.`,
  },
};

function print(diags: Diagnostic[], lang: Lang, sources: Sources, io: Io): void {
  for (const d of sortDiagnostics(diags)) io.stdout.write(renderText(d, lang, sources) + '\n\n');
}

export function runBuild(paths: string[], outArg: string | undefined, lang: Lang, io: Io): number {
  const cwd = io.cwd();
  const root = findRoot(cwd);
  const env = makeEnv(root);
  const profile = parseProfile(readFileSync(projectOrBundled(root, PROFILE), 'utf8'), PROFILE);
  const { inputs, targets, unreadable } = gather(root, cwd, paths);
  const sources = sourcesOf(inputs);
  const checked = checkProject(inputs, env);
  const templates = loadTemplates(root);
  const registry = checked.project;
  const templateErrors = lintTemplates(templates, env.provinces);
  const errors = [...unreadable, ...checked.diagnostics].filter((d) => d.severity === 'error');
  print([...errors, ...templateErrors], lang, sources, io);
  if (templateErrors.length > 0) return EXIT.dataErrors;

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
    built++;
  }
  failed += [...targets].filter((f) => failedFiles.has(f) && !registry.conferences.some((c) => c.source.file === f)).length;
  writeOutputs(outDir, outputs);
  io.stdout.write(TEXT[lang].summary(outputs.length, built, failed, shown(cwd, outDir)) + '\n');
  return failed > 0 ? EXIT.dataErrors : EXIT.ok;
}

export const buildCommand: Command = {
  name: 'build',
  aliases: ['tao-van-ban'],
  usage: { vi: 'vankien build [tệp hoặc thư mục ...] [--out thư-mục]', en: 'vankien build [files or folders ...] [--out folder]' },
  summary: { vi: 'Tạo văn bản (.docx) cho mọi hội nghị không có lỗi, vào out/<mã hội nghị>/.', en: 'Render the documents (.docx) of every conference without errors into out/<id>/.' },
  options: { out: { type: 'string' } },
  run: ({ positionals, values, lang, io }) => runBuild(positionals, typeof values.out === 'string' ? values.out : undefined, lang, io),
};
