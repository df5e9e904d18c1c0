/**
 * From an incident's artefacts (Flink and GC logs, metrics exports, Kubernetes/YARN events, a configuration) to a
 * scenario that replays it, and the fit of its free parameters (issue 15, items 2 and 3). Pure and deterministic:
 * the same files give a byte-identical scenarioYaml.
 */
import { stringify } from 'yaml';
import type { ObservedMetricSeries, ObservedMetrics } from '../artefacts/observedSeries';
import type { HeapPoint } from '../fit/estimators';
import { fitIncident } from '../fit/fitIncident';
import { fitParameters, type RestartSchedule, restartsFromMetrics } from '../fit/fitParameters';
import { loadScenario } from '../scenario/loadScenario';
import { leakWords, scenarioObject } from './buildScenario';
import { crossCheck } from './crossCheck';
import { observedFailures, taskManagerProcesses } from './failures';
import { type Readings, readArtefacts } from './readArtefacts';
import { alignTimes, type Timeline } from './timeline';
import type { ArtefactFile, ImportOptions, IncidentImport, ObservedFailure } from './types';

export type { ArtefactFile, ImportOptions, IncidentImport, ObservedFailure, Provenance } from './types';
export type { FitReport, FittedParameter, SeriesDivergence } from '../fit/types';

/** The file name the scenario is loaded under (its id: `imported-incident`). */
const IMPORTED_SCENARIO_FILE = 'imported-incident.yaml';

export function importArtefacts(files: readonly ArtefactFile[], options: ImportOptions = {}): IncidentImport {
  const readings = readArtefacts(files, options);
  const timeline = alignTimes(readings);
  const failures = observedFailures(readings, timeline, options);
  const observed = mergedMetrics(readings.metrics, timeline);
  const series = observed?.series ?? [];
  const fitted = fitParameters({ series, heapPoints: heapPoints(readings, timeline) });
  const restarts = restartsFromLogs(readings, timeline) ?? restartsFromMetrics(series);
  const processes = taskManagerProcesses(readings, timeline);
  const taskManagers = taskManagerCount(readings, series, processes);
  const lost = lostProcesses(readings, timeline, processes, failures);
  const object = scenarioObject({
    readings,
    options,
    leak: fitted.leak,
    restarts,
    failures,
    taskManagers,
    parallelism: parallelismOf(readings) ?? taskManagers,
    endMs: endOf(readings, timeline, series, failures),
    allocationBytesPerSecond: fitted.allocationBytesPerSecond,
    annotations: annotationsOf(failures, readings, timeline),
    lost,
  });
  const header = [
    ' Imported by flink-mem import (issue 15) from:',
    ...readings.provenance.map((p) => `   ${p.file} (${p.kind})`),
    ...(observed
      ? [` observed: ${readings.metrics.map((m) => m.fileName).join(', ')} — attach as the overlay (the sandbox re-reads them)`]
      : []),
    ...(fitted.leak ? [` leak chosen from the symptoms: ${leakWords(fitted.leak)}`] : [' no leak recognised in the observed series']),
    ...(restarts ? [` restarts: every ${restarts.periodMs} ms from ${restarts.firstMs} ms (${restarts.source})`] : []),
    ' The job (throughput, record sizes) is a placeholder the artefacts do not give.',
  ];
  const scenarioYaml = `${header.map((l) => `#${l}`).join('\n')}\n${stringify(object, { lineWidth: 0 })}`;
  const scenario = loadScenario(scenarioYaml, IMPORTED_SCENARIO_FILE);
  const tmLog = readings.flinkLogs.find((l) => l.reading.process === 'taskmanager');
  const crossChecks = [
    ...timeline.notes.map((message) => ({ level: 'INFO' as const, message, keys: [] })),
    ...crossCheck(scenario, tmLog?.reading, tmLog?.file ?? ''),
  ];
  const fit = options.fit === false ? undefined : fitIncident({ scenario, series, failures, parameters: fitted.parameters });
  return { scenarioYaml, scenario, observed, failures, crossChecks, fit, provenance: readings.provenance, unread: readings.unread };
}

/** All metrics files as one, their series shifted onto the import's axis. */
function mergedMetrics(all: readonly ObservedMetrics[], timeline: Timeline): ObservedMetrics | undefined {
  const first = all[0];
  if (!first) return undefined;
  const shift = (m: ObservedMetrics, s: ObservedMetricSeries): ObservedMetricSeries => {
    const offset = timeline.offsetMs.get(m.fileName) ?? 0;
    return offset === 0 ? s : { ...s, tMs: s.tMs.map((t) => t + offset) };
  };
  return {
    ...first,
    fileName: all.map((m) => m.fileName).join(', '),
    startEpochMs: timeline.originEpochMs ?? first.startEpochMs,
    series: all.flatMap((m) => m.series.map((s) => shift(m, s))),
    matches: all.flatMap((m) => m.matches),
    unread: all.flatMap((m) => m.unread),
    notes: all.flatMap((m) => m.notes),
  };
}

function heapPoints(readings: Readings, timeline: Timeline): HeapPoint[] {
  // a TaskManager's GC log: the job's allocations and live set are there
  const first = readings.gcLogs.find((g) => !/jobmanager/i.test(g.file)) ?? readings.gcLogs[0];
  if (!first) return [];
  const offset = timeline.offsetMs.get(first.file) ?? 0;
  return first.reading.collections.flatMap((c) =>
    c.heapBeforeBytes !== undefined && c.heapAfterBytes !== undefined
      ? [{ atMs: c.time.atMs + offset, beforeBytes: c.heapBeforeBytes, afterBytes: c.heapAfterBytes, kind: c.kind }]
      : [],
  );
}

/** Restarts from the logs: task attempts (`…(1/1)#7`) failing, the period between the first and last attempt seen. */
function restartsFromLogs(readings: Readings, timeline: Timeline): RestartSchedule | undefined {
  const failed: { attempt: number; atMs: number; where: string }[] = [];
  for (const { file, reading } of readings.flinkLogs) {
    const offset = timeline.offsetMs.get(file) ?? 0;
    for (const e of reading.events) {
      const attempt = e.type === 'task-transition' && e.to === 'FAILED' ? /#(\d+)\s*$/.exec(e.task) : null;
      if (attempt && !failed.some((f) => f.attempt === Number(attempt[1])))
        failed.push({ attempt: Number(attempt[1]), atMs: e.time.atMs + offset, where: `${file}:${e.line}` });
    }
  }
  failed.sort((a, b) => a.attempt - b.attempt);
  // After the first OOM, attempts fail in open() at once: the period of the restarts the leak grew on ends there.
  const firstOom = readings.flinkLogs
    .flatMap(({ file, reading }) =>
      reading.events.filter((e) => e.type === 'oom').map((e) => e.time.atMs + (timeline.offsetMs.get(file) ?? 0)),
    )
    .sort((a, b) => a - b)[0];
  const before = firstOom === undefined ? failed : failed.filter((f) => f.atMs <= firstOom);
  const lo = before[0];
  const hi = before[before.length - 1];
  if (!lo || !hi || hi.attempt === lo.attempt) return undefined;
  const periodMs = Math.round((hi.atMs - lo.atMs) / (hi.attempt - lo.attempt));
  return {
    firstMs: Math.round(lo.atMs - lo.attempt * periodMs),
    periodMs,
    restarts: hi.attempt,
    source: `task attempts #${lo.attempt}–#${hi.attempt} failing, ${lo.where}–${hi.where.split(':').pop()}`,
  };
}

function taskManagerCount(readings: Readings, series: readonly ObservedMetricSeries[], processes: ReadonlyMap<string, string>): number {
  const fromLogs = new Set(processes.values()).size;
  const fromSeries = new Set(series.map((s) => s.process).filter((p) => p.startsWith('taskmanager-'))).size;
  const fromEvents = new Set(
    readings.clusterEvents.flatMap((c) => c.events.map((e) => e.process)).filter((p) => !/jobmanager|_0+1$/.test(p)),
  ).size;
  return Math.max(1, fromLogs, fromSeries, fromEvents);
}

/**
 * TaskManagers the JobManager lost, each as the engine's crash-process at that time, and how long the replacement took
 * to start (its log's first line after the loss), which becomes cluster.restartDelay.
 */
function lostProcesses(
  readings: Readings,
  timeline: Timeline,
  processes: ReadonlyMap<string, string>,
  failures: readonly ObservedFailure[],
): { crashes: { atMs: number; process: string }[]; restartDelayMs: number | undefined } {
  const crashes = failures
    .filter((f) => f.kind === 'process-exited' && f.text.startsWith('TaskManager '))
    .map((f) => ({ atMs: f.atMs, process: f.process }));
  let restartDelayMs: number | undefined;
  const seen = new Set<string>();
  for (const log of readings.flinkLogs.filter((l) => l.reading.process === 'taskmanager')) {
    const process = processes.get(log.file) as string;
    const crash = crashes.find((c) => c.process === process);
    if (seen.has(process) && crash) restartDelayMs = Math.max(0, (timeline.offsetMs.get(log.file) ?? 0) - crash.atMs);
    seen.add(process);
  }
  return { crashes, restartDelayMs };
}

/** The job's parallelism from a task's name as Flink prints it: `Source: … -> Sink: Discard (1/4)#0`. */
function parallelismOf(readings: Readings): number | undefined {
  for (const { reading } of readings.flinkLogs)
    for (const e of reading.events) {
      const m = e.type === 'task-transition' ? /\((\d+)\/(\d+)\)(#\d+)?\s*$/.exec(e.task) : null;
      if (m) return Number(m[2]);
    }
  return undefined;
}

function endOf(
  readings: Readings,
  timeline: Timeline,
  series: readonly ObservedMetricSeries[],
  failures: readonly ObservedFailure[],
): number {
  let end = 0;
  for (const { file, reading } of readings.flinkLogs) {
    const last = reading.events[reading.events.length - 1];
    if (last) end = Math.max(end, last.time.atMs + (timeline.offsetMs.get(file) ?? 0));
  }
  for (const s of series) end = Math.max(end, s.tMs[s.tMs.length - 1] ?? 0);
  for (const f of failures) end = Math.max(end, f.atMs);
  return end;
}

/** The failures, and a GC log's last full GCs before the first OOM (what the JVM tried before giving up). */
function annotationsOf(failures: readonly ObservedFailure[], readings: Readings, timeline: Timeline): { atMs: number; text: string }[] {
  const notes = failures.map((f) => ({ atMs: f.atMs, text: `${f.kind} on ${f.process}: ${f.text.slice(0, 160)} (${f.source})` }));
  const firstOom = failures.find((f) => f.kind.startsWith('oom-'));
  for (const { file, reading } of readings.gcLogs) {
    const offset = timeline.offsetMs.get(file) ?? 0;
    const fulls = reading.collections.filter((c) => c.kind === 'full' && (!firstOom || c.time.atMs + offset <= firstOom.atMs)).slice(-3);
    for (const c of fulls)
      notes.push({
        atMs: Math.round(c.time.atMs + offset),
        text: `full GC (${c.cause}) heap ${Math.round((c.heapBeforeBytes ?? 0) / 1_048_576)}→${Math.round((c.heapAfterBytes ?? 0) / 1_048_576)} MiB, ${c.pauseMs} ms (${file}:${c.line})`,
      });
  }
  return notes.sort((a, b) => a.atMs - b.atMs || a.text.localeCompare(b.text));
}
