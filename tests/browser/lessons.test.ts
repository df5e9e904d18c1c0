// Protects a lesson end to end in Chromium: it opens from a link, the run stops at each question,
// the simulation says which answer is right, the step's element is highlighted, the exercise fails
// as shipped and passes once the learner changes the configuration, and the path shows it done.
import { describe, expect, it } from 'vitest';
import { screenshot, useHarness } from './harness';

const browser = useHarness();

describe('a lesson', () => {
  it('walks restarts-and-lifecycle: questions answered by the simulation, the exercise checked by a run', async () => {
    const { page } = await browser.open('/?lesson=restarts-and-lifecycle');
    const lesson = page.locator('[data-testid="lesson"]');
    await lesson.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="trace-hash"]')?.textContent !== '');
    await expect(lesson.locator('h2').textContent()).resolves.toBe('Lesson 7: Restarts and the operator lifecycle');

    // Play at top speed: the run stops at the first question (20m, the write-up's Thread.sleep() in the sink), with the
    // event log highlighted.
    await page.locator('[data-testid="play"]').click();
    const question = lesson.locator('[data-testid="lesson-question"]').first();
    await question.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="clock"]')?.textContent?.startsWith('00:20:00'));
    await expect(page.locator('[data-testid="play"]').textContent()).resolves.toContain('Play');
    await expect(page.locator('[data-highlight="event-log"]').getAttribute('class')).resolves.toContain('lesson-highlight');
    await question.getByLabel('Yes — full output buffers need more direct memory until it runs out.').check();
    await question.locator('[data-testid="lesson-answer"]').click();
    await expect(question.locator('[data-testid="lesson-verdict"]').textContent()).resolves.toContain(
      'Not this time — the simulation says: “No — the network buffers were allocated when the TaskManagers started; back pressure only fills them.”',
    );
    await screenshot(page, 'lesson-question', false);

    // On to the second question (1h, containers shut down); answer it right.
    await page.locator('[data-testid="play"]').click();
    const second = lesson.locator('[data-testid="lesson-question"]').nth(1);
    await second.waitFor();
    await second.getByLabel('It steps up with every restart until a direct OOM.').check();
    await second.locator('[data-testid="lesson-answer"]').click();
    await expect(second.locator('[data-testid="lesson-verdict"]').textContent()).resolves.toMatch(/^Right/);

    // The third (3h): which collections run — the write-up's "not released till the next full GC".
    await page.locator('[data-testid="play"]').click();
    const third = lesson.locator('[data-testid="lesson-question"]').nth(2);
    await third.waitFor();
    await third.getByLabel('Only young GCs — nothing reaches the old regions where the dropped maps sit.').check();
    await third.locator('[data-testid="lesson-answer"]').click();
    await expect(third.locator('[data-testid="lesson-verdict"]').textContent()).resolves.toMatch(/^Right/);

    // The exercise fails as shipped, then passes once System.gc() may run again (the write-up's "next full GC").
    const exercise = lesson.locator('[data-testid="lesson-exercise"]');
    await exercise.locator('[data-testid="lesson-check"]').click();
    await expect(exercise.locator('[data-testid="exercise-verdict"]').textContent()).resolves.toBe('Not yet:');
    await page.locator('[data-testid="edit-scenario"]').click();
    const text = page.locator('[data-testid="scenario-text"]');
    const yaml = await text.inputValue();
    await text.fill(yaml.replace('env.java.opts.taskmanager: -XX:+DisableExplicitGC', 'env.java.opts.taskmanager: -XX:-DisableExplicitGC'));
    await page.getByText('Valid: Direct memory staircase on task restarts').waitFor();
    await page.getByRole('button', { name: 'Run from the start' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="clock"]')?.textContent?.startsWith('00:00:00'));
    await exercise.locator('[data-testid="lesson-check"]').click();
    await exercise.getByText('Passed: the run meets every goal.').waitFor();
    await expect(
      page.locator('[data-testid="lesson-picker"] option', { hasText: 'Restarts and the operator lifecycle' }).textContent(),
    ).resolves.toContain('✓');
    await screenshot(page, 'lesson-exercise', false);
  });

  it('a damaged progress record or saved scenario in local storage is set aside with a notice; the Lessons picker still lists every lesson', async () => {
    const { page, problems } = await browser.open('/?room=sandbox');
    await page.locator('[data-testid="lesson-picker"] option').nth(1).waitFor({ state: 'attached' });
    const lessons = await page.locator('[data-testid="lesson-picker"] option').count();
    await page.evaluate(() => {
      localStorage.setItem('flink-memory-sandbox.lessons', JSON.stringify({ 'heap-and-gc': { answers: null, exercisePassed: false } }));
      localStorage.setItem('flink-memory-sandbox.scenarios', '{"mine.yaml": 7');
    });
    await page.reload();
    await page.locator('[data-testid="storage-notice"]').nth(1).waitFor();
    await page.locator('[data-testid="lesson-picker"] option').nth(1).waitFor({ state: 'attached' });
    await expect(page.locator('[data-testid="lesson-picker"] option').count()).resolves.toBe(lessons);
    await expect(page.locator('[data-testid="storage-notice"]').first().textContent()).resolves.toMatch(/set aside \(local storage key/);
    const kept = await page.evaluate(() => [
      localStorage.getItem('flink-memory-sandbox.lessons.set-aside-1'),
      localStorage.getItem('flink-memory-sandbox.scenarios.set-aside-1'),
    ]);
    expect(kept).toEqual(['{"heap-and-gc":{"answers":null,"exercisePassed":false}}', '{"mine.yaml": 7']);
    expect(problems).toEqual([]);
  });
});
