// Protects the sandbox's dashboard in Chromium (issue 13): at 1440×900 the watched panel is the first thing in view without
// scrolling, shows the pool's limit, draws a step of direct-leak-on-restart's staircase at least 20 px high, and the failing
// pool's panel says what failed; and it keeps dashboards of five incidents as screenshots to look at.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT, useHarness } from './harness';
import { openSandbox } from './sandboxPage';

const browser = useHarness();
const SHOTS = process.env.SHOTS_DIR ?? join(ROOT, 'test-results', 'screenshots');
const VIEWPORT = { width: 1440, height: 900 };

/** Sets what the dashboard watches (the dev server's hook; a scenario's `watch:` does it in the product) and seeks to the end. */
async function watchAndFinish(page: Page, watching: readonly string[]): Promise<void> {
  await page.evaluate((w) => {
    const c = (
      window as unknown as { sandboxController: { watching: readonly string[]; loaded?: { durationMs: number }; seek(t: number): void } }
    ).sandboxController;
    c.watching = w;
    c.seek(c.loaded?.durationMs ?? 0);
  }, watching);
  await page.waitForFunction(
    () => {
      const c = (window as unknown as { sandboxController: { nowMs: number; loaded?: { durationMs: number } } }).sandboxController;
      return c.nowMs === c.loaded?.durationMs;
    },
    undefined,
    { timeout: 120_000 },
  );
  // Two frames: the panels redraw after the last history update.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function open(scenario: string): Promise<Page> {
  const page = await openSandbox(browser, scenario);
  await page.setViewportSize(VIEWPORT);
  return page;
}

describe('the dashboard', () => {
  it('shows the watched direct-memory panel first, in view, with its limit and a staircase step of 20 px or more', async () => {
    const page = await open('direct-leak-on-restart');
    await watchAndFinish(page, ['Status.JVM.Memory.Direct.MemoryUsed']);
    const first = page.locator('[data-testid="metric-panel"]').first();
    await expect(first.getAttribute('data-panel')).resolves.toBe('Status.JVM.Memory.Direct.MemoryUsed');
    await expect(first.getAttribute('data-size')).resolves.toBe('large');
    // In view without scrolling: the whole panel inside the 900 px window.
    const box = await first.boundingBox();
    if (!box) throw new Error('no panel box');
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
    await expect(first.locator('[data-testid="panel-limit"]').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/^-XX:MaxDirectMemorySize 983\.04 MiB \(TaskManagers\)/)]),
    );
    // The direct OOM outlines the panel and says what failed, where and when.
    await expect(first.locator('[data-testid="panel-failure"]').textContent()).resolves.toMatch(
      /^OutOfMemoryError: Direct buffer memory · taskmanager-\d at \d\d:\d\d:\d\d/,
    );

    // A step on the drawn scale: a surviving TaskManager's lowest direct use in the 10 min after the first restart (1h) minus
    // the 10 min before it, in the page's own history, times the panel's pixels per byte.
    const px = await first.evaluate((panel) => ({
      top: Number(panel.getAttribute('data-y-top')),
      height: Number(panel.getAttribute('data-plot-bottom')) - Number(panel.getAttribute('data-plot-top')),
    }));
    const step = await page.evaluate(() => {
      type H = { min: Float64Array; columns: readonly number[] };
      const c = (window as unknown as { sandboxController: { histories: H[]; loaded: { bucketMs: number } } }).sandboxController;
      // directUsed is engine column 3 (models/engine/columns.ts); its place in the history row is where the row keeps it.
      const lowest = (h: H, fromMs: number, toMs: number) => {
        const k = h.columns.indexOf(3);
        let low = Infinity;
        for (let b = Math.ceil(fromMs / c.loaded.bucketMs); b < Math.floor(toMs / c.loaded.bucketMs); b++)
          low = Math.min(low, h.min[b * h.columns.length + k] as number);
        return low;
      };
      return Math.max(...c.histories.slice(1).map((h) => lowest(h, 70 * 60_000, 80 * 60_000) - lowest(h, 50 * 60_000, 60 * 60_000)));
    });
    expect(step).toBeGreaterThan(90 * 2 ** 20);
    expect((step / px.top) * px.height).toBeGreaterThanOrEqual(20);
    await shot(page, 'dashboard-direct-leak-on-restart');
  });

  it('toggles a process from the legend and lists every series when hovered', async () => {
    const page = await open('direct-leak-on-restart');
    await watchAndFinish(page, ['Status.JVM.Memory.Direct.MemoryUsed']);
    const first = page.locator('[data-testid="metric-panel"]').first();
    await first.locator('svg').hover({ position: { x: 400, y: 120 } });
    const rows = await first.locator('[data-testid="panel-tooltip"] div').allTextContents();
    expect(rows.filter((r) => r.startsWith('taskmanager-'))).toHaveLength(4);
    const button = first.getByRole('button', { name: 'taskmanager-2' });
    await button.click();
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('false');
    await first.locator('svg').hover({ position: { x: 410, y: 120 } });
    const after = await first.locator('[data-testid="panel-tooltip"] div').allTextContents();
    expect(after.some((r) => r.startsWith('taskmanager-2'))).toBe(false);
  });

  it('keeps the dashboards of five incidents as screenshots', async () => {
    const cases: [string, string[]][] = [
      ['jm-metaspace-batch', ['Status.JVM.Memory.Metaspace.Used', 'Status.JVM.ClassLoader.ClassesLoaded']],
      ['expired-windows-heap', ['Status.JVM.Memory.Heap.Used']],
      ['blob-server-storm', ['blobServerConnections', 'blobServerBacklog']],
      ['async-client-per-call', ['Status.JVM.Memory.Heap.Used', 'Status.JVM.Threads.Count']],
    ];
    for (const [scenario, watching] of cases) {
      const page = await open(scenario);
      await watchAndFinish(page, watching);
      await expect(page.locator('[data-testid="metric-panel"]').first().getAttribute('data-panel')).resolves.toBe(watching[0]);
      await shot(page, `dashboard-${scenario}`);
      // No sideways scroll at this width.
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(VIEWPORT.width);
    }
  });
});

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  await page.screenshot({ path: join(SHOTS, `${name}-full.png`), fullPage: true });
}
