// Protects the sandbox end to end in Chromium: a library scenario plays in the worker to the same
// trace hash as a Node run, the direct-memory staircase ends in an OOM marker, a rewind and a
// replay land on the same hash, and the keyboard drives time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runScenario } from '../../models/run/runScenario';
import { Simulation } from '../../models/engine/simulation';
import { loadScenario } from '../../models/scenario/loadScenario';
import { ROOT, screenshot, useHarness } from './harness';
import { openSandbox, perProcess, seekTo, setRange } from './sandboxPage';

const browser = useHarness();

const open = (scenario: string) => openSandbox(browser, scenario);

function nodeHash(id: string): string {
  const file = `${id}.yaml`;
  return runScenario(loadScenario(readFileSync(join(ROOT, 'scenarios', file), 'utf8'), file)).traceHash;
}

const hashOf = (page: Page) => page.locator('[data-testid="trace-hash"]').textContent();
const playButton = (page: Page) => page.getByRole('button', { name: /Play|Pause/ });

async function playToEnd(page: Page): Promise<void> {
  await page.getByRole('slider', { name: /Speed/ }).focus();
  await page.keyboard.press('End');
  await expect(page.locator('[data-testid="speed"]').textContent()).resolves.toBe('1,000,000×');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(
    () => {
      const clock = document.querySelector('[data-testid="clock"]')?.textContent ?? '';
      const [now, end] = clock.split(' / ');
      return now === end;
    },
    undefined,
    { timeout: 60_000 },
  );
  await expect(playButton(page).textContent()).resolves.toContain('Play');
}

describe('the sandbox', () => {
  it('plays direct-leak-on-restart to the staircase and the OOM, with the hash of a Node run', async () => {
    const page = await open('direct-leak-on-restart');
    await expect(page.locator('[data-testid="process-card"]').count()).resolves.toBe(5);
    await perProcess(page);
    await playToEnd(page);
    expect(await page.locator('[data-testid="marker-jvm.oom"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="event-log"] li[data-type="jvm.oom"]').first().textContent()).toContain(
      'OutOfMemoryError: Direct buffer memory',
    );
    const straight = await hashOf(page);
    expect(straight).toBe(nodeHash('direct-leak-on-restart'));
    // Charts out of view catch up in idle time once paused.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="pool-chart"]')].every((f) => f.getAttribute('data-drawn') === 'true'),
    );
    await screenshot(page, 'sandbox-direct-leak-on-restart');

    // Hovering a chart gives the exact values under the pointer with Flink's metric names.
    await page.locator('[data-testid="pool-chart"][data-process="taskmanager-1"] svg').hover({ position: { x: 200, y: 80 } });
    const tip = page.locator('[data-testid="chart-tooltip"]');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('Status.JVM.Memory.Direct.MemoryUsed');
    await screenshot(page, 'sandbox-chart-tooltip', false);

    // Rewind to an hour in, then forward to the end again: the same trace.
    await seekTo(page, 3_600_000, '01:00:00');
    expect(await hashOf(page)).not.toBe(straight);
    await setRange(page, 'timeline', 12 * 3_600_000);
    await page.waitForFunction((h) => document.querySelector('[data-testid="trace-hash"]')?.textContent === h, straight, {
      timeout: 30_000,
    });
  });

  it('injects a container kill at the cursor and the TaskManager comes back in a new container', async () => {
    const page = await open('hello-memory-model');
    await seekTo(page, 3_600_000, '01:00:00');
    await page.locator('[data-testid="inject-action"]').selectOption('kill-container');
    await page.locator('[data-testid="inject-target"]').selectOption('taskmanager-1');
    await page.locator('[data-testid="inject"]').click();
    await expect(page.locator('[data-testid="interventions"] li').textContent()).resolves.toContain('kill-container → taskmanager-1');
    await page.waitForFunction(() => document.querySelector('[data-testid="clock"]')?.textContent?.startsWith('01:00:00'));
    await setRange(page, 'timeline', 3_600_000 + 10 * 60_000);
    const killed = page.locator('[data-testid="event-log"] li[data-type="container.killed"]');
    await killed.first().waitFor();
    expect(await killed.first().textContent()).toContain('taskmanager-1');
    const restarted = page.locator('[data-testid="event-log"] li[data-type="process.started"]', { hasText: 'taskmanager-1' });
    expect(await restarted.count()).toBeGreaterThanOrEqual(2);
    await expect(page.locator('[data-testid="process-card"][data-process="taskmanager-1"]').getAttribute('data-alive')).resolves.toBe(
      'true',
    );
    await screenshot(page, 'sandbox-inject-kill', false);
  });

  it('injects a leak by pool and shape at the cursor: a 2 GiB direct burst ends in a direct OOM', async () => {
    const page = await open('hello-memory-model');
    await seekTo(page, 3_600_000, '01:00:00');
    await page.locator('[data-testid="inject-action"]').selectOption('leak');
    await page.locator('[data-testid="leak-pool"]').selectOption('metaspace');
    // Class loading is discrete: metaspace offers no per-record or ramp.
    await expect(page.locator('[data-testid="leak-shape"] option').allTextContents()).resolves.toEqual(['per-restart', 'burst']);
    await page.locator('[data-testid="leak-pool"]').selectOption('direct');
    await page.locator('[data-testid="leak-shape"]').selectOption('burst');
    await page.locator('[data-testid="leak-size"]').fill('two gigs');
    await expect(page.locator('[data-testid="inject"]').isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('two gigs');
    await page.locator('[data-testid="leak-size"]').fill('2g');
    await page.locator('[data-testid="inject-target"]').selectOption('taskmanager-1');
    await page.locator('[data-testid="inject"]').click();
    await expect(page.locator('[data-testid="interventions"] li').textContent()).resolves.toContain('leak 2g direct burst → taskmanager-1');
    await page.waitForFunction(() => document.querySelector('[data-testid="clock"]')?.textContent?.startsWith('01:00:00'));
    await setRange(page, 'timeline', 3_600_000 + 60_000);
    const oom = page.locator('[data-testid="event-log"] li[data-type="jvm.oom"]');
    await oom.first().waitFor();
    expect(await oom.first().textContent()).toContain('Direct buffer memory');
    await expect(page.locator('[data-testid="event-log"] li[data-type="fault.injected"]').first().textContent()).resolves.toContain(
      '2 GiB of direct memory at once',
    );
  });

  it('round-trips a share link to the same run, and refuses a damaged one', async () => {
    const page = await open('hello-memory-model');
    await seekTo(page, 3_600_000, '01:00:00');
    await page.locator('[data-testid="inject-action"]').selectOption('force-gc');
    await page.locator('[data-testid="inject"]').click();
    await seekTo(page, 5_400_000, '01:30:00');
    const hash = await hashOf(page);
    await page.locator('[data-testid="share"]').click();
    const url = await page.locator('[data-testid="share-url"]').inputValue();
    expect(url).toContain('#run=v1.');
    const base = browser.harness().baseUrl;
    const shared = (await browser.open(url.slice(base.length))).page;
    await shared.waitForFunction((h) => document.querySelector('[data-testid="trace-hash"]')?.textContent === h, hash);
    await expect(shared.locator('[data-testid="clock"]').textContent()).resolves.toMatch(/^01:30:00/);

    const damaged = (await browser.open(url.slice(base.length, -6))).page;
    const alert = damaged.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/cannot be opened: the link is damaged/);
    await expect(damaged.locator('[data-testid="process-card"]').count()).resolves.toBe(0);
  });

  it('exports every metric sample up to the cursor as CSV with Flink metric names', async () => {
    const page = await open('hello-memory-model');
    await seekTo(page, 600_000, '00:10:00');
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-csv"]').click()]);
    const text = readFileSync((await file.path()) as string, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^timeMs,process,Status\.JVM\.Memory\.Heap\.Used,/);
    let expected = 0;
    const sim = new Simulation(
      loadScenario(readFileSync(join(ROOT, 'scenarios', 'hello-memory-model.yaml'), 'utf8'), 'hello-memory-model.yaml'),
      {
        sinks: [{ sample: () => void (expected += 1), event: () => undefined }],
      },
    );
    sim.advanceTo(600_000);
    expect(lines.length - 1).toBe(expected);
    expect(expected).toBeGreaterThan(1000);
  });

  it('colours the job graph by back pressure when the sink slows down', async () => {
    const page = await open('backpressure-slow-sink');
    const graph = page.locator('[data-testid="job-graph"]');
    await expect(graph.locator('[data-level="HIGH"]').count()).resolves.toBe(0);
    await seekTo(page, 80 * 60_000, '01:20:00');
    await graph.locator('[data-level="HIGH"]').first().waitFor();
    const sink = graph.locator('li').last();
    await expect(sink.textContent()).resolves.toMatch(/Busy: (9\d|100)%/);
    // The sources fall behind: the lag the connectors report as pendingRecords / records-lag.
    await expect(graph.locator('[data-testid="job-flow"]').textContent()).resolves.toMatch(/source lag [1-9][\d,]* records/);
    await screenshot(page, 'sandbox-backpressure', false);
  });

  it('answers the keyboard: space plays and pauses, arrows step, ? shows the keys', async () => {
    const page = await open('hello-memory-model');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => !document.querySelector('[data-testid="clock"]')?.textContent?.startsWith('00:00:00 '));
    await page.keyboard.press('?');
    await expect(page.locator('[data-testid="keyboard-help"]').count()).resolves.toBe(1);
    await page.keyboard.press(' ');
    await expect(playButton(page).textContent()).resolves.toContain('Pause');
    await page.keyboard.press(' ');
    await expect(playButton(page).textContent()).resolves.toContain('Play');
  });

  it('shows what is modelled, from the README, as text', async () => {
    const page = await open('hello-memory-model');
    await page.locator('[data-testid="open-what-is-modelled"]').click();
    const doc = page.locator('[data-testid="what-is-modelled"]');
    await expect(doc.locator('strong', { hasText: 'Exact' }).count()).resolves.toBe(1);
    await expect(doc.textContent()).resolves.toContain('Out of scope here');
    await screenshot(page, 'sandbox-what-is-modelled', false);
  });
});
