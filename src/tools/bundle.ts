// npm run compile, second step: the command and the build worker, each as one CommonJS file (esbuild)
// in dist/bundle/, run through V8's code cache (src/cli/code-cache.ts). Node then reads two files at
// start-up instead of ~500, and on later starts compiles nothing it compiled before.
// bin/vankien.js runs main.cjs; the worker pool starts dist/bundle/worker.js, which runs worker.cjs.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeStamp } from '../orchestration/identity.js';
import { compileReference } from './compile-reference.js';
import { PINS } from '../cli/libraries.js';
import { installedVersion } from '../util/library-pin.js';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_DIR = join(DIST, 'bundle');

/** import.meta.url of the ES modules, as the URL of the bundle file they end up in (dist/bundle/*.cjs). */
const URL_BANNER = "var __vankien_import_meta_url = require('node:url').pathToFileURL(__filename).href;";

/**
 * The file the worker pool starts (by name, beside main.cjs): it runs worker.cjs, and offers its code
 * cache for saving after its first check and its first render (what each compiles differs).
 */
const WORKER_ENTRY = `// Made by src/tools/bundle.ts: the build worker, run from its bundle through the code cache.
import { loadBundle } from '../cli/code-cache.js';

const bundle = loadBundle('worker');
const run = bundle.exports.default;
const firsts = new Set();

export default async function task(t) {
  const result = await run(t);
  const kind = 'check' in t ? 'check' : 'render';
  if (!firsts.has(kind)) {
    firsts.add(kind);
    bundle.saveCache();
  }
  return result;
}
`;

/**
 * Each character outside ASCII as a \\u escape. esbuild escapes them in strings but leaves them in
 * comments and regular expressions (where the escape means the same), and one such character makes V8
 * keep the whole ~4.6 MB source as two bytes per character, in every thread: ~9 MB more each.
 */
export function asciiOnly(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The versions of the pinned libraries that go into the bundle: those installed now. */
function bundledVersions(): Record<string, string> {
  return Object.fromEntries(
    PINS.flatMap((p) => {
      const v = installedVersion(p.name);
      return v ? [[p.name, v]] : [];
    }),
  );
}

export async function bundle(): Promise<void> {
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  await build({
    entryPoints: { main: join(DIST, 'cli', 'main.js'), worker: join(DIST, 'orchestration', 'worker.js') },
    outdir: BUNDLE_DIR,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    banner: { js: URL_BANNER },
    define: { 'import.meta.url': '__vankien_import_meta_url', __VANKIEN_BUNDLED_LIBRARIES__: JSON.stringify(bundledVersions()) },
    // import() of bundled modules becomes a lazy require; a vm.Script could not run import() anyway.
    supported: { 'dynamic-import': false },
    // The pool finds its own thread bootstrap file beside its code (__dirname): it stays in node_modules.
    external: ['piscina'],
    // fontkit's WOFF2 decoder, loaded only when a font needs it (src/engine/fonts/lazy-brotli.ts).
    alias: { 'brotli/decompress.js': join(DIST, 'engine', 'fonts', 'lazy-brotli.js') },
    // Module paths relative to dist/ stay valid: the bundles sit two folders below the package, as dist/cli/main.js does.
    logLevel: 'warning',
    legalComments: 'none',
    // main.cjs.map and worker.cjs.map beside the bundles, through tsc's maps back to src/ (no comment in the
    // bundle, so a start reads nothing more): stack traces of internal errors are mapped when printed (src/cli/stack.ts).
    sourcemap: 'external',
  });
  for (const name of ['main.cjs', 'worker.cjs']) {
    const file = join(BUNDLE_DIR, name);
    writeFileSync(file, asciiOnly(readFileSync(file, 'utf8')));
  }
  writeFileSync(join(BUNDLE_DIR, 'worker.js'), WORKER_ENTRY);
  writeStamp(join(BUNDLE_DIR, 'main.cjs'));
  compileReference(dirname(DIST));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundle();
