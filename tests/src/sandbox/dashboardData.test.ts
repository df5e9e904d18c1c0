// Protects the data the dashboard draws: the heap-after-GC column the session derives from the GC log, the count
// columns the history now keeps, and the job's own history (checkpoints, restarts, lag) sent in frames and rebuilt
// identically after a rewind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../models/run/runScenario';
import { loadScenario } from '../../../models/scenario/loadScenario';
import { CHART_COLUMNS, JOB_COLUMNS } from '../../../src/sandbox/chartColumns';
import type { FromWorker } from '../../../src/sandbox/protocol';
import { SeriesBuckets } from '../../../src/sandbox/seriesBuckets';
import { SimSession } from '../../../src/sandbox/simSession';

const ROOT = join(import.meta.dirname, '../../..');
const text = (id: string) => readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8');

/** The page's copies of the histories, rebuilt from frames as the controller does. */
function session(id: string) {
  let processes: SeriesBuckets[] = [];
  let job: SeriesBuckets | undefined;
  let bucketMs = 1;
  const s = new SimSession((m: FromWorker) => {
    if (m.type === 'loaded') {
      bucketMs = m.bucketMs;
      processes = m.processes.map(
        () =>
          new SeriesBuckets(
            CHART_COLUMNS.map((c) => c.column),
            m.bucketMs,
            m.bucketCount,
          ),
      );
      job = new SeriesBuckets(
        JOB_COLUMNS.map((c) => c.column),
        m.bucketMs,
        m.bucketCount,
      );
    }
    if (m.type !== 'frame') return;
    for (const u of m.series) processes[u.process]?.merge(u.fromBucket, u.min, u.max);
    if (m.job) job?.merge(m.job.fromBucket, m.job.min, m.job.max);
  });
  s.handle({ type: 'load', yamlText: text(id), fileName: `${id}.yaml` });
  return {
    goto: (toMs: number) => s.handle({ type: 'goto', toMs }),
    process: (i: number) => processes[i] as SeriesBuckets,
    job: () => job as SeriesBuckets,
    bucketMs: () => bucketMs,
  };
}

const at = (h: SeriesBuckets, columns: readonly { key: string }[], key: string, b: number, side: 'min' | 'max' = 'max') =>
  h[side][b * columns.length + columns.findIndex((c) => c.key === key)] as number;

describe('the dashboard data', () => {
  it('keeps the heap after the latest GC, as the GC log says, and the count columns', () => {
    const id = 'expired-windows-heap';
    const s = session(id);
    const toMs = 3 * 3_600_000;
    s.goto(toMs);
    const events = runScenario(loadScenario(text(id), `${id}.yaml`)).events;
    const gcs = events.filter((e) => e.type === 'gc' && e.process === 'taskmanager-1' && e.atMs <= toMs);
    expect(gcs.length).toBeGreaterThan(10);
    const h = s.process(1);
    // The bucket of the last GC (and every later one to the cursor) ends with that GC's heap after.
    const last = gcs[gcs.length - 1];
    if (last?.type !== 'gc') throw new Error('no GC');
    const b = Math.floor(toMs / s.bucketMs()) - 1;
    const bLast = Math.floor(last.atMs / s.bucketMs());
    const values = [at(h, CHART_COLUMNS, 'heapAfterGc', bLast), at(h, CHART_COLUMNS, 'heapAfterGc', b)];
    expect(bLast).toBeLessThanOrEqual(b);
    // A bucket holds several samples: its maximum is the highest of the GCs it saw; the last one is a value it took.
    const seen = new Set(gcs.map((e) => (e.type === 'gc' ? e.heapAfterBytes : -1)));
    for (const v of values) expect(seen.has(v)).toBe(true);
    expect(at(h, CHART_COLUMNS, 'heapAfterGc', b)).toBeLessThan(at(h, CHART_COLUMNS, 'heapUsed', b) + 1);
    expect(at(h, CHART_COLUMNS, 'threads', b)).toBeGreaterThan(10);
    expect(at(h, CHART_COLUMNS, 'classesLoaded', b)).toBeGreaterThan(1000);
    expect(at(h, CHART_COLUMNS, 'gcYoungCount', b)).toBeGreaterThan(0);
    // The job's last checkpoint size is always one a checkpoint.completed event reported.
    const job = s.job();
    const sizes = new Set(events.flatMap((e) => (e.type === 'checkpoint.completed' && e.atMs <= toMs ? [e.sizeBytes] : [])));
    const recorded = Array.from({ length: job.filled }, (_, k) => at(job, JOB_COLUMNS, 'lastCheckpointSize', k)).filter((v) => v > 0);
    expect(sizes.size).toBeGreaterThan(0);
    expect(recorded.length).toBeGreaterThan(0);
    for (const v of recorded) expect(sizes.has(v)).toBe(true);
  });

  it("keeps the job's checkpoints and restarts, and rebuilds them exactly after a rewind", () => {
    const id = 'direct-leak-on-restart';
    const s = session(id);
    const end = 12 * 3_600_000;
    s.goto(end);
    const events = runScenario(loadScenario(text(id), `${id}.yaml`)).events;
    const restarts = events.filter((e) => e.type === 'job.restart').length;
    const job = s.job();
    const column = (key: string) =>
      Array.from({ length: job.filled }, (_, b) => at(job, JOB_COLUMNS, key, b)).filter((v) => Number.isFinite(v));
    expect(restarts).toBeGreaterThan(3);
    expect(Math.max(...column('numRestarts'))).toBe(restarts);
    // The sink is slowed 20× from 20 min for 20 min: the busiest vertex is back-pressured most of each second.
    const bp = column('backPressuredTimeMsPerSecond');
    expect(Math.max(...bp)).toBeGreaterThan(500);
    expect(Math.max(...bp)).toBeLessThanOrEqual(1000);
    expect(Math.max(...column('numRecordsInPerSecond'))).toBeGreaterThan(100_000);

    const before = { min: job.min.slice(), max: job.max.slice() };
    s.goto(2 * 3_600_000 + 7_000);
    s.goto(end);
    expect(s.job().max).toEqual(before.max);
    expect(s.job().min).toEqual(before.min);
  });
});
