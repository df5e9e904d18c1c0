/**
 * Which of the product's metrics a name in a metrics export means, and which process it belongs to.
 *
 * - Flink's Prometheus reporter: `flink_` + the group's logical scope + `_` + the metric name, every character outside
 *   [a-zA-Z0-9:_] replaced by `_`; the group's variables become labels without their angle brackets (`<tm_id>` →
 *   `tm_id`), their values filtered the same way unless `filterLabelValueCharacters: false`
 *   (flink-metrics/flink-metrics-prometheus/src/main/java/org/apache/flink/metrics/prometheus/
 *   AbstractPrometheusReporter.java: replaceInvalidChars, SCOPE_PREFIX, getScopedName, notifyOfAddedMetric). So
 *   `Status.JVM.Memory.Heap.Used` of a TaskManager is `flink_taskmanager_Status_JVM_Memory_Heap_Used{host=…,tm_id=…}`,
 *   a collector's `Status.JVM.GarbageCollector.G1 Young Generation.Count` is `…_GarbageCollector_G1_Young_Generation_Count`,
 *   the job's `numRestarts` is `flink_jobmanager_job_numRestarts{job_id=…,job_name=…}`.
 * - The sandbox's own CSV names (models/engine/columns.ts: `Status.JVM.Memory.Heap.Used`, `rssBytes`, …).
 * - cAdvisor (the kubelet's /metrics/cadvisor): `container_memory_working_set_bytes` (what the kubelet evicts and
 *   the dashboards show as memory), `container_memory_rss`, `container_spec_memory_limit_bytes` (0: no limit), labels
 *   `pod`, `container`, `namespace` (`pod_name`/`container_name` before Kubernetes 1.16); kube-state-metrics'
 *   `kube_pod_container_resource_limits{resource="memory"}`.
 * - YARN's NodeManager (hadoop-yarn-server-nodemanager …/containermanager/monitor/ContainerMetrics.java): the record
 *   `ContainerResource_<container id>` with the MutableStat `pMemUsageMBs` (`PMemUsageMBsAvgMBs`, …) and the gauge
 *   `pMemLimitMBs`, in MiB (ContainersMonitorImpl shifts the process tree's RSS bytes right by 20).
 */
import { COLUMNS } from '../engine/columns';
import type { WatchMetricId } from '../scenario/watchMetrics';
import type { ObservedMetricId, ObservedUnit } from './observedSeries';

export type Labels = Readonly<Record<string, string>>;

/** `name{a="x", b="y"}` (Prometheus' and Grafana's form; a bare name has no labels) → its parts; undefined when malformed. */
export function splitSeriesName(text: string): { base: string; labels: Labels } | undefined {
  const m = /^\s*([^{}\s]*)\s*(?:\{(.*)\})?\s*$/s.exec(text);
  if (!m) return undefined;
  const labels: Record<string, string> = {};
  const body = m[2] ?? '';
  const pair = /\s*([a-zA-Z_][a-zA-Z0-9_.]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*,?/gy;
  let end = 0;
  for (let p = pair.exec(body); p; p = pair.exec(body)) {
    labels[p[1] as string] = (p[2] as string).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    end = pair.lastIndex;
  }
  if (body.slice(end).trim() !== '') return undefined;
  const base = m[1] || labels.__name__ || '';
  delete labels.__name__;
  return { base, labels };
}

/** Where a metric lives: a Flink process of a known kind, a container (kind from its name), or the job. */
export type MetricScope = 'taskmanager' | 'jobmanager' | 'process' | 'container' | 'job';

export type Classified =
  | {
      readonly ok: true;
      readonly metric: ObservedMetricId;
      readonly unit: ObservedUnit;
      readonly scale: number;
      readonly scope: MetricScope;
    }
  | { readonly ok: false; readonly reason: string };

const MiB = 1_048_576;

/** Engine columns by their metric name with dots as underscores (`Status_JVM_Memory_Heap_Used` → heapUsed). */
const BY_FLINK_NAME: ReadonlyMap<string, { id: ObservedMetricId; unit: ObservedUnit }> = new Map(
  COLUMNS.filter((c) => !c.metric.includes('<')).map((c) => [c.metric.replace(/\./g, '_'), { id: c.id, unit: c.unit }]),
);

const JOB_METRICS: Readonly<Record<string, { id: ObservedMetricId; unit: ObservedUnit }>> = {
  numRestarts: { id: 'numRestarts', unit: 'count' },
  // Flink ≤ 1.x's older name of the same counter (deprecated in 1.10, removed in 2.0).
  fullRestarts: { id: 'numRestarts', unit: 'count' },
  lastCheckpointSize: { id: 'lastCheckpointSize', unit: 'bytes' },
  lastCheckpointDuration: { id: 'lastCheckpointDuration', unit: 'ms' },
};

/** A collector's MXBean name (mangled or not) → the sandbox's young or old column, or why it has none. */
function collectorGeneration(name: string): 'young' | 'old' | string {
  const n = name.replace(/_/g, ' ');
  if (/concurrent gc/i.test(n)) return 'G1 Concurrent GC counts concurrent cycles (JDK 20+), not pauses: the sandbox has none';
  if (/zgc|shenandoah/i.test(n)) return 'ZGC and Shenandoah are not modelled (the sandbox has G1, Parallel and Serial)';
  if (/young|scavenge|^copy$|parnew/i.test(n)) return 'young';
  if (/old|marksweep/i.test(n)) return 'old';
  return `'${name}' is not a collector the sandbox knows (G1, Parallel, Serial)`;
}

/** A Flink process metric (scope prefix already removed), in either dotted or underscored form. */
function flinkProcessMetric(rest: string, scope: MetricScope): Classified {
  const name = rest.replace(/\./g, '_');
  const gc = /^Status_JVM_GarbageCollector_(.+)_(Count|Time)$/.exec(name);
  if (gc) {
    const generation = collectorGeneration(gc[1] as string);
    if (generation !== 'young' && generation !== 'old') return { ok: false, reason: generation };
    const count = gc[2] === 'Count';
    const metric = `gc${generation === 'young' ? 'Young' : 'Old'}${count ? 'Count' : 'Time'}` as ObservedMetricId;
    return { ok: true, metric, unit: count ? 'count' : 'ms', scale: 1, scope };
  }
  const column = BY_FLINK_NAME.get(name);
  if (column) return { ok: true, metric: column.id, unit: column.unit, scale: 1, scope };
  if (name.startsWith('Status_')) return { ok: false, reason: 'a Flink metric the sandbox does not model' };
  return { ok: false, reason: 'not a metric the sandbox reads' };
}

const CONTAINER_METRICS: Readonly<Record<string, Classified>> = {
  container_memory_working_set_bytes: { ok: true, metric: 'rss', unit: 'bytes', scale: 1, scope: 'container' },
  container_memory_rss: { ok: true, metric: 'rss', unit: 'bytes', scale: 1, scope: 'container' },
  container_spec_memory_limit_bytes: { ok: true, metric: 'containerLimit', unit: 'bytes', scale: 1, scope: 'container' },
  kube_pod_container_resource_limits: { ok: true, metric: 'containerLimit', unit: 'bytes', scale: 1, scope: 'container' },
  container_memory_usage_bytes: {
    ok: false,
    reason: 'includes the page cache the kernel reclaims before an OOM kill; container_memory_working_set_bytes is read as RSS',
  },
};

/** The metric a series name means (labels may narrow it: kube-state-metrics' resource label). */
export function classifyMetric(base: string, labels: Labels = {}): Classified {
  const flink = /^flink_(taskmanager|jobmanager)_(.*)$/.exec(base);
  if (flink) {
    const scope = flink[1] as 'taskmanager' | 'jobmanager';
    const rest = flink[2] as string;
    if (rest.startsWith('job_')) {
      const job = JOB_METRICS[rest.slice(4)];
      if (scope === 'jobmanager' && job) return { ok: true, metric: job.id, unit: job.unit, scale: 1, scope: 'job' };
      return { ok: false, reason: `a ${scope === 'jobmanager' ? 'job' : 'task or operator'} metric the sandbox does not read` };
    }
    return flinkProcessMetric(rest, scope);
  }
  const container = CONTAINER_METRICS[base];
  if (container) {
    if (base === 'kube_pod_container_resource_limits' && labels.resource !== undefined && labels.resource !== 'memory')
      return { ok: false, reason: `a limit of ${labels.resource}, not memory` };
    return container;
  }
  if (/PMemUsageMBsAvgMBs$/i.test(base)) return { ok: true, metric: 'rss', unit: 'bytes', scale: MiB, scope: 'container' };
  if (/pMemLimitMBs$/i.test(base)) return { ok: true, metric: 'containerLimit', unit: 'bytes', scale: MiB, scope: 'container' };
  if (/PMemUsageMBs/i.test(base))
    return { ok: false, reason: "a statistic of YARN's pmem samples; the average (PMemUsageMBsAvgMBs) is read" };
  const plain = COLUMNS.find((c) => c.metric === base && !base.startsWith('Status'));
  if (plain) return { ok: true, metric: plain.id, unit: plain.unit, scale: 1, scope: 'process' };
  return flinkProcessMetric(base, 'process');
}

/** YARN's container ids: `container_1733300000000_0001_01_000002`, with an epoch `e01_` since Hadoop 2.6. */
const YARN_CONTAINER = /container_(?:e\d+_)?\d+_\d+_\d+_\d+/;

/** The label holding a process's own id, most telling first (Flink's `tm_id`, the pod, YARN's container, the target). */
const ID_LABELS = ['tm_id', 'pod', 'pod_name', 'ContainerResource', 'container_id', 'name', 'instance', 'host'] as const;

/**
 * The artefact's id of the process a series belongs to, from its labels ('' when it names none). cAdvisor's `pod`
 * beats its `container` (the main container's name is the same in every pod); a YARN container id anywhere wins.
 */
export function sourceIdOf(labels: Labels): string {
  for (const key of ID_LABELS) {
    const value = labels[key];
    if (value === undefined || value === '') continue;
    const yarn = YARN_CONTAINER.exec(value)?.[0];
    return yarn ?? value;
  }
  return '';
}

/**
 * Why a container series is not a Flink process's own (cAdvisor's pod-level total, `container=""`, and the pause
 * container `POD`), or undefined when it is one.
 */
export function notAProcessContainer(labels: Labels): string | undefined {
  const container = labels.container ?? labels.container_name;
  if (container === 'POD') return "the pod's pause container";
  if (container === '' && (labels.pod ?? labels.pod_name)) return 'the pod\'s cgroup total (container=""), not one container';
  return undefined;
}

/** The dashboard panel (models/scenario/watchMetrics.ts) an observed metric belongs to, or undefined when none shows it. */
const WATCH_PANEL: Readonly<Partial<Record<ObservedMetricId, WatchMetricId>>> = {
  heapUsed: 'Status.JVM.Memory.Heap.Used',
  directUsed: 'Status.JVM.Memory.Direct.MemoryUsed',
  metaspaceUsed: 'Status.JVM.Memory.Metaspace.Used',
  classesLoaded: 'Status.JVM.ClassLoader.ClassesLoaded',
  managedUsed: 'Status.Flink.Memory.Managed.Used',
  networkSegmentsUsed: 'Status.Shuffle.Netty.UsedMemorySegments',
  unsafe: 'unsafeBytes',
  native: 'nativeBytes',
  rss: 'rssBytes',
  gcYoungCount: 'Status.JVM.GarbageCollector.Count',
  gcOldCount: 'Status.JVM.GarbageCollector.Count',
  gcYoungTime: 'Status.JVM.GarbageCollector.Time',
  gcOldTime: 'Status.JVM.GarbageCollector.Time',
  threads: 'Status.JVM.Threads.Count',
  exceptions: 'exceptionsLogged',
  blobConnections: 'blobServerConnections',
  blobBacklog: 'blobServerBacklog',
  endToEndLatency: 'endToEndLatencyMs',
  numRestarts: 'numRestarts',
  lastCheckpointSize: 'lastCheckpointSize',
  lastCheckpointDuration: 'lastCheckpointDuration',
};

export const watchPanelOf = (metric: ObservedMetricId): WatchMetricId | undefined => WATCH_PANEL[metric];
