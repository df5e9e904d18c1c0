/**
 * A second run beside the sandbox's main one (issue 13: incident and fix side by side). It has its own worker and
 * session, so it is exactly the run it would be alone; it never plays by itself but follows the main run: the same
 * cursor (held at its own end when it is shorter), the same zoomed span, playing when the main run plays (so its
 * charts redraw as throttled as the main's). Gestures on its charts (click, drag, double-click) move the main run,
 * which both then follow: one cursor, one time axis.
 */
import { SCENARIO_IDS } from '../../sandbox/scenarioLibrary';
import { otherSeed, roles, runLabel, twinOf } from '../../sandbox/compareRuns';
import { SandboxController, type WorkerLike } from './sandboxController.svelte';
import type { TimeWindow } from './chartPaths';

/** How the second run is shown: its own charts under the main's, or its series dashed in the main's panels (the dashboard's). */
export type CompareLayout = 'stacked' | 'overlay';

/** What is compared: a library scenario, under its own seed unless one is given. */
export interface CompareChoice {
  readonly id: string;
  readonly seed: string | undefined;
}

/** The second run's controller: its own cursor moves only through `follow`; a user's seek or zoom goes to the lead. */
export class FollowingController extends SandboxController {
  constructor(
    createWorker: () => WorkerLike,
    private readonly lead: SandboxController,
  ) {
    super(createWorker);
  }
  override seek(t: number): void {
    this.lead.seek(t);
  }
  override step(direction: 1 | -1): void {
    this.lead.step(direction);
  }
  override play(): void {
    this.lead.play();
  }
  override toggle(): void {
    this.lead.toggle();
  }
  override setZoom(fromMs: number, toMs: number): void {
    this.lead.setZoom(fromMs, toMs);
  }
  override resetZoom(): void {
    this.lead.resetZoom();
  }
  /** Moves this run's cursor (the base seek clamps it to the run's length and queues it behind a request in flight). */
  follow(t: number): void {
    super.seek(t);
  }
}

export class CompareRun {
  /** The second run while one is open (undefined: closed, no worker). */
  controller = $state.raw<FollowingController | undefined>();
  choice = $state.raw<CompareChoice | undefined>();
  /** Overlay is read by the dashboard's panels (MetricPanel `runs`); until they are wired, stacked charts show in both. */
  layout = $state<CompareLayout>('stacked');
  /** The last cursor asked of the second run (a shorter run held at its end is not asked again every frame). */
  private sentMs: number | undefined;

  constructor(
    readonly main: SandboxController,
    private readonly createWorker: () => WorkerLike,
    private readonly readScenario: (id: string) => Promise<string>,
  ) {}

  /** The main run's library twin (`x` ↔ `x-fixed`), the first thing offered. */
  get twin(): string | undefined {
    const id = this.main.loaded?.id;
    return id === undefined ? undefined : twinOf(id, SCENARIO_IDS);
  }

  /** Opens `choice` as the second run (closing the one open); its worker starts now and loads the library text. */
  async open(choice: CompareChoice): Promise<void> {
    const text = await this.readScenario(choice.id);
    this.close();
    const second = new FollowingController(this.createWorker, this.main);
    second.load(text, `${choice.id}.yaml`, choice.seed);
    this.controller = second;
    this.choice = choice;
  }

  /** The same scenario as the main run under the next seed. */
  openOtherSeed(): Promise<void> {
    const loaded = this.main.loaded;
    if (!loaded) return Promise.resolve();
    return this.open({ id: loaded.id, seed: otherSeed(loaded.seed) });
  }

  /** Ends the second run and its worker. */
  close(): void {
    this.controller?.dispose();
    this.controller = undefined;
    this.choice = undefined;
    this.sentMs = undefined;
  }

  /** What each run is called ("incident: direct-leak-on-restart, seed 7", "fix: …"), once both have loaded. */
  get labels(): { main: string; other: string; mainRole: string; otherRole: string } | undefined {
    const a = this.main.loaded;
    const b = this.controller?.loaded;
    if (!a || !b) return undefined;
    const [mainRole, otherRole] = roles(a, b);
    return { main: runLabel(mainRole, a), other: runLabel(otherRole, b), mainRole, otherRole };
  }

  /** The runs an overlay draws beside the main one (dashed): the second run and its name, in overlay layout only. */
  get overlayRuns(): readonly { controller: SandboxController; label: string }[] {
    const labels = this.labels;
    return this.layout === 'overlay' && this.controller && labels ? [{ controller: this.controller, label: labels.other }] : [];
  }

  /**
   * Brings the second run to the main's cursor, span and play state. Idempotent: call it whenever any of those (or the
   * second run's load) changes. A second run shorter than the cursor is held at its end; one not loaded yet waits.
   */
  follow(): void {
    const second = this.controller;
    const lead = this.main.loaded;
    if (!second?.loaded || !lead) return;
    if (this.main.playing) second.playing = true;
    else if (second.playing) second.pause();
    const zoom = sharedSpan(this.main.zoom, lead.durationMs, second.loaded.durationMs);
    if (zoom?.fromMs !== second.zoom?.fromMs || zoom?.toMs !== second.zoom?.toMs) second.zoom = zoom;
    const target = Math.min(this.main.nowMs, second.loaded.durationMs);
    if (target === this.sentMs) return;
    this.sentMs = target;
    second.follow(target);
  }
}

/**
 * The span the second run's charts show: the main's zoom, or the main run's whole length when the two lengths differ
 * (a shorter run's charts end part-way along the same axis instead of being stretched to its own end).
 */
export function sharedSpan(zoom: TimeWindow | undefined, mainMs: number, secondMs: number): TimeWindow | undefined {
  if (zoom) return zoom;
  return mainMs === secondMs ? undefined : { fromMs: 0, toMs: mainMs };
}
