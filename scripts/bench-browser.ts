/**
 * `npm run bench:browser`: the sandbox's browser targets, measured against the built app in Debian's
 * Chromium (a report, never a test; exit 1 only if the measurement itself fails).
 *
 *   bundle        gzip size of what the first page load fetches (entry chunk + its static imports + CSS): ≤ 200 kB
 *   first-render  navigation to the sandbox's process cards on loopback: ≤ 1000 ms (median of 3)
 *   long-tasks    main-thread tasks > 50 ms while a scenario plays at 10^6× to its end: 0, for
 *                 direct-leak-on-restart (12 h, 5 processes), bench-reference (7 d at 1 s: 3.0 × 10^6
 *                 samples of history) and bench-large (100 TaskManagers, 1 d)
 *   zoom          a drag-zoom on bench-reference's full history, from pointer release to the next frame: ≤ 50 ms
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

/** The entry's chunk and CSS from index.html, then every chunk it imports statically (not `import()`). */
function initialBundleBytes(): { files: string[]; gzip: number } {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`assets/${m[1]}`);
  }
  const files = [...seen];
  return { files, gzip: files.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main(): Promise<void> {
  await build({ root: ROOT, logLevel: 'warn' });
  const bundle = initialBundleBytes();
  const server = await preview({ root: ROOT, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a port');
  const base = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const renders: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const t0 = performance.now();
      await page.goto(`${base}/?room=sandbox&scenario=direct-leak-on-restart`);
      await page.waitForSelector('[data-testid="process-card"]');
      renders.push(performance.now() - t0);
      await page.close();
    }
    const plays = [];
    for (const scenario of ['direct-leak-on-restart', 'bench-reference', 'bench-large'])
      plays.push({ scenario, ...(await playToEnd(browser, base, scenario)) });
    const zoomMs = plays.find((p) => p.scenario === 'bench-reference')?.zoomMs ?? NaN;
    const rows = [
      ['bundle', `${(bundle.gzip / 1000).toFixed(1)} kB gzip (${bundle.files.length} files)`, '≤ 200 kB', bundle.gzip <= 200_000],
      [
        'first-render',
        `${median(renders).toFixed(0)} ms median (${renders.map((r) => r.toFixed(0)).join(', ')})`,
        '≤ 1000 ms',
        median(renders) <= 1000,
      ],
      ...plays.map(
        (p) =>
          [
            `long-tasks`,
            `${p.longTasks.length} over 50 ms (${p.longTasks.join(', ') || 'none'}) in ${(p.playMs / 1000).toFixed(1)} s of ${p.scenario}`,
            '0',
            p.longTasks.length === 0,
          ] as const,
      ),
      ['zoom', `${zoomMs.toFixed(0)} ms to redraw the dashboard over 3.0 × 10^6 samples`, '≤ 50 ms', zoomMs <= 50],
    ] as const;
    for (const [id, value, target, pass] of rows)
      console.log(`${id.padEnd(13)} ${value.padEnd(60)} ${target.padEnd(10)} ${pass ? 'PASS' : 'FAIL'}`);
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

/** Plays a scenario at 10^6× to its end, recording main-thread long tasks; then times a drag-zoom on the first chart. */
async function playToEnd(
  browser: Browser,
  base: string,
  scenario: string,
): Promise<{ longTasks: number[]; playMs: number; zoomMs: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${base}/?room=sandbox&scenario=${scenario}`);
    await page.waitForSelector('[data-testid="process-card"]');
    await page.locator('input[type="range"]').first().focus();
    await page.keyboard.press('End');
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(Math.round(e.duration)))).observe({
        type: 'longtask',
      });
    });
    const t0 = performance.now();
    // A CSS locator: a role query would compute the accessible name of every button on the page, in the page's main thread.
    await page.locator('[data-testid="play"]').click();
    await page.waitForFunction(
      () => {
        const [now, end] = (document.querySelector('[data-testid="clock"]')?.textContent ?? '').split(' / ');
        return now === end;
      },
      undefined,
      { timeout: 300_000, polling: 250 },
    );
    const playMs = performance.now() - t0;
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const svg = page.locator('[data-testid="metric-panel"] svg').first();
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.boundingBox();
    if (!box) throw new Error('no chart to zoom');
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 3 });
    const zoomMs = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const svgElement = document.querySelector('[data-testid="metric-panel"] svg') as SVGSVGElement;
          svgElement.addEventListener(
            'pointerup',
            () => {
              const start = performance.now();
              requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
            },
            { once: true },
          );
          const r = svgElement.getBoundingClientRect();
          svgElement.dispatchEvent(
            new PointerEvent('pointerup', { bubbles: true, button: 0, clientX: r.left + r.width * 0.6, clientY: r.top + r.height / 2 }),
          );
        }),
    );
    await page.mouse.up();
    return { longTasks, playMs, zoomMs };
  } finally {
    await page.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
