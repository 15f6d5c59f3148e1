// What a command may use from the outside world: arguments, output streams, the working folder.
import type { Lang } from '../diagnostics/types.js';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  cwd(): string;
  env?: NodeJS.ProcessEnv;
  /** The project folder named with --project (absolute); otherwise it is found from cwd (workspace.ts). */
  project?: string;
}

export interface Command {
  name: string;
  aliases?: string[];
  usage: { vi: string; en: string };
  summary: { vi: string; en: string };
  /** parseArgs option spec for this command's own flags. */
  options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
  run(args: {
    positionals: string[];
    values: Record<string, string | boolean | string[] | undefined>;
    lang: Lang;
    io: Io;
  }): Promise<number> | number;
}

/** Exit codes: 0 clean or warnings only, 1 errors in data, 2 usage or internal failure. */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

export class UsageError extends Error {}
