// Protects the engine's native-gzip-leak mechanism against real Flink: the twin of the Flink lab's gzip-logger run
// (calibration/flink-lab/twins/gzip-logger.yaml) must give the JVM arguments BashJavaUtils gave, RSS steps per logged
// exception like the lab's before the first young GC, flat Direct.MemoryUsed, and keep the documented gap (the lab's
// TaskManager reached its cgroup limit sooner) at the recorded size; the lab's cgroup must have stopped at its limit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jvmFlags } from '../../calibration/runner/workload';
import { COL } from '../../models/engine/columns';
import type { TraceSink } from '../../models/engine/trace';
import { runScenario } from '../../models/run/runScenario';
import { loadScenario } from '../../models/scenario/loadScenario';

const CALIBRATION = join(import.meta.dirname, '..', '..', 'calibration');

interface TmFigures {
  exceptions: number;
  rssBeforeStormBytes: number;
  rssLastBytes: number;
  rssGrowthBytes: number;
  exceptionsBeforeFirstGc: number;
  rssGrowthPerExceptionBeforeFirstGcBytes: number;
  directUsedBytes: { min: number; max: number };
}

interface LabFixture {
  flinkVersion: string;
  params: { exceptionsPerSec: number };
  cgroups: Array<{ limitBytes: number; final: { maxUsageBytes: number; failcnt: number; oomKills: number } } | null>;
  bashJavaUtils: { taskmanager: { jvmArgs: string[] } };
  figures: {
    subtaskOnTaskManager: number[];
    leaking: TmFigures;
    fixed: TmFigures;
    killedTaskManager: number | null;
    killSignal: string | null;
  };
  texts: { exceptionHistory: Array<{ head: string[] }> };
}

const fixtures = readdirSync(join(CALIBRATION, 'fixtures', 'flink'))
  .map((v) => join(CALIBRATION, 'fixtures', 'flink', v, 'gzip-logger.json'))
  .filter((f) => {
    try {
      readFileSync(f);
      return true;
    } catch {
      return false;
    }
  })
  .map((f) => JSON.parse(readFileSync(f, 'utf8')) as LabFixture);
const twin = loadScenario(readFileSync(join(CALIBRATION, 'flink-lab', 'twins', 'gzip-logger.yaml'), 'utf8'), 'twin.yaml');

interface Point {
  atMs: number;
  rss: number;
  direct: number;
  exceptions: number;
  youngGcs: number;
}
const points: Point[] = [];
const sink: TraceSink = {
  sample: (atMs, process, v) => {
    if (process === 'taskmanager-1')
      points.push({
        atMs,
        rss: v[COL.rss] as number,
        direct: v[COL.directUsed] as number,
        exceptions: v[COL.exceptions] as number,
        youngGcs: v[COL.gcYoungCount] as number,
      });
  },
  event: () => {},
};
runScenario(twin, { sinks: [sink] });
const beforeStorm = points.filter((p) => p.exceptions === 0).at(-1) as Point;
/** The engine's RSS growth since the storm when `exceptions` had been logged (the first sample at or past it). */
const growthAt = (exceptions: number) => ((points.find((p) => p.exceptions >= exceptions) ?? points.at(-1)) as Point).rss - beforeStorm.rss;

describe.each(fixtures.map((f) => [f.flinkVersion, f] as const))('Flink %s gzip-logger lab run and its twin', (_, lab) => {
  it('the TaskManager JVM arguments equal BashJavaUtils output for 1536m', () => {
    expect(jvmFlags(twin, 'taskmanager').filter((f) => !f.startsWith('-XX:+Use'))).toEqual(lab.bashJavaUtils.taskmanager.jvmArgs);
  });

  it('the lab: the leaking TaskManager was SIGKILLed by its memory cgroup at the limit, the fixed one was not', () => {
    const leakingTm = lab.figures.subtaskOnTaskManager[0] as number;
    const cg = lab.cgroups[leakingTm];
    expect(lab.figures.killedTaskManager).toBe(leakingTm + 1);
    expect(lab.figures.killSignal).toBe('SIGKILL');
    // a cgroup never lets usage pass its limit: the high-water mark is the limit, reached and refused (failcnt)
    expect(cg?.final.maxUsageBytes).toBe(cg?.limitBytes);
    expect(cg?.final.oomKills).toBe(1);
    expect(lab.cgroups[lab.figures.subtaskOnTaskManager[1] as number]?.final.oomKills).toBe(0);
    // whichever heartbeat notices first reports it: the JobMaster's (run 4) or the ResourceManager's (run 5)
    expect(lab.texts.exceptionHistory[0]?.head[0]).toMatch(
      /^org\.apache\.flink\.runtime\.(jobmaster\.JobMasterException|resourcemanager\.exceptions\.ResourceManagerException): TaskManager with id \S+ is no longer reachable\.$/,
    );
  });

  it('RSS per logged exception before the first young GC: engine within 25 % of the lab', () => {
    // until the first GC no stream can be freed: zlib state (the JVM calibration's ~98 KiB resident per stream) plus
    // the heap pages the exceptions' garbage touches. 25 %: the JVM calibration's tolerance for the same first-use figure.
    const firstGc = points.find((p) => p.youngGcs > beforeStorm.youngGcs) as Point;
    const lastBefore = points.filter((p) => p.atMs < firstGc.atMs).at(-1) as Point;
    const engine = (lastBefore.rss - beforeStorm.rss) / lastBefore.exceptions;
    const measured = lab.figures.leaking.rssGrowthPerExceptionBeforeFirstGcBytes;
    expect(Math.abs(engine / measured - 1)).toBeLessThan(0.25);
  });

  it('Direct.MemoryUsed stays flat through the storm, in the lab and in the engine', () => {
    expect(lab.figures.leaking.directUsedBytes.max).toBe(lab.figures.leaking.directUsedBytes.min);
    const storm = points.filter((p) => p.exceptions > 0);
    expect(new Set(storm.map((p) => p.direct)).size).toBe(1);
  });

  it('known gap: at the exceptions the lab logged until its kill, the engine has grown 75–95 % as much (no kill yet)', () => {
    // The lab's RSS creeps past each GC's high-water mark faster than the engine's malloc-reuse model: the lab's
    // TaskManager reached its 1536 MiB cgroup after ~15,000 exceptions, the twin levels off just below the limit.
    const labGrowth = lab.figures.leaking.rssGrowthBytes;
    const ratio = growthAt(lab.figures.leaking.exceptions) / labGrowth;
    expect(ratio).toBeGreaterThan(0.75);
    expect(ratio).toBeLessThan(0.95);
  });
});
