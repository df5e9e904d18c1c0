// Protects the memory-model room's Kubernetes inputs in Chromium: a FlinkDeployment dropped on the page or pasted gives the
// TaskManager and the JobManager at once, sets the Flink version and the pod limit, and shows what was taken from where.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

const browser = useHarness();
const NESTED = readFileSync('tests/fixtures/kubernetes/flinkdeployment-nested.yaml', 'utf8');
const BASIC = readFileSync('tests/fixtures/kubernetes/operator-basic.yaml', 'utf8');

async function open(): Promise<Page> {
  const { page } = await browser.open('/?room=memory-model');
  await page.waitForSelector('[data-testid="memory-figure"]');
  return page;
}

const field = (page: Page, key: string) => page.locator(`#field-${key.replace(/[^a-z0-9]+/gi, '-')}`);
const totalProcess = (page: Page) =>
  page.locator('[data-testid="memory-figure"] [data-component="totalProcess"]').getAttribute('data-bytes');

describe('memory-model room: Kubernetes inputs', () => {
  it('a dropped FlinkDeployment sizes both processes, sets Flink 1.19 and the pod limit, and says where each value came from', async () => {
    const page = await open();
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'orders.yaml', { type: 'text/yaml' }));
      return dt;
    }, NESTED);
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    const summary = page.locator('.loaded [data-testid="kubernetes-input"]');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Read as FlinkDeployment (Flink 1.19).');
    expect(await summary.textContent()).toContain('Taken: FlinkDeployment orders-enrichment (document 1, line 3)');
    expect(await summary.textContent()).toContain(
      'TaskManager: pod limit 5.000gb (5368709120 bytes) (process size 4096 MiB × limit-factor 1.25',
    );
    expect(await summary.textContent()).toContain(
      'taskmanager.memory.process.size: 4294967296 ← orders.yaml:34 spec.taskManager.resource.memory',
    );
    expect(await field(page, 'taskmanager.memory.process.size').inputValue()).toBe('4294967296');
    expect(await page.locator('[data-key="taskmanager.memory.process.size"] .origin').textContent()).toContain('orders.yaml:34');
    expect(await totalProcess(page)).toBe(String(4n << 30n));
    expect(await page.getByLabel('Pod memory limit').inputValue()).toBe('5120Mi');

    // The same file holds the JobManager: 1Gi.
    await page.getByRole('radio', { name: /JobManager/ }).click();
    await page.waitForFunction(
      (v) => document.querySelector('[data-component="totalProcess"]')?.getAttribute('data-bytes') === v,
      String(1n << 30n),
    );
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await page.locator('.loaded').count()).toBe(0);
  });

  it('a pasted FlinkDeployment previews what it takes before it replaces the configuration', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Paste YAML' }).click();
    await page.getByLabel(/Paste a flink-conf.yaml/).fill(BASIC);
    const preview = page.locator('#paste-status [data-testid="kubernetes-input"]');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Read as FlinkDeployment (Flink 1.20).');
    await page.getByRole('button', { name: 'Replace configuration with 5 keys' }).click();
    expect(await field(page, 'taskmanager.memory.process.size').inputValue()).toBe('2 gb');
    expect(await totalProcess(page)).toBe(String(2n << 30n));
  });
});
