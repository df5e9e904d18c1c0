// Protects the structured "Why?" in Chromium: a restart loop's 1000+ direct OOMs are one log row "× N"; its Why? tables
// -XX:MaxDirectMemorySize as terms that add up to it; "Apply to the scenario and run" writes the suggested change into
// the scenario and forks the run with the cursor where it was; the page never scrolls sideways with the dialog open.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createSetup } from '../../models/engine/setup';
import { runScenario } from '../../models/run/runScenario';
import { loadScenario } from '../../models/scenario/loadScenario';
import { ROOT, useHarness } from './harness';
import { openSandbox, seekTo } from './sandboxPage';

const browser = useHarness();
const SHOTS = '/tmp/shots-why';
const ID = 'direct-leak-on-restart';
const yaml = readFileSync(join(ROOT, 'scenarios', `${ID}.yaml`), 'utf8');
const scenario = loadScenario(yaml, `${ID}.yaml`);

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('"Why?" structured', () => {
  it('groups the direct OOMs, tables the limit, and applies a suggestion as a fork', async () => {
    const straight = runScenario(scenario);
    const ooms = straight.events.filter((e) => e.type === 'jvm.oom' && e.pool === 'direct');
    expect(ooms.length).toBeGreaterThan(1000);
    const page = await openSandbox(browser, ID);
    await page.setViewportSize({ width: 1440, height: 900 });
    await seekTo(page, scenario.durationMs, '12:00:00');

    // One row for all of them, with their count, first and last time.
    const group = page.locator('[data-testid="failure-group"][data-type="jvm.oom"]');
    await expect(group.count()).resolves.toBe(1);
    await expect(group.getAttribute('data-count')).resolves.toBe(String(ooms.length));
    const row = (await group.locator('button.row').textContent()) ?? '';
    expect(row).toContain(`× ${ooms.length.toLocaleString('en-US')}`);
    expect(row).toMatch(
      /java\.lang\.OutOfMemoryError: Direct buffer memory\s+on taskmanager-3, taskmanager-\d, taskmanager-\d, taskmanager-\d,\s+03:40:36\.198 → /,
    );
    await group.getByRole('button', { name: /^Show all/ }).click();
    await expect(group.locator('.members > li:not(.more-members)').count()).resolves.toBe(200);
    await group.getByRole('button', { name: /^Hide all/ }).click();
    // The log's filters still apply: one process's OOMs only.
    const onOne = ooms.filter((e) => e.process === 'taskmanager-1').length;
    await page.locator('section[aria-label="Event log"] header select').first().selectOption('taskmanager-1');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="failure-group"][data-type="jvm.oom"]')?.getAttribute('data-count') === String(n),
      onOne,
    );
    await page.locator('section[aria-label="Event log"] header select').first().selectOption('all');
    await expect(group.getAttribute('data-count')).resolves.toBe(String(ooms.length));
    await group.scrollIntoViewIfNeeded();
    await shot(page, 'log-grouped-1440');

    // Why? of the group: the first OOM's, and says so; the terms add up to -XX:MaxDirectMemorySize.
    await group.locator('[data-testid="why"]').click();
    const why = page.locator('[data-testid="explanation"]');
    await why.waitFor();
    await expect(why.locator('[data-testid="why-repeats"]').textContent()).resolves.toMatch(/The first of 1,\d{3} failures/);
    const limit = createSetup(scenario).taskManagerSizing.directLimitBytes;
    const table = why.locator('[data-testid="why-limit"]');
    const terms = (await table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-bytes'))))) as number[];
    expect(terms).toHaveLength(3);
    expect(terms.reduce((a, b) => a + b, 0)).toBe(limit);
    await expect(table.locator('tfoot tr').getAttribute('data-bytes')).resolves.toBe(String(limit));
    await expect(why.locator('h3').first().textContent()).resolves.toBe('The limit: -XX:MaxDirectMemorySize = 983.04 MiB');
    await expect(table.textContent()).resolves.toContain('taskmanager.memory.network.fraction');
    await expect(why.locator('[data-testid="why-timeline"] li').last().textContent()).resolves.toContain('03:40:36');
    expect(await sideways(page)).toBe(0);
    await shot(page, 'why-dialog-1440');
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await sideways(page)).toBe(0);
    await shot(page, 'why-dialog-1024');
    await page.setViewportSize({ width: 1440, height: 900 });

    // Apply the configuration suggestion: the scenario gets the change, the run reloads, the cursor stays.
    const hash = await page.locator('[data-testid="trace-hash"]').textContent();
    const change = (await why.locator('.changes code').first().textContent()) ?? '';
    const [key, to] = [change.split(':')[0] as string, change.split('→ ')[1] as string];
    expect(key).toBe('taskmanager.memory.task.off-heap.size');
    await why.locator('[data-testid="apply-suggestion"]').first().click();
    await page.waitForFunction((h) => {
      const now = document.querySelector('[data-testid="trace-hash"]')?.textContent;
      return now !== '' && now !== h;
    }, hash);
    // The fork lands where the cursor was (the first frame of the new run is at 0).
    await page.waitForFunction(() => document.querySelector('[data-testid="clock"]')?.textContent?.startsWith('12:00:00'));
    expect(await page.locator('[data-testid="trace-hash"]').textContent()).not.toBe(hash);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Scenario YAML' }).click()]);
    const applied = readFileSync((await file.path()) as string, 'utf8');
    expect(applied).toContain(`${key}: ${to}`);
    expect(loadScenario(applied, `${ID}.yaml`).flink.config[key]).toBe(to);
    await shot(page, 'after-apply-1440');
  });
});

describe('"Why?" on other incidents', () => {
  // One of each kind of limit: a container (the scenario's field), the heap (the rest of total Flink memory), the
  // JobManager's metaspace, and a blob fetch (no memory limit: no table).
  const cases: readonly { id: string; clock: string; type: string; limit: string | undefined }[] = [
    { id: 'pod-limit-mismatch', clock: '12:00:00', type: 'container.killed', limit: 'pod memory limit' },
    { id: 'expired-windows-heap', clock: '12:00:00', type: 'jvm.oom', limit: '-Xmx' },
    { id: 'jm-metaspace-batch', clock: '5d 00:00:00', type: 'jvm.oom', limit: '-XX:MaxMetaspaceSize' },
    { id: 'blob-server-storm', clock: '08:00:00', type: 'blob.fetch.failed', limit: undefined },
  ];
  for (const c of cases) {
    it(`explains ${c.id} with its limit's terms adding up to it`, async () => {
      const s = loadScenario(readFileSync(join(ROOT, 'scenarios', `${c.id}.yaml`), 'utf8'), `${c.id}.yaml`);
      const page = await openSandbox(browser, c.id);
      await page.setViewportSize({ width: 1440, height: 900 });
      await seekTo(page, s.durationMs, c.clock);
      await page.locator(`[data-testid="event-log"] > li[data-type="${c.type}"] [data-testid="why"]`).last().click();
      const why = page.locator('[data-testid="explanation"]');
      await why.waitFor();
      if (c.limit) {
        await expect(why.locator('h3').first().textContent()).resolves.toContain(`The limit: ${c.limit} =`);
        const table = why.locator('[data-testid="why-limit"]');
        const terms = (await table
          .locator('tbody tr')
          .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-bytes'))))) as number[];
        await expect(table.locator('tfoot tr').getAttribute('data-bytes')).resolves.toBe(String(terms.reduce((a, b) => a + b, 0)));
      } else await expect(why.locator('[data-testid="why-limit"]').count()).resolves.toBe(0);
      await expect(why.locator('[data-testid="why-actions"] li').count()).resolves.toBeGreaterThan(0);
      expect(await sideways(page)).toBe(0);
      await shot(page, `why-${c.id}`);
    });
  }
});
