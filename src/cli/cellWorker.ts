/**
 * A worker thread of `flink-mem sweep`/`compare` (cellPool.ts): loads the scenario once, then runs the
 * cells it is sent, one at a time, with models/sizing runCell — the same call a serial run makes, so
 * the results are the same values.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseCondition } from '../../models/sizing/assertions';
import { runCell } from '../../models/sizing/sweep';
import { loadScenario } from '../../models/scenario/loadScenario';
import type { CellJob, CellReply, PoolSetup } from './cellPool';

const setup = workerData as PoolSetup;
const scenario = loadScenario(setup.yamlText, setup.fileName);
const assertions = setup.conditions?.flatMap((c) => parseCondition(c));

parentPort?.on('message', (job: CellJob) => {
  let reply: CellReply;
  try {
    const cell = runCell(scenario, job.overrides, {
      ...(job.label !== undefined ? { label: job.label } : {}),
      ...(setup.seed !== undefined ? { seed: setup.seed } : {}),
      ...(setup.durationMs !== undefined ? { durationMs: setup.durationMs } : {}),
      ...(assertions ? { assertions } : {}),
    });
    reply = { index: job.index, cell };
  } catch (e) {
    reply = { index: job.index, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort?.postMessage(reply);
});
