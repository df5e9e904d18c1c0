// Protects the layout at a laptop's widths: no room of the product (src/rooms.ts) scrolls sideways at 1024 or 1366 px,
// and no chart's text is drawn below 11 px once its viewBox is scaled to the width it gets (issue 13).
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOM_LINKS, type Room } from '../../src/rooms';
import { screenshot, useHarness } from './harness';

const browser = useHarness();

/** What each room shows once it has rendered (the sandbox with a scenario's cards and its GC chart). */
const READY: Readonly<Record<Room, string>> = {
  sandbox: '[data-testid="gc-chart"] svg text',
  'memory-model': '[data-testid="memory-figure"]',
  sizing: '[data-testid="sizing-run"]',
};

/** How wide the page is beyond the viewport, and every chart text under 11 px on screen (font size × the SVG's scale). */
async function measure(page: Page): Promise<{ overflowPx: number; smallText: string[]; texts: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement as Element;
    const smallText: string[] = [];
    const texts = [...document.querySelectorAll('svg text')].filter((t) => t.getBoundingClientRect().width > 0) as SVGTextElement[];
    for (const t of texts) {
      const matrix = t.getScreenCTM();
      const px = Number.parseFloat(getComputedStyle(t).fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) : 1);
      if (px < 11) smallText.push(`"${t.textContent}" at ${px.toFixed(1)} px`);
    }
    return { overflowPx: root.scrollWidth - root.clientWidth, smallText, texts: texts.length };
  });
}

describe('no page scrolls sideways', () => {
  for (const width of [1024, 1366]) {
    for (const room of Object.keys(ROOM_LINKS) as Room[]) {
      it(`${room} at ${width} px`, async () => {
        const query = room === 'sandbox' ? '?room=sandbox&scenario=direct-leak-on-restart' : ROOM_LINKS[room].slice(1);
        const { page } = await browser.open(`/${query}`, { viewport: { width, height: 800 } });
        await page.waitForSelector(READY[room]);
        const seen = await measure(page);
        await screenshot(page, `no-sideways-${room}-${width}`);
        expect(seen.overflowPx).toBeLessThanOrEqual(0);
        expect(seen.smallText).toEqual([]);
        // The sandbox draws its charts' axes as SVG text: a check that found none would prove nothing.
        if (room === 'sandbox') expect(seen.texts).toBeGreaterThan(20);
      });
    }
  }
});
