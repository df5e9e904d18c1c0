/**
 * Whether a component out of view should draw (a cluster of many TaskManagers has many cards and
 * charts): in view, always; out of view, not while playing — paused, each catches up in idle time,
 * one at a time, so a screenshot or a print still shows everything.
 */

export class LazyDraw {
  private onScreen = $state(false);
  private idleDrawn = $state(false);
  /** Draw now? */
  readonly active: boolean;

  /** Call from a component's script: watches `element()` while it exists, `playing()`, and `everything()` (a report wants every chart). */
  constructor(element: () => Element | undefined, playing: () => boolean, everything: () => boolean = () => false) {
    this.active = $derived(this.onScreen || this.idleDrawn || everything());
    $effect(() => {
      const el = element();
      if (!el) return;
      const observer = new IntersectionObserver(([entry]) => (this.onScreen = entry?.isIntersecting ?? false), { rootMargin: '200px' });
      observer.observe(el);
      return () => observer.disconnect();
    });
    $effect(() => {
      if (playing()) return void (this.idleDrawn = false);
      if (this.onScreen || this.idleDrawn) return;
      return whenIdle(() => (this.idleDrawn = true));
    });
  }
}

/** Runs `task` when the browser is idle (requestIdleCallback, or a short timeout where it is missing); returns a cancel. */
function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}
