/**
 * Cells of `flink-mem sweep` and `compare` on worker threads (node:worker_threads), one per core by
 * default (`--jobs N`). Each worker loads the scenario once and runs one cell at a time (cellWorker.ts);
 * results come back in any order and are put back in job order, so the output does not depend on the
 * number of workers (the browser's src/sizing/workerPool.ts does the same with Web Workers).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CellResult } from '../../models/sizing/sweep';
import type { Override } from '../../models/sizing/variants';

/** What every worker needs once: the scenario text (parsed in the worker) and the run options. */
export interface PoolSetup {
  readonly yamlText: string;
  readonly fileName: string;
  readonly seed?: string;
  readonly durationMs?: number;
  /** The --assert texts, parsed in the worker as on the command line; absent = `no failure`. */
  readonly conditions?: readonly string[];
}

export interface CellJob {
  readonly index: number;
  readonly overrides: readonly Override[];
  readonly label?: string;
}

export type CellReply = { readonly index: number; readonly cell: CellResult } | { readonly index: number; readonly error: string };

/** The default of --jobs: the cores Node may use. */
export const defaultJobs = (): number => availableParallelism();

/**
 * The worker script: the built one beside the bundle (dist/cli), or the TypeScript source through tsx
 * when the CLI itself runs from source (tests, bench, a checkout without a build).
 */
function workerUrl(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './cellWorker.boot.mjs' : './cellWorker.mjs', import.meta.url);
}

/** Runs `jobs` on up to `workers` threads; the results in the order of `jobs`. Rejects with the first cell that threw. */
export async function runOnWorkers(
  setup: PoolSetup,
  jobs: readonly CellJob[],
  workers: number,
  onDone: (done: number, total: number) => void = () => undefined,
): Promise<CellResult[]> {
  if (jobs.length === 0) return [];
  const results: (CellResult | undefined)[] = new Array(jobs.length).fill(undefined);
  const position = new Map(jobs.map((job, i) => [job.index, i]));
  const threads = Array.from({ length: Math.max(1, Math.min(workers, jobs.length)) }, () => new Worker(workerUrl(), { workerData: setup }));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (thread: Worker) => {
        const job = jobs[next];
        if (job === undefined) return;
        next += 1;
        thread.postMessage(job);
      };
      for (const thread of threads) {
        thread.on('error', reject);
        thread.on('exit', (code) => {
          if (done < jobs.length) reject(new Error(`a cell worker exited (code ${code}) before the sweep was done`));
        });
        thread.on('message', (reply: CellReply) => {
          if ('error' in reply) return reject(new Error(`cell ${reply.index}: ${reply.error}`));
          results[position.get(reply.index) ?? -1] = reply.cell;
          done += 1;
          onDone(done, jobs.length);
          if (done === jobs.length) resolve();
          else feed(thread);
        });
        feed(thread);
      }
    });
  } finally {
    await Promise.all(threads.map((t) => t.terminate()));
  }
  return results as CellResult[];
}
