/**
 * Every artefact through its reader (models/artefacts/, models/config/), with what was taken from it and what was not:
 * the import's provenance. A file no reader takes, or one a reader refuses, is named in `unread` and nothing stops.
 */
import { readClusterEvents } from '../artefacts/clusterEvents';
import type { ClusterEvents } from '../artefacts/clusterEventTypes';
import { readFlinkLog } from '../artefacts/flinkLog';
import { readGcLog } from '../artefacts/gcLog';
import type { GcLogReading } from '../artefacts/gcTypes';
import { unreadMessage } from '../artefacts/logLines';
import { readMetricsExport } from '../artefacts/metricsExport';
import type { ObservedMetrics } from '../artefacts/observedSeries';
import { parseConfigFile } from '../config/configFiles';
import { classifyArtefact } from './artefactKind';
import { type FlinkLogFile, resourceIdProcesses } from './logProcesses';
import type { ArtefactFile, ArtefactKind, ImportOptions, Provenance } from './types';

export interface Readings {
  readonly flinkLogs: readonly FlinkLogFile[];
  readonly gcLogs: readonly { readonly file: string; readonly reading: GcLogReading }[];
  readonly metrics: readonly ObservedMetrics[];
  readonly clusterEvents: readonly ClusterEvents[];
  /** Flink options from a configuration file or a manifest, later files winning. */
  readonly config: Readonly<Record<string, string>>;
  readonly provenance: readonly Provenance[];
  readonly unread: readonly string[];
}

/** At most this many ignored lines are listed per file (the count of the rest is given). */
const IGNORED_LISTED = 20;

const listed = (lines: readonly string[]): string[] =>
  lines.length <= IGNORED_LISTED ? [...lines] : [...lines.slice(0, IGNORED_LISTED), `… and ${lines.length - IGNORED_LISTED} more`];

export function readArtefacts(files: readonly ArtefactFile[], options: ImportOptions): Readings {
  const flinkLogs: FlinkLogFile[] = [];
  const gcLogs: { file: string; reading: GcLogReading }[] = [];
  const metrics: ObservedMetrics[] = [];
  const clusterEvents: ClusterEvents[] = [];
  const config: Record<string, string> = {};
  const provenance: Provenance[] = [];
  const unread: string[] = [];
  // Metrics last: a tm_id is matched to the process of the log with that ResourceID (the user's --map wins).
  const classified = files.map((f) => ({ ...f, kind: classifyArtefact(f.name, f.text) }));
  const ordered = [...classified.filter((f) => f.kind !== 'metrics'), ...classified.filter((f) => f.kind === 'metrics')];
  let matchOptions = options;
  for (const file of ordered) {
    if (file.kind === 'metrics' && matchOptions === options && flinkLogs.some((l) => l.resourceId))
      matchOptions = { ...options, processMap: { ...resourceIdProcesses(flinkLogs), ...options.processMap } };
    try {
      const p = readOne(file, file.kind, matchOptions, { flinkLogs, gcLogs, metrics, clusterEvents, config });
      provenance.push(p);
      if (p.took.length === 0) unread.push(`${file.name}: nothing the import uses`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      provenance.push({ file: file.name, kind: file.kind, took: [], ignored: [message] });
      unread.push(`${file.name}: ${message}`);
    }
  }
  return { flinkLogs, gcLogs, metrics, clusterEvents, config, provenance, unread };
}

interface Sinks {
  flinkLogs: FlinkLogFile[];
  gcLogs: { file: string; reading: GcLogReading }[];
  metrics: ObservedMetrics[];
  clusterEvents: ClusterEvents[];
  config: Record<string, string>;
}

function readOne(file: ArtefactFile, kind: ArtefactKind, options: ImportOptions, into: Sinks): Provenance {
  switch (kind) {
    case 'flink-log':
      return readLog(file, into);
    case 'gc-log': {
      const reading = readGcLog(file.text);
      into.gcLogs.push({ file: file.name, reading });
      const n = reading.collections.length;
      return {
        file: file.name,
        kind,
        took: n > 0 ? [`${n} collections (${reading.jvm.collector}, ${reading.format} format) → allocation rate, live set, full GCs`] : [],
        ignored: listed(reading.unread.map(unreadMessage)),
      };
    }
    case 'metrics': {
      const m = readMetricsExport(file.text, file.name, options.processMap ? { processes: options.processMap } : {});
      into.metrics.push(m);
      const took = m.series.map((s) => `${s.metric} ${s.process} (${s.tMs.length} samples) ← ${s.name}`);
      return { file: file.name, kind, took: listed(took), ignored: listed(m.unread.map((u) => `${u.where}: ${u.reason}`)) };
    }
    case 'cluster-events': {
      const events = readClusterEvents(file.text, file.name);
      into.clusterEvents.push(events);
      const took = events.events.map((e) => `line ${e.line}: ${e.kind} ${e.process}`);
      return { file: file.name, kind, took: listed(took), ignored: listed(events.unread.map((u) => `${u.where}: ${u.reason}`)) };
    }
    case 'flink-config':
    case 'kubernetes':
      return readConfig(file, kind, into.config);
    default:
      return {
        file: file.name,
        kind,
        took: [],
        ignored: ['no reader recognises this file (a Flink or GC log, a metrics export, events, a config)'],
      };
  }
}

function readLog(file: ArtefactFile, into: Sinks): Provenance {
  const reading = readFlinkLog(file.text);
  const resourceId = /Starting TaskManager with ResourceID: (\S+)/.exec(file.text)?.[1];
  into.flinkLogs.push({ file: file.name, reading, resourceId });
  const took: string[] = [];
  if (reading.banner)
    took.push(`line ${reading.banner.line}: startup banner → Flink ${reading.banner.flinkVersion}, ${reading.banner.jvm ?? 'JVM ?'}`);
  if (reading.memory) took.push(`line ${reading.memory.line}: memory block → ${reading.memory.process} sizes`);
  const configured = Object.keys(reading.configuration).length;
  if (configured > 0) took.push(`${configured} configuration properties`);
  const dynamic = Object.keys(reading.dynamicProperties).length;
  if (dynamic > 0) took.push(`${dynamic} dynamic properties`);
  if (reading.events.length > 0) took.push(`${reading.events.length} events (OOMs, transitions, restarts, exits)`);
  return { file: file.name, kind: 'flink-log', took, ignored: listed(reading.unread.map(unreadMessage)) };
}

function readConfig(file: ArtefactFile, kind: ArtefactKind, config: Record<string, string>): Provenance {
  const parsed = parseConfigFile(file.text, file.name);
  for (const e of parsed.entries) config[e.key] = e.value;
  return {
    file: file.name,
    kind,
    took: parsed.entries.length > 0 ? [`${parsed.entries.length} Flink options`] : [],
    ignored: listed(parsed.warnings),
  };
}
