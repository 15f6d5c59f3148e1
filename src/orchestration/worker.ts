// A build worker thread: runs the own checks of data files sent to it (large projects), and renders
// checked conferences, opening the render context once.
import type { RegistryPairs } from '../model/registry.js';
import { registryValues } from '../model/registry.js';
import type { ConferenceFile } from '../schema/conference.js';
import type { InputFile, OwnCheckData } from '../validate/own.js';
import { buildConference } from './conference.js';
import { land, type LandedConference } from './land.js';
import { faultResult } from './faults.js';
import { shown } from '../workspace/workspace.js';
import { prepareRendering } from './prepare.js';
import { createCaches, type Caches } from '../caches.js';
import { openRenderContext, type BuildOptions, type RenderContext } from './session.js';

export interface WorkerTask {
  root: string;
  cwd: string;
  options: BuildOptions;
  /** Changes whenever inputs may have changed (watch mode), so the context is reopened. */
  generation: number;
  /** The checked conference and the units and clusters it may name: the main thread has read them already. */
  conference: ConferenceFile;
  /** The data file it is written in (where a fault while rendering it is reported). */
  file: string;
  registry: RegistryPairs;
  /** The output folder: the worker writes the documents itself and sends back their sizes and hashes. */
  outDir: string;
  outShown: string;
}

/** Data files whose own checks (own.ts) this thread runs; the main thread cross-checks the results. */
export interface CheckTask {
  check: InputFile[];
  known: boolean;
}

/**
 * What this thread keeps between tasks, owned by the thread (the module lives as long as it): the
 * render context of the current generation and the thread's caches, which outlive a generation as
 * every table is keyed by content.
 */
const thread: { caches: Caches; current?: { key: string; context: RenderContext } } = { caches: createCaches() };

export default async function run(task: WorkerTask | CheckTask): Promise<LandedConference | OwnCheckData[]> {
  if ('check' in task) {
    const { checkOwn, ownCheckData } = await import('../validate/own.js');
    return task.check.map((input) => ownCheckData(checkOwn(input, { known: task.known })));
  }
  try {
    const key = JSON.stringify([task.root, task.cwd, task.options, task.generation]);
    if (thread.current?.key !== key) {
      const context = openRenderContext(task.root, task.cwd, task.options, thread.caches);
      await prepareRendering(context);
      thread.current = { key, context };
    }
    return land(await buildConference(thread.current.context, registryValues(task.registry), task.conference, task.outShown), task.outDir);
  } catch (e) {
    // One conference's fault is its own: reported for it, and this thread renders the next one.
    return faultResult(task.conference.id, task.file, e, (p) => shown(task.cwd, p));
  }
}
