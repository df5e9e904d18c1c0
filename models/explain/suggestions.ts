/**
 * What would have avoided a failure: the code fix when something leaks (a bigger pool only moves the failure
 * later, and the suggestion says so), and one concrete configuration change, checked by running the changed
 * configuration through the same setup the run uses (Flink's derivation, the container rules), so the new limit
 * it quotes is the one Flink would derive — or the change is not offered when Flink would refuse it.
 */
import { JM, TM } from '../config/options';
import type { JvmSizing } from '../engine/state/jvmState';
import { createSetup, SetupError } from '../engine/setup';
import type { Scenario } from '../scenario/types';
import { formatSimTime } from '../units/duration';
import { parseMemorySize } from '../units/memorySize';
import type { KnownLeak } from './contents';
import { configSize, listText, MiB, plural, roundUp, size } from './format';
import type { LimitKind } from './limits';
import type { ConfigChange, Filler, Suggestion } from './types';

export interface SuggestionContext {
  readonly scenario: Scenario;
  /** The configuration the processes started with (shipped defaults under flink.config). */
  readonly config: Readonly<Record<string, string>>;
  readonly sizing: JvmSizing;
  readonly kind: LimitKind;
  /** The largest thing that grows, and the leak behind it (if it is one). */
  readonly driver: Filler | undefined;
  readonly leak: KnownLeak | undefined;
  readonly requestedBytes: number;
  readonly freeBytes: number;
  /** The process's JVM overhead as Flink derived it. */
  readonly jvmOverheadBytes: number;
}

/** The sizing of the same process with `changes` applied, or undefined when Flink refuses the configuration. */
function resized(c: SuggestionContext, changes: readonly ConfigChange[]): JvmSizing | undefined {
  const flink = { ...c.scenario.flink.config };
  let cluster = c.scenario.cluster;
  for (const change of changes) {
    if (change.key === 'cluster.containerLimit')
      cluster = { ...cluster, taskManagerContainerLimitBytes: Number(parseMemorySize(change.to)) };
    else if (change.key === 'cluster.jobManagerContainerLimit')
      cluster = { ...cluster, jobManagerContainerLimitBytes: Number(parseMemorySize(change.to)) };
    else flink[change.key] = change.to;
  }
  try {
    const setup = createSetup({ ...c.scenario, cluster, flink: { ...c.scenario.flink, config: flink } });
    return c.sizing.kind === 'taskmanager' ? setup.taskManagerSizing : setup.jobManagerSizing;
  } catch (e) {
    if (e instanceof SetupError) return undefined;
    throw e;
  }
}

const limitOf = (s: JvmSizing, kind: LimitKind): number =>
  kind === 'heap'
    ? s.heapMaxBytes
    : kind === 'direct'
      ? s.directLimitBytes
      : kind === 'metaspace'
        ? s.metaspaceMaxBytes
        : s.containerLimitBytes;

const change = (c: SuggestionContext, key: string, bytes: number): ConfigChange => ({ key, from: c.config[key], to: configSize(bytes) });

const changeText = (ch: ConfigChange): string =>
  `${ch.key}: ${ch.from ?? 'default'} → ${ch.to}${ch.to.endsWith('b') ? ` (${size(parseMemorySize(ch.to))})` : ''}`;

const limitNames: Readonly<Record<LimitKind, string>> = {
  heap: '-Xmx',
  direct: '-XX:MaxDirectMemorySize',
  metaspace: '-XX:MaxMetaspaceSize',
  container: 'the container limit',
};

const fromTo = (what: string, before: number, after: number): string =>
  `${what} ${after >= before ? 'grows' : 'shrinks'} from ${size(before)} to ${size(after)}`;

/** A configuration suggestion, if Flink accepts it; its text names the new limit. */
function configSuggestion(
  c: SuggestionContext,
  changes: readonly ConfigChange[],
  why: string,
  postponesOnly: boolean,
): Suggestion | undefined {
  const sizing = resized(c, changes);
  if (!sizing) return undefined;
  const newLimit = limitOf(sizing, c.kind);
  const effects = c.kind === 'container' ? [] : [fromTo(limitNames[c.kind], limitOf(c.sizing, c.kind), newLimit)];
  if (c.kind === 'container' && sizing.processSizeBytes !== c.sizing.processSizeBytes)
    effects.push(fromTo("Flink's total process memory", c.sizing.processSizeBytes, sizing.processSizeBytes));
  if (c.kind === 'container' && newLimit !== limitOf(c.sizing, c.kind))
    effects.push(fromTo('the container limit', limitOf(c.sizing, c.kind), newLimit));
  if (c.kind !== 'heap' && sizing.heapMaxBytes !== c.sizing.heapMaxBytes)
    effects.push(fromTo('-Xmx', c.sizing.heapMaxBytes, sizing.heapMaxBytes));
  const tail = postponesOnly ? ' This only postpones the failure: what grows keeps growing.' : '';
  return {
    text: `Set ${changes.map(changeText).join(' and ')}: ${effects.length > 0 ? `${listText(effects)}; ` : ''}${why}.${tail}`,
    changes,
    postponesOnly,
    newLimitBytes: newLimit,
  };
}

export function suggestionsFor(c: SuggestionContext): Suggestion[] {
  const fix = c.leak ? leakFix(c, c.leak) : c.kind === 'container' ? largerContainer(c) : stateFix(c.driver);
  const config = c.kind === 'container' ? containerChange(c) : c.kind === 'heap' ? heapChange(c) : poolChange(c);
  return [config, fix]
    .filter((s): s is Suggestion => s !== undefined)
    .sort((a, b) => Number(a.postponesOnly) - Number(b.postponesOnly) || a.changes.length - b.changes.length);
}

/** A container smaller than the process Flink sized: the other way to make them agree is a larger container. */
function largerContainer(c: SuggestionContext): Suggestion | undefined {
  const field = containerField(c);
  if (field.configured === undefined || c.sizing.processSizeBytes <= field.configured) return undefined;
  const to = roundUp(c.sizing.processSizeBytes, MiB);
  return configSuggestion(
    c,
    [{ key: field.key, from: configSize(field.configured), to: configSize(to) }],
    `the container then holds what Flink sized the process for`,
    false,
  );
}

/** The scenario's container limit of this process, if it sets one. */
function containerField(c: SuggestionContext): { key: string; configured: number | undefined } {
  const cluster = c.scenario.cluster;
  return c.sizing.kind === 'taskmanager'
    ? { key: 'cluster.containerLimit', configured: cluster.taskManagerContainerLimitBytes }
    : { key: 'cluster.jobManagerContainerLimit', configured: cluster.jobManagerContainerLimitBytes };
}

const codeFix = (text: string): Suggestion => ({ text, changes: [], postponesOnly: false, newLimitBytes: undefined });

/** What grows without being a leak of the code: window state the watermark never cleans, class loaders something pins. */
function stateFix(driver: Filler | undefined): Suggestion | undefined {
  if (driver?.what.startsWith('window state')) {
    return codeFix(
      `Fix the cause: let the watermark advance past idle source partitions (WatermarkStrategy.withIdleness) so expired windows are cleaned, or keep less per window (${size(driver.bytesEach ?? 0)} per record now); ${size(driver.bytes)} of window state was waiting for a watermark.`,
    );
  }
  if (driver?.what.startsWith('class loaders of pinned')) {
    return codeFix(
      `Fix the leak: find what keeps the batch jobs' class loaders reachable (a ThreadLocal on a JobManager thread, a static cache, a registered driver) so a full GC can unload them; until then, restart the cluster before it runs out (${driver.occurrences ?? 0} loaders hold ${size(driver.bytes)}).`,
    );
  }
  return undefined;
}

function leakFix(c: SuggestionContext, leak: KnownLeak): Suggestion {
  const op = leak.operator?.id ?? 'the operator';
  const d = c.driver;
  const count =
    d?.occurrences === undefined
      ? ''
      : ` (${d.occurrences * leak.bytesEach === d.bytes ? '' : '~'}${d.occurrences} × ${size(leak.bytesEach)})`;
  // At a container kill the driver's detail already reads as "X of <site> and …": what the leak made resident.
  const what = c.kind === 'container' && d?.detail ? d.detail : `${size(d?.bytes ?? 0)} of ${leak.site}${count}`;
  if (leak.injection)
    return codeFix(
      `Fix the leak: it is the scenario's injected ${leak.injection.leak?.shape} leak (from ${formatSimTime(leak.injection.atMs)}); without it the ${what} would not have accumulated.`,
    );
  const how: Record<string, string> = {
    open: `release what open() of ${op} allocates in close(), so a restart in the same JVM gives it back`,
    call: `create one client per task in open() of ${op} and close it in close(), instead of one per call`,
    exception: `close the stream in a finally block where ${op} logs the exception, so its native memory is freed at once instead of when a GC runs its cleaner`,
    record: `release what ${op} allocates for each record once the record is done`,
  };
  return codeFix(`Fix the leak: ${how[leak.at ?? 'record'] ?? how.record}; at the failure it held ${what}.`);
}

/** Direct or metaspace: more of the pool's own budget — by the leak per restart or submission × those so far, else by the shortfall. */
function poolChange(c: SuggestionContext): Suggestion | undefined {
  const tm = c.sizing.kind === 'taskmanager';
  const key = c.kind === 'direct' ? (tm ? TM.taskOffHeap.key : JM.offHeap.key) : (tm ? TM.metaspace : JM.metaspace).key;
  const current = c.kind === 'direct' ? currentBytes(c, key, tm ? 0 : 128 * MiB) : c.sizing.metaspaceMaxBytes;
  const steps = stepsSoFar(c.driver);
  const delta = steps
    ? roundUp(current + steps.each * steps.count, 16 * MiB) - current
    : roundUp(Math.max(1, c.requestedBytes - c.freeBytes), 64 * MiB);
  const why = steps
    ? `${size(steps.each)} per ${steps.unit} × ${plural(steps.count, steps.unit)} so far: room for about as many again`
    : `room for this ${size(c.requestedBytes)} allocation`;
  const postpones = c.leak !== undefined || c.driver?.what.startsWith('class loaders of pinned') === true;
  // With the process size fixed, more of one pool is less heap; when Flink would refuse that, the process grows too.
  const processKey = (tm ? TM.processSize : JM.processSize).key;
  const withProcess = (times: number) =>
    c.config[processKey] === undefined
      ? []
      : [[change(c, key, current + delta), change(c, processKey, roundUp(c.sizing.processSizeBytes + times * delta, 64 * MiB))]];
  for (const changes of [[change(c, key, current + delta)], ...withProcess(1), ...withProcess(2)]) {
    const suggestion = configSuggestion(c, changes, why, postpones);
    if (suggestion) return suggestion;
  }
  return undefined;
}

/** A staircase: how much each step adds on this process and how many steps there were (open() leaks per restart, pinned submissions). */
function stepsSoFar(driver: Filler | undefined): { each: number; count: number; unit: string } | undefined {
  if (!driver) return undefined;
  const restarts = (driver.byAttempt ?? []).filter((a) => a.attempt > 0);
  if (restarts.length > 0 && driver.bytesEach !== undefined)
    return { each: Math.max(...restarts.map((a) => a.count)) * driver.bytesEach, count: restarts.length, unit: 'restart' };
  if (driver.what.startsWith('class loaders of pinned') && driver.occurrences !== undefined && driver.bytesEach !== undefined)
    return { each: driver.bytesEach, count: driver.occurrences, unit: 'submission' };
  return undefined;
}

function currentBytes(c: SuggestionContext, key: string, fallback: number): number {
  const found = c.config[key];
  return found === undefined ? fallback : Number(parseMemorySize(found));
}

/** Heap: the smallest process size (in 256 MiB steps) whose -Xmx holds what grew once more, else half again the heap. */
function heapChange(c: SuggestionContext): Suggestion | undefined {
  const tm = c.sizing.kind === 'taskmanager';
  const key = (tm ? TM.processSize : JM.processSize).key;
  const grew = c.driver && (c.leak || c.driver.what.startsWith('window state')) ? c.driver.bytes : Math.ceil(c.sizing.heapMaxBytes / 2);
  const target = c.sizing.heapMaxBytes + grew;
  const base = c.sizing.processSizeBytes;
  for (let step = 1; step <= 64; step++) {
    const candidate = [change(c, key, roundUp(base, 256 * MiB) + step * 256 * MiB)];
    const sizing = resized(c, candidate);
    if (sizing && sizing.heapMaxBytes >= target)
      return configSuggestion(
        c,
        candidate,
        `room for another ${size(grew)} of ${c.driver?.what ?? 'live data'}`,
        c.leak !== undefined || c.driver?.what.startsWith('window state') === true,
      );
  }
  return undefined;
}

/** Container: make Flink's process fit the container, or give what grows outside Flink's budget room as JVM overhead. */
function containerChange(c: SuggestionContext): Suggestion | undefined {
  const tm = c.sizing.kind === 'taskmanager';
  const limit = c.sizing.containerLimitBytes;
  const processKey = (tm ? TM.processSize : JM.processSize).key;
  if (c.sizing.processSizeBytes > limit) {
    const fitted = Math.floor(limit / MiB) * MiB;
    return configSuggestion(
      c,
      [change(c, processKey, fitted)],
      `Flink then sizes the JVM for the ${size(limit)} it really has, instead of ${size(c.sizing.processSizeBytes)}`,
      false,
    );
  }
  const grew = c.driver?.bytes ?? c.requestedBytes;
  const delta = roundUp(Math.max(grew, 1), c.scenario.cluster.deployment === 'yarn' ? 1024 * MiB : 256 * MiB);
  const keys = tm ? { min: TM.overheadMin.key, max: TM.overheadMax.key } : { min: JM.overheadMin.key, max: JM.overheadMax.key };
  const changes = [
    change(c, processKey, c.sizing.processSizeBytes + delta),
    change(c, keys.min, c.jvmOverheadBytes + delta),
    change(c, keys.max, c.jvmOverheadBytes + delta),
  ];
  const field = containerField(c);
  if (field.configured !== undefined)
    changes.push({ key: field.key, from: configSize(field.configured), to: configSize(field.configured + delta) });
  // Offered only if the derivation keeps the heap and direct limits where they were: all the extra is overhead.
  const sizing = resized(c, changes);
  if (!sizing || sizing.heapMaxBytes !== c.sizing.heapMaxBytes || sizing.directLimitBytes !== c.sizing.directLimitBytes) return undefined;
  return configSuggestion(
    c,
    changes,
    `the extra ${size(delta)} goes to JVM overhead (native memory, thread stacks) while the heap and the other Flink pools stay as they are`,
    c.leak !== undefined,
  );
}
