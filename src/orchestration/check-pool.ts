// The own checks of a large project's data files on the build's worker threads, while the main
// thread waits: the check is otherwise the one serial stretch of a big build (~8 ms per file).
import type { Piscina } from 'piscina';
import { fromOwnCheckData, type CheckOptions, type InputFile, type OwnCheck, type OwnCheckData } from '../validate/own.js';
import type { CheckTask } from './worker.js';

/** Files per task: small enough to share the work evenly, large enough that messages cost little. */
const FILES_PER_TASK = 16;

/** Every file's own check, in input order, run on `pool`. */
export async function checkOnPool(pool: Piscina, inputs: readonly InputFile[], options: CheckOptions): Promise<OwnCheck[]> {
  const tasks: Array<Promise<OwnCheckData[]>> = [];
  for (let i = 0; i < inputs.length; i += FILES_PER_TASK) {
    const task: CheckTask = { check: inputs.slice(i, i + FILES_PER_TASK), known: options.known === true };
    tasks.push(pool.run(task) as Promise<OwnCheckData[]>);
  }
  const results = (await Promise.all(tasks)).flat();
  return results.map((data, i) => fromOwnCheckData(inputs[i]!, data, options.trees));
}
