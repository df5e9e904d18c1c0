// Protects a lesson's questions as holds (issue 13): with two questions five simulated minutes apart (the memory-model
// lesson: 0s and 5m, about 0.3 s apart at the default speed), pressing Play past the first — unanswered, or answered
// while the answer is still being worked out — stops the run at the second instead of playing through it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useHarness } from './harness';

const browser = useHarness();

async function openLesson(): Promise<Page> {
  const { page } = await browser.open('/?lesson=memory-model');
  await page.locator('[data-testid="lesson-question"]').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="trace-hash"]')?.textContent !== '');
  return page;
}

const clock = (page: Page) => page.locator('[data-testid="clock"]').textContent();

/** Waits until playing has left the start and stopped by itself (at top speed that can be the first frame), and says where. */
async function stoppedAt(page: Page): Promise<string | null> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="play"]')?.textContent?.includes('Play') &&
      !document.querySelector('[data-testid="clock"]')?.textContent?.startsWith('00:00:00 '),
    undefined,
    { timeout: 30_000 },
  );
  return clock(page);
}

describe("a lesson's questions hold the run", () => {
  it('Play past an unanswered question stops at the next one', async () => {
    const page = await openLesson();
    await page.getByRole('slider', { name: /Speed/ }).focus();
    await page.keyboard.press('End');
    await page.locator('[data-testid="play"]').click();
    await expect(stoppedAt(page)).resolves.toMatch(/^00:05:00 /);
    await expect(page.locator('[data-testid="lesson-question"]').count()).resolves.toBe(2);
  });

  it('Play pressed while an answer is being worked out stops at the next question', async () => {
    const page = await openLesson();
    // At top speed one frame is hours of simulated time: the second question is inside the first frame after Play.
    await page.getByRole('slider', { name: /Speed/ }).focus();
    await page.keyboard.press('End');
    const first = page.locator('[data-testid="lesson-question"]').first();
    await first.locator('input[type="radio"]').first().check();
    // Both clicks in one task: the answer (a run to the end in the worker) cannot have come back before Play.
    await page.evaluate(() => {
      (document.querySelector('[data-testid="lesson-answer"]') as HTMLButtonElement).click();
      (document.querySelector('[data-testid="play"]') as HTMLButtonElement).click();
    });
    await expect(stoppedAt(page)).resolves.toMatch(/^00:05:00 /);
    await first.locator('[data-testid="lesson-verdict"]').waitFor();
    await screenshot(page, 'lesson-hold-second-question', false);
  });
});
