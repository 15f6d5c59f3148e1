// One build at a time per output folder: a lock file holding the builder's process id and the time
// that process started (from /proc on Linux), so that a lock left by a dead build is recognised even
// when its process id has since been given to another process.
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { STATE_DIR } from './cache.js';

export type Lock = { release(): void } | { heldBy: number; file: string };

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** When process `pid` started (clock ticks since boot, field 22 of /proc/<pid>/stat), where the system says. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces: state is field 3.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether the lock's text names a live build: its process is alive and, when both are known, started when the lock says. */
function holder(text: string): number | undefined {
  const [pidText = '', start] = text.trim().split(/\s+/);
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !alive(pid)) return undefined;
  const now = start ? processStart(pid) : undefined;
  if (start && now !== undefined && now !== start) return undefined; // the id now belongs to another process
  return pid;
}

/** Takes the lock of `outDir`, or says which live process holds it. A dead holder's lock is taken over. */
export function acquireLock(outDir: string): Lock {
  const dir = join(outDir, STATE_DIR);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid} ${processStart(process.pid) ?? ''}`.trim());
      closeSync(fd);
      return { release: () => rmSync(file, { force: true }) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let text = '';
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        // Removed meanwhile: try again.
      }
      const pid = holder(text);
      if (pid !== undefined) return { heldBy: pid, file };
      rmSync(file, { force: true });
    }
  }
  return { heldBy: -1, file };
}
