/**
 * Trimming an incident's artefacts to fixture size (≈ 80 KB a file) without changing a kept line: a Flink log keeps its
 * startup (banner, Preconfiguration, memory block, configuration), the incident's records with the head of their stack
 * traces, and its end; a GC log keeps its header and whole collections (every line of a GC(n) or none) from its start
 * and end; a text scrape keeps the Status.JVM families. What was cut is returned (1-based line ranges) for the manifest.
 */

const LIMIT_BYTES = 80_000;

export interface Trimmed {
  readonly text: string;
  readonly originalBytes: number;
  readonly originalLines: number;
  /** The removed line ranges (1-based, inclusive) of the original; empty when nothing was cut. */
  readonly cut: ReadonlyArray<{ from: number; to: number }>;
}

const bytes = (lines: readonly string[]) => Buffer.byteLength(lines.join('\n'));

function keepOnly(lines: readonly string[], keep: readonly boolean[]): Trimmed {
  const cut: Array<{ from: number; to: number }> = [];
  lines.forEach((_, i) => {
    if (keep[i]) return;
    const last = cut.at(-1);
    if (last && last.to === i) last.to = i + 1;
    else cut.push({ from: i + 1, to: i + 1 });
  });
  const text = lines.filter((_, i) => keep[i]).join('\n');
  return { text, originalBytes: bytes(lines), originalLines: lines.length, cut };
}

const untouched = (text: string): Trimmed => ({
  text,
  originalBytes: Buffer.byteLength(text),
  originalLines: text.split('\n').length,
  cut: [],
});

/** The log records whose first line tells the incident (the Flink log reader's events and their neighbours). */
const INCIDENT =
  /OutOfMemoryError|switched from|Recovery is suppressed|Fatal|FATAL|Terminating|exit code|heartbeat|no longer reachable|Disconnect|Restarting job|NoResourceAvailable|Registering TaskManager|RemoteTransport|initialization on master|Stopped BLOB|Shutting|ERROR|WARN/;
const RECORD_START = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} /;
const HEAD_LINES = 250;
const TAIL_LINES = 40;

/** Keeps the startup, incident records (first line + up to `stack` continuation lines, at most `records` of them: first and last halves) and the end. */
function flinkLogKeep(lines: readonly string[], stack: number, records: number): boolean[] {
  const keep = lines.map((_, i) => i < HEAD_LINES || i >= lines.length - TAIL_LINES);
  const starts = lines.flatMap((l, i) => (i >= HEAD_LINES && RECORD_START.test(l) && INCIDENT.test(l) ? [i] : []));
  const chosen =
    starts.length <= records
      ? starts
      : [...starts.slice(0, Math.ceil(records / 2)), ...starts.slice(starts.length - Math.floor(records / 2))];
  for (const s of chosen) {
    keep[s] = true;
    for (let j = s + 1, n = 0; j < lines.length && n < stack && !RECORD_START.test(lines[j] as string); j++, n++) keep[j] = true;
  }
  return keep;
}

export function trimFlinkLog(text: string, limit = LIMIT_BYTES): Trimmed {
  if (Buffer.byteLength(text) <= limit) return untouched(text);
  const lines = text.split('\n');
  for (const records of [Number.POSITIVE_INFINITY, 400, 200, 100, 50, 20]) {
    for (const stack of [25, 8, 2]) {
      const keep = flinkLogKeep(lines, stack, records);
      if (bytes(lines.filter((_, i) => keep[i])) <= limit) return keepOnly(lines, keep);
    }
  }
  return keepOnly(lines, flinkLogKeep(lines, 0, 10));
}

const gcId = (line: string): number | undefined => {
  const m = /\bGC\((\d+)\)/.exec(line);
  return m?.[1] === undefined ? undefined : Number(m[1]);
};

/** Keeps every line without a GC id (the JVM's header), the first `k` and the last `k` collections whole. */
export function trimGcLog(text: string, limit = LIMIT_BYTES): Trimmed {
  if (Buffer.byteLength(text) <= limit) return untouched(text);
  const lines = text.split('\n');
  const ids = [...new Set(lines.map(gcId).filter((x): x is number => x !== undefined))].sort((a, b) => a - b);
  const keepFor = (k: number) => {
    const kept = new Set([...ids.slice(0, k), ...ids.slice(Math.max(k, ids.length - k))]);
    return lines.map((l) => {
      const id = gcId(l);
      return id === undefined || kept.has(id);
    });
  };
  let lo = 0;
  let hi = Math.ceil(ids.length / 2);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (bytes(lines.filter((_, i) => keepFor(mid)[i])) <= limit) lo = mid;
    else hi = mid - 1;
  }
  return keepOnly(lines, keepFor(lo));
}

/** A text scrape over the limit keeps the JVM and job-level families (`flink_*_Status_*`, numRestarts) with their HELP and TYPE lines. */
export function trimScrape(text: string, limit = LIMIT_BYTES): Trimmed {
  if (Buffer.byteLength(text) <= limit) return untouched(text);
  const lines = text.split('\n');
  const wanted = (name: string) => /^flink_(taskmanager|jobmanager)_Status_|^flink_jobmanager_job_numRestarts/.test(name);
  const keep = lines.map((l) => {
    const name = l.startsWith('# ') ? l.split(' ')[2] : l.split(/[{ ]/)[0];
    return l === '' || wanted(name ?? '');
  });
  return keepOnly(lines, keep);
}
