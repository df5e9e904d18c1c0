// Protects the sandbox's closer views in Chromium: one process's GC, heap histogram and native
// profile at the cursor; zooming every chart by dragging; a chart exported as SVG and PNG; the
// event log filtered by type and level; a theme that the user picks and the page remembers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenshot, useHarness } from './harness';
import { openSandbox, perProcess, seekTo } from './sandboxPage';
import { createSetup } from '../../models/engine/setup';
import { Simulation } from '../../models/engine/simulation';
import { strFromU8, unzipSync } from 'fflate';
import { loadScenario } from '../../models/scenario/loadScenario';
import { BLANK_SCENARIO, BLANK_SCENARIO_FILE } from '../../src/sandbox/blankScenario';

const browser = useHarness();

describe('the sandbox up close', () => {
  it("shows a process's GC pauses, heap histogram and native profile at the cursor", async () => {
    const page = await openSandbox(browser, 'expired-windows-heap');
    await seekTo(page, 210 * 60_000, '03:30:00');
    const details = page.locator('[data-testid="process-details"]');
    await details.getByRole('button', { name: 'taskmanager-1' }).click();
    await details.locator('button[aria-pressed="true"]', { hasText: 'taskmanager-1' }).waitFor();
    const histogram = details.locator('[data-testid="heap-histogram"] tbody tr');
    await expect(histogram.first().textContent()).resolves.toContain('CopyOnWriteStateMap$StateMapEntry');
    await expect(details.locator('[data-testid="native-profile"]').textContent()).resolves.toContain(
      'os::malloc (JVM: symbols, arenas, GC and compiler data)',
    );
    const young = await details.locator('[data-series="young-pause"]').getAttribute('d');
    expect(young?.length ?? 0).toBeGreaterThan(20);
    await expect(details.locator('figcaption').textContent()).resolves.toMatch(/time paused \(peak \d+\.\d %\)/);
    await details.scrollIntoViewIfNeeded();
    await screenshot(page, 'sandbox-process-details', false);
  });

  it("shows a process's effective JVM command line, the configuration's env.java.opts after Flink's flags", async () => {
    const page = await openSandbox(browser, 'direct-leak-on-restart');
    const details = page.locator('[data-testid="process-details"]');
    await details.getByRole('button', { name: 'taskmanager-1' }).click();
    const line = details.locator('[data-testid="process-command-line"]');
    await expect(line.locator('code').textContent()).resolves.toMatch(
      /^-Xmx\d+ -Xms\d+ -XX:MaxDirectMemorySize=\d+ -XX:MaxMetaspaceSize=\d+ -XX:\+DisableExplicitGC$/,
    );
    await expect(line.locator('li').first().textContent()).resolves.toContain(
      '-XX:+DisableExplicitGC (env.java.opts.taskmanager, direct-leak-on-restart: flink.config) applies: System.gc() does nothing',
    );
    await details.getByRole('button', { name: 'jobmanager' }).click();
    await expect(line.locator('code').textContent()).resolves.not.toContain('DisableExplicitGC');
  });

  it('zooms every chart to a dragged span and back, and exports a chart as SVG and PNG', async () => {
    const page = await openSandbox(browser, 'direct-leak-on-restart');
    await perProcess(page);
    await seekTo(page, 6 * 3_600_000, '06:00:00');
    const chart = page.locator('[data-testid="pool-chart"][data-process="taskmanager-1"]');
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.locator('svg').boundingBox();
    if (!box) throw new Error('the chart has no box');
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    // Every chart shows the span, with finer time ticks than the whole run's 2-hour steps.
    await expect(page.locator('[data-testid="reset-zoom"]').count()).resolves.toBe(5);
    const ticks = await chart.locator('svg text[text-anchor="middle"]').allTextContents();
    expect(ticks.some((t) => /m$/.test(t))).toBe(true);
    await screenshot(page, 'sandbox-zoomed', false);

    const [svgFile] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /as SVG/ }).click()]);
    expect(svgFile.suggestedFilename()).toMatch(/^direct-leak-on-restart-taskmanager-1-\d+-\d+ms\.svg$/);
    const svg = readFileSync((await svgFile.path()) as string, 'utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('taskmanager-1 · Direct memory staircase on task restarts · seed 7');
    expect(svg).toContain('Direct used');
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(8);

    const [pngFile] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /as PNG/ }).click()]);
    const png = readFileSync((await pngFile.path()) as string);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);

    await chart.locator('svg').dblclick();
    await expect(page.locator('[data-testid="reset-zoom"]').count()).resolves.toBe(0);
  });

  it('filters the event log by type and by level', async () => {
    const page = await openSandbox(browser, 'direct-leak-on-restart');
    await seekTo(page, 5 * 3_600_000, '05:00:00');
    const log = page.locator('[data-testid="event-log"] li');
    await page.locator('[data-testid="event-type-filter"]').selectOption('gc');
    await page.waitForFunction(() => document.querySelector('[data-testid="event-log"] li')?.getAttribute('data-type') === 'gc');
    expect(new Set(await log.evaluateAll((items) => items.map((li) => li.getAttribute('data-type'))))).toEqual(new Set(['gc']));
    await page.locator('[data-testid="event-type-filter"]').selectOption('all');
    await page.locator('[data-testid="event-level-filter"]').selectOption('error');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="event-log"] li')].every((li) => li.classList.contains('error')),
    );
    await expect(log.locator('text=OutOfMemoryError: Direct buffer memory').count()).resolves.toBeGreaterThan(0);
  });

  it('switches to the theme the user picks and remembers it', async () => {
    const { page } = await browser.open('/?room=sandbox&scenario=hello-memory-model', { colorScheme: 'light' });
    await page.waitForSelector('[data-testid="process-card"]');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(243, 244, 246)');
    await page.locator('[data-testid="theme-toggle"]').selectOption('dark');
    expect(await background()).toBe('rgb(15, 18, 22)');
    await page.reload();
    await page.waitForSelector('[data-testid="process-card"]');
    expect(await background()).toBe('rgb(15, 18, 22)');
    await screenshot(page, 'sandbox-dark', false);
  });

  it('starts a blank cluster, edits it with live checks by Flink, runs it and keeps it in the browser', async () => {
    const page = await openSandbox(browser, 'hello-memory-model');
    await page.locator('[data-testid="new-blank"]').click();
    const editor = page.locator('[data-testid="scenario-editor"]');
    const check = editor.locator('[data-testid="scenario-check"]');
    await expect(check.getByText('Valid: My cluster').waitFor()).resolves.toBeUndefined();
    await expect(check.locator('tr', { hasText: 'Total process memory' }).textContent()).resolves.toContain('1.69 GiB');
    const text = editor.locator('[data-testid="scenario-text"]');
    const original = await text.inputValue();

    // Flink's own refusal, with the key: managed + network + overhead above the process size.
    await text.fill(
      original.replace(
        'taskmanager.memory.process.size: 1728m',
        'taskmanager.memory.process.size: 1728m\n    taskmanager.memory.managed.size: 4g',
      ),
    );
    await check.locator('.problems li').first().waitFor();
    await expect(check.textContent()).resolves.toContain('taskmanager.memory.managed.size');
    await expect(editor.locator('[data-testid="run-edit-from-cursor"]').isDisabled()).resolves.toBe(true);

    // A field the schema does not know is named with its line.
    await text.fill(original.replace('taskmanagers: 1', 'taskmanager: 2'));
    await page.waitForFunction(() =>
      /my-cluster\.yaml:\d+: cluster\.taskmanager: /.test(document.querySelector('[data-testid="scenario-check"]')?.textContent ?? ''),
    );

    await text.fill(original.replace('taskmanagers: 1', 'taskmanagers: 2'));
    await check.getByText('Valid: My cluster').waitFor();
    await expect(check.textContent()).resolves.toContain('2 TaskManagers × 2 slots');
    // The same TaskManager in the memory-model room: the derivation step by step.
    const link = (await editor.locator('[data-testid="open-in-memory-model"]').getAttribute('href')) ?? '';
    expect(link).toMatch(
      /^\.\/\?room=memory-model#process=taskmanager&flink=2\.0&deployment=kubernetes&-Dtaskmanager\.memory\.process\.size=1728m/,
    );
    const model = (await browser.open(`/${link.slice(2)}`)).page;
    await expect(model.locator('#field-taskmanager-memory-process-size').inputValue()).resolves.toBe('1728m');
    // The room derives what the run uses (0.4f × 1280 MiB: Flink's float fraction, 536870920 bytes).
    const setup = createSetup(loadScenario(BLANK_SCENARIO, BLANK_SCENARIO_FILE));
    await expect(model.locator('[data-testid="memory-figure"] [data-component="managed"]').getAttribute('data-bytes')).resolves.toBe(
      String(setup.taskManagerSizing.managedBudgetBytes),
    );

    // The memory-model room's own editor, inside the sandbox: change the process size there, apply it to the YAML.
    await editor.locator('[data-testid="edit-flink-config"]').click();
    const config = editor.locator('[data-testid="flink-config-editor"]');
    await config.locator('#field-taskmanager-memory-process-size').fill('2g');
    await config.scrollIntoViewIfNeeded();
    await screenshot(page, 'sandbox-flink-config-editor', false);
    await config.locator('[data-testid="apply-flink-config"]').click();
    await expect(text.inputValue()).resolves.toContain('taskmanager.memory.process.size: 2g');
    await check.getByText('Valid: My cluster').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="scenario-check"]')?.textContent?.includes('2 GiB'));

    await editor.getByRole('button', { name: 'Run from the start' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="process-card"]').length === 3);
    await screenshot(page, 'sandbox-scenario-editor', false);

    await editor.locator('[data-testid="save-in-browser"]').click();
    await expect(editor.getByRole('status').textContent()).resolves.toContain('Kept in this browser as my-cluster.yaml');
    await page.reload();
    await page.waitForSelector('[data-testid="process-card"]');
    await expect(page.locator('[data-testid="scenario-picker"] optgroup[label^="Yours"] option').allTextContents()).resolves.toEqual([
      'my-cluster.yaml',
    ]);
    await page.locator('[data-testid="scenario-picker"]').selectOption('mine:my-cluster.yaml');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="process-card"]').length === 3);
  });

  it('fits a laptop screen and a narrow window without sideways scrolling', async () => {
    for (const [width, height] of [
      [1366, 768],
      [1024, 768],
      [800, 900],
    ] as const) {
      const { page } = await browser.open('/?scenario=direct-leak-on-restart', { viewport: { width, height } });
      await page.waitForSelector('[data-testid="process-card"]');
      await seekTo(page, 12 * 3_600_000, '12:00:00');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${width}px wide`).toBeLessThanOrEqual(0);
      await screenshot(page, `sandbox-${width}x${height}`, false);
    }
  });

  it('pins annotations on the timeline, numbered on every chart, kept in the scenario and the share link', async () => {
    const page = await openSandbox(browser, 'direct-leak-on-restart');
    await perProcess(page);
    await seekTo(page, 4 * 3_600_000 + 20 * 60_000, '04:20:00');
    const hash = await page.locator('[data-testid="trace-hash"]').textContent();
    await page.locator('[data-testid="annotation-text"]').fill('first direct OOM: open() cannot reserve the map');
    await page.getByRole('button', { name: 'Pin at 04:20:00' }).click();
    await expect(page.locator('[data-testid="annotations"] li').textContent()).resolves.toContain('04:20:00 first direct OOM');
    await expect(page.locator('[data-testid="annotation-mark"]').count()).resolves.toBe(5);
    // An annotation changes nothing in the run.
    await expect(page.locator('[data-testid="trace-hash"]').textContent()).resolves.toBe(hash);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Scenario YAML' }).click()]);
    expect(readFileSync((await file.path()) as string, 'utf8')).toContain(
      'annotations:\n  - { at: 260m, text: "first direct OOM: open() cannot reserve the map" }',
    );
    await page.locator('[data-testid="share"]').click();
    const url = await page.locator('[data-testid="share-url"]').inputValue();
    const shared = (await browser.open(url.slice(browser.harness().baseUrl.length))).page;
    await shared.locator('[data-testid="annotations"] li').first().waitFor();
    await expect(shared.locator('[data-testid="annotations"] li').textContent()).resolves.toContain('first direct OOM');
    await shared.getByRole('button', { name: 'Remove annotation 1' }).click();
    await expect(shared.locator('[data-testid="annotation-mark"]').count()).resolves.toBe(0);
  });

  it('exports a postmortem report whose scenario and seed reproduce the run', async () => {
    const page = await openSandbox(browser, 'direct-leak-on-restart');
    await seekTo(page, 5 * 3_600_000, '05:00:00');
    await page.locator('[data-testid="annotation-text"]').fill('after the OOM every open() fails');
    await page.getByRole('button', { name: 'Pin at 05:00:00' }).click();
    const hash = (await page.locator('[data-testid="trace-hash"]').textContent()) ?? '';
    // "Why?" on the OOM in the event log: the causal explanation, with the numbers.
    const oom = page.locator('[data-testid="event-log"] li[data-type="jvm.oom"]').last();
    await oom.locator('[data-testid="why"]').click();
    await expect(page.locator('[data-testid="explanation"]').textContent()).resolves.toContain(
      '24 MiB allocated in open() of currency-rates and released only when a GC runs their cleaner',
    );
    await screenshot(page, 'sandbox-why', false);
    await page.getByRole('button', { name: 'Close' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-report"]').click()]);
    expect(file.suggestedFilename()).toBe('direct-leak-on-restart-report-18000s.zip');
    const files = unzipSync(readFileSync((await file.path()) as string));
    const names = Object.keys(files).sort();
    expect(names).toContain('report.md');
    expect(names.filter((n) => /^charts\/.*\.svg$/.test(n))).toHaveLength(5);
    expect(names.filter((n) => /^charts\/.*\.png$/.test(n))).toHaveLength(5);
    expect(strFromU8(files['charts/taskmanager-4.png'] as Uint8Array).slice(1, 4)).toBe('PNG');
    // Every chart is drawn in the report, also those out of view.
    expect((strFromU8(files['charts/taskmanager-4.svg'] as Uint8Array).match(/<path /g) ?? []).length).toBeGreaterThan(8);
    const md = strFromU8(files['report.md'] as Uint8Array);
    expect(md).toContain('| 05:00:00 | 📌 note |  | after the OOM every open() fails |');
    expect(md).toContain('OutOfMemoryError: Direct buffer memory');
    // What failed and why: the limit and how Flink derived it, what filled it, what would change it.
    expect(md).toContain(
      '-XX:MaxDirectMemorySize 983.04 MiB = 128 MiB framework off-heap (default of taskmanager.memory.framework.off-heap.size) + 512 MiB task off-heap',
    );
    expect(md).toContain('- Fix the leak: release what open() of currency-rates allocates in close()');
    expect(md).toContain(`traceHash ${hash}`);
    const scenario = loadScenario(strFromU8(files['scenario-direct-leak-on-restart.yaml'] as Uint8Array), 'direct-leak-on-restart.yaml');
    const replay = new Simulation(scenario, {});
    replay.advanceTo(5 * 3_600_000);
    expect(replay.traceHash()).toBe(hash);
  });

  it('overlays observed metrics from a CSV on the charts, and says which lines of a bad one are wrong', async () => {
    const page = await openSandbox(browser, 'hello-memory-model');
    await perProcess(page);
    await seekTo(page, 3_600_000, '01:00:00');
    const rows = Array.from({ length: 60 }, (_, m) => `${m * 60_000},taskmanager-1,${(200 + m) * 2 ** 20},${2 ** 30}`);
    const csv = ['timeMs,process,Status.JVM.Memory.Heap.Used,container_memory_working_set_bytes', ...rows].join('\n');
    await page.locator('[data-testid="observed-file"]').setInputFiles({ name: 'prod.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.locator('[data-testid="observed-status"]').textContent()).resolves.toContain('Observed: prod.csv, 2 series (dotted)');
    const chart = page.locator('[data-testid="pool-chart"][data-process="taskmanager-1"]');
    const [file] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name: /as SVG/ }).click()]);
    const svg = readFileSync((await file.path()) as string, 'utf8');
    expect(svg).toContain('observed: Heap used');
    expect(svg).toContain('observed: RSS');
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'sandbox-observed-overlay', false);

    await page.locator('[data-testid="observed-file"]').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('timeMs,Status.JVM.Memory.Heap.Used\n0,12\n60000,lots\n'),
    });
    await expect(page.getByRole('alert').textContent()).resolves.toBe(
      "bad.csv: line 3, Status.JVM.Memory.Heap.Used: 'lots' is not a number",
    );
    // The overlay already shown stays until replaced or removed.
    await expect(page.locator('[data-testid="observed-status"]').textContent()).resolves.toContain('prod.csv');
  });
});
