// Protects what the issue-13 review found missing: for every shipped incident, the first thing in view at 1440×900, without
// scrolling, is the dashboard panel of the scenario's own signature metric (its `watch:`), with the limit that metric runs
// into; and keeps each incident's default view (played to the end) as a screenshot to look at (test-results/screenshots).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../models/scenario/loadScenario';
import { PANELS } from '../../src/sandbox/panels';
import { ROOT, useHarness } from './harness';
import { openSandbox } from './sandboxPage';

const browser = useHarness();
const SHOTS = process.env.SHOTS_DIR ?? join(ROOT, 'test-results', 'screenshots');
const VIEWPORT = { width: 1440, height: 900 };

/** The incidents (docs/incidents.md): each library scenario with a -fixed twin, and the workaround variants. */
const INCIDENTS = [
  'direct-leak-on-restart',
  'direct-leak-unsafe',
  'native-gzip-leak',
  'pod-limit-mismatch',
  'expired-windows-heap',
  'async-client-per-call',
  'jm-metaspace-batch',
  'jm-metaspace-batch-restart',
  'blob-server-storm',
  'blob-server-storm-restart',
];

describe('every incident, played to the end, at 1440×900', () => {
  it.each(INCIDENTS)('%s: its first watched panel is in view, with its limit', async (id) => {
    const watch = loadScenario(readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8'), `${id}.yaml`).watch;
    expect(watch.length).toBeGreaterThan(0);
    const page = await openSandbox(browser, id);
    await page.setViewportSize(VIEWPORT);
    // The end, as Play would reach it (seeking lands on exactly the state a straight run reaches).
    await page.locator('[data-testid="timeline"]').evaluate((el) => {
      const input = el as HTMLInputElement;
      input.value = input.max;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // The run is at its end (the dev server's hook on the controller), and a panel has drawn it.
    await page.waitForFunction(
      () => {
        const c = (window as unknown as { sandboxController: { nowMs: number; loaded?: { durationMs: number } } }).sandboxController;
        return c.nowMs === c.loaded?.durationMs && document.querySelector('[data-testid="metric-panel"][data-drawn="true"]') !== null;
      },
      undefined,
      { timeout: 120_000 },
    );
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

    const first = page.locator('[data-testid="metric-panel"]').first();
    await expect(first.getAttribute('data-panel')).resolves.toBe(watch[0]);
    const box = await first.boundingBox();
    if (!box) throw new Error('no panel box');
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(VIEWPORT.height);
    // The limit the metric runs into, as a line in the plot or marked above it when far above the data.
    const limit = PANELS.find((p) => p.id === watch[0])?.limit;
    if (limit) {
      const texts = await first.locator('[data-testid="panel-limit"], [data-testid="panel-limit-above"]').allTextContents();
      expect(texts.join(' | ')).toContain(limit.label);
    }
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(VIEWPORT.width);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `incident-${id}.png`) });
  });
});
