// Protects the sandbox's live memory figure and its web UI table in Chromium: the direct box of direct-leak-on-restart
// fills up as the staircase climbs, the table shows Status.JVM.Memory.Direct.MemoryUsed against -XX:MaxDirectMemorySize,
// and the figure and table fit 1024 px without sideways scrolling.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../models/scenario/loadScenario';
import { createSetup } from '../../models/engine/setup';
import { compactSize } from '../../models/units/memorySize';
import { readFileSync } from 'node:fs';
import { ROOT, useHarness } from './harness';
import { join } from 'node:path';
import { seekTo } from './sandboxPage';

const browser = useHarness();
const SHOTS = '/tmp/shots-figure';
const DIRECT = '[data-testid="live-figure"] [data-fill="frameworkOffHeap taskOffHeap network"]';

/** The direct fill's height in pixels and its metric value at the cursor. */
async function directFill(page: Page): Promise<{ heightPx: number; usedBytes: number }> {
  const fill = page.locator(DIRECT);
  return { heightPx: Number(await fill.getAttribute('data-height')), usedBytes: Number(await fill.getAttribute('data-used')) };
}

/** Opens `scenario` at `width`×`height`, picks `process` in Details and moves the cursor to `ms` (the clock reading `clock`). */
async function openAt(scenario: string, width: number, height: number, process: string, ms: number, clock: string): Promise<Page> {
  const { page } = await browser.open(`/?room=sandbox&scenario=${scenario}`, { viewport: { width, height } });
  await page.waitForSelector('[data-testid="process-card"]');
  await page.locator('[data-testid="process-details"]').getByRole('button', { name: process }).click();
  await seekTo(page, ms, clock);
  return page;
}

/** How far the page scrolls sideways (≤ 0: not at all). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('the live memory figure', () => {
  it('fills the direct box of a leaking TaskManager further late in the run, with the web UI metric beside it', async () => {
    const page = await openAt('direct-leak-on-restart', 1024, 768, 'taskmanager-3', 30 * 60_000, '00:30:00');
    await page.waitForSelector(DIRECT);
    const early = await directFill(page);
    // 03:30: taskmanager-3 has survived every restart so far (472 → 883 MiB in a Node run of the same seed), before the
    // first direct OOM (220m); each step is 4 × 24 MiB (the narration)
    await seekTo(page, 210 * 60_000, '03:30:00');
    await page.waitForFunction((sel) => Number(document.querySelector(sel)?.getAttribute('data-used')) > 0, DIRECT);
    const late = await directFill(page);
    expect(late.usedBytes).toBeGreaterThan(early.usedBytes + 3 * 96 * 2 ** 20);
    // 110 px is the whole box, 983 MiB: three steps or more are 32 px; 20 px is the smallest visible step
    expect(late.heightPx - early.heightPx).toBeGreaterThan(20);

    const scenario = loadScenario(readFileSync(join(ROOT, 'scenarios/direct-leak-on-restart.yaml'), 'utf8'), 'direct-leak-on-restart.yaml');
    const directLimit = createSetup(scenario).taskManagerSizing.directLimitBytes;
    const row = page.locator('[data-testid="memory-table"] tr[data-row="jvmDirect"]');
    await expect(row.locator('[data-metric]').getAttribute('data-metric')).resolves.toBe('Status.JVM.Memory.Direct.MemoryUsed');
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('-XX:MaxDirectMemorySize');
    // configured = -XX:MaxDirectMemorySize, and the metric's used / max against the same limit
    expect(text).toContain(`${compactSize(BigInt(late.usedBytes))} / ${compactSize(BigInt(directLimit))}`);
    await expect(row.locator('td.n').textContent()).resolves.toBe(compactSize(BigInt(directLimit)));

    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const figure = await page.locator('[data-testid="live-figure"] svg').boundingBox();
    const panel = await page.locator('[data-testid="process-details"]').boundingBox();
    expect((figure?.x ?? 0) + (figure?.width ?? 0)).toBeLessThanOrEqual((panel?.x ?? 0) + (panel?.width ?? 0));
    // chart text stays at 11 px or more (the issue): every element of the figure and table that holds text
    const smallest = await page
      .locator('[data-testid="process-memory"]')
      .evaluate((root) =>
        Math.min(
          ...[...root.querySelectorAll('*')]
            .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''))
            .map((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
        ),
      );
    expect(smallest).toBeGreaterThanOrEqual(11);
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('[data-testid="process-memory"]').screenshot({ path: `${SHOTS}/live-figure-1024-late.png` });
  });

  it("draws the JobManager's own boxes and fits 1366 px", async () => {
    // 48:00: twelve submissions' classes pinned, the hour before the metaspace OOM (the narration: 49h)
    const page = await openAt('jm-metaspace-batch', 1366, 900, 'jobmanager', 48 * 3_600_000, '2d 00:00:00');
    await page.waitForSelector('[data-testid="live-figure"][data-process="jobmanager"] [data-component="jobManagerOffHeap"]');
    const rows = await page
      .locator('[data-testid="memory-table"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')));
    expect(rows).toEqual(['jobManagerHeap', 'jobManagerOffHeap', 'jvmMetaspace', 'jvmOverhead', 'totalProcess']);
    // the metaspace box is more than three quarters full (12 × ~17 MiB of 256 MiB)
    const metaspace = page.locator('[data-testid="live-figure"] [data-fill="jvmMetaspace"]');
    expect(Number(await metaspace.getAttribute('data-height'))).toBeGreaterThan(0.75 * 110);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    mkdirSync(SHOTS, { recursive: true });
    await page.locator('[data-testid="process-memory"]').screenshot({ path: `${SHOTS}/live-figure-1366-jobmanager.png` });
  });
});
