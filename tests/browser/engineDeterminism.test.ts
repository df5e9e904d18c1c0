// Protects cross-engine determinism: the same scenario file run in Chromium (modules served by Vite) and in Node gives the same trace hash,
// events and summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runScenario } from '../../models/run/runScenario';
import { loadScenario } from '../../models/scenario/loadScenario';
import { HOUR, shippedYaml } from '../helpers/engine';
import { startHarness, type Harness, type WatchedPage } from './harness';

interface BrowserRun {
  readonly traceHash: string;
  readonly eventCount: number;
  readonly lastEvent: string;
  readonly firstFailure: unknown;
  readonly eventCounts: Record<string, number>;
  readonly eventsDigest: string;
}

/** A small digest of the whole event list (type, time, process per event), cheap to send back from the page. */
function digest(events: ReadonlyArray<{ type: string; atMs: number; process: string }>): string {
  let h = 0x811c9dc5;
  for (const e of events) {
    const line = `${e.type}|${e.atMs}|${e.process}\n`;
    for (let i = 0; i < line.length; i++) h = Math.imul(h ^ line.charCodeAt(i), 0x01000193);
  }
  return (h >>> 0).toString(16);
}

/**
 * Code for the page, as text: vitest rewrites `import()` inside functions of this file for Node, so
 * what runs in Chromium is written as a string and imports the modules exactly as Vite serves them.
 */
const IMPORT_MODEL = `
  const { loadScenario } = await import('/models/scenario/loadScenario.ts');
  const { runScenario } = await import('/models/run/runScenario.ts');`;

/** Loads the model modules as Vite serves them and runs the scenario text in the page. */
async function runInPage(page: Page, yamlText: string, fileName: string, durationMs: number): Promise<BrowserRun> {
  const args = JSON.stringify({ yamlText, fileName, durationMs });
  return page.evaluate(`(async () => {
    ${IMPORT_MODEL}
    const { yamlText, fileName, durationMs } = ${args};
    const digest = ${digest.toString()};
    const r = runScenario(loadScenario(yamlText, fileName), { durationMs });
    return {
      traceHash: r.traceHash,
      eventCount: r.events.length,
      lastEvent: JSON.stringify(r.events[r.events.length - 1]),
      firstFailure: r.summary.firstFailure,
      eventCounts: r.summary.eventCounts,
      eventsDigest: digest(r.events),
    };
  })()`) as Promise<BrowserRun>;
}

let harness: Harness;
let current: WatchedPage | undefined;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await current?.close();
  await harness?.close();
});

/** A page of the dev server with the model modules loaded once (Vite may optimize the engine's dependencies on first use and reload). */
async function modelPage(): Promise<Page> {
  current = await harness.open('/');
  const page = current.page;
  for (let attempt = 0; ; attempt++) {
    try {
      await page.evaluate(
        `(async () => { ${IMPORT_MODEL} return typeof loadScenario === 'function' && typeof runScenario === 'function'; })()`,
      );
      return page;
    } catch (e) {
      if (attempt >= 2) throw e;
      await page.waitForLoadState('load');
    }
  }
}

describe('the engine in Chromium and in Node', () => {
  it('direct-leak-on-restart, 2 simulated hours: same trace hash, event count and events', async () => {
    const id = 'direct-leak-on-restart';
    const yamlText = shippedYaml(id);
    const durationMs = 2 * HOUR;
    const page = await modelPage();
    const inBrowser = await runInPage(page, yamlText, `${id}.yaml`, durationMs);
    const inNode = runScenario(loadScenario(yamlText, `${id}.yaml`), { durationMs });

    expect(inNode.events.length).toBeGreaterThan(1000);
    expect(inBrowser.traceHash).toBe(inNode.traceHash);
    expect(inBrowser.eventCount).toBe(inNode.events.length);
    expect(inBrowser.eventsDigest).toBe(digest(inNode.events));
    expect(inBrowser.lastEvent).toBe(JSON.stringify(inNode.events[inNode.events.length - 1]));
    expect(inBrowser.eventCounts).toEqual(inNode.summary.eventCounts);
    expect(inBrowser.firstFailure).toEqual(inNode.summary.firstFailure);
    expect(current?.problems ?? []).toEqual([]);
  });

  it('bench-reference, 6 simulated hours of a diurnal (Math.cos) traffic curve: same hash and events', async () => {
    const id = 'bench-reference';
    const yamlText = shippedYaml(id);
    const durationMs = 6 * HOUR;
    const page = current?.page ?? (await modelPage());
    const inBrowser = await runInPage(page, yamlText, `${id}.yaml`, durationMs);
    const inNode = runScenario(loadScenario(yamlText, `${id}.yaml`), { durationMs });
    expect(inBrowser.traceHash).toBe(inNode.traceHash);
    expect(inBrowser.eventCount).toBe(inNode.events.length);
    expect(inBrowser.eventsDigest).toBe(digest(inNode.events));
    expect(current?.problems ?? []).toEqual([]);
  });

  it('direct-leak-on-restart until its first direct OOM (5 h): same hash and first failure', async () => {
    const id = 'direct-leak-on-restart';
    const yamlText = shippedYaml(id);
    const durationMs = 5 * HOUR;
    const page = current?.page ?? (await modelPage());
    const inBrowser = await runInPage(page, yamlText, `${id}.yaml`, durationMs);
    const inNode = runScenario(loadScenario(yamlText, `${id}.yaml`), { durationMs });
    expect(inNode.summary.firstFailure?.type).toBe('jvm.oom');
    expect(inBrowser.firstFailure).toEqual(inNode.summary.firstFailure);
    expect(inBrowser.traceHash).toBe(inNode.traceHash);
    expect(inBrowser.eventCount).toBe(inNode.events.length);
    expect(current?.problems ?? []).toEqual([]);
  });
});
