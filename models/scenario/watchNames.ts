/**
 * Reading a name under `watch:` (a scenario's or a lesson step's): the panel ids of `WATCH_METRICS`, and the forms
 * engineers copy from their dashboards when they name one metric without doubt — Flink's scope prefixes
 * (`taskmanager.<id>.Status.JVM.Memory.Heap.Used`, the web UI's `0.backPressuredTimeMsPerSecond`), the Prometheus
 * reporter's form (`flink_taskmanager_Status_JVM_Memory_Heap_Used`, dots as underscores, labels in braces) and a
 * collector's GC metrics (`Status.JVM.GarbageCollector.G1_Young_Generation.Count`, one panel for both collectors).
 *
 * Flink's metric identifiers: https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/metrics/#scope (a metric's
 * scope components joined with `.`); the Prometheus reporter replaces every character outside [a-zA-Z0-9:_] with `_`
 * and prefixes `flink_` (flink-metrics/flink-metrics-prometheus/src/main/java/org/apache/flink/metrics/prometheus/
 * AbstractPrometheusReporter.java: replaceInvalidChars, SCOPE_PREFIX, getScopedName).
 */
import { z } from 'zod';
import { describeValue, didYouMean } from './messages';
import { isWatchMetric, WATCH_METRICS, type WatchMetricId } from './watchMetrics';

const IDS: readonly WatchMetricId[] = WATCH_METRICS.map((m) => m.id);

/** An id as a pattern matching its end of a longer identifier: its dots may be underscores, any case, after a separator. */
const SUFFIXES = IDS.map((id) => ({
  id,
  pattern: new RegExp(`(?:^|[._:/])${id.split('.').join('[._]')}$`, 'i'),
}));

/** `…GarbageCollector.<collector>.Count|Time`: a collector's MXBean name (may hold spaces or underscores) before the figure. */
const COLLECTOR_METRIC = /(?:^|[._])Status[._]JVM[._]GarbageCollector[._].+[._](Count|Time)$/i;

/**
 * The panel a name means, or undefined when it means none (or more than one). Exact ids first; then a dashboard's
 * form of one (`{…}` labels dropped, surrounding blanks ignored).
 */
export function resolveWatchMetric(name: string): WatchMetricId | undefined {
  if (isWatchMetric(name)) return name;
  const bare = name.trim().replace(/\{.*\}$/, '');
  const collector = COLLECTOR_METRIC.exec(bare)?.[1];
  if (collector) return collector.toLowerCase() === 'count' ? 'Status.JVM.GarbageCollector.Count' : 'Status.JVM.GarbageCollector.Time';
  const matches = SUFFIXES.filter((s) => s.pattern.test(bare));
  return matches.length === 1 ? matches[0]?.id : undefined;
}

/** The parts of a name: `Status.JVM.Memory.Direct.Used` → status, jvm, memory, direct, used. */
const parts = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((p) => p.length >= 2);

/**
 * The panel a wrong name was probably meant to be, for "did you mean": the id holding most of its parts (so
 * `Status.JVM.Memory.Direct.Used` gets `…Direct.MemoryUsed`, not `…Heap.Used`, which is as few letters away), when
 * it holds at least half of them. Undefined when nothing comes close.
 */
export function suggestWatchMetric(name: string): WatchMetricId | undefined {
  const wanted = parts(name);
  let best: WatchMetricId | undefined;
  let bestCount = 0;
  for (const id of IDS) {
    const lower = id.toLowerCase();
    const count = wanted.filter((p) => lower.includes(p)).length;
    // Ties go to the shorter id: the one with fewer parts the name did not mention.
    if (count > bestCount || (count === bestCount && best !== undefined && id.length < best.length)) [best, bestCount] = [id, count];
  }
  return bestCount > 0 && bestCount >= wanted.length / 2 ? best : undefined;
}

/** Why a name is refused, with the closest panel or, failing that, every panel there is. */
function unknownWatchMessage(name: string): string {
  const hint = suggestWatchMetric(name);
  // A typo of a one-word id ('rssbyts') shares no part with it: the edit distance finds it.
  const typo = hint ? ` (did you mean '${hint}'?)` : didYouMean(name, IDS);
  return `'${name}' is not a metric the sandbox charts${typo || ` (it charts ${IDS.join(', ')})`}`;
}

/** The most panels a `watch:` lists: they are the ones shown first and large, so a few (the issue asks for 1–3). */
const MAX_WATCHED = 4;

/**
 * `watch:` as files write it: a list of metric names (panel ids or a dashboard's form of one, see above) → the panel
 * ids, each once. Editors are offered the ids; a wrong name is refused with the closest one.
 */
export function watchField() {
  const name = z
    .union([z.enum(IDS as [WatchMetricId, ...WatchMetricId[]]), z.string()], {
      error: (issue) => `must be a metric name such as Status.JVM.Memory.Heap.Used (got ${describeValue(issue.input)})`,
    })
    .transform((text, ctx) => {
      const id = resolveWatchMetric(text);
      if (id) return id;
      ctx.issues.push({ code: 'custom', message: unknownWatchMessage(text), input: text });
      return z.NEVER;
    });
  return z
    .array(name)
    .min(1)
    .max(MAX_WATCHED)
    .superRefine((ids, ctx) => {
      ids.forEach((id, i) => {
        if (ids.indexOf(id) < i) ctx.addIssue({ code: 'custom', message: `names ${id} twice`, path: [i], input: id });
      });
    });
}
