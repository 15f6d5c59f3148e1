// Stack traces of the bundled command as lines of src/: each frame in a bundle (dist/bundle/*.cjs) is
// looked up in the source map beside it (main.cjs.map, made by src/tools/bundle.ts through tsc's maps).
// Read only when a stack is printed, so start-up reads nothing more.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FRAME = /([^\s()]+\.cjs):(\d+):(\d+)/g;

function load(file: string): SourceMap | undefined {
  try {
    return new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  } catch {
    return undefined;
  }
}

/** `stack` with each bundle frame replaced by the source file, line and column it was compiled from; other frames as they are. */
export function sourceMappedStack(stack: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  return stack.replace(FRAME, (frame: string, file: string, line: string, column: string) => {
    const path = file.startsWith('file:') ? fileURLToPath(file) : file;
    if (!maps.has(path)) maps.set(path, load(path));
    const entry = maps.get(path)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry) || !entry.originalSource) return frame;
    const source = entry.originalSource.startsWith('file:')
      ? fileURLToPath(entry.originalSource)
      : resolve(dirname(path), entry.originalSource);
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
