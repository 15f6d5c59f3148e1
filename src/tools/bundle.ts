// npm run compile, second step: the command and the build worker as a few ES module chunks (esbuild)
// in dist/bundle/. Node then resolves, reads and links ~10 files at start-up instead of ~500: about
// 0.2 s of CPU off every cold start and every worker thread. bin/vankien.js runs dist/bundle/main.js.
import { build, type Plugin } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_DIR = join(DIST, 'bundle');

/**
 * Bundled CommonJS packages call require(); an ES module has none, so each chunk defines one.
 * (The name is esbuild's own: its shim for CommonJS code calls a global `require` when there is one.)
 */
const REQUIRE_BANNER = "import { createRequire as __vankienCreateRequire } from 'node:module'; const require = __vankienCreateRequire(import.meta.url);";

/**
 * src/pdf/paint/pdf-lib.ts loads @cantoo/pdf-lib's single-file ES build at run time (fast for the tests
 * and tools that run dist/ unbundled). In the bundle the library is bundled like any other: its ES
 * modules join our chunks, tree-shaken, instead of a separate 1.4 MB file that Node first tries to
 * compile as CommonJS (the package is not "type": "module") and then compiles again: ~80 ms per start.
 */
const bundledPdfLib: Plugin = {
  name: 'bundled-pdf-lib',
  setup(b) {
    b.onLoad({ filter: /[\\/]pdf[\\/]paint[\\/]pdf-lib\.js$/ }, () => ({
      contents: "export { PDFDocument, PDFHexString, PDFName, PDFString } from '@cantoo/pdf-lib';",
      loader: 'js',
      resolveDir: join(DIST, 'pdf', 'paint'),
    }));
  },
};

export async function bundle(): Promise<void> {
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  await build({
    // The worker keeps its own entry: the pool starts it by file name beside the code that makes the pool.
    entryPoints: { main: join(DIST, 'cli', 'main.js'), worker: join(DIST, 'build', 'worker.js') },
    outdir: BUNDLE_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: REQUIRE_BANNER },
    // The pool finds its own thread bootstrap file beside its code (__dirname): it stays in node_modules.
    external: ['piscina'],
    // fontkit's WOFF2 decoder, loaded only when a font needs it (src/pdf/fonts/lazy-brotli.ts).
    alias: { 'brotli/decompress.js': join(DIST, 'pdf', 'fonts', 'lazy-brotli.js') },
    // Module paths relative to dist/ stay valid: the chunks sit two folders below the package, as dist/cli/main.js does.
    plugins: [bundledPdfLib],
    logLevel: 'warning',
    legalComments: 'none',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundle();
