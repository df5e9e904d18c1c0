/** `flink-mem run`: simulate a scenario and report what happened (an OOM is a result, not an error). */
import {
  DEFAULT_EVENT_LIMIT_PER_KIND,
  runScenario,
  runScenarioPausing,
  type RunOptions as RunScenarioOptions,
  type RunResult,
} from '../../../models/run/runScenario';
import { failuresOf } from '../../../models/engine/failures';
import { EventsFileWriter } from '../eventsFile';
import { SetupError } from '../../../models/engine/setup';
import { metricNames } from '../../../models/engine/trace';
import { ScenarioError } from '../../../models/scenario/loadScenario';
import type { Scenario } from '../../../models/scenario/types';
import { formatDuration, formatSimTime } from '../../../models/units/duration';
import { CsvMetricsWriter } from '../csvMetrics';
import { nativeProfileText } from '../../../models/engine/diagnostics';
import { UsageError, type SimulationIo } from '../io';
import { reportError } from '../sizingInput';
import { configPlace, durationOption, optionalDuration, readScenarioFile } from '../scenarioInput';
import { toJson } from '../json';
import { errnoText, outputFileProblem } from '../files';

export interface RunOptions {
  seed?: string;
  duration?: string;
  step: string;
  json?: boolean;
  metrics?: string;
  eventsFile?: string;
  progress?: boolean;
}

export async function runCommand(file: string, opts: RunOptions, io: SimulationIo): Promise<number> {
  const durationMs = optionalDuration(opts.duration);
  const stepMs = durationOption(opts.step, '--step');
  if (stepMs <= 0) throw new UsageError('--step must be at least 1ms.');
  let scenario: Scenario;
  let text: string;
  try {
    ({ scenario, text } = readScenarioFile(file, io, durationMs));
  } catch (e) {
    if (e instanceof ScenarioError) return reportError(e.message, opts.json, io, 1);
    throw e;
  }
  const outputProblem =
    (opts.metrics === undefined ? undefined : outputFileProblem(opts.metrics, '--metrics')) ??
    (opts.eventsFile === undefined ? undefined : outputFileProblem(opts.eventsFile, '--events-file'));
  if (outputProblem) return reportError(outputProblem, opts.json, io, 1);
  let csv: CsvMetricsWriter | undefined;
  let eventsFile: EventsFileWriter | undefined;
  try {
    csv = opts.metrics ? new CsvMetricsWriter(opts.metrics, metricNames(scenario.cluster.gc)) : undefined;
  } catch (e) {
    return reportError(`cannot write --metrics ${opts.metrics}: ${errnoText(e)}`, opts.json, io, 1);
  }
  try {
    eventsFile = opts.eventsFile ? new EventsFileWriter(opts.eventsFile) : undefined;
  } catch (e) {
    csv?.close();
    return reportError(`cannot write --events-file ${opts.eventsFile}: ${errnoText(e)}`, opts.json, io, 1);
  }
  const started = io.now();
  const progress = opts.progress ? (io.progressAlways ?? io.progress) : io.progress;
  let result: RunResult;
  try {
    const options: RunScenarioOptions = {
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      ...(durationMs !== undefined ? { durationMs } : {}),
      stepMs,
      sinks: [...(csv ? [csv] : []), ...(eventsFile ? [eventsFile] : [])],
      ...(progress ? { onProgress: progress } : {}),
      ...(io.shouldStop ? { shouldStop: io.shouldStop } : {}),
      // The output keeps the first and last 1000 events of each type; --events-file has them all.
      eventLimitPerKind: DEFAULT_EVENT_LIMIT_PER_KIND,
    };
    // With a pause between simulated hours the event loop gets its turns, so Ctrl-C can stop the run cleanly.
    result = io.pause ? await runScenarioPausing(scenario, options, io.pause) : runScenario(scenario, options);
  } catch (e) {
    if (e instanceof SetupError) return reportError(`${configPlace(file, text, e.keys)}: ${e.message}`, opts.json, io, 1);
    throw e;
  } finally {
    csv?.close();
    eventsFile?.close();
  }
  if (result.stopped) io.err(`stopped at ${formatSimTime(result.simulatedMs)} of simulated time; the report covers what ran.\n`);
  const wallMs = Math.round(io.now() - started);
  if (opts.json) {
    const {
      scenario: id,
      seed,
      simulatedMs,
      traceHash,
      events,
      eventsDropped,
      stopped,
      summary,
      expectations,
      diagnostics,
      explanations,
    } = result;
    io.out(
      `${toJson({ scenario: id, seed, simulatedMs, wallMs, traceHash, events, eventsDropped, ...(stopped ? { stopped } : {}), summary, expectations: expectations.map((x) => ({ passed: x.passed, description: x.description })), diagnostics, explanations })}\n`,
    );
  } else {
    io.out(runText(scenario, result, wallMs));
  }
  // Stopped by Ctrl-C: the report is printed, and the exit code says the run did not complete (128 + SIGINT).
  return result.stopped ? 130 : 0;
}

const MiB = 1048576;
const mib = (bytes: number) => `${(bytes / MiB).toFixed(0)} MiB`;

/** A human summary: the run, each process's peaks against its limits, the failures and the expectations. */
function runText(scenario: Scenario, r: RunResult, wallMs: number): string {
  const lines = [
    `${scenario.title}`,
    `scenario ${r.scenario} · seed ${r.seed} · ${formatDuration(r.simulatedMs)} simulated in ${wallMs} ms · trace ${r.traceHash}`,
    '',
    `${'process'.padEnd(16)}${'heap peak/max'.padEnd(22)}${'direct peak'.padEnd(14)}${'metaspace'.padEnd(12)}${'RSS peak/limit'.padEnd(24)}GCs young/full  OOMs  kills`,
  ];
  for (const [name, p] of Object.entries(r.summary.processes)) {
    const ooms = p.ooms.heap + p.ooms.direct + p.ooms.metaspace;
    lines.push(
      `${name.padEnd(16)}${`${mib(p.peakHeapUsedBytes)}/${mib(p.heapMaxBytes)}`.padEnd(22)}${mib(p.peakDirectBytes).padEnd(14)}${mib(p.peakMetaspaceBytes).padEnd(12)}${`${mib(p.peakRssBytes)}/${p.containerLimitBytes ? mib(p.containerLimitBytes) : 'none'}`.padEnd(24)}${`${p.youngGcCount}/${p.oldGcCount}`.padEnd(16)}${String(ooms).padEnd(6)}${p.kills}`,
    );
  }
  const job = r.summary.job;
  lines.push('', `job: ${job.finalStatus} after ${job.restarts} restarts`);
  if (job.checkpointsCompleted + job.checkpointsFailed > 0) {
    lines.push(
      `checkpoints: ${job.checkpointsCompleted} completed, ${job.checkpointsFailed} failed; last ${mib(job.lastCheckpointSizeBytes)} in ${job.lastCheckpointDurationMs} ms`,
    );
  }
  // The failures as models/engine/failures.ts defines them (nothing injected); diagnostics and "why" of the first.
  const failures = failuresOf(r.events);
  const firstFailure = failures[0];
  if (firstFailure) {
    lines.push(`failures: ${failures.length}; the first:`);
    for (const e of failures.slice(0, 3))
      lines.push(`  ${formatSimTime(e.atMs)} ${e.process} ${e.type}: ${e.message.slice(0, 160)}${e.message.length > 160 ? '…' : ''}`);
  }
  const first = firstFailure && r.diagnostics.find((d) => d.atMs === firstFailure.atMs && d.process === firstFailure.process);
  if (first) {
    lines.push(`at the first failure (${formatSimTime(first.atMs)} ${first.process}):`);
    lines.push(
      '  heap histogram (top 3):',
      ...first.heapHistogram
        .slice(0, 3)
        .map((e) => `    ${mib(e.bytes).padStart(10)}  ${e.instances ? `${e.instances} × ` : ''}${e.className}`),
    );
    lines.push(
      '  native profile:',
      ...nativeProfileText(first.nativeProfile.slice(0, 4))
        .split('\n')
        .map((l) => `    ${l}`),
    );
    lines.push(
      '  metaspace by holder (top 3):',
      ...first.metaspace.slice(0, 3).map((h) => `    ${mib(h.bytes).padStart(10)}  ${h.holder}`),
    );
  }
  const explained =
    firstFailure && r.explanations.find((x) => x.event.atMs === firstFailure.atMs && x.event.process === firstFailure.process);
  if (explained) {
    lines.push(
      `why (${formatSimTime(explained.event.atMs)} ${explained.event.process} ${explained.event.type}):`,
      ...wrap(explained.text, 100, '  '),
    );
    for (const s of explained.suggestions) lines.push(...wrap(`- ${s.text}`, 100, '  ', '    '));
  }
  if (r.expectations.length > 0) {
    lines.push('expectations:');
    for (const x of r.expectations) lines.push(`  ${x.passed ? 'PASS' : 'FAIL'} ${x.description}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Words into lines of at most `width` characters (a longer word keeps its own line). */
function wrap(text: string, width: number, indent: string, hanging = indent): string[] {
  const lines: string[] = [];
  let line = indent;
  // A number and its unit stay on one line.
  const words = text
    .replace(/(\d) (TiB|GiB|MiB|KiB|B|ms)\b/g, '$1\u00a0$2')
    .split(' ')
    .map((w) => w.replace('\u00a0', ' '));
  for (const word of words) {
    if (line.trim() !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = hanging + word;
    } else {
      line = line.trim() === '' ? line + word : `${line} ${word}`;
    }
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}
