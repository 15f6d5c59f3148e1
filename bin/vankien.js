#!/usr/bin/env node
// Entry point of the `vankien` command: runs the compiled CLI, bundled (npm run compile: tsc, then src/tools/bundle.ts).
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: () => process.cwd(), env: process.env });
