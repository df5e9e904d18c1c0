/**
 * Kubernetes objects as `kubectl get pod|events -o yaml|json` prints them (JSON is YAML, so one parser reads both): a
 * Pod, an Event, or a List of them (`items`). From a Pod: each container's `lastState.terminated` and
 * `state.terminated` (reason `OOMKilled`, `exitCode` 137, `startedAt`/`finishedAt`), `restartCount`,
 * `state.waiting.reason: CrashLoopBackOff`, `resources.limits.memory`, and an eviction (`status.reason: Evicted`).
 * From an Event (core/v1): `reason` OOMKilling, Killing, BackOff, Evicted with `involvedObject`, `count` and
 * `lastTimestamp` (or `eventTime`); other reasons are listed as not read, once per reason.
 */
import type { Node } from 'yaml';
import { parseQuantity } from '../config/kubernetes/quantity';
import { at, items, lineOf, text, type DocContext } from '../config/kubernetes/yamlNodes';
import { parseGuardedYaml, YamlInputError } from '../yaml/guardedYaml';
import type { ClusterEvent, ClusterEventFigures, ClusterEventKind, EventsRead } from './clusterEventTypes';
import { ArtefactError } from './observedSeries';
import { parseIsoTime } from './observedTimes';

function timeAt(ctx: DocContext, node: Node | undefined, field: string): number | undefined {
  const t = text(node);
  if (t === undefined || t === '') return undefined;
  const parsed = parseIsoTime(t);
  if (!parsed) throw new ArtefactError(ctx.fileName, lineOf(ctx, node), field, `'${t}' is not an RFC 3339 time`);
  return parsed.epochMs;
}

function numberAt(ctx: DocContext, node: Node | undefined, field: string): number | undefined {
  const t = text(node);
  if (t === undefined) return undefined;
  if (!/^-?\d+$/.test(t)) throw new ArtefactError(ctx.fileName, lineOf(ctx, node), field, `'${t}' is not a whole number`);
  return Number(t);
}

/** The memory limit of each container of a pod's spec, bytes. */
function limitsOf(ctx: DocContext, pod: Node): Map<string, number> {
  const limits = new Map<string, number>();
  items(at(pod, ['spec', 'containers'])).forEach((c, i) => {
    const node = at(c, ['resources', 'limits', 'memory']);
    const t = text(node);
    if (t === undefined) return;
    try {
      limits.set(text(at(c, ['name'])) ?? '', Number(parseQuantity(t, `spec.containers[${i}].resources.limits.memory`).bytes));
    } catch (error) {
      throw new ArtefactError(
        ctx.fileName,
        lineOf(ctx, node),
        `spec.containers[${i}].resources.limits.memory`,
        String((error as Error).message),
      );
    }
  });
  return limits;
}

function terminatedEvent(
  ctx: DocContext,
  node: Node,
  pod: string,
  container: string,
  base: ClusterEventFigures,
  path: string,
): ClusterEvent {
  const reason = text(at(node, ['reason'])) ?? '';
  const exitCode = numberAt(ctx, at(node, ['exitCode']), `${path}.exitCode`);
  const startedAtEpochMs = timeAt(ctx, at(node, ['startedAt']), `${path}.startedAt`);
  const kind: ClusterEventKind = reason === 'OOMKilled' ? 'oom-killed' : 'terminated';
  const figures: ClusterEventFigures = {
    ...base,
    ...(exitCode !== undefined && { exitCode }),
    ...(startedAtEpochMs !== undefined && { startedAtEpochMs }),
  };
  const signal = numberAt(ctx, at(node, ['signal']), `${path}.signal`);
  return {
    kind,
    epochMs: timeAt(ctx, at(node, ['finishedAt']), `${path}.finishedAt`),
    process: pod,
    container,
    line: lineOf(ctx, node),
    text: [reason, text(at(node, ['message']))].filter(Boolean).join(': '),
    figures: signal !== undefined ? { ...figures, signal: String(signal) } : figures,
  };
}

function podEvents(ctx: DocContext, pod: Node, out: EventsRead): void {
  const name = text(at(pod, ['metadata', 'name'])) ?? '';
  const limits = limitsOf(ctx, pod);
  for (const list of ['initContainerStatuses', 'containerStatuses']) {
    items(at(pod, ['status', list])).forEach((status, i) => {
      const container = text(at(status, ['name'])) ?? '';
      const restartCount = numberAt(ctx, at(status, ['restartCount']), `status.${list}[${i}].restartCount`);
      const limit = limits.get(container);
      const base: ClusterEventFigures = {
        ...(restartCount !== undefined && { restartCount }),
        ...(limit !== undefined && { limitBytes: limit }),
      };
      for (const state of ['lastState', 'state']) {
        const terminated = at(status, [state, 'terminated']);
        if (terminated)
          out.events.push(terminatedEvent(ctx, terminated, name, container, base, `status.${list}[${i}].${state}.terminated`));
      }
      const waiting = text(at(status, ['state', 'waiting', 'reason']));
      if (waiting === 'CrashLoopBackOff')
        out.events.push({
          kind: 'back-off',
          epochMs: undefined,
          process: name,
          container,
          line: lineOf(ctx, at(status, ['state'])),
          text: waiting,
          figures: base,
        });
      if (restartCount !== undefined && restartCount > 0) {
        const running = timeAt(ctx, at(status, ['state', 'running', 'startedAt']), `status.${list}[${i}].state.running.startedAt`);
        out.events.push({
          kind: 'restarts',
          epochMs: running,
          process: name,
          container,
          line: lineOf(ctx, at(status, ['restartCount'])),
          text: `restartCount ${restartCount}`,
          figures: base,
        });
      }
    });
  }
  if (text(at(pod, ['status', 'reason'])) === 'Evicted') {
    const message = text(at(pod, ['status', 'message'])) ?? '';
    out.events.push({
      kind: 'evicted',
      epochMs: undefined,
      process: name,
      line: lineOf(ctx, at(pod, ['status', 'reason'])),
      text: message,
      figures: evictionFigures(message),
    });
  }
}

/** "… Container flink-main-container was using 4563852Ki, request is 4Gi, …" (the kubelet's eviction message). */
export function evictionFigures(message: string): ClusterEventFigures {
  const used = /was using (\S+?),/.exec(message)?.[1];
  if (!used) return {};
  try {
    return { usedBytes: Number(parseQuantity(used, 'message').bytes) };
  } catch {
    return {};
  }
}

const EVENT_KINDS: Readonly<Record<string, ClusterEventKind>> = {
  OOMKilling: 'node-oom',
  Killing: 'killing',
  BackOff: 'back-off',
  Evicted: 'evicted',
};

/** The kernel's "Killed process 12345 (java) total-vm:…kB, anon-rss:…kB" (what the node's OOMKilling event quotes). */
export function killedProcessFigures(message: string): ClusterEventFigures {
  const m = /Kill(?:ed)? process (\d+) \(([^)]*)\)(?:.*?anon-rss:(\d+)kB)?/.exec(message);
  if (!m) return {};
  return { pid: Number(m[1]), ...(m[3] !== undefined && { usedBytes: Number(m[3]) * 1024 }) };
}

function eventObject(ctx: DocContext, ev: Node, out: EventsRead, skipped: Map<string, number>): void {
  const reason = text(at(ev, ['reason'])) ?? '';
  const kind = EVENT_KINDS[reason];
  if (!kind) {
    if (!skipped.has(reason)) skipped.set(reason, lineOf(ctx, ev));
    return;
  }
  const message = text(at(ev, ['message'])) ?? '';
  const count = numberAt(ctx, at(ev, ['count']), 'count');
  const time = timeAt(ctx, at(ev, ['lastTimestamp']), 'lastTimestamp') ?? timeAt(ctx, at(ev, ['eventTime']), 'eventTime');
  const figures = {
    ...(count !== undefined && { count }),
    ...(kind === 'node-oom' ? killedProcessFigures(message) : kind === 'evicted' ? evictionFigures(message) : {}),
  };
  const container = /spec\.containers\{(.+)\}/.exec(text(at(ev, ['involvedObject', 'fieldPath'])) ?? '')?.[1];
  out.events.push({
    kind,
    epochMs: time,
    process: text(at(ev, ['involvedObject', 'name'])) ?? '',
    ...(container !== undefined && { container }),
    line: lineOf(ctx, ev),
    text: `${reason}: ${message}`,
    figures,
  });
}

export function readKubernetesObjects(text_: string, fileName: string): EventsRead {
  let ctx: DocContext;
  try {
    const { doc, lineCounter } = parseGuardedYaml(text_.replace(/^---\s*\n/, ''), { uniqueKeys: false });
    ctx = { doc, lineCounter, lineOffset: text_.startsWith('---') ? 1 : 0, fileName };
  } catch (error) {
    if (error instanceof YamlInputError) {
      const p = error.problems[0];
      throw new ArtefactError(fileName, p?.line ?? 0, '', p?.message ?? error.message);
    }
    throw error;
  }
  const root = ctx.doc.contents as Node | null;
  const objects = at(root, ['items']) ? items(at(root, ['items'])) : root ? [root] : [];
  const out: EventsRead = { events: [], unread: [], notes: [] };
  const skipped = new Map<string, number>();
  for (const object of objects) {
    const kind = text(at(object, ['kind']));
    if (kind === 'Pod') podEvents(ctx, object, out);
    else if (kind === 'Event') eventObject(ctx, object, out, skipped);
    else
      out.unread.push({
        where: `line ${lineOf(ctx, object)}`,
        reason: `a ${kind ?? 'object without kind'}: only Pods and Events are read`,
      });
  }
  for (const [reason, line] of skipped)
    out.unread.push({ where: `line ${line}, events with reason ${reason}`, reason: 'not a memory or restart event' });
  return out;
}
