// Protects three of issue 13's rough edges in Chromium: a standalone process never shows a "Container limit 0 B"
// (cards, legend, tooltips), Details opens on the process that failed first (else the first TaskManager, never
// the JobManager by default), and the GC chart's cursor is a thin dashed line that cannot pass for a 100 % pause bar.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useHarness } from './harness';
import { openSandbox, perProcess, seekTo } from './sandboxPage';

const browser = useHarness();

/** The process whose Details tab is pressed. */
const detailsOn = (page: Page) =>
  page.locator('[data-testid="process-details"] .tabs button[aria-pressed="true"]').textContent({ timeout: 10_000 });

/** Every text and title on the page (tooltips included), one string. */
const allText = (page: Page) =>
  page.evaluate(() => {
    const titles = [...document.querySelectorAll('[title], title')].map((e) => e.getAttribute('title') ?? e.textContent ?? '');
    return `${document.body.textContent}\n${titles.join('\n')}`;
  });

describe('the rough edges of the sandbox (issue 13)', () => {
  it('says a standalone process has no container limit instead of "Container limit 0 B"', async () => {
    // jm-metaspace-batch runs standalone: its processes have no container (RSS …/none in `flink-mem run`).
    const page = await openSandbox(browser, 'jm-metaspace-batch');
    await perProcess(page);
    await seekTo(page, 3_600_000, '01:00:00');
    const chart = page.locator('[data-testid="pool-chart"][data-process="jobmanager"]');
    // At the top of the window, so the tooltip below the pointer is in the screenshot.
    await chart.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.locator('[data-testid="pool-chart"][data-process="jobmanager"][data-drawn="true"]').waitFor();
    const box = await chart.locator('svg').boundingBox();
    if (!box) throw new Error('the chart has no box');
    // The first tenth of the run is simulated (the cursor is at 1 h of 5 d: the first 0.8 %): hover near the start.
    await page.mouse.move(box.x + box.width * 0.105, box.y + box.height / 2);
    const tip = page.locator('[data-testid="chart-tooltip"]');
    await tip.waitFor();
    const tipText = (await tip.textContent()) ?? '';
    expect(tipText).toMatch(/Container limit\s*none \(standalone/);
    expect(tipText).not.toMatch(/Container limit\s*0 B/);
    expect(tipText).toContain('RSS');
    // The whole tooltip is painted (the chart's frame no longer clips it): its last row is inside the window.
    const lastRow = await tip.locator('div').last().boundingBox();
    const chartBox = await chart.boundingBox();
    expect(lastRow && chartBox ? lastRow.y + lastRow.height : 0).toBeGreaterThan((chartBox?.y ?? 0) + (chartBox?.height ?? 0));
    // Not hidden under the next chart: the topmost element there is the tooltip (made hit-testable for the probe).
    const onTop = await tip.evaluate(
      (el, [x, y]) => {
        const tipEl = el as HTMLElement;
        tipEl.style.pointerEvents = 'auto';
        const hit = document.elementFromPoint(x as number, y as number)?.closest('[data-testid="chart-tooltip"]') === tipEl;
        tipEl.style.pointerEvents = '';
        return hit;
      },
      [(lastRow?.x ?? 0) + 10, (lastRow?.y ?? 0) + (lastRow?.height ?? 0) / 2],
    );
    expect(onTop).toBe(true);
    await screenshot(page, 'sandbox-standalone-tooltip', false);

    const text = await allText(page);
    expect(text).not.toMatch(/Container limit:?\s*0\s*B/);
    expect(text).not.toMatch(/limit:?\s*0\s*B/i);
    // The legend names no container-limit line where no process has one; the cards say what bounds them.
    await expect(page.locator('ul.legend').textContent()).resolves.not.toContain('Container limit');
    await expect(page.locator('[data-testid="process-card"] .figures').first().textContent()).resolves.toMatch(/process size \d/);

    // A scenario with containers keeps the line in the legend (the filter is not a blanket removal).
    const pod = await openSandbox(browser, 'pod-limit-mismatch');
    await perProcess(pod);
    await expect(pod.locator('ul.legend').textContent()).resolves.toContain('Container limit');
  });

  it('opens Details on the first TaskManager, then on the process that failed first once the run reaches it', async () => {
    const page = await openSandbox(browser, 'jm-metaspace-batch');
    await expect(detailsOn(page)).resolves.toBe('taskmanager-1');
    // The JobManager's metaspace OOM at 2d 01:00:00 is the run's first failure (`flink-mem run scenarios/jm-metaspace-batch.yaml`).
    await seekTo(page, 49 * 3_600_000 + 60_000, '2d 01:01:00');
    await page.locator('[data-testid="process-details"] .tabs button[aria-pressed="true"]', { hasText: 'jobmanager' }).waitFor();
    const details = page.locator('[data-testid="process-details"]');
    await expect(details.locator('[data-testid="gc-chart"] svg').getAttribute('aria-label')).resolves.toBe(
      'GC pauses of jobmanager over time',
    );
    await details.locator('[data-testid="heap-histogram"]').waitFor();

    // Once the user picks a process, it stays picked whatever fails next.
    await details.getByRole('button', { name: 'taskmanager-1' }).click();
    await seekTo(page, 4 * 24 * 3_600_000 + 6 * 3_600_000, '4d 06:00:00');
    await expect(detailsOn(page)).resolves.toBe('taskmanager-1');

    // A scenario whose first failure is a TaskManager's opens there.
    const heap = await openSandbox(browser, 'expired-windows-heap');
    await expect(detailsOn(heap)).resolves.toBe('taskmanager-1');
  });

  it("draws the GC chart's cursor as a thin dashed line with a handle, unlike the solid pause bars", async () => {
    const page = await openSandbox(browser, 'expired-windows-heap');
    await seekTo(page, 150 * 60_000, '02:30:00');
    const details = page.locator('[data-testid="process-details"]');
    await details.scrollIntoViewIfNeeded();
    const cursor = details.locator('[data-testid="gc-cursor"]');
    await cursor.waitFor();
    const style = await cursor.locator('line').evaluate((el) => {
      const s = getComputedStyle(el);
      return { dash: s.strokeDasharray, width: s.strokeWidth, colour: s.stroke };
    });
    const bar = await details
      .locator('[data-series="young-pause"]')
      .evaluate((el) => ({ dash: getComputedStyle(el).strokeDasharray, colour: getComputedStyle(el).stroke }));
    expect(style.dash).not.toBe('none');
    expect(bar.dash).toBe('none');
    expect(Number.parseFloat(style.width)).toBeLessThanOrEqual(1);
    expect(style.colour).not.toBe(bar.colour);
    // The handle sits above the plot (y 0 … 8 of the viewBox), where no bar reaches.
    await expect(cursor.locator('path').getAttribute('d')).resolves.toMatch(/^M[\d.]+,0H[\d.]+L[\d.]+,8Z$/);
    await expect(details.locator('.chart-cursor').count()).resolves.toBe(0);
    await screenshot(page, 'sandbox-gc-cursor', false);
  });
});
