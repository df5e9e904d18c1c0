/**
 * A fake `requestAnimationFrame` for the sandbox controller's Node tests: frames run only when a test calls
 * `animate(ms)`, so play advances by exactly the simulated wall time the test says.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export function useFakeAnimationFrames(): { animate(ms: number): void; waiting(): number } {
  let frames: FrameRequestCallback[] = [];
  let clock = 0;
  beforeEach(() => {
    frames = [];
    clock = 0;
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  afterEach(() => vi.unstubAllGlobals());
  return {
    /** Runs one animation frame `ms` after the last. */
    animate(ms: number): void {
      clock += ms;
      const due = frames;
      frames = [];
      for (const cb of due) cb(clock);
    },
    /** How many frame callbacks are waiting (an animation loop waits for one). */
    waiting: () => frames.length,
  };
}

/** Lets the fake worker's answers (posted synchronously, read on the next tasks) arrive. */
export const settle = () => new Promise((r) => setTimeout(r, 5));
