// Watching folders for saves, whatever way an editor saves: one watcher per folder (never per file), so
// a file replaced by a rename (`sed -i`, vim, VS Code write a temporary file and rename it over the old
// one) is still seen, and so are files and folders made later. Editors' temporary files are left out.
import { lstatSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Names editors write beside the file they save, then rename or delete: vim's swap and backup files
 * (.x.swp, x~) and its write test "4913", Emacs's lock and autosave files (.#x, #x#), `sed -i`'s
 * sedXXXXXX, and the .tmp/.bak/.orig files of other tools; hidden files in general.
 */
const EDITOR_TEMP = /^\.|~$|^#.*#$|^4913$|^sed[A-Za-z0-9]{6}$|\.(tmp|swp|swx|swo|bak|orig|crswap)$/i;

export const isEditorTemp = (path: string): boolean => EDITOR_TEMP.test(basename(path));

/** Folders this deep below a watched root are not watched (a link loop or a huge tree ends here). */
const MAX_DEPTH = 8;

export interface TreeWatcher {
  close(): void;
}

/** Calls `changed(path)` for every file event under `roots` except editors' temporary files. */
export function watchTree(roots: readonly string[], changed: (path: string) => void): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  const add = (dir: string, depth: number) => {
    if (watchers.has(dir) || depth > MAX_DEPTH) return;
    let w: FSWatcher;
    try {
      w = watch(dir, (_event, name) => {
        if (!name) return;
        const full = join(dir, String(name));
        if (isEditorTemp(full)) return;
        const st = lstatSync(full, { throwIfNoEntry: false });
        if (st?.isDirectory()) addTree(full, depth + 1);
        changed(full);
      });
    } catch {
      return; // gone or unreadable: nothing to watch there
    }
    // The folder itself deleted: its watcher ends; the parent's watcher reports the deletion.
    w.on('error', () => {
      w.close();
      watchers.delete(dir);
    });
    watchers.set(dir, w);
  };
  const addTree = (dir: string, depth: number) => {
    add(dir, depth);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    // Links are not followed: a link to a folder outside the project is not the project's.
    for (const e of entries) if (e.isDirectory() && !isEditorTemp(e.name) && e.name !== '.vankien') addTree(join(dir, e.name), depth + 1);
  };
  for (const root of roots) addTree(root, 0);
  return {
    close() {
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
