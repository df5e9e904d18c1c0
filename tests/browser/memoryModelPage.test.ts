// Protects the memory-model page end to end in Chromium: live derivation, Flink's errors at the
// offending fields, config files, container fit, the shareable link, and no console errors or
// requests beyond localhost.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkContainerFit, deriveMemory } from '../../models/memoryModel';
import { screenshot, useHarness, type Harness } from './harness';

const browser = useHarness();

async function open(path = '/?room=memory-model', options: Parameters<Harness['open']>[1] = {}): Promise<Page> {
  const { page } = await browser.open(path, options);
  await page.waitForSelector('[data-testid="memory-figure"], [data-testid="derivation-error"]');
  return page;
}

const field = (page: Page, key: string) => page.locator(`#field-${key.replace(/[^a-z0-9]+/gi, '-')}`);
const bytesOf = (page: Page, component: string) =>
  page.locator(`[data-testid="memory-figure"] [data-component="${component}"]`).getAttribute('data-bytes');

function taskHeapFor(size: string): string {
  const r = deriveMemory({ process: 'taskmanager', entries: [{ key: 'taskmanager.memory.process.size', value: size, origin: 'test' }] });
  if (!r.ok || r.process !== 'taskmanager') throw new Error(`${size} does not derive`);
  return String(r.taskManager.memory.taskHeap);
}

async function hashSettles(page: Page, needle: string): Promise<string> {
  await page.waitForFunction((n) => decodeURIComponent(location.hash).includes(n), needle);
  return page.url();
}

describe('memory-model page', () => {
  it("derives Flink's default TaskManager and follows the process size as it is typed", async () => {
    const page = await open();
    expect(await field(page, 'taskmanager.memory.process.size').inputValue()).toBe('1728m');
    expect(await bytesOf(page, 'taskHeap')).toBe('402653174');
    expect(await bytesOf(page, 'totalProcess')).toBe('1811939328');
    expect(await page.getByTestId('jvm-args').textContent()).toBe(
      '-Xmx536870902 -Xms536870902 -XX:MaxDirectMemorySize=268435458 -XX:MaxMetaspaceSize=268435456',
    );
    expect(await page.getByTestId('network-buffers').textContent()).toBe('4,096');
    expect(await page.getByTestId('memory-summary').textContent()).toContain('Task:                    384.000mb (402653174 bytes)');
    expect(await page.locator('[data-component="taskHeap"]').getAttribute('title')).toContain('402653174 bytes');
    expect(await field(page, 'taskmanager.memory.framework.heap.size').getAttribute('placeholder')).toBe('128 mb');
    await screenshot(page, 'taskmanager-default');

    await field(page, 'taskmanager.memory.process.size').fill('4g');
    await page.waitForFunction(
      (v) => document.querySelector('[data-component="taskHeap"]')?.getAttribute('data-bytes') === v,
      taskHeapFor('4g'),
    );
    expect(await bytesOf(page, 'totalProcess')).toBe(String(4n << 30n));
    await hashSettles(page, '-Dtaskmanager.memory.process.size=4g');
  });

  it("shows Flink's error at the field for unreadable size text, and keeps the text", async () => {
    const page = await open();
    const size = field(page, 'taskmanager.memory.process.size');
    await size.fill('4gx');
    const error = page.getByTestId('derivation-error');
    await error.waitFor();
    const message =
      "TaskManager memory configuration failed: Cannot read memory size from config option 'taskmanager.memory.process.size'.";
    expect(await error.locator('.message').textContent()).toBe(message);
    expect(await error.textContent()).toContain("Memory size unit 'gx' does not match any of the recognized units");
    expect(await size.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-key="taskmanager.memory.process.size"] .error').textContent()).toBe(message);
    expect(await size.inputValue()).toBe('4gx');

    await size.fill('2g');
    await page.getByTestId('memory-figure').waitFor();
    expect(await size.getAttribute('aria-invalid')).toBe('false');
  });

  it('names every key of a contradictory configuration and highlights their fields', async () => {
    const page = await open();
    await field(page, 'taskmanager.memory.process.size').fill('2g');
    await field(page, 'taskmanager.memory.jvm-overhead.min').fill('600m');
    await field(page, 'taskmanager.memory.jvm-overhead.max').fill('500m');
    const expected = deriveMemory({
      process: 'taskmanager',
      entries: [
        { key: 'taskmanager.memory.process.size', value: '2g', origin: 't' },
        { key: 'taskmanager.memory.jvm-overhead.min', value: '600m', origin: 't' },
        { key: 'taskmanager.memory.jvm-overhead.max', value: '500m', origin: 't' },
      ],
    });
    if (expected.ok) throw new Error('expected a failure');
    const error = page.getByTestId('derivation-error');
    await error.waitFor();
    expect(await error.locator('.message').textContent()).toBe(expected.error.message);
    for (const key of expected.error.keys) expect(await field(page, key).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('[data-key="taskmanager.memory.jvm-overhead.min"] .error').textContent()).toBe(expected.error.message);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-taskmanager-memory-jvm-overhead-min');
    await screenshot(page, 'error-state', false);

    // Process size too small for metaspace + overhead: the other classic refusal.
    await field(page, 'taskmanager.memory.jvm-overhead.min').fill('');
    await field(page, 'taskmanager.memory.jvm-overhead.max').fill('');
    await field(page, 'taskmanager.memory.process.size').fill('200m');
    await field(page, 'taskmanager.memory.jvm-metaspace.size').fill('100m');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="derivation-error"] .message')?.textContent?.includes('exceed configured Total Process Memory'),
    );
    expect(await field(page, 'taskmanager.memory.jvm-metaspace.size').getAttribute('aria-invalid')).toBe('true');
    expect(await field(page, 'taskmanager.memory.process.size').getAttribute('aria-invalid')).toBe('true');
  });

  it('restores the whole state from the shared link, also after a reload', async () => {
    const page = await open();
    await page.getByLabel('Flink version').selectOption('1.18');
    await page.getByLabel('Deployment', { exact: true }).selectOption('kubernetes');
    await field(page, 'taskmanager.memory.process.size').fill('3g');
    await field(page, 'taskmanager.memory.managed.fraction').fill('0.25');
    await page.getByLabel('New key', { exact: true }).fill('my.custom.key');
    await page.getByLabel('Value of the new key').fill('keep me');
    await page.getByRole('button', { name: 'Add key' }).click();
    await page.getByLabel('Pod memory limit').fill('3g');
    await page.getByLabel('Slots per TaskManager').fill('3');
    const url = await hashSettles(page, 'slots=3');
    expect(decodeURIComponent(url)).toContain('-Dmy.custom.key=keep me');
    const taskHeap = await bytesOf(page, 'taskHeap');

    const check = async (p: Page) => {
      expect(await p.getByLabel('Flink version').inputValue()).toBe('1.18');
      expect(await p.getByLabel('Deployment', { exact: true }).inputValue()).toBe('kubernetes');
      expect(await field(p, 'taskmanager.memory.process.size').inputValue()).toBe('3g');
      expect(await field(p, 'taskmanager.memory.managed.fraction').inputValue()).toBe('0.25');
      expect(await p.locator('#other-my-custom-key').inputValue()).toBe('keep me');
      expect(await p.getByLabel('Pod memory limit').inputValue()).toBe('3g');
      expect(await p.getByLabel('Slots per TaskManager').inputValue()).toBe('3');
      expect(await bytesOf(p, 'taskHeap')).toBe(taskHeap);
    };
    await page.reload();
    await page.getByTestId('memory-figure').waitFor();
    await check(page);
    expect(page.url()).toBe(url);

    const second = await browser.open(url.slice(url.indexOf('/', 8)));
    await second.page.getByTestId('memory-figure').waitFor();
    await check(second.page);
    expect(second.problems).toEqual([]);
  });

  it('refuses a tampered link as a whole and shows the defaults', async () => {
    const page = await open('/#process=taskmanager&flink=2.0&deployment=moon&-Dtaskmanager.memory.process.size=9g');
    const banner = page.getByTestId('link-problem');
    expect(await banner.textContent()).toContain("deployment 'moon' is not one of standalone, yarn, kubernetes");
    expect(await field(page, 'taskmanager.memory.process.size').inputValue()).toBe('1728m');
    expect(await bytesOf(page, 'taskHeap')).toBe('402653174');
    expect(await page.getByLabel('Deployment', { exact: true }).inputValue()).toBe('standalone');

    await page.goto(`${browser.harness().baseUrl}/#process=taskmanager&flink=2.0&deployment=yarn&-Da=%E0%A4%A`);
    await page.waitForFunction(() => document.querySelector('[data-testid="link-problem"]')?.textContent?.includes('percent-encoding'));
  });

  it('shows the JobManager model', async () => {
    const page = await open();
    await page.getByText('JobManager', { exact: true }).click();
    await page.locator('[data-component="jobManagerHeap"]').waitFor();
    expect(await bytesOf(page, 'jobManagerHeap')).toBe('1073741824');
    expect(await field(page, 'jobmanager.memory.process.size').inputValue()).toBe('1600m');
    expect(await page.getByTestId('jvm-args').textContent()).toBe('-Xmx1073741824 -Xms1073741824 -XX:MaxMetaspaceSize=268435456');
    expect(await page.getByTestId('memory-summary').textContent()).toContain('JVM Heap:         1024.000mb (1073741824 bytes)');
    await screenshot(page, 'jobmanager');

    await page.getByLabel('Flink version').selectOption('1.10');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="jvm-args"]')?.textContent === '-Xms1024m -Xmx1024m' ||
        document.body.textContent?.includes('JVM chooses its own default heap'),
    );
  });

  it('checks the container fit and applies the suggested process size', async () => {
    const page = await open('/#process=taskmanager&flink=2.0&deployment=kubernetes&-Dtaskmanager.memory.process.size=4g&limit=3g&slots=4');
    const verdict = page.getByTestId('fit-verdict');
    expect(await verdict.textContent()).toContain('Over the limit');
    const report = checkContainerFit(
      { process: 'taskmanager', deployment: 'kubernetes', entries: [{ key: 'taskmanager.memory.process.size', value: '4g', origin: 't' }] },
      { limit: 3n << 30n, slots: 4 },
    );
    expect(await page.getByTestId('container-fit').textContent()).toContain(report.fit?.verdict ?? 'missing verdict');
    await page.getByRole('button', { name: 'Use 3072m' }).click();
    expect(await field(page, 'taskmanager.memory.process.size').inputValue()).toBe('3072m');
    expect(await verdict.textContent()).toContain('Fits');
    if (!report.suggested.ok || report.suggested.process !== 'taskmanager') throw new Error('suggestion does not derive');
    expect(await bytesOf(page, 'taskHeap')).toBe(String(report.suggested.taskManager.memory.taskHeap));
  });

  it('loads pasted and picked config files, keeps unknown keys, and points at YAML errors', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Paste YAML' }).click();
    const box = page.getByLabel(/Paste a flink-conf.yaml/);
    await box.fill('taskmanager.memory.process.size: 2g\nfoo: [1, 2\n');
    await page.locator('#paste-status .error').waitFor();
    expect(await page.locator('#paste-status').textContent()).toMatch(/Line \d+:.*Error parsing YAML configuration.*close the list/);
    expect(await page.getByRole('button', { name: /Replace configuration/ }).isDisabled()).toBe(true);

    await box.fill('taskmanager:\n  memory:\n    process.size: 2g\n    network.min: 100m\nmy.unknown.key: 42\n');
    await page.getByRole('button', { name: 'Replace configuration with 3 keys' }).click();
    expect(await field(page, 'taskmanager.memory.process.size').inputValue()).toBe('2g');
    expect(await field(page, 'taskmanager.memory.network.min').inputValue()).toBe('100m');
    expect(await page.locator('#other-my-unknown-key').inputValue()).toBe('42');
    expect(await page.locator('[data-key="taskmanager.memory.process.size"] .origin').textContent()).toContain('pasted config:3');

    await page.locator('input[type="file"]').setInputFiles({
      name: 'flink-conf.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('taskmanager.memory.flink.size: 1280m\ntaskmanager.network.memory.min: 64m\n'),
    });
    await page.getByText('Loaded 2 keys from').waitFor();
    expect(await field(page, 'taskmanager.memory.flink.size').inputValue()).toBe('1280m');
    expect(await field(page, 'taskmanager.memory.network.min').getAttribute('placeholder')).toBe('64m (deprecated key)');
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await field(page, 'taskmanager.memory.process.size').inputValue()).toBe('2g');
  });

  it("reads a pasted file as the page's release does: 1.18's line parser keeps quotes and skips nested blocks", async () => {
    const page = await open('/#process=taskmanager&flink=1.18&deployment=standalone');
    await page.getByRole('button', { name: 'Paste YAML' }).click();
    await page.getByLabel(/Paste a flink-conf.yaml/).fill('taskmanager.memory.process.size: "2g"\ntaskmanager:\n  numberOfTaskSlots: 2\n');
    const status = page.locator('#paste-status');
    await status.getByText(/keeps its quotes/).waitFor();
    expect(await status.textContent()).toMatch(/pasted config:2: Flink skips this line: 'taskmanager:' opens a nested block/);
    expect(await status.textContent()).toMatch(/2\s+keys found, 3 warnings/);
  });

  it('summarises keys outside the memory model by prefix and lists them only on demand', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Paste YAML' }).click();
    const reporters = Array.from({ length: 9 }, (_, i) => `metrics.reporter.r${i}.factory.class: x`);
    const text = ['taskmanager.memory.process.size: 2g', 'state.backend.type: rocksdb', 'rest.port: 8081', ...reporters].join('\n');
    await page.getByLabel(/Paste a flink-conf.yaml/).fill(`${text}\n`);
    await page.getByRole('button', { name: 'Replace configuration with 12 keys' }).click();
    const note = page.locator('li', { hasText: 'Kept, not part of the memory model' });
    await note.waitFor();
    expect(await note.locator('p').textContent()).toBe(
      'Kept, not part of the memory model (no effect on sizes): 11 keys — metrics.reporter.* 9, rest.* 1, state.* 1',
    );
    const more = note.locator('details');
    expect(await more.locator('summary').textContent()).toBe('11 keys');
    expect(await more.getAttribute('open')).toBeNull();
    await more.locator('summary').click();
    expect(await more.getByRole('button', { name: 'rest.port' }).isVisible()).toBe(true);
  });

  it('renders in the dark theme', async () => {
    const page = await open(
      '/#process=taskmanager&flink=1.18&deployment=yarn&-Dtaskmanager.memory.process.size=4g&-Dtaskmanager.numberOfTaskSlots=4&limit=4g',
      { colorScheme: 'dark' },
    );
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(15, 18, 22)');
    await screenshot(page, 'dark-theme');
  });

  it('offers 2.3, 2.2 and 2.1 (2.3 the default), says what each keeps, and a link naming 2.0 still means 2.0', async () => {
    const page = await open();
    const picker = page.getByLabel('Flink version');
    expect(await picker.inputValue()).toBe('2.3');
    expect((await picker.locator('option').allTextContents()).slice(0, 4)).toEqual(['2.3', '2.2', '2.1', '2.0']);
    await picker.selectOption('2.1');
    await page.waitForFunction(() => document.querySelector('.version-note')?.textContent?.startsWith('Flink 2.1: '));
    await picker.selectOption('2.2');
    await hashSettles(page, 'flink=2.2');
    await picker.selectOption('2.3');
    await page.waitForFunction(() => document.querySelector('.version-note')?.textContent?.includes('adaptive-partitioner'));
    expect(await page.getByTestId('jvm-args').textContent()).toBe(
      '-Xmx536870902 -Xms536870902 -XX:MaxDirectMemorySize=268435458 -XX:MaxMetaspaceSize=268435456',
    );
    expect(await page.getByText(/derived with the .* rules/).count()).toBe(0);

    const old = await open('/#process=taskmanager&flink=2.0&deployment=standalone&-Dtaskmanager.memory.process.size=4g');
    expect(await old.getByLabel('Flink version').inputValue()).toBe('2.0');
  });

  it("shows the configured env.java.opts after Flink's flags on the JVM's command line, with what the override does", async () => {
    const opts = encodeURIComponent('-XX:MaxDirectMemorySize=2g -XX:+DisableExplicitGC');
    const page = await open(
      `/#process=taskmanager&flink=2.3&deployment=standalone&-Dtaskmanager.memory.process.size=4g&-Denv.java.opts.taskmanager=${opts}`,
    );
    expect(await page.getByTestId('jvm-command-line').textContent()).toBe(
      '-Xmx1664299798 -Xms1664299798 -XX:MaxDirectMemorySize=493921243 -XX:MaxMetaspaceSize=268435456 -XX:MaxDirectMemorySize=2g -XX:+DisableExplicitGC',
    );
    const overrides = await page.getByTestId('jvm-overrides').textContent();
    expect(overrides).toContain(
      "overrides Flink's 471 MiB: the JVM may use 2 GiB of direct memory; the process may then use up to 5.5 GiB",
    );
    expect(overrides).toContain('System.gc() does nothing');
    expect(await page.locator('[data-key="env.java.opts.taskmanager"] .tag').textContent()).toContain(
      'JVM options; see the JVM command line',
    );
    expect(await page.getByText('no effect on sizes').count()).toBe(0);
    await screenshot(page, 'jvm-command-line');
  });
});
