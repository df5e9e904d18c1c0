// Protects what a lesson tells the dashboard to show (issue 13): at a step with `watch:` the sandbox watches the step's
// panels, at a step without one the scenario's, in Chromium as the learner moves through the run.
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';
import { seekTo } from './sandboxPage';

const browser = useHarness();

describe("a lesson step's watch:", () => {
  it('restarts-and-lifecycle: the scenario panels at the start, each step its own, the scenario again back at the start', async () => {
    const { page, problems } = await browser.open('/?lesson=restarts-and-lifecycle');
    const lesson = page.locator('[data-testid="lesson"]');
    await lesson.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="trace-hash"]')?.textContent !== '');
    // The attribute follows the step as soon as the frame at the cursor has arrived: poll it (vitest's default, 1 s).
    const watching = (expected: string) => expect.poll(() => lesson.getAttribute('data-watching')).toBe(expected);
    // 0s: the job-graph step names no panel: direct-leak-on-restart.yaml's watch.
    await watching('Status.JVM.Memory.Direct.MemoryUsed numRestarts');
    // 20m: the Thread.sleep() in the sink ("keep an eye on the TaskManagers' direct memory").
    await seekTo(page, 1_200_000, '00:20:00');
    await watching('Status.JVM.Memory.Direct.MemoryUsed backPressuredTimeMsPerSecond');
    // 1h: the containers shut down, Flink restarts every task.
    await seekTo(page, 3_600_000, '01:00:00');
    await watching('numRestarts Status.JVM.Memory.Direct.MemoryUsed');
    // 3h: the staircase.
    await seekTo(page, 10_800_000, '03:00:00');
    await watching('Status.JVM.Memory.Direct.MemoryUsed');
    await seekTo(page, 0, '00:00:00');
    await watching('Status.JVM.Memory.Direct.MemoryUsed numRestarts');
    expect(problems).toEqual([]);
  });
});
