/**
 * Browser-test harness: a Vite dev server on a free port and Debian's Chromium driven by
 * playwright-core (no browser download). Every page it opens records console errors, uncaught
 * exceptions and any request that leaves localhost, so a test can fail on them.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A fresh page (own context) with its problems recorded. */
  open(path?: string, options?: BrowserContextOptions): Promise<WatchedPage>;
  close(): Promise<void>;
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors, page errors and non-local requests seen so far. */
  readonly problems: string[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server: ViteDevServer = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    server: { port: 0, strictPort: false, host: '127.0.0.1', open: false },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('Vite did not report a port');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  } catch (e) {
    await server.close();
    throw e;
  }

  return {
    baseUrl,
    browser,
    async open(path = '/', options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('request', (req) => {
        if (!isLocal(req.url())) problems.push(`request outside localhost: ${req.url()}`);
      });
      await page.goto(baseUrl + path);
      return { page, problems, close: () => context.close() };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  const viewport = page.viewportSize();
  if (!fullPage || !viewport) {
    await page.screenshot({ path });
    return path;
  }
  // The whole page as a tall window shows it: what renders only in view (content-visibility, charts
  // drawn when visible) is in view.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
  return path;
}

export interface SuiteBrowser {
  /** The file's harness (started before its first test). */
  harness(): Harness;
  /** Opens a page; after the test it is closed and must have seen no console error, page error or outside request. */
  open(path?: string, options?: BrowserContextOptions): Promise<WatchedPage>;
}

/** One harness per test file, and every page a test opened checked for problems after it. */
export function useHarness(): SuiteBrowser {
  let harness: Harness | undefined;
  let opened: WatchedPage[] = [];
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(async () => {
    const pages = opened;
    opened = [];
    await Promise.all(pages.map((p) => p.close()));
    expect(pages.flatMap((p) => p.problems)).toEqual([]);
  });
  const started = () => {
    if (!harness) throw new Error('the harness has not started (open pages inside tests)');
    return harness;
  };
  return {
    harness: started,
    async open(path, options) {
      const page = await started().open(path, options);
      opened.push(page);
      return page;
    },
  };
}
