// A build worker thread: opens the session once, then renders the conferences it is given.
import { buildConference, type ConferenceResult } from './conference.js';
import { prepareRendering } from './prepare.js';
import { openSession, type BuildOptions, type Session } from './session.js';

export interface WorkerTask {
  root: string;
  cwd: string;
  paths: string[];
  options: BuildOptions;
  /** Changes whenever inputs may have changed (watch mode), so the session is reopened. */
  generation: number;
  id: string;
  outShown: string;
}

let cached: { key: string; session: Session } | undefined;

export default async function run(task: WorkerTask): Promise<ConferenceResult> {
  const key = JSON.stringify([task.root, task.cwd, task.paths, task.options, task.generation]);
  if (cached?.key !== key) {
    const session = openSession(task.root, task.cwd, task.paths, task.options);
    await prepareRendering(session);
    cached = { key, session };
  }
  const conf = cached.session.project.conferences.find((c) => c.value.id === task.id);
  if (!conf) return { id: task.id, outputs: [], diagnostics: [], timings: {} };
  return buildConference(cached.session, conf.value, task.outShown);
}
