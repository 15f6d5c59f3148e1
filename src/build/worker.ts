// A build worker thread: opens the render context once (no data checking), then renders the conferences sent to it.
import type { RegistryPairs } from '../model/registry.js';
import { registryValues } from '../model/registry.js';
import type { ConferenceFile } from '../schema/conference.js';
import { buildConference } from './conference.js';
import { land, type LandedConference } from './land.js';
import { prepareRendering } from './prepare.js';
import { openRenderContext, type BuildOptions, type RenderContext } from './session.js';

export interface WorkerTask {
  root: string;
  cwd: string;
  options: BuildOptions;
  /** Changes whenever inputs may have changed (watch mode), so the context is reopened. */
  generation: number;
  /** The checked conference and the units and clusters it may name: the main thread has read them already. */
  conference: ConferenceFile;
  registry: RegistryPairs;
  /** The output folder: the worker writes the documents itself and sends back their sizes and hashes. */
  outDir: string;
  outShown: string;
}

let cached: { key: string; context: RenderContext } | undefined;

export default async function run(task: WorkerTask): Promise<LandedConference> {
  const key = JSON.stringify([task.root, task.cwd, task.options, task.generation]);
  if (cached?.key !== key) {
    const context = openRenderContext(task.root, task.cwd, task.options);
    await prepareRendering(context);
    cached = { key, context };
  }
  return land(await buildConference(cached.context, registryValues(task.registry), task.conference, task.outShown), task.outDir);
}
