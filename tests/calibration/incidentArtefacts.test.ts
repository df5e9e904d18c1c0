// Protects the real incident artefacts of the Flink lab (calibration/fixtures/incidents/<id>/, recorded by `npm run calibrate --
// incidents`): every file the manifest names exists and stays small, the product's log readers read them, the failure the
// manifest records is what the logs and the Prometheus series say, and the memory a log prints is the product's derivation.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FlinkLogReading, readFlinkLog } from '../../models/artefacts/flinkLog';
import { readGcLog } from '../../models/artefacts/gcLog';
import { parseWallClock } from '../../models/artefacts/logLines';
import { deriveMemory } from '../../models/memoryModel';

const DIR = new URL('../../calibration/fixtures/incidents/', import.meta.url).pathname;
const INCIDENTS = readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'manifest.json')));

interface Manifest {
  id: string;
  flinkVersion: string;
  jdk: string;
  logTimeZone: { name: string; offsetMinutes: number };
  failure: { kind: 'direct' | 'killed' | 'metaspace'; process: string; atEpochMs: number; exitCode: number | null; signal: string | null };
  processes: Array<{ name: string; exit: { atEpochMs: number; exitCode: number | null; signal: string | null; how: string } | null }>;
  files: Record<string, { bytes: number }>;
}

interface RangeAnswer {
  status: string;
  data: { resultType: string; result: Array<{ metric: Record<string, string>; values: Array<[number, string]> }> };
}

const manifest = (id: string) => JSON.parse(readFileSync(join(DIR, id, 'manifest.json'), 'utf8')) as Manifest;
const text = (id: string, file: string) => readFileSync(join(DIR, id, file), 'utf8');
const flinkLog = (id: string, process: string) => readFlinkLog(text(id, `${process}.log`));
const range = (id: string, file = 'prometheus-query_range.json') => JSON.parse(text(id, file)) as RangeAnswer;

/** A log4j time (local, no offset) as epoch ms, in the zone the manifest says the logs were written in. */
function logEpochMs(m: Manifest, timestamp: string | undefined): number {
  const wall = timestamp === undefined ? undefined : parseWallClock(timestamp);
  if (!wall) throw new Error(`no time: ${timestamp}`);
  return wall.localMs - m.logTimeZone.offsetMinutes * 60_000;
}

/** One series of a query_range answer: its samples as [epoch ms, value]. */
function series(r: RangeAnswer, name: string, process: string): Array<[number, number]> {
  const s = r.data.result.find((x) => x.metric.__name__ === name && x.metric.process === process);
  return (s?.values ?? []).map(([t, v]) => [t * 1000, Number(v)]);
}

it('at least three incidents with different failures were recorded', () => {
  expect(new Set(INCIDENTS.map((id) => manifest(id).failure.kind)).size).toBeGreaterThanOrEqual(3);
});

describe.each(INCIDENTS)('incident %s', (id) => {
  const m = manifest(id);
  const flinkProcesses = m.processes.map((p) => p.name).filter((p) => existsSync(join(DIR, id, `${p}.log`)));

  it('every file the manifest names exists with its size; logs ≤ 80 KB (trimmed, cuts recorded)', () => {
    for (const [file, f] of Object.entries(m.files)) {
      expect(statSync(join(DIR, id, file)).size, file).toBe(f.bytes);
      if (file.endsWith('.log') || file.endsWith('.txt')) expect(f.bytes, file).toBeLessThanOrEqual(80_000);
    }
    expect(flinkProcesses).toContain('jobmanager');
    expect(flinkProcesses.some((p) => p.startsWith('taskmanager-'))).toBe(true);
  });

  it.each(flinkProcesses)('%s.log: Flink and JVM from the banner, the memory block equal to the derivation of its configuration', (p) => {
    const r = flinkLog(id, p);
    expect(r.banner?.flinkVersion).toBe(m.flinkVersion);
    expect(m.jdk).toContain(r.banner?.javaVersion?.split('+')[0] ?? 'none');
    expect(r.process).toBe(p === 'jobmanager' ? 'jobmanager' : 'taskmanager');
    const d = derived(r, m.flinkVersion);
    const printed = r.memory?.components ?? {};
    // the TaskManager prints 13 components, the JobManager 6 (Final TaskExecutor / Master Memory configuration)
    expect(Object.keys(printed).length).toBeGreaterThanOrEqual(p === 'jobmanager' ? 6 : 13);
    expect(printed).toEqual(Object.fromEntries(Object.keys(printed).map((k) => [k, d.components[k]])));
    expect(r.jvmParams.join(' ')).toBe(d.jvmArgs);
  });

  it.each(flinkProcesses)('%s-gc.log reads whole (unified, G1) with nothing unread', (p) => {
    const g = readGcLog(text(id, `${p}-gc.log`));
    expect(g.format).toBe('unified');
    expect(g.jvm.collector).toBe('G1');
    expect(g.unread).toEqual([]);
    expect(g.collections.length).toBeGreaterThan(0);
  });

  it('the query_range JSON is a matrix with the memory series of every process (and RSS in its own file)', () => {
    const r = range(id);
    expect(r.status).toBe('success');
    expect(r.data.resultType).toBe('matrix');
    for (const p of flinkProcesses) {
      const scope = p === 'jobmanager' ? 'jobmanager' : 'taskmanager';
      for (const metric of ['Heap_Used', 'NonHeap_Used', 'Metaspace_Used', 'Direct_MemoryUsed'])
        expect(series(r, `flink_${scope}_Status_JVM_Memory_${metric}`, p).length, `${p} ${metric}`).toBeGreaterThan(10);
      expect(series(r, `flink_${scope}_Status_JVM_GarbageCollector_G1_Young_Generation_Count`, p).length).toBeGreaterThan(10);
    }
    const rss = range(id, 'prometheus-rss-query_range.json');
    for (const p of flinkProcesses) expect(series(rss, 'lab_process_resident_memory_bytes', p).length, p).toBeGreaterThan(10);
  });
});

describe('the recorded failure is what the artefacts say', () => {
  const MiB = 1024 * 1024;

  it.runIf(INCIDENTS.includes('direct-leak-on-restart'))(
    'direct-leak-on-restart: the OOM in the TaskManager log, the staircase in Prometheus',
    () => {
      const id = 'direct-leak-on-restart';
      const m = manifest(id);
      expect(m.failure).toMatchObject({ kind: 'direct', process: 'taskmanager-1' });
      const oom = flinkLog(id, 'taskmanager-1').events.find((e) => e.type === 'oom');
      expect(oom?.type === 'oom' && oom.kind).toBe('direct');
      // the exception history's timestamp is the JobMaster's; the TaskManager logs the failure first (same machine clock): 1 s
      expect(Math.abs(logEpochMs(m, oom?.time.timestamp) - m.failure.atEpochMs)).toBeLessThan(1000);
      const direct = series(range(id), 'flink_taskmanager_Status_JVM_Memory_Direct_MemoryUsed', 'taskmanager-1').map(([, v]) => v);
      // 7 attempts keep 16 MiB each before the OOM: at least 6 steps between the lowest and the highest sample
      expect(Math.max(...direct) - Math.min(...direct)).toBeGreaterThan(6 * 16 * MiB);
      const restarts = series(range(id), 'flink_jobmanager_job_numRestarts', 'jobmanager').map(([, v]) => v);
      expect(Math.max(...restarts)).toBe(12);
      expect(m.processes.find((p) => p.name === 'taskmanager-1')?.exit?.how).toMatch(/^stopped by the lab/);
    },
  );

  it.runIf(INCIDENTS.includes('taskmanager-kill'))(
    'taskmanager-kill: SIGKILL, the log ends before it, the JobManager notices, the series stop',
    () => {
      const id = 'taskmanager-kill';
      const m = manifest(id);
      expect(m.failure).toMatchObject({ kind: 'killed', process: 'taskmanager-2', signal: 'SIGKILL', exitCode: null });
      const victim = flinkLog(id, 'taskmanager-2');
      const last = [...victim.events].reverse()[0];
      if (last) expect(logEpochMs(m, last.time.timestamp)).toBeLessThanOrEqual(m.failure.atEpochMs);
      expect(victim.events.some((e) => e.type === 'exit')).toBe(false);
      const jm = flinkLog(id, 'jobmanager');
      // the JobMaster's `no longer reachable` or a task FAILED within 5 s after the kill (lab: 0.3-1.7 s)
      const noticed = jm.events.find(
        (e) =>
          (e.type === 'heartbeat' || (e.type === 'task-transition' && e.to === 'FAILED')) &&
          logEpochMs(m, e.time.timestamp) >= m.failure.atEpochMs - 1000,
      );
      expect(noticed).toBeDefined();
      expect(logEpochMs(m, noticed?.time.timestamp) - m.failure.atEpochMs).toBeLessThan(5000);
      const heap = series(range(id), 'flink_taskmanager_Status_JVM_Memory_Heap_Used', 'taskmanager-2');
      // Prometheus marks the series stale at the first failed scrape: no sample 2 s (two scrapes) after the kill
      expect(heap.at(-1)?.[0]).toBeLessThan(m.failure.atEpochMs + 2000);
    },
  );

  it.runIf(INCIDENTS.includes('jm-pinned-loaders'))(
    'jm-pinned-loaders: exit code 2, no OOM logged, metaspace at its limit in Prometheus and the GC log',
    () => {
      const id = 'jm-pinned-loaders';
      const m = manifest(id);
      expect(m.failure).toMatchObject({ kind: 'metaspace', process: 'jobmanager', exitCode: 2 });
      const jm = flinkLog(id, 'jobmanager');
      // the log has no OutOfMemoryError (rendering it needs classes); where stdout caught log4j's own error, it names Metaspace
      expect(jm.events.some((e) => e.type === 'oom')).toBe(false);
      if (m.files['jobmanager.out']) expect(text(id, 'jobmanager.out')).toMatch(/java\.lang\.OutOfMemoryError: Metaspace/);
      // the JVM's exit (its GC log's gc,heap,exit lines) comes after the log's last event
      const lastEvent = jm.events.at(-1);
      if (lastEvent) expect(logEpochMs(m, lastEvent.time.timestamp)).toBeLessThanOrEqual(m.failure.atEpochMs);
      const meta = series(range(id), 'flink_jobmanager_Status_JVM_Memory_Metaspace_Used', 'jobmanager').map(([, v]) => v);
      // -XX:MaxMetaspaceSize=117440512 (112m): the last samples within 10 % of it, and it grew by more than 40 MiB
      expect(Math.max(...meta)).toBeGreaterThan(0.9 * 117440512);
      expect(Math.max(...meta) - Math.min(...meta)).toBeGreaterThan(40 * MiB);
      const gc = readGcLog(text(id, 'jobmanager-gc.log'));
      const lastGc = gc.collections.at(-1);
      expect(gc.collections.some((c) => c.cause === 'Metadata GC Threshold' || c.kind === 'full')).toBe(true);
      expect(Math.abs((lastGc?.time.epochMs ?? 0) - m.failure.atEpochMs)).toBeLessThan(10_000);
    },
  );
});

/** The memory the product derives for the configuration the log loaded (GlobalConfiguration's lines), by the reader's names. */
function derived(r: FlinkLogReading, version: string): { components: Record<string, number>; jvmArgs: string } {
  const entries = Object.entries(r.configuration).map(([key, value]) => ({ key, value, origin: 'log' }));
  const result = deriveMemory({ process: r.process === 'jobmanager' ? 'jobmanager' : 'taskmanager', flinkVersion: version, entries });
  if (!result.ok) throw new Error(result.error.message);
  const n = (b: bigint) => Number(b);
  if (result.process === 'taskmanager') {
    const { memory: m, jvmArgs } = result.taskManager;
    const components = {
      totalProcessMemoryBytes: n(m.totalProcessMemory),
      totalFlinkMemoryBytes: n(m.totalFlinkMemory),
      jvmHeapBytes: n(m.jvmHeap),
      frameworkHeapBytes: n(m.frameworkHeap),
      taskHeapBytes: n(m.taskHeap),
      totalOffHeapBytes: n(m.managed + m.jvmDirect),
      managedBytes: n(m.managed),
      jvmDirectBytes: n(m.jvmDirect),
      frameworkOffHeapBytes: n(m.frameworkOffHeap),
      taskOffHeapBytes: n(m.taskOffHeap),
      networkBytes: n(m.network),
      jvmMetaspaceBytes: n(m.jvmMetaspace),
      jvmOverheadBytes: n(m.jvmOverhead),
    };
    return { components, jvmArgs };
  }
  const jm = result.jobManager;
  if (!('memory' in jm)) throw new Error('legacy JobManager');
  const m = jm.memory;
  const components = {
    totalProcessMemoryBytes: n(m.totalProcessMemory),
    totalFlinkMemoryBytes: n(m.totalFlinkMemory),
    jvmHeapBytes: n(m.jvmHeap),
    offHeapBytes: n(m.offHeap),
    jvmMetaspaceBytes: n(m.jvmMetaspace),
    jvmOverheadBytes: n(m.jvmOverhead),
  };
  return { components, jvmArgs: jm.jvmArgs };
}
