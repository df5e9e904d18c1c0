/** What the sandbox's browser tests do to the page: open a scenario, drag the timeline. */
import type { Page } from 'playwright-core';
import type { SuiteBrowser } from './harness';

/** Opens the sandbox on a library scenario and waits for its first frame. */
export async function openSandbox(browser: SuiteBrowser, scenario: string): Promise<Page> {
  const { page } = await browser.open(`/?room=sandbox&scenario=${scenario}`);
  await page.waitForSelector('[data-testid="process-card"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="trace-hash"]')?.textContent !== '');
  return page;
}

/** Sets a range input as a user dragging it would (an input event). */
export async function setRange(page: Page, testId: string, value: number): Promise<void> {
  await page.locator(`[data-testid="${testId}"]`).evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** Drags the timeline to `ms` and waits until the clock reads `clock` (hh:mm:ss). */
export async function seekTo(page: Page, ms: number, clock: string): Promise<void> {
  await setRange(page, 'timeline', ms);
  await page.waitForFunction((c) => document.querySelector('[data-testid="clock"]')?.textContent?.startsWith(c), clock);
}

/** Switches the charts to the per-process layout (each process's pools stacked) and waits for its charts. */
export async function perProcess(page: Page): Promise<void> {
  await page.locator('[data-testid="layout-process"]').click();
  await page.waitForSelector('[data-testid="pool-chart"]');
}
