// Protects the controller: play advances by speed × wall time with one request in flight, seeks
// queue behind it, the run stops at its end, a worker error pauses with the message shown, a check of "the scenario as it
// is now" runs unrun edits first, a "Why?" suggestion applied forks the run at the cursor, Details opens on the process that failed
// first (else the first TaskManager), and the dashboard watches the scenario's panels or the current lesson step's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settle, useFakeAnimationFrames } from '../../helpers/animationFrames';
import type { FromWorker, ToWorker } from '../../../src/sandbox/protocol';
import { SimSession } from '../../../src/sandbox/simSession';
import { SandboxController, type WorkerLike } from '../../../src/ui/sandbox/sandboxController.svelte';

const ROOT = join(import.meta.dirname, '../../..');
const hello = readFileSync(join(ROOT, 'scenarios', 'hello-memory-model.yaml'), 'utf8');
const direct = readFileSync(join(ROOT, 'scenarios', 'direct-leak-on-restart.yaml'), 'utf8');

/** The real session, answering asynchronously as a worker does; records what it was asked. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  readonly asked: ToWorker[] = [];
  pending = 0;
  private readonly session = new SimSession((m) => {
    this.pending += 1;
    setTimeout(() => {
      this.pending -= 1;
      this.onmessage?.({ data: m } as MessageEvent<FromWorker>);
    }, 0);
  });
  postMessage(message: ToWorker): void {
    this.asked.push(message);
    this.session.handle(message);
  }
  terminate(): void {}
}

const { animate } = useFakeAnimationFrames();

async function loaded(): Promise<{ c: SandboxController; w: FakeWorker }> {
  let w!: FakeWorker;
  const c = new SandboxController(() => (w = new FakeWorker()));
  c.load(hello, 'hello-memory-model.yaml');
  await settle();
  return { c, w };
}

describe('SandboxController', () => {
  it('loads a scenario and shows its start', async () => {
    const { c } = await loaded();
    expect(c.loaded?.id).toBe('hello-memory-model');
    expect(c.nowMs).toBe(0);
    expect(c.traceHash).toMatch(/^[0-9a-f]{16}$/);
    expect(c.histories.length).toBe(c.loaded?.processes.length);
  });

  it('advances speed × wall time per frame, never with two requests in flight', async () => {
    const { c, w } = await loaded();
    c.setSpeedExp(3);
    c.play();
    animate(16);
    animate(16); // the first answer has not arrived: no second request
    // detail 1: the first TaskManager's details are open (hello-memory-model has no failure).
    expect(w.asked.filter((m) => m.type === 'goto')).toEqual([{ type: 'goto', toMs: 16_000, detail: 1 }]);
    await settle();
    expect(c.nowMs).toBe(16_000);
    animate(100);
    expect(w.asked.at(-1)).toEqual({ type: 'goto', toMs: 116_000, detail: 1 });
    c.pause();
  });

  it('queues a seek behind the request in flight and lands exactly there', async () => {
    const { c, w } = await loaded();
    c.seek(3_600_000);
    c.seek(1_800_000);
    c.seek(2_700_000);
    await settle();
    await settle();
    expect(w.asked.filter((m) => m.type === 'goto').map((m) => m.type === 'goto' && m.toMs)).toEqual([3_600_000, 2_700_000]);
    expect(c.nowMs).toBe(2_700_000);
  });

  it('stops at the end of the run and clamps speed to 1×…10^6×', async () => {
    const { c } = await loaded();
    c.setSpeedExp(9);
    expect(c.speed).toBe(1e6);
    c.setSpeedExp(-2);
    expect(c.speed).toBe(1);
    c.seek(Number.MAX_SAFE_INTEGER);
    await settle();
    expect(c.finished).toBe(true);
    expect(c.playing).toBe(false);
  });

  it('opens a scenario at the speed that plays it in 30–60 s, and keeps a chosen speed through a fork', async () => {
    const { c } = await loaded();
    const duration = c.loaded?.durationMs ?? 0;
    expect(duration / 1000 / c.speed).toBeGreaterThanOrEqual(30);
    expect(duration / 1000 / c.speed).toBeLessThanOrEqual(60);
    c.setSpeedExp(6);
    c.inject({ action: 'kill-container', target: 'taskmanager-1' });
    await settle();
    await settle();
    expect(c.interventions).toHaveLength(1);
    expect(c.speed).toBe(1e6);
  });

  it('shows a scenario error and stays paused', async () => {
    let w!: FakeWorker;
    const c = new SandboxController(() => (w = new FakeWorker()));
    c.load('duration: soon\n', 'bad.yaml');
    await settle();
    expect(w.asked).toHaveLength(1);
    expect(c.error).toMatch(/duration/);
    expect(c.loaded).toBeUndefined();
    c.play();
    expect(c.playing).toBe(false);
  });
});

describe('SandboxController, a refused scenario', () => {
  it('keeps the current run, its text and its interventions', async () => {
    const { c } = await loaded();
    c.seek(600_000);
    await settle();
    c.inject({ action: 'force-gc', target: 'taskmanager-1' });
    await settle();
    await settle();
    const source = c.source;
    expect(c.interventions).toHaveLength(1);
    expect(c.nowMs).toBe(600_000);
    c.load('title: Broken\nduration: soon\n', 'broken.yaml');
    await settle();
    expect(c.error).toMatch(/duration/);
    expect(c.source).toBe(source);
    expect(c.interventions).toHaveLength(1);
    expect(c.loaded?.id).toBe('hello-memory-model');
    c.seek(700_000);
    await settle();
    expect(c.nowMs).toBe(700_000);
  });

  it('zooms every chart to a span of at least four buckets, inside the run, and back to the whole run', async () => {
    const { c } = await loaded();
    const run = c.loaded?.durationMs ?? 0;
    const bucket = c.loaded?.bucketMs ?? 0;
    c.setZoom(7_200_000, 3_600_000);
    expect(c.zoom).toEqual({ fromMs: 3_600_000, toMs: 7_200_000 });
    c.setZoom(1000, 1001);
    expect(c.zoom).toEqual({ fromMs: 1000, toMs: 1000 + 4 * bucket });
    c.setZoom(run - 10, run + 5_000_000);
    expect(c.zoom?.toMs).toBe(run);
    c.setZoom(-5, run + 5);
    expect(c.zoom).toBeUndefined();
    c.setZoom(0, 3_600_000);
    c.resetZoom();
    expect(c.zoom).toBeUndefined();
  });

  it('opens one process in detail: the next frame carries its diagnostics at the cursor', async () => {
    const { c, w } = await loaded();
    c.select(1);
    await settle();
    expect(w.asked.at(-1)).toEqual({ type: 'goto', toMs: 0, detail: 1 });
    expect(c.detail?.process).toBe(1);
    expect(c.detail?.heapHistogram.some((e) => e.className === '[Flink runtime objects]')).toBe(true);
    c.select(99);
    expect(c.selected).toBe(1);
  });

  it('opens the first TaskManager, then the process that failed first, until the user picks one', async () => {
    const c = new SandboxController(() => new FakeWorker());
    c.load(readFileSync(join(ROOT, 'scenarios', 'jm-metaspace-batch.yaml'), 'utf8'), 'jm-metaspace-batch.yaml');
    await settle();
    const name = () => c.loaded?.processes[c.selected]?.name;
    expect(name()).toBe('taskmanager-1');
    // The JobManager's metaspace OOM at 2d 01:00:00 is the run's first failure (flink-mem run).
    c.seek(49 * 3_600_000 + 60_000);
    await settle();
    await settle();
    expect(name()).toBe('jobmanager');
    expect(c.detail?.process).toBe(c.selected);
    // A rewind before it keeps it (the run is deterministic); a user's pick is kept whatever fails.
    c.seek(3_600_000);
    await settle();
    expect(name()).toBe('jobmanager');
    c.select(1);
    c.seek(4 * 24 * 3_600_000 + 6 * 3_600_000);
    await settle();
    expect(name()).toBe('taskmanager-1');
  });

  it('keeps what the charts mark — failures, restarts, checkpoints — and drops it on a rewind', async () => {
    const c = new SandboxController(() => new FakeWorker());
    c.load(readFileSync(join(ROOT, 'scenarios', 'expired-windows-heap.yaml'), 'utf8'), 'expired-windows-heap.yaml');
    await settle();
    c.seek(5 * 3_600_000);
    await settle();
    const kinds = (kind: keyof typeof c.marks) => c.marks[kind].map((i) => c.events[i]?.type);
    expect(kinds('failure')).toContain('jvm.oom');
    expect(kinds('restart').length).toBeGreaterThan(0);
    expect(new Set(kinds('checkpoint'))).toEqual(new Set(['checkpoint.completed', 'checkpoint.failed']));
    c.seek(30 * 60_000);
    await settle();
    expect(c.marks.failure).toEqual([]);
    expect(c.marks.checkpoint.every((i) => (c.events[i]?.atMs ?? Infinity) <= 30 * 60_000)).toBe(true);
  });

  it('checks the scenario as edited: unrun edits are run first (fork at the cursor), a refused edit is not judged', async () => {
    // The memory-model lesson's exercise: no mixed GC on taskmanager-1 (fails as shipped, passes with managed.size 0).
    const goal = [
      {
        event: 'gc',
        where: { process: 'taskmanager-1', kind: 'mixed' },
        beforeMs: undefined,
        afterMs: undefined,
        absent: true,
        atLeast: 1,
      },
    ];
    const { c } = await loaded();
    c.seek(600_000);
    await settle();
    const [before] = await c.evaluateScenario([goal]);
    expect(before?.passed).toBe(false);
    expect(before?.descriptions[0]?.text).toMatch(/: happened at \d\d:\d\d:\d\d(\.\d{3})? on taskmanager-1$/);

    const edited = hello.replace(
      'taskmanager.memory.process.size: 1728m',
      'taskmanager.memory.process.size: 1728m\n    taskmanager.memory.managed.size: "0"',
    );
    expect(edited).not.toBe(hello);
    c.draft = { yamlText: 'title: Broken\nduration: soon\n', fileName: 'hello-memory-model.yaml' };
    await expect(c.evaluateScenario([goal])).rejects.toThrow(/cannot run.*duration/s);
    expect(c.source?.yamlText).toBe(hello);

    c.draft = { yamlText: edited, fileName: 'hello-memory-model.yaml' };
    const [after] = await c.evaluateScenario([goal]);
    expect(after?.passed).toBe(true);
    await settle();
    await settle();
    expect(c.source?.yamlText).toBe(edited);
    expect(c.nowMs).toBe(600_000);
  });

  it("applies a Why? suggestion's changes to the scenario and runs it from the cursor", async () => {
    const { c } = await loaded();
    c.seek(600_000);
    await settle();
    const hash = c.traceHash;
    c.applyChanges([{ key: 'taskmanager.memory.process.size', to: '2g' }]);
    await settle();
    await settle();
    expect(c.source?.yamlText).toContain('taskmanager.memory.process.size: 2g');
    expect(c.loaded?.processes[1]?.processSizeBytes).toBe(2 * 1024 ** 3);
    expect(c.nowMs).toBe(600_000);
    expect(c.traceHash).not.toBe(hash);
  });

  it("watches the scenario's panels, a lesson step's while it shows (through a fork and another scenario), then the scenario's again", async () => {
    const { c } = await loaded();
    expect(c.watching).toEqual(['Status.JVM.Memory.Heap.Used', 'Status.JVM.Memory.Direct.MemoryUsed', 'rssBytes']);
    c.watchStep(['Status.JVM.GarbageCollector.Time']);
    expect(c.watching).toEqual(['Status.JVM.GarbageCollector.Time']);
    c.seek(600_000);
    await settle();
    c.inject({ action: 'force-gc', target: 'taskmanager-1' });
    await settle();
    await settle();
    expect(c.interventions).toHaveLength(1);
    expect(c.watching).toEqual(['Status.JVM.GarbageCollector.Time']);
    c.load(direct, 'direct-leak-on-restart.yaml');
    await settle();
    expect(c.loaded?.id).toBe('direct-leak-on-restart');
    expect(c.watching).toEqual(['Status.JVM.GarbageCollector.Time']);
    c.watchStep(undefined);
    expect(c.watching).toEqual(['Status.JVM.Memory.Direct.MemoryUsed', 'numRestarts']);
  });

  it('stops playing at each hold (a lesson question), and Play at one plays past it to the next, however close', async () => {
    const { c } = await loaded();
    c.holds = [30_000, 31_000];
    c.setSpeedExp(3);
    c.play();
    for (let i = 0; i < 10; i++) {
      animate(16);
      await settle();
    }
    expect(c.playing).toBe(false);
    expect(c.nowMs).toBe(30_000);
    // Not answered, still a hold: Play passes it and stops at the next one, a single frame (16 s) away.
    c.play();
    for (let i = 0; i < 3; i++) {
      animate(16);
      await settle();
    }
    expect(c.playing).toBe(false);
    expect(c.nowMs).toBe(31_000);
    c.holds = [];
    c.play();
    animate(16);
    await settle();
    animate(16);
    await settle();
    expect(c.nowMs).toBeGreaterThan(31_000);
  });
});
