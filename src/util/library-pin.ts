// Code that reaches into a library's internals (private methods, undeclared fields) is written for one
// version of it. Each such adapter declares a pin, and the command checks the installed versions at
// start-up (src/cli/libraries.ts): another version is a clear message, not a wrong document.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface LibraryPin {
  /** The npm package. */
  name: string;
  /** The version the adapter was written and tested for (package.json pins it exactly). */
  tested: string;
  /** What of its internals is used, for the message. */
  uses: string;
}

/**
 * The versions bundled into dist/bundle/*.cjs, set by the bundler (src/tools/bundle.ts): there the
 * library's code is inside the bundle, whatever node_modules holds now.
 */
declare const __VANKIEN_BUNDLED_LIBRARIES__: Record<string, string> | undefined;

const require = createRequire(import.meta.url);

/** The installed version of `name`: from its package.json, found upward from its entry point. */
export function installedVersion(name: string): string | undefined {
  if (typeof __VANKIEN_BUNDLED_LIBRARIES__ !== 'undefined') return __VANKIEN_BUNDLED_LIBRARIES__?.[name];
  let dir: string;
  try {
    dir = dirname(require.resolve(name));
  } catch {
    return undefined;
  }
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version;
    } catch {
      // No package.json here: go up.
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
