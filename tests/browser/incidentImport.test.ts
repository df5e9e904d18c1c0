// Protects the sandbox's incident import in Chromium (issue 15): a TaskManager log, a GC log and a metrics export dropped on
// the page are recognised each for what it is, read and fitted off the main thread, and replayed: the fitted scenario runs
// with the observed series drawn over the simulated ones on the dashboard, the observed failures listed and marked, and
// what was taken from which file listed.
import { existsSync, readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useHarness } from './harness';
import { openSandbox } from './sandboxPage';

const browser = useHarness();

const FILES = [
  ['flink-logs/flink-1.20.5-lab-taskmanager-direct-oom.log', 'taskmanager.log'],
  ['gc-logs/jdk17-g1-uptime.log', 'gc.log'],
  ['metrics/flink-lab-prometheus-direct-leak.prom', 'metrics.prom'],
].map(([path, name]) => ({ name: name as string, text: readFileSync(`tests/fixtures/artefacts/${path}`, 'utf8') }));

/**
 * The Flink lab's own recording of the same incident (calibration/fixtures/incidents, helper "lab"): the TaskManager's log,
 * its GC log and a real Prometheus query_range answer, all from one run. Used once those recordings are in the tree.
 */
const LAB = 'calibration/fixtures/incidents/direct-leak-on-restart';
const LAB_FILES = ['taskmanager-1.log', 'taskmanager-1-gc.log', 'prometheus-query_range.json'];
const labRecorded = () => LAB_FILES.every((f) => existsSync(`${LAB}/${f}`));

async function drop(page: Page, files: readonly { name: string; text: string }[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

describe('sandbox: import an incident', () => {
  it('recognises each dropped file for what it is, and says how far the import is or why it stopped', async () => {
    const page = await openSandbox(browser, 'hello-memory-model');
    await drop(page, FILES);
    const list = page.locator('[data-testid="incident-file-list"]');
    // Every file listed and classified (the list renders before the worker answers: wait for both, not for no blank kind).
    await page.waitForFunction(() => {
      const items = [...document.querySelectorAll<HTMLElement>('[data-testid="incident-file-list"] li')];
      return items.length === 3 && items.every((li) => li.dataset.kind);
    });
    expect(
      await list.locator('li').evaluateAll((items) => items.map((li) => [li.querySelector('code')?.textContent, li.dataset.kind])),
    ).toEqual([
      ['taskmanager.log', 'flink-log'],
      ['gc.log', 'gc-log'],
      ['metrics.prom', 'metrics'],
    ]);
    expect(await list.textContent()).toContain('taskmanager.log Flink log');
    // Then a stage is under way (with its seconds), or it has ended: a panel, or an error naming the stage.
    await page.waitForSelector('[data-testid="incident-progress"], [data-testid="incident-panel"], [data-testid="incident-error"]');
    const error = page.locator('[data-testid="incident-error"]');
    if (await error.count()) expect(await error.textContent()).toMatch(/^(Classifying|Reading) the 3 files failed: /);
    await screenshot(page, 'incident-import-files', false);
  });

  it("draws a metrics file's observed series on the dashboard panels, over the simulated staircase", async () => {
    const page = await openSandbox(browser, 'direct-leak-on-restart');
    const scrape = FILES[2] as { name: string; text: string };
    await page
      .locator('[data-testid="observed-file"]')
      .setInputFiles({ name: scrape.name, mimeType: 'text/plain', buffer: Buffer.from(scrape.text) });
    await page.locator('[data-testid="observed-status"]').waitFor();
    const direct = page.locator('[data-testid="metric-panel"][data-panel="Status.JVM.Memory.Direct.MemoryUsed"]');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-panel="Status.JVM.Memory.Direct.MemoryUsed"]')?.getAttribute('data-observed')) > 0,
    );
    expect(await direct.locator('[data-testid="panel-observed"]').textContent()).toContain('observed (metrics.prom)');
    // Heap and metaspace are in the scrape too; GC counts are not bytes and are not drawn.
    const heap = page.locator('[data-testid="metric-panel"][data-panel="Status.JVM.Memory.Heap.Used"]');
    expect(Number(await heap.getAttribute('data-observed'))).toBeGreaterThan(0);
    await direct.screenshot({ path: 'test-results/screenshots/incident-overlay-direct-panel.png' });
  });

  it('replays the fitted incident with the observed series over the simulated ones, the failures and the provenance', async () => {
    const page = await openSandbox(browser, 'hello-memory-model');
    await drop(page, FILES);
    const panel = page.locator('[data-testid="incident-panel"]');
    await page.waitForSelector('[data-testid="incident-panel"][data-fitted="true"]', { timeout: 120_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="trace-hash"]')?.textContent !== '');
    // The replay is the import's scenario, loaded by the simulation worker.
    expect(await page.locator('[data-testid="sandbox-error"]').count()).toBe(0);
    // The provenance names every file, and what was taken from it.
    const provenance = await panel.locator('[data-testid="incident-provenance"]').textContent();
    for (const f of FILES) expect(provenance).toContain(f.name);
    // The lab's TaskManager died of direct memory: an observed failure, with where the log printed it.
    const failures = await panel.locator('[data-testid="incident-failures"]').textContent();
    expect(failures).toContain('taskmanager.log:');
    expect(failures).toMatch(/oom-direct|fatal-error/);
    // The fit: its parameters as texts, the first failure observed vs simulated.
    expect(await panel.locator('[data-testid="incident-fit"] li').count()).toBeGreaterThan(0);
    // The overlay: the scrape's direct memory drawn on the direct-memory panel, with the observed failures marked.
    await page.locator('[data-testid="layout-dashboard"]').click();
    const direct = page.locator('[data-testid="metric-panel"][data-panel="Status.JVM.Memory.Direct.MemoryUsed"]');
    await direct.waitFor();
    expect(Number(await direct.getAttribute('data-observed'))).toBeGreaterThan(0);
    expect(await direct.locator('[data-testid="panel-observed"]').textContent()).toContain('observed');
    await screenshot(page, 'incident-import-replay');
    await direct.screenshot({ path: 'test-results/screenshots/incident-import-direct-panel.png' });
    await panel.screenshot({ path: 'test-results/screenshots/incident-import-panel.png' });
    // The postmortem report carries the incident: the fit, the observed failures and series, where each came from.
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-report"]').click()]);
    const zip = unzipSync(readFileSync((await file.path()) as string));
    const md = strFromU8(zip['report.md'] as Uint8Array);
    expect(md).toContain('## The incident this replay was fitted to');
    for (const f of FILES) expect(md).toContain(`\`${f.name}\``);
    expect(strFromU8(zip['observed.csv'] as Uint8Array).split('\n')[0]).toBe('timeMs,process,metric,unit,name,value');
  });

  it.skipIf(!labRecorded())(
    "replays the lab's recorded incident (log, GC log, Prometheus range query) with the observed staircase",
    async () => {
      const page = await openSandbox(browser, 'hello-memory-model');
      await drop(
        page,
        LAB_FILES.map((name) => ({ name, text: readFileSync(`${LAB}/${name}`, 'utf8') })),
      );
      await page.waitForSelector('[data-testid="incident-panel"][data-fitted="true"]', { timeout: 120_000 });
      const kinds = await page
        .locator('[data-testid="incident-file-list"] li')
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.kind));
      expect(kinds).toEqual(['flink-log', 'gc-log', 'metrics']);
      await page.waitForFunction(
        () => Number(document.querySelector('[data-panel="Status.JVM.Memory.Direct.MemoryUsed"]')?.getAttribute('data-observed')) > 0,
      );
      expect(await page.locator('[data-testid="incident-failures"]').textContent()).toContain('taskmanager-1.log:');
      const direct = page.locator('[data-testid="metric-panel"][data-panel="Status.JVM.Memory.Direct.MemoryUsed"]');
      await direct.screenshot({ path: 'test-results/screenshots/incident-lab-direct-panel.png' });
      await page.locator('[data-testid="incident-panel"]').screenshot({ path: 'test-results/screenshots/incident-lab-panel.png' });
      await screenshot(page, 'incident-lab-replay');
    },
  );
});
