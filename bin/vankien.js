#!/usr/bin/env -S node --single-threaded-gc
// Entry point of the `vankien` command: runs the compiled CLI, bundled (npm run compile: tsc, then
// src/tools/bundle.ts), through V8's code cache (src/cli/code-cache.ts).
// --single-threaded-gc: the build keeps every core busy with worker threads, so V8's parallel GC helpers
// only compete with them; without them a build is ~10% faster (measured at N = 200 and 500 on 2 cores,
// same peak RSS). V8 takes the flag only at start (not from NODE_OPTIONS), hence here and in package.json.
import { loadBundle } from '../dist/cli/code-cache.js';

const bundle = loadBundle('main');
process.exitCode = await bundle.exports.main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: () => process.cwd(),
  env: process.env,
});
bundle.saveCache();
