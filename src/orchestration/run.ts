// vankien build: check, plan what changed, render in parallel, write atomically, then the index and manifest.
import { kindsSource } from '../kinds/load.js';
import { KINDS_FILE } from '../kinds/kinds.js';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { renderText, toJson } from '../diagnostics/render.js';
import { append } from '../util/arrays.js';
import { limitPerFile } from '../diagnostics/limit.js';
import { type Diagnostic, type Lang } from '../diagnostics/types.js';
import { sourcesOf } from '../workspace/inputs.js';
import { EXIT, type Io } from '../workspace/io.js';
import { rootOf, shown, usesShippedTemplates } from '../workspace/workspace.js';
import { writeOutputsAsync } from '../write/write.js';
import { CACHE_PATH, cacheFile, outputsIntact, readCache, type BuildCache } from './cache.js';
import type { LandedConference } from './land.js';
import { cacheKey, conferenceDependencies, sharedDependencies } from './deps.js';
import { acquireLock } from './lock.js';
import { diskMessage, faultResult } from './faults.js';
import { outDirProblem, removeConference, removeLeftovers, removeOutput, retire, STALE_DIR } from './outputs.js';
import { manifest } from './manifest.js';
import { Reporter, type Format, type Summary } from './report.js';
import { finishSession, gatherSession, type BuildOptions, type PreviousCheck, type Session } from './session.js';
import { checkOwn } from '../validate/own.js';
import type { Piscina } from 'piscina';
import { registryPairs } from '../model/registry.js';
import { siteIndex, type SiteEntry } from './site.js';
import type { WorkerTask } from './worker.js';

export interface RunOptions extends BuildOptions {
  out?: string;
  force: boolean;
  jobs: number;
  format: Format;
  quiet: boolean;
  /** Watch mode passes a new number whenever files change, so workers reload. */
  generation?: number;
}

const TEXT = {
  vi: {
    locked: (pid: number, file: string) =>
      `Một lần tạo văn bản khác đang chạy trên thư mục này (tiến trình ${pid}). Chờ nó xong rồi chạy lại. Nếu chắc không có lần build nào đang chạy (tiến trình ${pid} là chương trình khác), xóa tệp khóa ${file} rồi chạy lại.`,
    noLibreOffice:
      'Không tìm thấy LibreOffice (lệnh soffice). Cài bằng "apt-get install libreoffice-writer-nogui", hoặc bỏ "--pdf-engine libreoffice" để dùng bộ tạo PDF của vankien.',
    print: 'bản in',
    old: ', bản cũ',
    badOut: (dir: string, why: string) =>
      `Không dùng được "${dir}" làm thư mục kết quả: ${why}. Chọn bằng --out một thư mục trống, hoặc thư mục kết quả cũ của vankien (mặc định: out/ trong thư mục dự án).`,
  },
  en: {
    locked: (pid: number, file: string) =>
      `Another build is running on this folder (process ${pid}). Wait for it to finish, then run again. If you are sure no build is running (process ${pid} is another program), delete the lock file ${file} and run again.`,
    noLibreOffice:
      'LibreOffice (the soffice command) was not found. Install it with "apt-get install libreoffice-writer-nogui", or drop "--pdf-engine libreoffice".',
    print: 'print',
    old: ', old copy',
    badOut: (dir: string, why: string) =>
      `Cannot use "${dir}" as the output folder: ${why}. Choose with --out an empty folder, or an earlier output folder of vankien (default: out/ in the project folder).`,
  },
};

function print(diags: Diagnostic[], lang: Lang, session: Session, io: Io): void {
  const sources = sourcesOf([
    ...session.inputs,
    ...kindsSource(session.root, { kinds: session.kinds, diagnostics: session.kindDiagnostics, file: KINDS_FILE }),
  ]);
  for (const d of limitPerFile(diags)) io.stdout.write(renderText(d, lang, sources) + '\n\n');
}

/**
 * A worker thread costs about a second to start (modules, fonts, templates): worth it only for a
 * few conferences each.
 */
const CONFERENCES_PER_WORKER = 4;
/**
 * The old generation's limit per worker: room enough that V8 collects less often (faster), and still a
 * bound that stops one runaway document from taking the machine (docs/performance.md has the numbers).
 */
const WORKER_HEAP_MB = 1024;
/**
 * The young generation per worker. A conference keeps much of what it makes alive for a while (its
 * layouts until painted, a PDF's objects until saved), and a scavenge copies whatever is alive: with
 * 16 MB V8 scavenges half as often as with 8 and copies less (docs/performance.md has the numbers).
 */
const WORKER_YOUNG_MB = 16;
/** Least time between two saves of the build cache during a build. */
const CACHE_SAVE_MS = 1000;

/** From this many data files on, their own checks run on the worker pool (which then renders too). */
const FILES_FOR_POOL_CHECK = 100;

/** The build's worker threads, with bounded heaps (WORKER_HEAP_MB, WORKER_YOUNG_MB). */
async function startPool(jobs: number): Promise<Piscina> {
  const { Piscina } = await import('piscina');
  return new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    maxThreads: jobs,
    minThreads: jobs,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    concurrentTasksPerWorker: 1,
  });
}

/** The checked session; a large project's files are checked on a worker pool, kept for rendering. */
async function checkedSession(
  root: string,
  cwd: string,
  paths: string[],
  opts: RunOptions,
  previous: PreviousCheck | undefined,
): Promise<{ session: Session; pool?: Piscina }> {
  const g = gatherSession(root, cwd, paths, { pdfEngine: opts.pdfEngine, fontDirs: opts.fontDirs }, previous);
  if (opts.jobs < 2 || g.inputs.length < FILES_FOR_POOL_CHECK)
    return {
      session: finishSession(
        g,
        g.inputs.map((input) => checkOwn(input, { known: g.known, trees: g.context.caches.syntaxTrees })),
      ),
    };
  const pool = await startPool(opts.jobs);
  try {
    const { checkOnPool } = await import('./check-pool.js');
    return { session: finishSession(g, await checkOnPool(pool, g.inputs, { known: g.known, trees: g.context.caches.syntaxTrees })), pool };
  } catch (e) {
    await pool.destroy();
    throw e;
  }
}

/**
 * Renders the planned conferences: in this thread for few, else on a pool of worker threads (the
 * check's, or one started here and left to `workers` to close).
 */
async function renderAll(
  session: Session,
  ids: string[],
  opts: RunOptions,
  outDir: string,
  outShown: string,
  workers: PoolHandle,
  done: (r: LandedConference) => void,
): Promise<void> {
  if (ids.length === 0) return;
  const jobs = Math.min(opts.jobs, Math.floor(ids.length / CONFERENCES_PER_WORKER));
  if (jobs <= 1) {
    const [{ buildConference }, { prepareRendering }, { land }] = await Promise.all([
      import('./conference.js'),
      import('./prepare.js'),
      import('./land.js'),
    ]);
    await prepareRendering(session);
    for (const id of ids) {
      const conf = session.project.conferences.find((c) => c.value.id === id);
      if (!conf) continue;
      let landed: LandedConference;
      try {
        landed = land(await buildConference(session, session.project, conf.value, outShown), outDir);
      } catch (e) {
        // One conference's fault is its own: reported for it, and the others are built.
        landed = faultResult(id, conf.source.file, e, (p) => shown(session.cwd, p));
      }
      done(landed);
    }
    return;
  }
  const pool = workers.pool ?? workers.adopt(await startPool(jobs));
  const options: BuildOptions = { pdfEngine: opts.pdfEngine, fontDirs: opts.fontDirs };
  // Workers get the checked conference and the registry: they never read or check the data again.
  const registry = registryPairs(session.project);
  const base = { root: session.root, cwd: session.cwd, options, generation: opts.generation ?? 0, registry, outDir, outShown };
  const byId = new Map(session.project.conferences.map((c) => [c.value.id, c]));
  await Promise.all(
    ids.map(async (id) => {
      const found = byId.get(id);
      if (!found) return;
      let landed: LandedConference;
      try {
        landed = (await pool.run({ ...base, conference: found.value, file: found.source.file } satisfies WorkerTask)) as LandedConference;
      } catch (e) {
        // The worker itself died (out of memory, a crash): that conference fails, the pool starts another thread.
        landed = faultResult(id, found.source.file, e, (p) => shown(session.cwd, p));
      }
      done(landed);
    }),
  );
}

export async function runBuild(paths: string[], opts: RunOptions, lang: Lang, io: Io): Promise<number> {
  const started = process.hrtime.bigint();
  const cwd = io.cwd();
  const root = rootOf(io);
  const outDir = resolve(cwd, opts.out ?? join(root, 'out'));
  const problem = outDirProblem(root, outDir);
  if (problem) {
    io.stderr.write(TEXT[lang].badOut(shown(cwd, outDir), problem[lang]) + '\n');
    return EXIT.usage;
  }
  const previous = opts.force ? undefined : readCache(outDir).check;
  const { session, pool } = await checkedSession(root, cwd, paths, opts, previous);
  const workers = poolHandle(pool);
  try {
    return await buildSession(session, { paths, opts, lang, io, cwd, outDir, started }, workers);
  } finally {
    await workers.close();
  }
}

/** The build's worker pool (the check's, or the renderer's): closed once, as soon as rendering is done. */
interface PoolHandle {
  readonly pool: Piscina | undefined;
  /** Takes a pool started for rendering; returns it. */
  adopt(pool: Piscina): Piscina;
  close(): Promise<void>;
}

function poolHandle(started: Piscina | undefined): PoolHandle {
  let open = started;
  return {
    get pool() {
      return open;
    },
    adopt(pool) {
      open = pool;
      return pool;
    },
    async close() {
      const p = open;
      open = undefined;
      await p?.destroy();
    },
  };
}

interface BuildRun {
  paths: string[];
  opts: RunOptions;
  lang: Lang;
  io: Io;
  cwd: string;
  outDir: string;
  /** When the command started (hrtime), for the summary's time. */
  started: bigint;
}

/** Plans, renders and writes the checked session's conferences, then the index, manifest and cache. */
async function buildSession(session: Session, run: BuildRun, workers: PoolHandle): Promise<number> {
  const { paths, opts, lang, io, cwd, outDir, started } = run;
  const t = TEXT[lang];
  // A mistake in the declared kinds (templates/documents.yaml) stops the build: which documents to make is not known.
  if (session.kindDiagnostics.length > 0) {
    if (opts.format === 'text') print(session.kindDiagnostics, lang, session, io);
    else
      io.stdout.write(JSON.stringify({ diagnostics: limitPerFile(session.kindDiagnostics).map((d) => toJson(d, lang)) }, null, 2) + '\n');
    return EXIT.dataErrors;
  }
  const errors = session.diagnostics.filter((d) => d.severity === 'error');
  if (opts.format === 'text') print(opts.quiet ? errors : [...session.skipped, ...errors], lang, session, io);
  // What --format json lists: the same findings as the text, and those of rendering.
  const reported: Diagnostic[] = [...session.skipped, ...errors];
  const outShown = shown(cwd, outDir);
  let lock: ReturnType<typeof acquireLock>;
  try {
    lock = acquireLock(outDir);
  } catch (e) {
    const message = diskMessage(e, lang, outShown);
    if (!message) throw e;
    io.stderr.write(message + '\n');
    return EXIT.usage;
  }
  if ('heldBy' in lock) {
    io.stderr.write(t.locked(lock.heldBy, shown(cwd, lock.file)) + '\n');
    return EXIT.usage;
  }
  try {
    removeLeftovers(outDir);
    const failedFiles = new Set(errors.map((d) => d.file));
    const cache = readCache(outDir);
    // Only a check of all of data/ may stand for later builds (a partial one misses cross-file findings).
    if (paths.length === 0) cache.check = { key: session.checkKey, dataKey: session.dataKey, diagnostics: session.diagnostics };
    const shared = sharedDependencies(session);
    // Templates are linted when they (or the engine) changed since they last linted clean.
    const sharedKey = cacheKey(shared);
    if ((opts.force || cache.lintedKey !== sharedKey) && !usesShippedTemplates(session.root)) {
      const { lintAll } = await import('../workspace/lint.js');
      const templateErrors = lintAll(session.root, session.templates, session.env.provinces, session.kinds);
      if (templateErrors.length > 0) {
        if (opts.format === 'text') print(templateErrors, lang, session, io);
        else io.stdout.write(JSON.stringify({ diagnostics: limitPerFile(templateErrors).map((d) => toJson(d, lang)) }, null, 2) + '\n');
        return EXIT.dataErrors;
      }
      cache.lintedKey = sharedKey;
    }
    const targets = session.project.conferences.filter((c) => session.targets.has(c.source.file));
    const fileOf = new Map(targets.map((c) => [c.value.id, c.source.file]));
    // A failed conference's earlier documents are moved aside (outputs.ts): none of them may look current.
    const stale = new Set<string>();
    const retireOutputs = (id: string) => {
      const entry = cache.conferences[id];
      if (!entry || entry.outputs.length === 0) return;
      cache.conferences[id] = retire(outDir, id, entry);
      if (cache.conferences[id]?.outputs.length) stale.add(id);
    };
    for (const [id, entry] of Object.entries(cache.conferences)) {
      const file = entry.file ?? fileOf.get(id);
      if (file !== undefined && failedFiles.has(file) && session.targets.has(file)) retireOutputs(id);
    }
    for (const { value: conf, source } of targets)
      if (failedFiles.has(source.file) && typeof conf.id === 'string' && cache.conferences[conf.id]) retireOutputs(conf.id);
    // A conference no longer in the data (its file deleted, or its id changed) leaves no documents that
    // look current. Only a build of the whole project knows; a file that does not read is kept (retired above).
    const removed: string[] = [];
    if (paths.length === 0) {
      const ids = new Set(session.project.conferences.map((c) => c.value.id));
      for (const [id, entry] of Object.entries(cache.conferences)) {
        if (ids.has(id) || (entry.file !== undefined && failedFiles.has(entry.file))) continue;
        removeConference(outDir, id, entry);
        delete cache.conferences[id];
        removed.push(id);
      }
    }
    const planned: string[] = [];
    const deps = new Map<string, ReturnType<typeof conferenceDependencies>>();
    let skipped = 0;
    let failed = [...session.targets].filter((f) => failedFiles.has(f)).length;
    for (const { value: conf, source } of targets) {
      if (failedFiles.has(source.file)) continue;
      const d = [...shared, ...conferenceDependencies(session, conf, source.file)];
      deps.set(conf.id, d);
      const entry = cache.conferences[conf.id];
      if (!opts.force && entry && entry.key === cacheKey(d) && outputsIntact(outDir, entry)) skipped++;
      else planned.push(conf.id);
    }
    if (planned.length > 0 && opts.pdfEngine === 'libreoffice') {
      const { libreOfficeEngine } = await import('../render/pdf-engines.js');
      if (!libreOfficeEngine()) {
        io.stderr.write(t.noLibreOffice + '\n');
        return EXIT.usage;
      }
    }
    const reporter = new Reporter(io, lang, opts.format, opts.quiet, planned.length);
    const timings: Record<string, number[]> = {};
    let documents = 0;
    let built = 0;
    let rebuilt = 0;
    const drafts: Summary['drafts'] = [];
    // The cache is saved after a conference's outputs have landed, at most once a second (it lists every
    // conference: saving it after each would cost O(N²)); a killed build then redoes at most a second of work.
    // It is written on libuv's threads: renaming over the old file makes ext4 flush the new one, which
    // blocked this thread (and the workers waiting on it for their next conference) for up to a second.
    let savedAt = 0;
    let saving: Promise<void> | undefined;
    const saveCache = () => {
      if (saving) return;
      savedAt = performance.now();
      saving = writeOutputsAsync(outDir, [{ path: CACHE_PATH, bytes: JSON.stringify(cache) }])
        .then(
          () => undefined,
          () => undefined, // A save on the way only spares a killed build some work; the last save reports a failing disk.
        )
        .finally(() => (saving = undefined));
    };
    await renderAll(session, planned, opts, outDir, outShown, workers, (r) => {
      if (opts.format === 'text')
        print(opts.quiet ? r.diagnostics.filter((d) => d.severity === 'error') : r.diagnostics, lang, session, io);
      append(reported, r.diagnostics);
      if (r.failed) {
        failed++;
        retireOutputs(r.id);
        reporter.step(r.id, 0, true, undefined, stale.has(r.id) ? `${outShown}/${r.id}/${STALE_DIR}/` : undefined);
        return;
      }
      // The conference's outputs have landed whole (land.ts) before the cache says they exist.
      const old = cache.conferences[r.id];
      const fresh = new Set(r.outputs.map((o) => o.path));
      for (const o of old?.outputs ?? []) if (!fresh.has(o.path)) removeOutput(outDir, o.path);
      const file = fileOf.get(r.id);
      cache.conferences[r.id] = {
        key: cacheKey(deps.get(r.id) ?? []),
        inputs: deps.get(r.id) ?? [],
        outputs: r.outputs,
        warnings: r.diagnostics.length,
        ...(file ? { file } : {}),
      };
      if (performance.now() - savedAt > CACHE_SAVE_MS) saveCache();
      for (const [k, ms] of Object.entries(r.timings)) (timings[k] ??= []).push(ms);
      documents += r.outputs.length;
      built++;
      if (old) rebuilt++;
      if (r.draft.missing.length > 0) drafts.push({ id: r.id, ...r.draft });
      reporter.step(r.id, r.outputs.length, false, r.draft);
    });
    // The workers are let go while the index, manifest and cache are made: ending a thread with a large
    // heap takes ~0.5 s, and these need this thread only (a few MB).
    const closing = workers.close();
    try {
      await saving; // before the last save, which it must not overwrite
      await writeOutputsAsync(outDir, [
        ...siteFiles(session, cache, failedFiles, lang),
        { path: CACHE_PATH, bytes: JSON.stringify(cache) },
      ]);
    } catch (e) {
      const message = diskMessage(e, lang, outShown);
      if (!message) throw e;
      io.stderr.write(message + '\n');
      return EXIT.usage;
    } finally {
      await closing;
    }
    const summary: Summary = {
      conferences: { built, skipped, failed },
      rebuilt,
      drafts: drafts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      stale: [...stale].filter((id) => cache.conferences[id]?.stale).map((id) => `${outShown}/${id}/${STALE_DIR}/`),
      removed: removed.sort(),
      documents,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      timings,
      diagnostics: limitPerFile(reported).map((d) => toJson(d, lang)),
    };
    reporter.finish(summary, outShown);
    return failed > 0 ? EXIT.dataErrors : EXIT.ok;
  } finally {
    lock.release();
  }
}

/** How index.html names the kinds of a conference: "Tổng kết, ký giao ước thi đua", not the codes. */
const KIND_LABELS: Record<string, string> = {
  'tong-ket': 'tổng kết',
  'so-ket': 'sơ kết',
  'giao-ban': 'giao ban',
  'ky-giao-uoc': 'ký giao ước thi đua',
};

export function kindLabels(kinds: readonly string[]): string {
  const text = kinds.map((k) => KIND_LABELS[k] ?? k).join(', ');
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** out/index.html (every conference, its documents and status) and out/manifest.json (every output and its inputs). */
function siteFiles(session: Session, cache: BuildCache, failedFiles: Set<string>, lang: Lang): Array<{ path: string; bytes: string }> {
  const drafts = new Map<string, number>();
  for (const d of session.diagnostics) if (d.code === 'VK501') drafts.set(d.file, (drafts.get(d.file) ?? 0) + 1);
  // Each output is named by its declared kind ("Giao ước (.pdf)"); a print bundle by its kind and "bản in".
  const labels = new Map<string, string>();
  for (const k of session.kinds) {
    labels.set(k.output, k.indexLabel[lang]);
    if (k.printBundle) labels.set(`${k.output}-ban-in`, `${k.indexLabel[lang]} (${TEXT[lang].print})`);
  }
  const entries: SiteEntry[] = session.project.conferences.map(({ value: c, source }) => {
    const entry = cache.conferences[c.id];
    const isStale = entry?.stale === true && entry.outputs.length > 0;
    const outputs = failedFiles.has(source.file) && !isStale ? [] : (entry?.outputs ?? []);
    const missing = drafts.get(source.file) ?? 0;
    return {
      id: c.id,
      title: c.title ?? c.id,
      ...(c.date ? { date: c.date } : {}),
      kinds: kindLabels(c.kinds),
      place: [c.place?.locality, c.place?.province].filter(Boolean).join(', '),
      status: isStale ? 'stale' : failedFiles.has(source.file) || outputs.length === 0 ? 'failed' : missing > 0 ? 'draft' : 'built',
      missing,
      documents: outputs.map((o) => {
        const base = o.path.split('/').pop() ?? o.path;
        const [name = '', ext = ''] = base.split(/\.(?=[^.]+$)/);
        return { label: `${labels.get(name) ?? name} (.${ext})${isStale ? TEXT[lang].old : ''}`, href: o.path };
      }),
    };
  });
  // The manifest lists the current outputs: a failed conference's old copies are not among them.
  const all = Object.values(cache.conferences)
    .filter((e) => !e.stale)
    .flatMap((e) => e.outputs.map((o) => ({ path: o.path, size: o.size, sha256: o.sha256, inputs: e.inputs })));
  return [
    { path: 'index.html', bytes: siteIndex(entries, {}) },
    { path: 'manifest.json', bytes: manifest(all) },
  ];
}

export const defaultJobs = () => Math.max(1, availableParallelism());
export { cacheFile };
