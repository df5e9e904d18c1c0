// Protects the lesson exercise in Chromium: after "Apply to the scenario" in the Flink configuration editor, "Check the
// scenario as it is now" judges what was applied (the edit is run first), not the run as it was; verdicts print HH:MM:SS.
import { describe, expect, it } from 'vitest';
import { screenshot, useHarness } from './harness';

const browser = useHarness();

describe('a lesson exercise', () => {
  it('memory-model: the shipped run fails with a time as HH:MM:SS; the solution applied in the editor passes without pressing Run', async () => {
    const { page } = await browser.open('/?lesson=memory-model');
    const lesson = page.locator('[data-testid="lesson"]');
    await lesson.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="trace-hash"]')?.textContent !== '');
    const shippedHash = await page.locator('[data-testid="trace-hash"]').textContent();

    // As shipped: mixed collections from about 40m, the goal's verdict names the first one by the clock.
    const exercise = lesson.locator('[data-testid="lesson-exercise"]');
    const goalTexts = async () => (await exercise.locator('.goals li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    await exercise.locator('[data-testid="lesson-check"]').click();
    await expect(exercise.locator('[data-testid="exercise-verdict"]').textContent()).resolves.toBe('Not yet:');
    const goals = await goalTexts();
    const failed = goals.find((g) => g.includes('✗')) ?? '';
    expect(failed).toMatch(/gc process=taskmanager-1 kind=mixed: happened at 00:[34]\d:\d\d(\.\d{3})? on taskmanager-1$/);
    // No raw milliseconds anywhere in the verdicts (the old text was "happened at 2243000 ms on …").
    expect(goals.join('\n')).not.toMatch(/\d+ ms\b/);

    // The solution through the memory-model room's editor: managed memory to 0, applied to the scenario's text only.
    await page.locator('[data-testid="edit-scenario"]').click();
    const editor = page.locator('[data-testid="scenario-editor"]');
    await editor.getByText('Valid: ').waitFor();
    await editor.locator('[data-testid="edit-flink-config"]').click();
    const config = editor.locator('[data-testid="flink-config-editor"]');
    await config.locator('#field-taskmanager-memory-managed-size').fill('0');
    await config.locator('[data-testid="apply-flink-config"]').click();
    await expect(editor.locator('[data-testid="scenario-text"]').inputValue()).resolves.toMatch(
      /taskmanager\.memory\.managed\.size: "?0"?/,
    );
    // Applied, not run: the page still shows the shipped run.
    await expect(editor.locator('.state').textContent()).resolves.toBe('edited');
    await expect(page.locator('[data-testid="trace-hash"]').textContent()).resolves.toBe(shippedHash);

    // The check runs what was applied, then judges it.
    await exercise.locator('[data-testid="lesson-check"]').click();
    await exercise.getByText('Passed: the run meets every goal.').waitFor();
    await expect(goalTexts()).resolves.toEqual(['✓ no gc process=taskmanager-1 kind=mixed: none', '✓ no jvm.oom: none']);
    // The page shows the run it judged: the edited scenario is the running one now.
    await page.waitForFunction((hash) => {
      const now = document.querySelector('[data-testid="trace-hash"]')?.textContent;
      return now !== '' && now !== hash;
    }, shippedHash);
    await expect(editor.locator('.state').textContent()).resolves.toBe('as running');
    await screenshot(page, 'lesson-exercise-applied', false);
  });
});
