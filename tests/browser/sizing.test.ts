// Protects the sizing room in Chromium: a sweep run in Web Workers gives exactly the JSON of
// `flink-mem sweep --json` for the same inputs, its heat map and smallest survivor, a cell opens as a
// run with the cell's trace hash; a comparison shows its delta table and synchronised charts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { ROOT, screenshot, useHarness } from './harness';

const browser = useHarness();

async function cli(...argv: string[]): Promise<string> {
  let out = '';
  const code = await main(argv, {
    out: (t) => (out += t),
    err: () => undefined,
    readFile: (p) => readFileSync(join(ROOT, 'scenarios', p), 'utf8'),
  });
  if (code !== 0) throw new Error(`flink-mem ${argv.join(' ')} exited ${code}`);
  return out;
}

describe('the sizing room', () => {
  it('sweeps in Web Workers to the CLI’s exact JSON, answers with the smallest survivor, and opens a cell as a run', async () => {
    const { page } = await browser.open('/?room=sizing&scenario=pod-limit-mismatch');
    await page.locator('[data-testid="sizing-duration"]').fill('2h');
    await page.locator('[data-testid="sweep-params"]').fill('taskmanager.memory.process.size=2g,3584m\ncluster.taskmanagers=2,3');
    await page.locator('[data-testid="sweep-assertions"]').fill('no failure and RSS headroom >= 5%');
    await page.locator('[data-testid="sizing-run"]').click();
    const results = page.locator('[data-testid="sweep-results"]');
    await results.waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-testid="sizing-progress"]').textContent()).resolves.toBe('4 / 4 cells');
    await expect(page.locator('[data-testid="heat-cell"]').count()).resolves.toBe(4);
    await expect(page.locator('[data-testid="smallest-surviving"]').textContent()).resolves.toMatch(
      /Smallest configuration that survives|No cell survives/,
    );
    await screenshot(page, 'sizing-sweep');

    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="sweep-json"]').click()]);
    const browserJson = readFileSync((await file.path()) as string, 'utf8');
    const cliJson = await cli(
      'sweep',
      'pod-limit-mismatch.yaml',
      '--duration',
      '2h',
      '--param',
      'taskmanager.memory.process.size=2g,3584m',
      '--param',
      'cluster.taskmanagers=2,3',
      '--assert',
      'no failure and RSS headroom >= 5%',
      '--json',
    );
    expect(browserJson).toBe(cliJson);

    // A cell opened as a run lands in the sandbox on the cell's own trace hash.
    const cells = JSON.parse(cliJson).cells as { ok: boolean; traceHash?: string }[];
    const last = cells.at(-1);
    await page.locator('[data-testid="heat-cell"]').last().click();
    await page.waitForSelector('[data-testid="process-card"]');
    await page.waitForFunction((h) => document.querySelector('[data-testid="trace-hash"]')?.textContent === h, last?.traceHash, {
      timeout: 30_000,
    });
  });

  it('compares two configurations: a delta table and charts that hover together', async () => {
    const { page } = await browser.open('/?room=sizing&scenario=pod-limit-mismatch');
    await page.locator('[data-testid="sizing-duration"]').fill('4h');
    await page.locator('[data-testid="mode-compare"]').click();
    await page.locator('[data-testid="variant-overrides"]').nth(1).fill('taskmanager.memory.process.size=3584m');
    await page.locator('[data-testid="sizing-run"]').click();
    const table = page.locator('[data-testid="compare-table"]');
    await table.waitFor({ timeout: 60_000 });
    await expect(table.locator('tr', { hasText: 'verdict' }).textContent()).resolves.toMatch(/fails.*survives/);
    await expect(table.locator('tr', { hasText: 'process size' }).textContent()).resolves.toContain('−4.5 GiB');
    const charts = page.locator('[data-testid="compare-chart"]');
    await expect(charts.count()).resolves.toBe(2);
    await charts
      .first()
      .locator('svg')
      .hover({ position: { x: 200, y: 60 } });
    await expect(charts.nth(1).locator('figcaption').textContent()).resolves.toMatch(/\d\d:\d\d:\d\d: RSS/);
    await screenshot(page, 'sizing-compare', false);
  });
});
