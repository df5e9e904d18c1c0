/**
 * Cells of a sweep or a comparison spread over a few Web Workers (one per core, at most four), each
 * running one cell at a time. Results come back in any order and are put back in grid order, so the
 * result does not depend on the number of workers.
 */
import type { CellOutcome, CellTask } from './cellTask';

export interface CellWorker {
  postMessage(task: CellTask): void;
  onmessage: ((e: MessageEvent<CellReply>) => void) | null;
  terminate(): void;
}

export type CellReply =
  | { readonly ok: true; readonly outcome: CellOutcome }
  | { readonly ok: false; readonly index: number; readonly error: string };

export class WorkerPool {
  private readonly workers: CellWorker[];

  constructor(create: () => CellWorker, size: number) {
    this.workers = Array.from({ length: Math.max(1, size) }, create);
  }

  /** Runs every task; `onDone` after each (for a progress bar). Rejects with the first cell that threw. */
  run(tasks: readonly CellTask[], onDone: (done: number, total: number) => void = () => undefined): Promise<CellOutcome[]> {
    const results: (CellOutcome | undefined)[] = new Array(tasks.length).fill(undefined);
    let next = 0;
    let done = 0;
    return new Promise((resolve, reject) => {
      if (tasks.length === 0) return resolve([]);
      const feed = (worker: CellWorker) => {
        const task = tasks[next];
        if (task === undefined) return;
        next += 1;
        worker.postMessage(task);
      };
      for (const worker of this.workers) {
        worker.onmessage = (e) => {
          const reply = e.data;
          if (!reply.ok) return reject(new Error(`cell ${reply.index + 1}: ${reply.error}`));
          const position = tasks.findIndex((t) => t.index === reply.outcome.index);
          results[position] = reply.outcome;
          done += 1;
          onDone(done, tasks.length);
          if (done === tasks.length) resolve(results as CellOutcome[]);
          else feed(worker);
        };
        feed(worker);
      }
    });
  }

  terminate(): void {
    for (const w of this.workers) w.terminate();
  }
}
