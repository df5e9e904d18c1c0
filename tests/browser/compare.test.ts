// Protects "incident and fix side by side" in Chromium: direct-leak-on-restart beside its -fixed twin, on one time
// axis with one cursor, the incident's OOMs marked and the fix's absent, the choice kept in the URL (a reload reopens
// it), closing it, and no sideways scroll at 1024 px or 1366 px.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT, useHarness } from './harness';
import { openSandbox, perProcess, seekTo } from './sandboxPage';

const browser = useHarness();
const SHOTS = '/tmp/shots-compare';

async function shot(page: Page, name: string, fullPage = false) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/** The cursor's x in the first chart of the main run and of the compared run (viewBox units: the same axis). */
async function cursors(page: Page): Promise<[string | null, string | null]> {
  const main = page.locator('section[aria-label="Memory over time"] .chart-cursor').first();
  const other = page.locator('[data-testid="compare-charts"] .chart-cursor').first();
  return [await main.getAttribute('x1'), await other.getAttribute('x1')];
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('comparing two runs', () => {
  it('shows direct-leak-on-restart beside its fix: OOMs in the incident only, one cursor, kept in the URL', async () => {
    const page = await openSandbox(browser, 'direct-leak-on-restart');
    await perProcess(page);
    await page.setViewportSize({ width: 1024, height: 768 });
    const picker = page.locator('[data-testid="compare-picker"]');
    // The twin is offered first, as the fix.
    await expect(picker.locator('optgroup').first().locator('option').first().textContent()).resolves.toBe(
      'the fix: direct-leak-on-restart-fixed',
    );
    await picker.selectOption('direct-leak-on-restart-fixed');
    const charts = page.locator('[data-testid="compare-charts"]');
    await charts.waitFor();
    await expect(charts.locator('h2').textContent()).resolves.toContain('fix: direct-leak-on-restart-fixed, seed 7');
    expect(new URL(page.url()).searchParams.get('compare')).toBe('direct-leak-on-restart-fixed');

    await seekTo(page, 12 * 3_600_000, '12:00:00');
    const summary = page.locator('[data-testid="compare-summary"]');
    await page.waitForFunction(() => /fix: 0 OOMs/.test(document.querySelector('[data-testid="compare-summary"]')?.textContent ?? ''));
    expect(await summary.textContent()).toMatch(/incident: [1-9][\d,]* OOMs \(direct\).* · fix: 0 OOMs/);
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="compare-charts"] [data-drawn="true"] .chart-cursor').length > 0,
    );
    // Each run is the run it is alone: the trace hashes at the end are the golden summaries' (tests/fixtures/golden).
    const golden = (id: string) => JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/golden', `${id}.json`), 'utf8')).traceHash;
    await page.waitForFunction(
      (hash) => document.querySelector('[data-testid="compare-trace-hash"]')?.textContent === hash,
      golden('direct-leak-on-restart-fixed'),
    );
    await expect(page.locator('[data-testid="trace-hash"]').textContent()).resolves.toBe(golden('direct-leak-on-restart'));
    const [main, other] = await cursors(page);
    expect(main).not.toBeNull();
    expect(other).toBe(main);
    const incidentOoms = await page.locator('section[aria-label="Memory over time"] [data-testid="marker-jvm.oom"]').count();
    expect(incidentOoms).toBeGreaterThan(0);
    await charts.scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="compare-charts"] figure')].every((f) => f.getAttribute('data-drawn') === 'true'),
    );
    expect(await charts.locator('[data-testid="marker-jvm.oom"]').count()).toBe(0);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.locator('[data-testid="compare-bar"]').scrollIntoViewIfNeeded();
    await shot(page, 'compare-1024-top');
    await charts.scrollIntoViewIfNeeded();
    await shot(page, 'compare-1024-fix-charts');
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });
    await shot(page, 'compare-1440-full', true);

    // Overlay on the dashboard: the fix is drawn dashed in the incident's panels (named in their legends), with no charts of its own.
    await page.locator('[data-testid="compare-bar"] button', { hasText: 'Overlay' }).click();
    await page.locator('[data-testid="layout-dashboard"]').click();
    const first = page.locator('[data-testid="metric-panel"]').first();
    await expect(first.locator('li.run').first().textContent()).resolves.toContain('fix: direct-leak-on-restart-fixed');
    expect(await charts.count()).toBe(0);
    await page.locator('[data-testid="compare-bar"]').scrollIntoViewIfNeeded();
    await shot(page, 'compare-overlay-1440');
  });

  it('reopens from a link, follows a click on the compared charts, and closes', async () => {
    const page = await openSandbox(browser, 'direct-leak-on-restart');
    await page.goto(
      `${new URL(page.url()).origin}/?room=sandbox&scenario=direct-leak-on-restart&compare=direct-leak-on-restart&compareSeed=8`,
    );
    await perProcess(page);
    const charts = page.locator('[data-testid="compare-charts"]');
    await charts.waitFor();
    await expect(charts.locator('h2').textContent()).resolves.toContain('other seed: direct-leak-on-restart, seed 8');
    await expect(page.locator('[data-testid="compare-picker"]').inputValue()).resolves.toBe('=seed');
    // A click in the middle of a compared chart moves the main run's cursor (and so both).
    const svg = charts.locator('figure svg').first();
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.boundingBox();
    if (!box) throw new Error('no chart box');
    await page.mouse.click(box.x + box.width * 0.55, box.y + box.height / 2);
    await page.waitForFunction(() => !document.querySelector('[data-testid="clock"]')?.textContent?.startsWith('00:00:00'));
    await page.waitForFunction(
      () =>
        document.querySelector('section[aria-label="Memory over time"] .chart-cursor')?.getAttribute('x1') ===
        document.querySelector('[data-testid="compare-charts"] .chart-cursor')?.getAttribute('x1'),
    );
    await page.locator('[data-testid="compare-close"]').click();
    await charts.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('compare')).toBeNull();
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('direct-leak-on-restart');
  });
});
