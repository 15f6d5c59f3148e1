#!/usr/bin/env node
// Entry point of the `vankien` command: runs the compiled CLI.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: () => process.cwd(), env: process.env });
