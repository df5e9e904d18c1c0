// Protects the sandbox's rough edges of issue 13 in Chromium: a scenario opens at a speed that plays it in 30–60 s,
// the picker names scenarios by title, a shared link says which interventions it carries (and the palette lists them),
// and a process card or a job-graph node offers its faults at the element, injected at the cursor.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeShareLink } from '../../src/sandbox/shareLink';
import { withIntervention } from '../../src/sandbox/scenarioText';
import { ROOT, screenshot, useHarness } from './harness';
import { openSandbox, seekTo } from './sandboxPage';

const browser = useHarness();

/** The play time the page shows next to the speed, in seconds ("whole run ≈ 43 s"). */
async function playTimeSeconds(page: import('playwright-core').Page): Promise<number> {
  const text = (await page.locator('[data-testid="play-time"]').textContent()) ?? '';
  const m = /≈ (\d+) s$/.exec(text);
  if (!m) throw new Error(`no play time in seconds: "${text}"`);
  return Number(m[1]);
}

describe('the sandbox, issue 13', () => {
  it('opens a 12-hour and a 5-day scenario at speeds that play each in 30–60 s; End still reaches 10^6×', async () => {
    const page = await openSandbox(browser, 'direct-leak-on-restart');
    await expect(page.locator('[data-testid="speed"]').textContent()).resolves.toBe('1,000×');
    expect(await playTimeSeconds(page)).toBe(43);
    await page.locator('[data-testid="scenario-picker"]').selectOption('jm-metaspace-batch');
    await page.waitForFunction(() => document.querySelector('[data-testid="clock"]')?.textContent?.endsWith(' / 5d 00:00:00'));
    const fiveDays = await playTimeSeconds(page);
    expect(fiveDays).toBeGreaterThanOrEqual(30);
    expect(fiveDays).toBeLessThanOrEqual(60);
    await page.getByRole('slider', { name: /Speed/ }).focus();
    await page.keyboard.press('End');
    await expect(page.locator('[data-testid="speed"]').textContent()).resolves.toBe('1,000,000×');
  });

  it('lists scenarios by title, grouped, with the id as the value', async () => {
    const page = await openSandbox(browser, 'direct-leak-on-restart');
    const option = page.locator('[data-testid="scenario-picker"] option[value="direct-leak-on-restart"]');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="scenario-picker"] option[value="direct-leak-on-restart"]')?.getAttribute('data-titled') ===
        'true',
    );
    await expect(option.textContent()).resolves.toBe('Direct memory staircase on task restarts');
    await expect(option.evaluate((o) => (o.parentElement as HTMLOptGroupElement).label)).resolves.toBe('Incidents (and the fix)');
    await expect(
      page.locator('[data-testid="scenario-picker"] optgroup[label="Basics"] option[value="hello-memory-model"]').textContent(),
    ).resolves.toBe("Hello, memory model — where a TaskManager's 1728m go");
  });

  it('says which interventions a shared link carries, and the palette lists them', async () => {
    const file = 'direct-leak-on-restart.yaml';
    let text = readFileSync(join(ROOT, 'scenarios', file), 'utf8');
    text = withIntervention(text, { atMs: 4_800_000, action: 'kill-container', target: 'taskmanager-2' });
    text = withIntervention(text, { atMs: 5_400_000, action: 'force-gc', target: 'taskmanager-3' });
    const link = await encodeShareLink({ yamlText: text, fileName: file, seed: '7', atMs: 3_600_000 });
    const { page } = await browser.open(`/#${link}`);
    const notice = page.locator('[data-testid="link-interventions"]');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(
      /This link includes 2 interventions:\s+kill taskmanager-2 at 01:20:00, full GC on taskmanager-3 at 01:30:00\./,
    );
    const listed = page.locator('[data-testid="interventions"] li');
    await listed.nth(1).waitFor();
    await expect(listed.allTextContents()).resolves.toEqual([
      expect.stringMatching(/01:20:00\s+kill-container → taskmanager-2/),
      expect.stringMatching(/01:30:00\s+force-gc → taskmanager-3/),
    ]);
    await expect(page.locator('[data-testid="palette-from-link"]').textContent()).resolves.toMatch(
      /The first 2 came with the shared\s+link/,
    );
    // The picker does not claim the library's file is open: the link's text is its own.
    await expect(page.locator('[data-testid="scenario-picker"]').inputValue()).resolves.toBe('');
    await screenshot(page, 'sandbox-link-interventions', false);
    // Another scenario: the notice goes.
    await page.locator('[data-testid="scenario-picker"]').selectOption('hello-memory-model');
    await notice.waitFor({ state: 'detached' });
  });

  it("offers a process card's faults at the card: Kill on taskmanager-2 kills it at the cursor", async () => {
    const page = await openSandbox(browser, 'direct-leak-on-restart');
    await seekTo(page, 4_800_000, '01:20:00');
    const card = page.locator('[data-testid="process-card"][data-process="taskmanager-2"]');
    await card.locator('.bar').click();
    const menu = card.locator('[data-testid="target-actions"]');
    await menu.waitFor();
    await expect(menu.locator('button[data-action]').evaluateAll((b) => b.map((x) => x.getAttribute('data-action')))).resolves.toEqual([
      'kill-container',
      'crash-process',
      'fail-task',
      'force-gc',
      'leak',
    ]);
    await screenshot(page, 'sandbox-card-actions', false);
    await menu.locator('button[data-action="kill-container"]').click();
    await menu.waitFor({ state: 'detached' });
    await expect(page.locator('[data-testid="interventions"] li').textContent()).resolves.toMatch(
      /01:20:00\s+kill-container → taskmanager-2/,
    );
    // The run forks at the cursor; a little later the kill is in the event log, at 01:20:00 on taskmanager-2.
    await page.waitForFunction(() => document.querySelector('[data-testid="clock"]')?.textContent?.startsWith('01:20:00'));
    await seekTo(page, 4_800_000 + 60_000, '01:21:00');
    // Kills of the same reason are one row (failureGroups.ts): the row names taskmanager-2 and, as the last kill, 01:20:00.
    const killed = page.locator('[data-testid="event-log"] li[data-type="container.killed"]', { hasText: 'taskmanager-2' });
    await killed.first().waitFor();
    await expect(killed.first().textContent()).resolves.toContain('01:20:00');
  });

  it("offers an operator's faults at its job-graph node: a slowed sink, written into the scenario", async () => {
    const page = await openSandbox(browser, 'direct-leak-on-restart');
    await seekTo(page, 1_800_000, '00:30:00');
    const node = page.locator('[data-testid="job-graph"] [data-vertex="druid"]');
    await node.locator('button.name').click();
    const menu = node.locator('[data-testid="target-actions"]');
    await expect(menu.locator('button[data-action]').evaluateAll((b) => b.map((x) => x.getAttribute('data-action')))).resolves.toEqual([
      'slow-sink',
      'spike',
      'leak',
    ]);
    await screenshot(page, 'sandbox-node-actions', false);
    await menu.locator('button[data-action="slow-sink"]').click();
    await expect(page.locator('[data-testid="interventions"] li').textContent()).resolves.toMatch(/00:30:00\s+slow-sink → druid/);
    // A click elsewhere closes an open menu without injecting.
    await node.locator('button.name').click();
    await menu.waitFor();
    await page.locator('h1').click();
    await menu.waitFor({ state: 'detached' });
    await expect(page.locator('[data-testid="interventions"] li').count()).resolves.toBe(1);
  });
});
