// Protects the second run beside the main one: it follows the main cursor (seek, play, pause), is held at its own end
// when shorter, shares the zoomed span, sends a user's gesture on its charts to the main run, is exactly the run it
// would be alone (same trace hash at the same time), and closing it ends its worker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settle, useFakeAnimationFrames } from '../../helpers/animationFrames';
import type { FromWorker, ToWorker } from '../../../src/sandbox/protocol';
import { SimSession } from '../../../src/sandbox/simSession';
import { CompareRun, sharedSpan } from '../../../src/ui/sandbox/compareRun.svelte';
import { SandboxController, type WorkerLike } from '../../../src/ui/sandbox/sandboxController.svelte';

const ROOT = join(import.meta.dirname, '../../..');
const text = (id: string) => readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8');
/** 3 h and 2 h long: the second run is the shorter one. */
const MAIN = 'container-vs-jvm-limits';
const SHORT = 'hello-memory-model';

/** The real session, answering asynchronously as a worker does. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  readonly asked: ToWorker[] = [];
  terminated = false;
  private readonly session = new SimSession((m) => setTimeout(() => this.onmessage?.({ data: m } as MessageEvent<FromWorker>), 0));
  postMessage(message: ToWorker): void {
    this.asked.push(message);
    this.session.handle(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const { animate, waiting } = useFakeAnimationFrames();

/** The main run and a comparison with `second` open; `follow` runs after every step, as the page's effect does. */
async function comparing(second: string, seed?: string) {
  const workers: FakeWorker[] = [];
  const make = () => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  };
  const main = new SandboxController(make);
  main.load(text(MAIN), `${MAIN}.yaml`);
  await settle();
  const compare = new CompareRun(main, make, async (id) => text(id));
  await compare.open({ id: second, seed });
  await settle();
  const sync = async () => {
    for (let i = 0; i < 4; i++) {
      compare.follow();
      await settle();
    }
  };
  await sync();
  return { main, compare, workers, sync, other: () => compare.controller as SandboxController };
}

describe('CompareRun', () => {
  it('follows a seek of the main run, and is the run it would be alone at that time', async () => {
    const { main, other, sync } = await comparing(SHORT);
    main.seek(3_600_000);
    await settle();
    await sync();
    expect(other().nowMs).toBe(3_600_000);
    const alone = new SandboxController(() => new FakeWorker());
    alone.load(text(SHORT), `${SHORT}.yaml`);
    await settle();
    alone.seek(3_600_000);
    await settle();
    expect(alone.nowMs).toBe(3_600_000);
    expect(other().traceHash).toBe(alone.traceHash);
    expect(other().traceHash).not.toBe(main.traceHash);
  });

  it('is held at its own end when the cursor passes it, and follows back', async () => {
    const { main, other, workers, sync } = await comparing(SHORT);
    main.seek(10_000_000);
    await settle();
    await sync();
    expect(main.nowMs).toBe(10_000_000);
    expect(other().nowMs).toBe(other().loaded?.durationMs);
    expect(other().nowMs).toBe(7_200_000);
    // Held there: later frames of the main run ask the second run nothing more.
    const asked = workers[1]?.asked.length;
    main.seek(10_200_000);
    await settle();
    await sync();
    expect(workers[1]?.asked.length).toBe(asked);
    main.seek(1_000_000);
    await settle();
    await sync();
    expect(other().nowMs).toBe(1_000_000);
  });

  it('plays while the main run plays (its charts throttled as the main) and stops with it, on the same cursor', async () => {
    const { main, compare, other, sync } = await comparing(SHORT);
    main.setSpeedExp(3);
    main.play();
    for (let i = 0; i < 5; i++) {
      animate(16);
      await settle();
      compare.follow();
      await settle();
    }
    expect(main.playing).toBe(true);
    expect(other().playing).toBe(true);
    expect(main.nowMs).toBeGreaterThan(0);
    // No animation loop of its own: only the main run asks for frames.
    expect(waiting()).toBe(1);
    main.pause();
    await sync();
    expect(other().playing).toBe(false);
    expect(other().nowMs).toBe(main.nowMs);
  });

  it('sends a gesture on its charts (seek, zoom) to the main run and shares the main span', async () => {
    const { main, other, sync } = await comparing(SHORT);
    other().seek(1_800_000);
    await settle();
    await sync();
    expect(main.nowMs).toBe(1_800_000);
    expect(other().nowMs).toBe(1_800_000);
    other().setZoom(600_000, 2_400_000);
    await sync();
    expect(main.zoom).toEqual({ fromMs: 600_000, toMs: 2_400_000 });
    expect(other().zoom).toEqual(main.zoom);
    other().resetZoom();
    await sync();
    expect(main.zoom).toBeUndefined();
    // The whole run of the main (3 h), not the second's own 2 h: one time axis.
    expect(other().zoom).toEqual({ fromMs: 0, toMs: 10_800_000 });
  });

  it('releases its worker when closed or replaced, and the main run goes on', async () => {
    const { main, compare, workers } = await comparing(SHORT);
    expect(workers).toHaveLength(2);
    await compare.open({ id: MAIN, seed: '9' });
    expect(workers).toHaveLength(3);
    expect(workers[1]?.terminated).toBe(true);
    compare.close();
    expect(workers[2]?.terminated).toBe(true);
    expect(workers[0]?.terminated).toBe(false);
    expect(compare.controller).toBeUndefined();
    compare.follow();
    main.seek(60_000);
    await settle();
    expect(main.nowMs).toBe(60_000);
  });

  it('runs the same scenario under another seed, named by its seeds', async () => {
    const { compare, other } = await comparing(MAIN, '5');
    expect(other().loaded?.seed).toBe('5');
    expect(compare.labels?.main).toBe(`this seed: ${MAIN}, seed 4`);
    expect(compare.labels?.other).toBe(`other seed: ${MAIN}, seed 5`);
    expect(compare.overlayRuns).toEqual([]);
    compare.layout = 'overlay';
    expect(compare.overlayRuns).toEqual([{ controller: compare.controller, label: `other seed: ${MAIN}, seed 5` }]);
  });
});

describe('sharedSpan', () => {
  it("is the main zoom, else the main run's length when the lengths differ", () => {
    expect(sharedSpan({ fromMs: 1, toMs: 2 }, 10, 5)).toEqual({ fromMs: 1, toMs: 2 });
    expect(sharedSpan(undefined, 10, 10)).toBeUndefined();
    expect(sharedSpan(undefined, 10, 5)).toEqual({ fromMs: 0, toMs: 10 });
  });
});
