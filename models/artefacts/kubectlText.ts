/**
 * kubectl's human output: `kubectl describe pod` (k8s.io/kubectl pkg/describe/describe.go: `Name:`, per container
 * `State:`/`Last State:` with `Reason:`, `Exit Code:`, `Started:`/`Finished:` in RFC 1123 with a numeric zone,
 * `Restart Count:`, `Limits:` → `memory:`, and the `Events:` table `Type Reason Age From Message`) and
 * `kubectl get events` (columns `LAST SEEN TYPE REASON OBJECT MESSAGE`, `-o wide` adds SUBOBJECT, SOURCE, FIRST SEEN,
 * COUNT, NAME; `-A` puts NAMESPACE first). Table cells are cut at the header's column starts; ages are relative to when
 * the command ran, so those events carry `ageMs` and no absolute time.
 */
import { parseQuantity } from '../config/kubernetes/quantity';
import type { ClusterEvent, ClusterEventFigures, ClusterEventKind, EventsRead } from './clusterEventTypes';
import { evictionFigures, killedProcessFigures } from './kubernetesObjects';
import { ArtefactError } from './observedSeries';
import { parseIsoTime } from './observedTimes';

/** kubectl's ages (`45s`, `5m30s`, `3h`, `2d4h`, `10m (x3 over 20m)`) → ms; undefined for `<unknown>` and the like. */
export function parseAge(text: string): number | undefined {
  const m = /^((?:\d+[dhms])+)/.exec(text.trim());
  if (!m) return undefined;
  const unit: Readonly<Record<string, number>> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };
  let ms = 0;
  for (const part of (m[1] as string).match(/\d+[dhms]/g) ?? []) ms += Number(part.slice(0, -1)) * (unit[part.slice(-1)] as number);
  return ms;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Wed, 04 Dec 2024 10:11:58 +0000` (Go's time.RFC1123Z, what describe prints) → epoch ms. */
export function parseRfc1123(text: string): number | undefined {
  const m = /^\w{3}, (\d{1,2}) (\w{3}) (\d{4}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2})$/.exec(text.trim());
  const month = MONTHS.indexOf(m?.[2] ?? '');
  if (!m || month < 0) return undefined;
  return parseIsoTime(`${m[3]}-${String(month + 1).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}T${m[4]}${m[5]}:${m[6]}`)?.epochMs;
}

const EVENT_KINDS: Readonly<Record<string, ClusterEventKind>> = {
  OOMKilling: 'node-oom',
  Killing: 'killing',
  BackOff: 'back-off',
  Evicted: 'evicted',
};

/** A fixed-width table's rows as cells cut at the header's column starts (the last column takes the rest of the line). */
function tableRows(lines: readonly { line: number; text: string }[]): { line: number; cell: (name: string) => string }[] {
  const header = (lines[0] as { text: string }).text;
  const starts = [...header.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ name: m[0], at: m.index as number }));
  return lines.slice(1).map(({ line, text }) => ({
    line,
    cell: (name: string) => {
      const i = starts.findIndex((s) => s.name === name);
      if (i < 0) return '';
      const end = starts[i + 1]?.at ?? text.length;
      return text.slice((starts[i] as { at: number }).at, end).trim();
    },
  }));
}

function tableEvents(rows: ReturnType<typeof tableRows>, out: EventsRead, defaultObject: string, ageColumn: string): void {
  const skipped = new Map<string, number>();
  for (const row of rows) {
    const reason = row.cell('REASON') || row.cell('Reason');
    const kind = EVENT_KINDS[reason];
    if (!kind) {
      if (reason !== '' && !skipped.has(reason)) skipped.set(reason, row.line);
      continue;
    }
    const message = row.cell('MESSAGE') || row.cell('Message');
    const age = row.cell(ageColumn);
    const times = /\(x(\d+) over/.exec(age)?.[1] ?? row.cell('COUNT');
    const object = row.cell('OBJECT').replace(/^\w+\//, '') || row.cell('NAME').replace(/\.[0-9a-f]+$/, '') || defaultObject;
    const figures: ClusterEventFigures = {
      ...(times && /^\d+$/.test(times) && { count: Number(times) }),
      ...(kind === 'node-oom' ? killedProcessFigures(message) : kind === 'evicted' ? evictionFigures(message) : {}),
    };
    const ageMs = parseAge(age);
    out.events.push({
      kind,
      epochMs: undefined,
      ...(ageMs !== undefined && { ageMs }),
      process: object,
      line: row.line,
      text: `${reason}: ${message}`,
      figures,
    });
  }
  for (const [reason, line] of skipped)
    out.unread.push({ where: `line ${line}, events with reason ${reason}`, reason: 'not a memory or restart event' });
}

interface DescribeState {
  pod: string;
  container: string;
  section: string;
  /** The terminated state being read (`State:` or `Last State:`), its fields so far. */
  terminated?: { line: number; reason: string; exitCode?: number; started?: number; finished?: number };
  restartCount?: number;
  limits: Map<string, number>;
  pending: ClusterEvent[];
}

function flushTerminated(s: DescribeState): void {
  const t = s.terminated;
  if (!t) return;
  const figures: ClusterEventFigures = {
    ...(t.exitCode !== undefined && { exitCode: t.exitCode }),
    ...(t.started !== undefined && { startedAtEpochMs: t.started }),
  };
  s.pending.push({
    kind: t.reason === 'OOMKilled' ? 'oom-killed' : 'terminated',
    epochMs: t.finished,
    process: s.pod,
    container: s.container,
    line: t.line,
    text: t.reason,
    figures,
  });
  s.terminated = undefined;
}

function describeField(s: DescribeState, key: string, value: string, line: number, fileName: string): void {
  const time = () => {
    const ms = parseRfc1123(value);
    if (ms === undefined)
      throw new ArtefactError(fileName, line, key, `'${value}' is not an RFC 1123 time (Wed, 04 Dec 2024 10:11:58 +0000)`);
    return ms;
  };
  if (key === 'State' || key === 'Last State') {
    flushTerminated(s);
    if (value === 'Terminated') s.terminated = { line, reason: '' };
    else if (value === 'Waiting') s.section = 'waiting';
  } else if (key === 'Reason' && s.terminated) s.terminated.reason = value;
  else if (key === 'Reason' && s.section === 'waiting' && value === 'CrashLoopBackOff')
    s.pending.push({ kind: 'back-off', epochMs: undefined, process: s.pod, container: s.container, line, text: value, figures: {} });
  else if (key === 'Exit Code' && s.terminated) s.terminated.exitCode = Number(value);
  else if (key === 'Started' && s.terminated) s.terminated.started = time();
  else if (key === 'Finished' && s.terminated) s.terminated.finished = time();
  else if (key === 'Restart Count') {
    flushTerminated(s);
    s.restartCount = Number(value);
    if (s.restartCount > 0)
      s.pending.push({
        kind: 'restarts',
        epochMs: undefined,
        process: s.pod,
        container: s.container,
        line,
        text: `Restart Count ${value}`,
        figures: { restartCount: s.restartCount },
      });
  } else if (key === 'memory' && s.section === 'Limits') s.limits.set(s.container, Number(parseQuantity(value, 'Limits.memory').bytes));
  else if (key === 'Limits' || key === 'Requests') s.section = key;
}

function readDescribe(lines: readonly { line: number; text: string }[], fileName: string, out: EventsRead): void {
  const s: DescribeState = { pod: '', container: '', section: '', limits: new Map(), pending: [] };
  let inContainers = false;
  for (let i = 0; i < lines.length; i++) {
    const { line, text } = lines[i] as { line: number; text: string };
    if (/^Events:/.test(text)) {
      flushTerminated(s);
      const table = lines.slice(i + 1).filter((l) => !/^\s+-{4}/.test(l.text) && l.text.startsWith('  '));
      if (table.length > 1) tableEvents(tableRows(table.map((l) => ({ line: l.line, text: l.text.slice(2) }))), out, s.pod, 'Age');
      break;
    }
    const top = /^(\S[^:]*):\s*(.*)$/.exec(text);
    if (top) {
      flushTerminated(s);
      if (top[1] === 'Name' && s.pod === '') s.pod = top[2] as string;
      inContainers = top[1] === 'Containers' || top[1] === 'Init Containers';
      continue;
    }
    const container = /^ {2}(\S[^:]*):\s*$/.exec(text);
    if (inContainers && container) {
      flushTerminated(s);
      s.container = container[1] as string;
      s.section = '';
      continue;
    }
    const field = /^\s+([A-Za-z][A-Za-z ]*?):\s*(.*?)\s*$/.exec(text);
    if (inContainers && field) describeField(s, field[1] as string, field[2] as string, line, fileName);
  }
  flushTerminated(s);
  for (const e of s.pending) {
    const limit = s.limits.get(e.container ?? '');
    out.events.push(limit !== undefined ? { ...e, figures: { ...e.figures, limitBytes: limit } } : e);
  }
}

const POD_STATUS: Readonly<Record<string, ClusterEventKind>> = {
  OOMKilled: 'oom-killed',
  CrashLoopBackOff: 'back-off',
  Evicted: 'evicted',
};

/**
 * `kubectl get pods` (NAME READY STATUS RESTARTS AGE, kubectl's pod printer): a STATUS of OOMKilled, CrashLoopBackOff or
 * Evicted, and RESTARTS with the last restart's age (`5 (2m10s ago)`, printPod's "%d (%s ago)" in kubernetes pkg/printers/internalversion/printers.go).
 */
function podsTable(rows: ReturnType<typeof tableRows>, out: EventsRead, fileName: string): void {
  for (const row of rows) {
    const pod = row.cell('NAME');
    const status = row.cell('STATUS');
    const kind = POD_STATUS[status];
    if (kind) out.events.push({ kind, epochMs: undefined, process: pod, line: row.line, text: status, figures: {} });
    else if (status !== 'Running' && status !== 'Completed' && status !== '')
      out.unread.push({ where: `line ${row.line}, ${pod}`, reason: `status ${status}` });
    const restarts = /^(\d+)(?: \((.+) ago\))?$/.exec(row.cell('RESTARTS'));
    if (!restarts) throw new ArtefactError(fileName, row.line, 'RESTARTS', `'${row.cell('RESTARTS')}' is not a restart count`);
    const restartCount = Number(restarts[1]);
    const ageMs = restarts[2] !== undefined ? parseAge(restarts[2]) : undefined;
    if (restartCount > 0)
      out.events.push({
        kind: 'restarts',
        epochMs: undefined,
        ...(ageMs !== undefined && { ageMs }),
        process: pod,
        line: row.line,
        text: `RESTARTS ${row.cell('RESTARTS')}`,
        figures: { restartCount },
      });
  }
}

export function readKubectlText(
  text: string,
  fileName: string,
  format: 'kubectl-describe' | 'kubectl-events-table' | 'kubectl-pods-table',
): EventsRead {
  const lines = text
    .split(/\r?\n/)
    .map((t, i) => ({ line: i + 1, text: t.replace(/\s+$/, '') }))
    .filter((l) => l.text !== '');
  const out: EventsRead = { events: [], unread: [], notes: [] };
  if (format === 'kubectl-describe') readDescribe(lines, fileName, out);
  else if (format === 'kubectl-pods-table') podsTable(tableRows(lines), out, fileName);
  else tableEvents(tableRows(lines), out, '', 'LAST SEEN');
  if (out.events.some((e) => e.ageMs !== undefined))
    out.notes.push("kubectl's ages count back from when the command ran, which the output does not say");
  return out;
}
