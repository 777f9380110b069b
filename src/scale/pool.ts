/** The extraction threads: one per core by default, each with the gazetteer and lexicons loaded once. */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { threadScript } from '../store/pg/thread-script.js';
import type { ExtractOutcome, ExtractTask } from './extract-task.js';

export interface ExtractPool {
  readonly threads: number;
  run(task: ExtractTask): Promise<ExtractOutcome[]>;
  close(): Promise<void>;
}

export function defaultThreads(): number {
  return availableParallelism();
}

export function extractPool(threads = defaultThreads()): ExtractPool {
  const script = threadScript(import.meta.url, 'extract-task');
  const piscina = new Piscina<ExtractTask, ExtractOutcome[]>({
    filename: script.filename.href,
    workerData: { tsEntry: script.tsEntry },
    minThreads: threads,
    maxThreads: threads,
    // no queue limit of the pool's own: the importer bounds what is in flight (constants.ts)
  });
  return {
    threads,
    run: (task) => piscina.run(task),
    close: () => piscina.destroy(),
  };
}
