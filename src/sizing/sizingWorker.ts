/// <reference lib="webworker" />
// A sizing worker: runs the cells it is given, one at a time (cellTask.ts).
import { runTask, type CellTask } from './cellTask';

self.onmessage = (e: MessageEvent<CellTask>) => {
  try {
    self.postMessage({ ok: true, outcome: runTask(e.data) });
  } catch (error) {
    self.postMessage({ ok: false, index: e.data.index, error: error instanceof Error ? error.message : String(error) });
  }
};
