// Protects the worker's session in Node: a straight run's hash, rewinds that replay to the same
// hash, and frames from which the page rebuilds exactly the engine's event list and history.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../models/run/runScenario';
import type { TraceEvent } from '../../../models/engine/trace';
import { loadScenario } from '../../../models/scenario/loadScenario';
import type { FromWorker } from '../../../src/sandbox/protocol';
import { SimSession } from '../../../src/sandbox/simSession';
import { CHART_COLUMNS } from '../../../src/sandbox/chartColumns';
import { isNotable } from '../../../src/sandbox/eventKinds';

const ROOT = join(import.meta.dirname, '../../..');
const text = (id: string) => readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8');

/** What the page keeps: the event list and the history, rebuilt from frames as the controller does. */
function page() {
  const messages: FromWorker[] = [];
  let events: TraceEvent[] = [];
  let max: Float64Array[] = [];
  let last: Extract<FromWorker, { type: 'frame' }> | undefined;
  const session = new SimSession((m) => {
    messages.push(m);
    if (m.type === 'loaded') max = m.processes.map(() => new Float64Array(m.bucketCount * CHART_COLUMNS.length).fill(NaN));
    if (m.type !== 'frame') return;
    last = m;
    events = [...events.slice(0, m.eventsFrom), ...m.events];
    for (const u of m.series) max[u.process]?.set(u.max, u.fromBucket * CHART_COLUMNS.length);
  });
  return { session, messages, events: () => events, max: () => max, last: () => last };
}

describe('SimSession', () => {
  const id = 'direct-leak-on-restart';
  const straight = runScenario(loadScenario(text(id), `${id}.yaml`));
  const notable = straight.events.filter(isNotable);

  it('reaches the hash and the events of a straight run, frame by frame', () => {
    const p = page();
    p.session.handle({ type: 'load', yamlText: text(id), fileName: `${id}.yaml` });
    for (let t = 0; t <= 12 * 3_600_000; t += 1_800_000) p.session.handle({ type: 'goto', toMs: t });
    expect(p.last()?.traceHash).toBe(straight.traceHash);
    expect(p.events()).toEqual(notable);
  });

  it('rewinds and replays to the same hash, events and history', () => {
    const p = page();
    p.session.handle({ type: 'load', yamlText: text(id), fileName: `${id}.yaml` });
    p.session.handle({ type: 'goto', toMs: 12 * 3_600_000 });
    const history = p.max().map((a) => a.slice());
    p.session.handle({ type: 'goto', toMs: 2 * 3_600_000 + 123_456 });
    expect(p.last()?.nowMs).toBe(2 * 3_600_000 + 123_456);
    expect(p.events()).toEqual(notable.filter((e) => e.atMs <= 2 * 3_600_000 + 123_456));
    p.session.handle({ type: 'goto', toMs: 12 * 3_600_000 });
    expect(p.last()?.traceHash).toBe(straight.traceHash);
    expect(p.events()).toEqual(notable);
    expect(p.max()).toEqual(history);
  });

  it('gives every event on request: the newest of a process, and the whole trace as JSON', () => {
    const p = page();
    p.session.handle({ type: 'load', yamlText: text(id), fileName: `${id}.yaml` });
    p.session.handle({ type: 'goto', toMs: 6 * 3_600_000 });
    expect(p.last()?.eventCount).toBe(straight.events.filter((e) => e.atMs <= 6 * 3_600_000).length);
    p.session.handle({ type: 'recent-events', filter: { process: 'taskmanager-2', type: 'all', level: 'info' }, limit: 50 });
    const recent = p.messages.at(-1);
    const expected = straight.events.filter((e) => e.atMs <= 6 * 3_600_000 && e.process === 'taskmanager-2').slice(-50);
    expect(recent).toEqual({ type: 'recent-events', events: expected });
    p.session.handle({ type: 'goto', toMs: 12 * 3_600_000 });
    p.session.handle({ type: 'export-trace' });
    const trace = p.messages.at(-1);
    const parsed = JSON.parse(trace?.type === 'trace' ? trace.json : '{}');
    expect(parsed.traceHash).toBe(straight.traceHash);
    expect(parsed.events).toEqual(JSON.parse(JSON.stringify(straight.events)));
  });

  it('keeps the longest GC pauses from the GC log, and gives one process diagnostics at the cursor', () => {
    const gcId = 'expired-windows-heap';
    const p = page();
    p.session.handle({ type: 'load', yamlText: text(gcId), fileName: `${gcId}.yaml` });
    // G1 runs no full GC until the old generation is full: taskmanager-1's first comes at 4h18m12s, its heap OOM at
    // 4h28m16s after the thrash; the cursor goes past both.
    p.session.handle({ type: 'goto', toMs: 270 * 60_000, detail: 1 });
    const events = runScenario(loadScenario(text(gcId), `${gcId}.yaml`)).events.filter((e) => e.atMs <= 270 * 60_000);
    const longest = (kind: 'full' | 'young') =>
      Math.max(
        0,
        ...events.flatMap((e) =>
          e.type === 'gc' && e.process === 'taskmanager-1' && (e.kind === 'full') === (kind === 'full') ? [e.pauseMs] : [],
        ),
      );
    const k = (key: string) => CHART_COLUMNS.findIndex((c) => c.key === key);
    const column = (key: string) =>
      Array.from(p.max()[1] ?? [])
        .filter((_, i) => i % CHART_COLUMNS.length === k(key))
        .filter(Number.isFinite);
    expect(longest('full')).toBeGreaterThan(0);
    expect(Math.max(...column('longestFullPause'))).toBe(longest('full'));
    expect(Math.max(...column('longestYoungPause'))).toBe(longest('young'));
    // Before the heap OOM, window state is the largest holder on the heap.
    p.session.handle({ type: 'goto', toMs: 210 * 60_000, detail: 1 });
    const detail = p.last()?.detail;
    expect(detail?.process).toBe(1);
    expect(detail?.atMs).toBe(210 * 60_000);
    expect(detail?.heapHistogram[0]?.className).toBe('org.apache.flink.runtime.state.heap.CopyOnWriteStateMap$StateMapEntry');
    expect(detail?.nativeProfile.reduce((sum, s) => sum + s.percent, 0)).toBeCloseTo(100, 0);
  });

  it('explains the failures up to the cursor, all or the one asked for', () => {
    const p = page();
    p.session.handle({ type: 'load', yamlText: text(id), fileName: `${id}.yaml` });
    p.session.handle({ type: 'goto', toMs: 5 * 3_600_000 });
    p.session.handle({ type: 'explain', id: 1 });
    const all = p.messages.at(-1);
    const stories = all?.type === 'explained' ? all.explanations : [];
    // the first of each cause up to the cursor, with how many it stands for: the write-up's container shutdowns
    // (injected) come first, then the direct OOMs of the restart loop, one story for all of them
    expect(stories.map((s) => `${s.type} ${s.detail}`)).toEqual(['container.killed injected', 'jvm.oom direct']);
    const ooms = straight.events.filter((e) => e.type === 'jvm.oom' && e.atMs <= 5 * 3_600_000);
    const story = stories.find((s) => s.type === 'jvm.oom');
    expect(story).toMatchObject({ atMs: ooms[0]?.atMs, process: ooms[0]?.process, type: 'jvm.oom' });
    expect(story?.repeats).toMatchObject({ count: ooms.length, lastAtMs: ooms.at(-1)?.atMs });
    expect(story?.limit?.terms.reduce((sum, t) => sum + t.bytes, 0)).toBe(story?.limit?.bytes);
    expect(story?.text).toContain('-XX:MaxDirectMemorySize');
    const last = straight.events.filter((e) => e.type === 'jvm.oom' && e.atMs <= 5 * 3_600_000).at(-1);
    p.session.handle({ type: 'explain', id: 2, event: { atMs: last?.atMs ?? 0, process: last?.process ?? '', type: 'jvm.oom' } });
    const one = p.messages.at(-1);
    // the subtasks on one TaskManager open concurrently: each that overflows is an OOM of that same millisecond
    const times = one?.type === 'explained' ? one.explanations.map((s) => s.atMs) : [];
    expect(times.length).toBeGreaterThan(0);
    expect(new Set(times)).toEqual(new Set([last?.atMs]));
  });

  it('reports a scenario error by its field instead of throwing', () => {
    const p = page();
    p.session.handle({ type: 'load', yamlText: 'title: x\nduration: soon\n', fileName: 'bad.yaml' });
    const error = p.messages.find((m) => m.type === 'error');
    expect(error && error.type === 'error' && error.message).toMatch(/duration/);
  });
});
