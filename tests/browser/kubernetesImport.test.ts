// Protects the memory-model room's Kubernetes inputs in Chromium: each kind (FlinkDeployment, Helm values, ConfigMap, a --- stream) dropped
// or pasted sizes the processes and shows what was taken from where (file, line, path), the operator release picked on the page applies,
// and a sandbox scenario with flink.flinkDeployment loads.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';
import { openSandbox } from './sandboxPage';

const browser = useHarness();
const NESTED = readFileSync('tests/fixtures/kubernetes/flinkdeployment-nested.yaml', 'utf8');
const BASIC = readFileSync('tests/fixtures/kubernetes/operator-basic.yaml', 'utf8');
const HELM = readFileSync('tests/fixtures/kubernetes/helm-values.yaml', 'utf8');
const BOTH = readFileSync('tests/fixtures/kubernetes/configmap-both-files.yaml', 'utf8');
// A real stream (source in calibration/config-corpus/SOURCES.json): a FlinkDeployment, a PersistentVolumeClaim and an IngressClass.
const STREAM = readFileSync('calibration/config-corpus/operator-e2e-flinkdep-multidoc.yaml', 'utf8');

async function open(): Promise<Page> {
  const { page } = await browser.open('/?room=memory-model');
  await page.waitForSelector('[data-testid="memory-figure"]');
  return page;
}

async function drop(page: Page, text: string, name: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ([t, n]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n, { type: 'text/yaml' }));
      return dt;
    },
    [text, name] as const,
  );
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

async function waitTotal(page: Page, bytes: bigint): Promise<void> {
  await page.waitForFunction(
    (v) => document.querySelector('[data-testid="memory-figure"] [data-component="totalProcess"]')?.getAttribute('data-bytes') === v,
    String(bytes),
  );
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

  it("the operator release picked in the summary re-reads the loaded file: 1.6's validator refuses resource.memory 4Gi", async () => {
    const page = await open();
    await drop(page, NESTED, 'orders.yaml');
    const summary = page.locator('.loaded [data-testid="kubernetes-input"]');
    await summary.waitFor();
    const select = summary.getByLabel('Flink Kubernetes Operator version');
    expect(await select.inputValue()).toBe('1.15');
    expect(await summary.locator('.refused').count()).toBe(0);
    await select.selectOption('1.6');
    await summary.locator('.refused').first().waitFor();
    expect(await summary.textContent()).toContain(
      'Refused: orders.yaml:34 spec.taskManager.resource.memory: "TaskManager resource memory parse error:',
    );
    expect(await field(page, 'taskmanager.memory.process.size').inputValue()).toBe('4Gi');
  });

  it('pasted Helm values: the block at flink.spec is read as a FlinkDeployment spec, with lines and paths', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Paste YAML' }).click();
    await page.getByLabel(/Paste a flink-conf.yaml/).fill(HELM);
    const preview = page.locator('#paste-status [data-testid="kubernetes-input"]');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Read as Helm values (Flink 1.18).');
    expect(await preview.textContent()).toContain(
      'Taken: Helm values at flink.spec (document 1, line 9): flinkConfiguration, taskManager, jobManager',
    );
    expect(await preview.textContent()).toContain(
      'taskmanager.memory.process.size: 6 gb ← pasted config:21 flink.spec.taskManager.resource.memory',
    );
    await page.getByRole('button', { name: /Replace configuration with/ }).click();
    await waitTotal(page, 6n << 30n);
    expect(await field(page, 'taskmanager.memory.process.size').inputValue()).toBe('6 gb');
  });

  it("a dropped ConfigMap with both files: the page's Flink 2.3 (the default) reads config.yaml, flink-conf.yaml is listed as ignored", async () => {
    const page = await open();
    await drop(page, BOTH, 'flink-config.yaml');
    const summary = page.locator('.loaded [data-testid="kubernetes-input"]');
    await summary.waitFor();
    const text = await summary.textContent();
    expect(text).toContain('Read as ConfigMap.');
    expect(text).toContain('Taken: ConfigMap flink-config (document 1, line 3): data."config.yaml", read as Flink 2.3 reads it');
    expect(text).toContain(
      'Ignored: ConfigMap flink-config (document 1, line 3): data."flink-conf.yaml" (flink-config.yaml:9): Flink 2.3 reads config.yaml when both are present',
    );
    expect(text).toContain('taskmanager.memory.process.size: 4g ← flink-config.yaml:22 data."config.yaml"');
    await waitTotal(page, 4n << 30n);
  });

  it('a pasted --- stream: the FlinkDeployment is taken, the other documents are listed as ignored with their lines', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Paste YAML' }).click();
    await page.getByLabel(/Paste a flink-conf.yaml/).fill(STREAM);
    const preview = page.locator('#paste-status [data-testid="kubernetes-input"]');
    await preview.waitFor();
    const text = await preview.textContent();
    expect(text).toContain('Read as FlinkDeployment (Flink 1.16).');
    expect(text).toContain('Ignored: PersistentVolumeClaim flink-example-statemachine (document 2, line 89)');
    expect(text).toContain('Ignored: IngressClass nginx (document 3, line 102)');
    await page.getByRole('button', { name: /Replace configuration with/ }).click();
    await waitTotal(page, 1n << 30n);
  });
});

describe('sandbox: a scenario with flink.flinkDeployment', () => {
  it('loads, and the check derives the TaskManager from the embedded FlinkDeployment', async () => {
    const page = await openSandbox(browser, 'hello-memory-model');
    await page.locator('[data-testid="new-blank"]').click();
    const editor = page.locator('[data-testid="scenario-editor"]');
    const check = editor.locator('[data-testid="scenario-check"]');
    await check.getByText('Valid: My cluster').waitFor();
    const text = editor.locator('[data-testid="scenario-text"]');
    const original = await text.inputValue();
    const embedded = BASIC.replace(/^/gm, '    ');
    await text.fill(
      original
        .replace('    taskmanager.memory.process.size: 1728m\n', '')
        .replace('flink:\n', `flink:\n  operatorVersion: "1.13"\n  flinkDeployment: |\n${embedded}\n`),
    );
    await check.getByText('Valid: My cluster').waitFor();
    await expect(check.locator('tr', { hasText: 'Total process memory' }).textContent()).resolves.toContain('2 GiB');
  });
});
