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
    await expect(lesson.locator('h2').textContent()).resolves.toBe('Lesson 6: Restarts and the operator lifecycle');

    // Play at top speed: the run stops at the first question (1h), with the event log highlighted.
    await page.locator('[data-testid="play"]').click();
    const question = lesson.locator('[data-testid="lesson-question"]').first();
    await question.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="clock"]')?.textContent?.startsWith('01:00:00'));
    await expect(page.locator('[data-testid="play"]').textContent()).resolves.toContain('Play');
    await expect(page.locator('[data-highlight="event-log"]').getAttribute('class')).resolves.toContain('lesson-highlight');
    await question.getByLabel('It stays flat').check();
    await question.locator('[data-testid="lesson-answer"]').click();
    await expect(question.locator('[data-testid="lesson-verdict"]').textContent()).resolves.toContain(
      'Not this time — the simulation says: “It steps up with every restart until a direct OOM.”',
    );
    await screenshot(page, 'lesson-question', false);

    // On to the second question (2h); answer it right.
    await page.locator('[data-testid="play"]').click();
    const second = lesson.locator('[data-testid="lesson-question"]').nth(1);
    await second.waitFor();
    await second.getByLabel('Between 4h and 5h').check();
    await second.locator('[data-testid="lesson-answer"]').click();
    await expect(second.locator('[data-testid="lesson-verdict"]').textContent()).resolves.toMatch(/^Right/);

    // The exercise fails as shipped, then passes with more task off-heap and a bigger process.
    const exercise = lesson.locator('[data-testid="lesson-exercise"]');
    await exercise.locator('[data-testid="lesson-check"]').click();
    await expect(exercise.locator('[data-testid="exercise-verdict"]').textContent()).resolves.toBe('Not yet:');
    await page.locator('[data-testid="edit-scenario"]').click();
    const text = page.locator('[data-testid="scenario-text"]');
    const yaml = await text.inputValue();
    await text.fill(
      yaml
        .replace('taskmanager.memory.process.size: 4g', 'taskmanager.memory.process.size: 6g')
        .replace('taskmanager.memory.task.off-heap.size: 512m', 'taskmanager.memory.task.off-heap.size: 2g'),
    );
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
